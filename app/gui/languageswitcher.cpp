#include "languageswitcher.h"

#include "logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace dh {

LanguageSwitcher::LanguageSwitcher(QObject *parent)
    : QObject(parent)
{
}

bool LanguageSwitcher::setLanguage(const QString &code)
{
    QCoreApplication::removeTranslator(&m_app);
    QCoreApplication::removeTranslator(&m_qt);
    if (!m_app.load(QStringLiteral(":/i18n/dieuhanh_%1.qm").arg(code))) {
        qCWarning(lcGui) << "no translation for" << code;
        return false;
    }
    QCoreApplication::installTranslator(&m_app);
    if (m_qt.load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(&m_qt);
    m_language = code;
    QLocale::setDefault(locale());
    emit languageChanged(code);
    return true;
}

QLocale LanguageSwitcher::locale() const
{
    return m_language == u"en" ? QLocale(QLocale::English, QLocale::UnitedKingdom) : QLocale(QLocale::Vietnamese, QLocale::Vietnam);
}

} // namespace dh
