#include "pxkeywords.h"

#include <QCoreApplication>

#include <algorithm>

namespace dh {

namespace {

// Long enough for every keyword and language code of the specification and its extensions; a
// longer run is not a keyword, and bounding it keeps a message about it short.
constexpr qsizetype kMaxKeyword = 64;
constexpr qsizetype kMaxLanguage = 16;

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

bool isKeywordChar(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_';
}

Error invalid(const QString &message, const char *rule)
{
    return Error{Error::Code::Invalid, message, QString::fromLatin1(rule)};
}

// The PX reader's messages, all under one translation context.
struct PxText
{
    Q_DECLARE_TR_FUNCTIONS(PxReader)
};

// The position after the quoted text that starts at i (on the quote), or -1 when it is not closed.
qsizetype afterQuoted(QByteArrayView text, qsizetype i)
{
    const qsizetype close = text.indexOf('"', i + 1);
    return close < 0 ? -1 : close + 1;
}

} // namespace

Result<PxKeywords> PxKeywords::scan(QByteArrayView file)
{
    PxKeywords k;
    k.m_file = file;
    const qsizetype n = file.size();
    qsizetype i = file.startsWith("\xEF\xBB\xBF") ? 3 : 0;
    const auto lineAt = [&](qsizetype at) { return QString::number(k.lineOf(at)); };

    for (;;) {
        while (i < n && isSpace(file[i]))
            ++i;
        if (i == n)
            return invalid(PxText::tr("The file has no DATA: it is not a PX file, or it was cut short."), "PX_DATA_MISSING");

        Entry e;
        e.offset = i;
        const qsizetype keywordStart = i;
        while (i < n && isKeywordChar(file[i]) && i - keywordStart <= kMaxKeyword)
            ++i;
        if (i == keywordStart || i - keywordStart > kMaxKeyword) {
            return invalid(PxText::tr("Line %1 does not start a keyword (KEYWORD=value;): it is not a PX file, or it is damaged there.").arg(lineAt(keywordStart)),
                           "PX_KEYWORD_MALFORMED");
        }
        e.keyword = file.sliced(keywordStart, i - keywordStart).toByteArray().toUpper();
        const QString name = QString::fromLatin1(e.keyword);

        if (i < n && file[i] == '[') {
            const qsizetype start = ++i;
            while (i < n && isKeywordChar(file[i]) && i - start <= kMaxLanguage)
                ++i;
            if (i == start || i - start > kMaxLanguage || i == n || file[i] != ']')
                return invalid(PxText::tr("The language of %1 on line %2 is malformed.").arg(name, lineAt(keywordStart)), "PX_KEYWORD_MALFORMED");
            e.language = file.sliced(start, i - start);
            ++i;
        }
        if (i < n && file[i] == '(') {
            const qsizetype start = ++i;
            while (i < n && file[i] != ')') {
                if (file[i] == '"') {
                    i = afterQuoted(file, i);
                    if (i < 0)
                        return invalid(PxText::tr("A text in the parentheses of %1 on line %2 is not closed.").arg(name, lineAt(start)), "PX_STRING_UNTERMINATED");
                } else {
                    ++i;
                }
            }
            if (i == n)
                return invalid(PxText::tr("The parentheses of %1 on line %2 are not closed.").arg(name, lineAt(start)), "PX_KEYWORD_MALFORMED");
            e.subkeys = file.sliced(start, i - start);
            e.hasSubkeys = true;
            ++i;
        }
        while (i < n && (file[i] == ' ' || file[i] == '\t'))
            ++i;
        if (i == n || file[i] != '=')
            return invalid(PxText::tr("%1 on line %2 has no '=' after it.").arg(name, lineAt(keywordStart)), "PX_KEYWORD_MALFORMED");
        ++i;

        if (e.keyword == "DATA" && e.language.isEmpty() && !e.hasSubkeys) {
            k.m_dataKeyword = keywordStart;
            k.m_dataStart = i;
            return k;
        }

        const qsizetype valueStart = i;
        while (i < n && file[i] != ';') {
            if (file[i] == '"') {
                const qsizetype open = i;
                i = afterQuoted(file, i);
                if (i < 0)
                    return invalid(PxText::tr("A text of %1 that starts on line %2 is not closed.").arg(name, lineAt(open)), "PX_STRING_UNTERMINATED");
            } else {
                ++i;
            }
        }
        if (i == n)
            return invalid(PxText::tr("%1 on line %2 does not end with ';'.").arg(name, lineAt(keywordStart)), "PX_KEYWORD_UNTERMINATED");
        e.value = file.sliced(valueStart, i - valueStart);
        ++i;
        k.m_byKeyword[e.keyword].append(int(k.m_entries.size()));
        k.m_entries.append(std::move(e));
    }
}

QList<const PxKeywords::Entry *> PxKeywords::all(QByteArrayView keyword) const
{
    QList<const Entry *> out;
    const auto it = m_byKeyword.constFind(keyword.toByteArray());
    if (it == m_byKeyword.cend())
        return out;
    out.reserve(it->size());
    for (int index : *it)
        out.append(&m_entries.at(index));
    return out;
}

const PxKeywords::Entry *PxKeywords::find(QByteArrayView keyword, QByteArrayView language) const
{
    const auto it = m_byKeyword.constFind(keyword.toByteArray());
    if (it == m_byKeyword.cend())
        return nullptr;
    for (int index : *it) {
        const Entry &e = m_entries.at(index);
        if (!e.hasSubkeys && e.language == language)
            return &e;
    }
    return nullptr;
}

qsizetype PxKeywords::lineOf(qsizetype offset) const
{
    const QByteArrayView before = m_file.first(std::clamp<qsizetype>(offset, 0, m_file.size()));
    return 1 + std::count(before.begin(), before.end(), '\n');
}

QString PxKeywords::where(const Entry &entry) const
{
    QString name = QString::fromLatin1(entry.keyword);
    if (!entry.language.isEmpty())
        name += u'[' + QString::fromLatin1(entry.language) + u']';
    return QCoreApplication::translate("PxReader", "%1 on line %2").arg(name).arg(lineOf(entry.offset));
}

Error PxKeywords::malformed(const Entry &entry) const
{
    return invalid(QCoreApplication::translate("PxReader", "The value of %1 is malformed: expected quoted texts separated by commas.").arg(where(entry)),
                   "PX_VALUE_MALFORMED");
}

Result<QList<QByteArray>> PxKeywords::values(const Entry &entry) const
{
    return list(entry, entry.value);
}

Result<QList<QByteArray>> PxKeywords::subkeys(const Entry &entry) const
{
    return list(entry, entry.subkeys);
}

Result<QList<QByteArray>> PxKeywords::list(const Entry &entry, QByteArrayView text) const
{
    QList<QByteArray> items;
    const qsizetype n = text.size();
    qsizetype i = 0;
    const auto skipSpace = [&] {
        while (i < n && isSpace(text[i]))
            ++i;
    };
    skipSpace();
    while (i < n) {
        QByteArray item;
        if (text[i] == '"') {
            while (i < n && text[i] == '"') {
                const qsizetype after = afterQuoted(text, i);
                if (after < 0)
                    return malformed(entry);
                item += text.sliced(i + 1, after - i - 2);
                i = after;
                skipSpace();
            }
        } else {
            const qsizetype start = i;
            while (i < n && !isSpace(text[i]) && text[i] != ',' && text[i] != '"')
                ++i;
            if (i == start)
                return malformed(entry);
            item = text.sliced(start, i - start).toByteArray();
            skipSpace();
        }
        items.append(std::move(item));
        if (i == n)
            break;
        if (text[i] != ',')
            return malformed(entry);
        ++i;
        skipSpace();
    }
    return items;
}

Result<PxKeywords::TimeList> PxKeywords::timeList(const Entry &entry) const
{
    TimeList out;
    QByteArrayView text = entry.value.trimmed();
    if (!text.startsWith("TLIST(") && !text.startsWith("tlist(")) {
        auto codes = list(entry, text);
        if (!codes)
            return codes.error();
        out.codes = std::move(*codes);
        return out;
    }
    const qsizetype close = text.indexOf(')');
    if (close < 0)
        return malformed(entry);
    const QByteArrayView inside = text.sliced(6, close - 6);
    const qsizetype comma = inside.indexOf(',');
    out.scale = (comma < 0 ? inside : inside.first(comma)).trimmed().toByteArray().toUpper();
    if (out.scale.isEmpty())
        return malformed(entry);
    if (comma >= 0) {
        // "2020"-"2025": two quoted codes and a dash between them.
        const QByteArrayView range = inside.sliced(comma + 1).trimmed();
        const qsizetype dash = range.indexOf("\"-\"");
        if (dash < 1 || dash > range.size() - 4 || !range.startsWith('"') || !range.endsWith('"'))
            return malformed(entry);
        out.rangeFrom = range.sliced(1, dash - 1).toByteArray();
        out.rangeTo = range.sliced(dash + 3, range.size() - dash - 4).toByteArray();
        if (out.rangeFrom.contains('"') || out.rangeTo.contains('"'))
            return malformed(entry);
    }
    QByteArrayView rest = text.sliced(close + 1).trimmed();
    if (!rest.isEmpty()) {
        if (!rest.startsWith(','))
            return malformed(entry);
        auto codes = list(entry, rest.sliced(1));
        if (!codes)
            return codes.error();
        out.codes = std::move(*codes);
    }
    return out;
}

} // namespace dh
