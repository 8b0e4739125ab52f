#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>

namespace dh {

// The header of a PX file as written, before any meaning is given to it: the keyword entries
// KEYWORD[lang]("sub","keys")=value; up to DATA=, where the cells begin, and the syntax of their
// values (lists of quoted texts, TIMEVAL's TLIST). It works on the file's bytes, which every code
// page a PX file can be in writes as ASCII where the syntax is, so that the code page can be
// chosen from the keywords before any text is decoded and the cells are never decoded at all.
// The entries are views into the file, which must outlive this object.
class PxKeywords
{
public:
    struct Entry
    {
        QByteArray keyword;        // upper case
        QByteArrayView language;   // empty: the file's default language
        QByteArrayView subkeys;    // between the parentheses, as written; see hasSubkeys
        QByteArrayView value;      // between '=' and ';', as written
        qsizetype offset = 0;      // of the keyword, in the file
        bool hasSubkeys = false;
    };

    // TIMEVAL's value: TLIST(A1),"2024","2025" or TLIST(A1, "2020"-"2025").
    struct TimeList
    {
        QByteArray scale;          // A1, H1, Q1, M1, W1 …; empty for a TIMEVAL without TLIST
        QList<QByteArray> codes;
        QByteArray rangeFrom;      // both empty unless a range was given
        QByteArray rangeTo;
    };

    // Reads the header of a whole file; refuses it with the place where its syntax breaks
    // (PX_KEYWORD_MALFORMED, PX_STRING_UNTERMINATED, PX_KEYWORD_UNTERMINATED, PX_DATA_MISSING).
    static Result<PxKeywords> scan(QByteArrayView file);

    // The bytes before DATA, and those after "DATA=" to the end of the file.
    QByteArrayView header() const { return m_file.first(m_dataKeyword); }
    QByteArrayView data() const { return m_file.sliced(m_dataStart); }
    qsizetype dataStart() const { return m_dataStart; }

    const QList<Entry> &entries() const { return m_entries; }
    // Every entry of a keyword, in file order.
    QList<const Entry *> all(QByteArrayView keyword) const;
    // The first entry of a keyword in a language without subkeys, or null.
    const Entry *find(QByteArrayView keyword, QByteArrayView language = {}) const;

    // The line (1-based) of a place in the file.
    qsizetype lineOf(qsizetype offset) const;
    // How an entry is named in messages: VALUES[en] on line 12.
    QString where(const Entry &entry) const;

    // The items of a value or of the subkeys: a comma-separated list whose items are quoted texts
    // (adjacent quoted parts joined, as long texts are split over lines) or bare words (YES, 3).
    // Refuses anything else with PX_VALUE_MALFORMED.
    Result<QList<QByteArray>> values(const Entry &entry) const;
    Result<QList<QByteArray>> subkeys(const Entry &entry) const;
    Result<TimeList> timeList(const Entry &entry) const;

private:
    Result<QList<QByteArray>> list(const Entry &entry, QByteArrayView text) const;
    Error malformed(const Entry &entry) const;

    QByteArrayView m_file;
    qsizetype m_dataKeyword = 0;
    qsizetype m_dataStart = 0;
    QList<Entry> m_entries;
    QHash<QByteArray, QList<int>> m_byKeyword;
};

} // namespace dh
