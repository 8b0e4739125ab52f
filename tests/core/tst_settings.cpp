#include "core/settings.h"

#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace dh;

// The settings table (STYLE.md rule 5): each key declared once under its own name, with a default
// a fresh installation can run on, and values that survive a write to a real settings file.
class TestSettings : public QObject
{
    Q_OBJECT

private:
    // Every key of the enum, up to its Count sentinel.
    static QList<Settings::Key> allKeys()
    {
        QList<Settings::Key> keys;
        for (int k = 0; k < int(Settings::Key::Count); ++k)
            keys.append(Settings::Key(k));
        return keys;
    }

    QTemporaryDir m_dir;

private slots:
    void declarationsAreComplete()
    {
        QVERIFY(!allKeys().isEmpty());
        QSet<QByteArray> names;
        for (Settings::Key key : allKeys()) {
            const Settings::Declaration &d = Settings::declaration(key);
            // The table's row is this key's, not the first row or a neighbour's.
            QCOMPARE(int(d.key), int(key));
            const QByteArray name(d.name);
            QVERIFY2(!name.isEmpty(), qPrintable(QString::number(int(key))));
            QVERIFY2(!names.contains(name), name.constData());
            names.insert(name);
            // Grouped by scope in the file, so a machine's state never travels with a user's profile.
            const QByteArray group = d.scope == Settings::Scope::User ? "user/" : "machine/";
            QVERIFY2(name.startsWith(group), name.constData());
            // A typed default: a read with nothing stored converts like a stored value.
            QVERIFY2(d.defaultValue.isValid(), name.constData());
        }
    }

    void defaultsAreUsable()
    {
        // The two a fresh installation relies on: Vietnamese, the 34-province map.
        QCOMPARE(Settings::declaration(Settings::Key::Language).defaultValue.toString(), u"vi"_qs);
        QCOMPARE(Settings::declaration(Settings::Key::ProvinceMap).defaultValue.toInt(), 34);
        QCOMPARE(int(Settings::declaration(Settings::Key::CachePath).scope), int(Settings::Scope::Machine));
        QCOMPARE(int(Settings::declaration(Settings::Key::Language).scope), int(Settings::Scope::User));
        // Empty paths and page states mean "the built-in one", not a stale value.
        for (Settings::Key key : {Settings::Key::CachePath, Settings::Key::DashboardLayout, Settings::Key::CatalogPageState,
                                  Settings::Key::IndicatorPageState, Settings::Key::MapPageState}) {
            const QVariant d = Settings::declaration(key).defaultValue;
            QCOMPARE(d.metaType(), QMetaType::fromType<QString>());
            QVERIFY(d.toString().isEmpty());
        }
    }

    void readingAnEmptyFileGivesTheDefaults()
    {
        QVERIFY(m_dir.isValid());
        QSettings file(m_dir.filePath(u"empty.ini"_qs), QSettings::IniFormat);
        Settings settings(&file);
        for (Settings::Key key : allKeys())
            QCOMPARE(settings.value(key), Settings::declaration(key).defaultValue);
    }

    void writtenValuesReadBack()
    {
        const QString path = m_dir.filePath(u"written.ini"_qs);
        {
            QSettings file(path, QSettings::IniFormat);
            Settings settings(&file);
            settings.setValue(Settings::Key::Language, u"en"_qs);
            settings.setValue(Settings::Key::ProvinceMap, 63);
            settings.setValue(Settings::Key::MapPageState, u"{\"frames\":6}"_qs);
            // Read back through the same object …
            QCOMPARE(settings.value(Settings::Key::Language).toString(), u"en"_qs);
        }
        // … and from the file by a new one, as the next start of the program would.
        QSettings file(path, QSettings::IniFormat);
        Settings settings(&file);
        QCOMPARE(settings.value(Settings::Key::Language).toString(), u"en"_qs);
        QCOMPARE(settings.value(Settings::Key::ProvinceMap).toInt(), 63);
        QCOMPARE(settings.value(Settings::Key::MapPageState).toString(), u"{\"frames\":6}"_qs);
        // Under the declared name, and no other key was touched.
        QCOMPARE(file.value(QLatin1StringView(Settings::declaration(Settings::Key::ProvinceMap).name)).toInt(), 63);
        QCOMPARE(settings.value(Settings::Key::CatalogPageState), Settings::declaration(Settings::Key::CatalogPageState).defaultValue);
        QCOMPARE(file.allKeys().size(), 3);
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
