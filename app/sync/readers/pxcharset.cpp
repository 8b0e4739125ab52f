#include "pxcharset.h"

#include <QCoreApplication>

#include <algorithm>

namespace dh {

namespace {

// Windows-1252 at 0x80–0x9F; U+FFFD where the code page leaves a byte undefined.
constexpr char16_t kWindows1252High[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
    0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178,
};

// Where ISO-8859-15 differs from ISO-8859-1.
char16_t latin9(uchar b)
{
    switch (b) {
    case 0xA4: return 0x20AC;
    case 0xA6: return 0x0160;
    case 0xA8: return 0x0161;
    case 0xB4: return 0x017D;
    case 0xB8: return 0x017E;
    case 0xBC: return 0x0152;
    case 0xBD: return 0x0153;
    case 0xBE: return 0x0178;
    default: return b;
    }
}

// The byte a character stands for when UTF-8 was read as Latin-1 or Windows-1252, or -1.
int byteOf(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0x80 && u <= 0xFF)
        return u;
    for (int i = 0; i < 32; ++i) {
        if (kWindows1252High[i] == u && u != 0xFFFD)
            return 0x80 + i;
    }
    return -1;
}

bool isContinuation(int byte)
{
    return byte >= 0x80 && byte <= 0xBF;
}

QString shortened(QStringView text)
{
    constexpr qsizetype kMax = 60;
    return text.size() <= kMax ? text.toString() : text.first(kMax).toString() + u'…';
}

// The PX reader's messages, all under one translation context.
struct PxText
{
    Q_DECLARE_TR_FUNCTIONS(PxReader)
};

} // namespace

PxCharset::PxCharset(QByteArrayView header, const QByteArray &codepage, const QByteArray &charset)
{
    const bool high = std::any_of(header.begin(), header.end(), [](char c) { return uchar(c) >= 0x80; });
    const bool utf8 = header.isValidUtf8();
    const QByteArray declared = codepage.trimmed();
    const QString declaredName = QString::fromLatin1(declared);

    const auto use = [this](Table table, const QString &name) {
        m_table = table;
        m_name = name;
    };

    if (declared.isEmpty()) {
        // The PX default is the Windows code page ("ANSI"); a file that is valid UTF-8 beyond ASCII
        // can only be UTF-8.
        if (high && utf8) {
            use(Table::Utf8, QStringLiteral("UTF-8"));
        } else {
            use(Table::Windows1252, QStringLiteral("windows-1252"));
            if (high && charset.trimmed().toUpper() != "ANSI")
                m_choiceWarnings << PxText::tr("The file names no code page; its text was read as Windows-1252, so its accents may be wrong if it was written in another one.");
        }
        return;
    }

    const std::optional<Table> table = tableForName(declared);
    if (table == Table::Utf8) {
        if (utf8) {
            use(Table::Utf8, QStringLiteral("UTF-8"));
        } else {
            use(Table::Windows1252, QStringLiteral("windows-1252"));
            m_choiceWarnings << PxText::tr("The file says its code page is %1, but its text is not valid UTF-8; it was read as Windows-1252.").arg(declaredName);
        }
        return;
    }
    if (high && utf8) {
        // Text in a single-byte code page is valid UTF-8 only by accident: this file was saved as
        // UTF-8 and kept an old CODEPAGE.
        use(Table::Utf8, QStringLiteral("UTF-8"));
        m_choiceWarnings << PxText::tr("The file says its code page is %1, but its text is UTF-8; it was read as UTF-8.").arg(declaredName);
        return;
    }
    if (table) {
        use(*table, declaredName);
        return;
    }
    QStringDecoder decoder(declared.constData());
    // A code page Qt knows only through ICU; one that does not keep ASCII as it is (UTF-16, EBCDIC)
    // cannot be the code page of a file whose keywords were just read as ASCII.
    static constexpr char kAscii[] = "AZaz09 \"=;,()[]-.";
    if (decoder.isValid() && QString(decoder.decode(QByteArrayView(kAscii))) == QLatin1StringView(kAscii)) {
        decoder.resetState();
        m_decoder.emplace(std::move(decoder));
        use(Table::Qt, declaredName);
        return;
    }
    use(Table::Windows1252, QStringLiteral("windows-1252"));
    m_choiceWarnings << PxText::tr("The code page %1 is not known here; the file was read as Windows-1252, so its accents may be wrong.").arg(declaredName);
}

std::optional<PxCharset::Table> PxCharset::tableForName(const QByteArray &name)
{
    QByteArray key = name.toLower();
    key.removeIf([](char c) { return c == '-' || c == '_' || c == ' '; });
    if (key == "utf8" || key == "65001")
        return Table::Utf8;
    if (key == "iso88591" || key == "latin1" || key == "l1" || key == "cp819" || key == "28591")
        return Table::Latin1;
    if (key == "iso885915" || key == "latin9" || key == "l9" || key == "28605")
        return Table::Latin9;
    if (key == "windows1252" || key == "cp1252" || key == "win1252" || key == "1252" || key == "ansi")
        return Table::Windows1252;
    return std::nullopt;
}

QString PxCharset::decodeSingleByte(QByteArrayView bytes) const
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *o = out.data();
    for (const char ch : bytes) {
        const uchar b = uchar(ch);
        if (b < 0x80)
            *o++ = QChar(char16_t(b));
        else if (b < 0xA0)
            *o++ = QChar(kWindows1252High[b - 0x80]);
        else if (m_table == Table::Latin9)
            *o++ = QChar(latin9(b));
        else
            *o++ = QChar(char16_t(b));
    }
    return out;
}

QString PxCharset::decode(QByteArrayView bytes)
{
    QString text;
    switch (m_table) {
    case Table::Utf8:
        text = QString::fromUtf8(bytes);
        break;
    case Table::Qt:
        m_decoder->resetState();
        text = m_decoder->decode(bytes);
        break;
    case Table::Latin1:
    case Table::Latin9:
        // The C1 controls at 0x80–0x9F are never text: files labelled ISO-8859 that have bytes
        // there were written on Windows, and those bytes are its quotes and dashes.
        m_windowsBytes += int(std::count_if(bytes.begin(), bytes.end(), [](char c) { return uchar(c) >= 0x80 && uchar(c) < 0xA0; }));
        text = decodeSingleByte(bytes);
        break;
    case Table::Windows1252:
        text = decodeSingleByte(bytes);
        break;
    }
    if (const int lost = int(text.count(QChar::ReplacementCharacter))) {
        if (m_replaced == 0)
            m_replacedExample = shortened(text);
        m_replaced += lost;
    }
    if (const int doubled = doubleEncodedCount(text)) {
        if (m_doubleEncoded == 0)
            m_doubleEncodedExample = shortened(text);
        m_doubleEncoded += doubled;
    }
    return text;
}

QStringList PxCharset::warnings() const
{
    QStringList out = m_choiceWarnings;
    if (m_windowsBytes > 0)
        out << PxText::tr("The file says its code page is %1 but has %n character(s) of Windows-1252 (curly quotes, dashes …); they were read as Windows-1252.", nullptr, m_windowsBytes).arg(m_name);
    if (m_replaced > 0) {
        out << PxText::tr("%n character(s) of the file are lost: they did not decode as %1 or were already replaced by U+FFFD before the file was written (e.g. \"%2\").", nullptr, m_replaced)
                   .arg(m_name, m_replacedExample);
    }
    if (m_doubleEncoded > 0) {
        out << PxText::tr("The file's text looks encoded twice (UTF-8 read as a single-byte code page, then saved again) in %n place(s), e.g. \"%1\": its accents are wrong in the source.", nullptr, m_doubleEncoded)
                   .arg(m_doubleEncodedExample);
    }
    return out;
}

int PxCharset::doubleEncodedCount(QStringView text)
{
    // A UTF-8 lead byte read as one character, followed by the continuation bytes read as
    // characters: "Ã©" (é), "Ä‘" (đ), "á»‡" (ệ), "â€™" (’), "ï¿½" (U+FFFD). Only the leads of
    // Latin letters, Vietnamese and punctuation are looked for, where real text almost never
    // puts such pairs.
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        const int lead = byteOf(text[i]);
        int needed = 0;
        if (lead >= 0xC2 && lead <= 0xC6)
            needed = 1;
        else if (lead == 0xE1 || lead == 0xE2 || lead == 0xEF)
            needed = 2;
        if (needed == 0 || i + needed >= text.size())
            continue;
        bool all = true;
        for (int k = 1; k <= needed && all; ++k)
            all = isContinuation(byteOf(text[i + k]));
        if (all) {
            ++count;
            i += needed;
        }
    }
    return count;
}

} // namespace dh
