#pragma once

#include <QColor>
#include <QFont>
#include <QString>

#include <cmath>

namespace dh::packstyle {

inline const QString &family()
{
    static const QString name = QStringLiteral("Noto Sans");
    return name;
}

inline QFont font(double pixels, QFont::Weight weight = QFont::Normal)
{
    QFont f(family());
    f.setPixelSize(int(std::lround(pixels)));
    f.setWeight(weight);
    // Latin text unshaped has no ligatures: "ffi" stays three letters, so the PDF's text is found
    // by a search for "official" (Vietnamese in NFC needs no shaping either).
    f.setStyleStrategy(QFont::PreferNoShaping);
    return f;
}

inline const QColor text{0x14, 0x1d, 0x26};
inline const QColor secondary{0x5b, 0x67, 0x73};
inline const QColor rule{0xd5, 0xdc, 0xe3};

} // namespace dh::packstyle
