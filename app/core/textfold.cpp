#include "textfold.h"

namespace dh {

QString foldForSearch(QStringView text)
{
    const QString decomposed = text.toString().normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue;
        if (c == u'đ' || c == u'Đ')
            folded.append(u'd');
        else
            folded.append(c);
    }
    return folded.toCaseFolded();
}

} // namespace dh
