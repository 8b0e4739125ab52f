#pragma once

#include <QLocale>
#include <QObject>
#include <QTranslator>

namespace dh {

// Installs the interface language: Vietnamese (primary) or English. Switching sends the
// LanguageChange event every widget retranslates on.
class LanguageSwitcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LanguageSwitcher)

public:
    explicit LanguageSwitcher(QObject *parent = nullptr);

    bool setLanguage(const QString &code); // "vi" or "en"
    QString language() const { return m_language; }
    QLocale locale() const;

signals:
    void languageChanged(const QString &code);

private:
    QTranslator m_app;
    QTranslator m_qt;
    QString m_language;
};

} // namespace dh
