#include "pxcells.h"

#include "pxcharset.h"
#include "pxkeywords.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <charconv>
#include <cmath>
#include <cstring>

namespace dh {

namespace {

// The status a symbol gives a cell: index 0 is nil ("-"), 1–6 the dots.
const std::array<QString, 7> &statusCodes()
{
    static const std::array<QString, 7> codes = {QStringLiteral("-"), QStringLiteral("."), QStringLiteral(".."), QStringLiteral("..."),
                                                 QStringLiteral("...."), QStringLiteral("....."), QStringLiteral("......")};
    return codes;
}

// A status text from the file is kept to this length: a symbol is a few characters, and a long
// quoted run in DATA is a damaged file, not a status.
constexpr qsizetype kMaxStatus = 32;

// Cell keys (dimensions × cells) per byte of DATA beyond which a file is refused; a table of a
// dozen variables whose cells are one digit each stays well below.
constexpr qint64 kMaxKeysPerByte = 16;

bool isSeparator(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ';' || c == '\f' || c == '\v' || c == '\x1a';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// A decimal number: an optional sign, digits with an optional point, an optional exponent. Not
// "inf", "nan" or hexadecimal, which from_chars would take.
bool number(QByteArrayView token, double &out)
{
    const char *b = token.data();
    const char *e = b + token.size();
    if (b < e && *b == '+') {
        ++b;
        if (b < e && *b == '-')
            return false;
    }
    const char *first = (b < e && *b == '-') ? b + 1 : b;
    if (first == e || !(isDigit(*first) || (*first == '.' && first + 1 < e && isDigit(first[1]))))
        return false;
    const auto [ptr, ec] = std::from_chars(b, e, out);
    return ec == std::errc() && ptr == e && std::isfinite(out);
}

// The token as a message may show it: short, and with control characters and bytes beyond ASCII
// (whose code page a message cannot know) replaced.
QString shown(QByteArrayView token)
{
    constexpr qsizetype kMax = 40;
    QString out;
    for (const char c : token.first(std::min(token.size(), kMax)))
        out += (uchar(c) < 0x20 || uchar(c) >= 0x7F) ? QChar(u'?') : QChar::fromLatin1(c);
    if (token.size() > kMax)
        out += u'…';
    return out;
}

// The PX reader's messages, all under one translation context.
struct PxText
{
    Q_DECLARE_TR_FUNCTIONS(PxReader)
};

} // namespace

PxCells::PxCells(const PxKeywords &keywords, PxCharset &charset, QString defaultLanguage)
    : m_k(keywords), m_charset(charset), m_defaultLanguage(std::move(defaultLanguage))
{
}

void PxCells::readSymbols(StatDocument &doc)
{
    static const char *const keywords[7] = {"DATASYMBOLNIL", "DATASYMBOL1", "DATASYMBOL2", "DATASYMBOL3", "DATASYMBOL4", "DATASYMBOL5", "DATASYMBOL6"};
    for (int s = 0; s < 7; ++s) {
        for (const PxKeywords::Entry *e : m_k.all(keywords[s])) {
            const auto value = m_k.values(*e);
            if (!value || value->isEmpty() || e->hasSubkeys)
                continue;
            const QByteArray &written = value->constFirst();
            if (m_symbolText[s].isEmpty())
                m_symbolText[s] = written;
            const QString lang = e->language.isEmpty() ? m_defaultLanguage : QString::fromLatin1(e->language);
            doc.statusLabels[statusCodes()[s]].insert(lang, m_charset.decode(written));
        }
    }
}

PxCells::Kind PxCells::classify(QByteArrayView token, bool quoted, double &value, int &symbol) const
{
    if (token == "-" || (!m_symbolText[0].isEmpty() && token == m_symbolText[0])) {
        value = 0;
        symbol = 0;
        return Kind::Value;
    }
    if (!token.isEmpty() && token.size() <= 6 && std::all_of(token.begin(), token.end(), [](char c) { return c == '.'; })) {
        symbol = int(token.size());
        return Kind::Missing;
    }
    for (int s = 1; s < 7; ++s) {
        if (!m_symbolText[s].isEmpty() && token == m_symbolText[s]) {
            symbol = s;
            return Kind::Missing;
        }
    }
    if (quoted)
        return number(token, value) ? Kind::Value : Kind::Unknown;
    return Kind::Invalid;
}

Error PxCells::error(qsizetype cell, const char *at, const QString &message, const char *rule) const
{
    const qsizetype offset = m_k.dataStart() + (at - m_k.data().data());
    return Error{Error::Code::Invalid, PxText::tr("DATA, cell %1 (line %2): %3").arg(cell).arg(m_k.lineOf(offset)).arg(message), QString::fromLatin1(rule)};
}

Result<void> PxCells::read(StatDocument &doc)
{
    readSymbols(doc);
    const QByteArrayView data = m_k.data();
    const int dimensions = int(doc.dimensions.size());
    QVarLengthArray<int, 16> sizes;
    for (const StatDimension &d : std::as_const(doc.dimensions))
        sizes.append(int(d.categories.size()));

    // Every cell takes at least a character and a separator: a cube larger than that cannot be in
    // the file, and is refused before anything is allocated for it.
    const qint64 room = data.size() / 2 + 1;
    qint64 total = 1;
    for (int size : sizes) {
        if (total > room / size) {
            return Error{Error::Code::Invalid,
                         PxText::tr("The variables make a cube of more cells than DATA can hold (%1 bytes).").arg(data.size()),
                         QStringLiteral("PX_DATA_COUNT_MISMATCH")};
        }
        total *= size;
    }
    // The document keeps a category position per dimension per cell. A real table has a few
    // variables; thousands of one-value variables over a long DATA would make that a multiple of
    // the file's size that no table needs.
    if (total * dimensions > kMaxKeysPerByte * (data.size() + 1024)) {
        return Error{Error::Code::Invalid, PxText::tr("The file has %1 variables for %2 cells: more than a table can have.").arg(dimensions).arg(total),
                     QStringLiteral("PX_CUBE_TOO_LARGE")};
    }
    doc.reserve(total);

    QVarLengthArray<int, 16> key(dimensions, 0);
    const char *p = data.data();
    const char *const end = p + data.size();
    qint64 cell = 0;
    for (;;) {
        while (p < end && isSeparator(*p))
            ++p;
        if (p == end)
            break;
        if (cell == total)
            return error(cell, p, PxText::tr("DATA has more values than the %1 cells of the variables.").arg(total), "PX_DATA_COUNT_MISMATCH");

        const char *start = p;
        QByteArrayView token;
        bool quoted = false;
        if (*p == '"') {
            const void *close = std::memchr(p + 1, '"', size_t(end - p - 1));
            if (!close)
                return error(cell, p, PxText::tr("a quoted symbol is not closed."), "PX_STRING_UNTERMINATED");
            token = QByteArrayView(p + 1, static_cast<const char *>(close));
            p = static_cast<const char *>(close) + 1;
            quoted = true;
        } else {
            while (p < end && !isSeparator(*p) && *p != '"')
                ++p;
            token = QByteArrayView(start, p);
        }

        double value = 0;
        int symbol = -1;
        if (!quoted && number(token, value)) {
            doc.addCell(std::span(key.data(), key.size()), value);
        } else {
            switch (classify(token, quoted, value, symbol)) {
            case Kind::Value:
                doc.addCell(std::span(key.data(), key.size()), value, symbol >= 0 ? QStringView(statusCodes()[symbol]) : QStringView());
                break;
            case Kind::Missing:
                doc.addCell(std::span(key.data(), key.size()), std::nullopt, statusCodes()[symbol]);
                break;
            case Kind::Unknown: {
                const QString status = m_charset.decode(token.first(std::min(token.size(), kMaxStatus)));
                if (m_unknown++ == 0)
                    m_unknownExample = status;
                doc.addCell(std::span(key.data(), key.size()), std::nullopt, status);
                break;
            }
            case Kind::Invalid:
                return error(cell, start, PxText::tr("\"%1\" is not a number.").arg(shown(token)), "PX_DATA_NOT_A_NUMBER");
            }
        }
        ++cell;
        for (int d = dimensions - 1; d >= 0; --d) {
            if (++key[d] < sizes[d])
                break;
            key[d] = 0;
        }
    }
    if (cell < total) {
        return Error{Error::Code::Invalid, PxText::tr("DATA has %1 values for the %2 cells of the variables.").arg(cell).arg(total),
                     QStringLiteral("PX_DATA_COUNT_MISMATCH")};
    }
    return {};
}

QStringList PxCells::warnings() const
{
    if (m_unknown == 0)
        return {};
    return {PxText::tr("%n cell(s) hold a symbol PX does not define (e.g. \"%1\"); they were read as missing values with it as status.", nullptr, m_unknown).arg(m_unknownExample)};
}

} // namespace dh
