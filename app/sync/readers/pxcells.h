#pragma once

#include "core/result.h"
#include "sync/readers/statdocument.h"

#include <QByteArray>
#include <QStringList>

#include <array>

namespace dh {

class PxCharset;
class PxKeywords;

// The DATA of a PX file: its cells, one for each combination of the document's categories in
// dimension order (the file's stub then heading variables, the last fastest), read straight from
// the file's bytes — numbers and disclosure symbols are ASCII in every code page, so the bulk of
// a file is never decoded. Cells may be separated by spaces, tabs, line ends, commas and
// semicolons, which PC-Axis has always taken as one another.
//
// The symbols: "." to "......" are missing values with the dots as status; "-" (PX's nil, or the
// text of DATASYMBOLNIL) is 0 with the status "-"; the text of DATASYMBOL1…6 stands for its dots;
// any other quoted text is a missing value with that text as status, and a warning. The labels
// DATASYMBOL1…6 and DATASYMBOLNIL give go into StatDocument::statusLabels.
class PxCells
{
public:
    // defaultLanguage: the language of the file's keywords that name none (LANGUAGE).
    PxCells(const PxKeywords &keywords, PxCharset &charset, QString defaultLanguage);

    // Adds every cell to doc, whose dimensions and categories are complete. Refuses DATA that does
    // not hold exactly one cell per combination (PX_DATA_COUNT_MISMATCH), a bare word that is not
    // a number (PX_DATA_NOT_A_NUMBER), an unclosed quote (PX_STRING_UNTERMINATED), and so many
    // variables that the cells' keys would dwarf the file (PX_CUBE_TOO_LARGE).
    Result<void> read(StatDocument &doc);

    // Translated: the unknown symbols read as missing values.
    QStringList warnings() const;

private:
    enum class Kind : quint8 { Value, Missing, Unknown, Invalid };
    Kind classify(QByteArrayView token, bool quoted, double &value, int &symbol) const;
    void readSymbols(StatDocument &doc);
    Error error(qsizetype cell, const char *at, const QString &message, const char *rule) const;

    const PxKeywords &m_k;
    PxCharset &m_charset;
    QString m_defaultLanguage;
    // The text each of DATASYMBOL1…6 (index 1–6) and DATASYMBOLNIL (index 0) gives, as written.
    std::array<QByteArray, 7> m_symbolText;
    int m_unknown = 0;
    QString m_unknownExample;
};

} // namespace dh
