#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

#include <optional>

namespace dh {

// The character set of a PX file, and the decoding of its texts. A PX file names its code page
// (CODEPAGE="iso-8859-15"; CHARSET="ANSI" for the Windows code page of old files), but files in
// the wild are often labelled wrongly: ISO-8859-1/15 files that use Windows-1252's quotes and
// dashes, UTF-8 files that still say iso-8859-15, text that was already decoded wrongly once
// before it was written. This class chooses the code page from the file's words and its bytes,
// decodes each text, and says in warnings whatever it read that is doubtful, so that a broken
// label is shown as broken rather than silently turned into other letters.
//
// UTF-8, ISO-8859-1, ISO-8859-15 and Windows-1252 are decoded by the class itself, so the common
// PX code pages read the same with every build of Qt; other code pages (Windows-1250, -1258,
// ISO-8859-2 …) go to QStringDecoder, which knows them where Qt is built with ICU.
class PxCharset
{
public:
    // header: the file's bytes before DATA (what is checked for UTF-8); codepage and charset: the
    // values of CODEPAGE and CHARSET, empty when the file has none.
    PxCharset(QByteArrayView header, const QByteArray &codepage, const QByteArray &charset);

    // The name of the code page the texts are read in.
    QString name() const { return m_name; }

    // Decodes one text of the file; remembers what looked wrong in it for warnings().
    QString decode(QByteArrayView bytes);

    // Translated: how the code page was chosen when that was not what the file said, characters
    // that did not decode or were lost before, text that looks encoded twice.
    QStringList warnings() const;

    // Text that looks like UTF-8 read as a single-byte code page ("Ã©" for "é"): the number of
    // such places in text.
    static int doubleEncodedCount(QStringView text);

private:
    enum class Table : quint8 { Utf8, Latin1, Latin9, Windows1252, Qt };

    static std::optional<Table> tableForName(const QByteArray &name);
    QString decodeSingleByte(QByteArrayView bytes) const;

    Table m_table = Table::Utf8;
    QString m_name;
    std::optional<QStringDecoder> m_decoder;
    QStringList m_choiceWarnings;
    // What decode() found, with the first text it found it in.
    int m_replaced = 0;
    QString m_replacedExample;
    int m_doubleEncoded = 0;
    QString m_doubleEncodedExample;
    int m_windowsBytes = 0;
};

} // namespace dh
