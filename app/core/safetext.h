#pragma once

#include <QString>
#include <QStringView>

// Text from outside (a file's field, a source's name) shown to a person or kept in the cache: what
// a terminal or a spreadsheet would act on, and how much of it to repeat.
namespace dh::SafeText {

// Whether the text holds a character that moves a terminal's cursor or changes what it shows: the
// C0 controls (line breaks and tabs among them), DEL, the C1 controls, the line and paragraph
// separators and the bidirectional overrides.
bool hasControl(QStringView text);
// Whether a spreadsheet would read a cell of this text as a formula: it starts with =, +, -, @, a
// tab or a carriage return (the characters the OWASP guidance on CSV injection names).
bool startsLikeFormula(QStringView text);

// The text as a message may quote it: every control character written as an escape (\n, \t,
// \x1B, \u{202E}), and a text longer than maxLength cut there and followed by its length and the
// start of its SHA-256, so a person can still tell two long values apart.
QString excerpt(QStringView text, qsizetype maxLength = 64);
// The text as the cache keeps it: unchanged up to maxLength, else cut there with the same length
// and digest after it.
QString capped(QStringView text, qsizetype maxLength);

} // namespace dh::SafeText
