#include "fuzztargets.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace dh;

// Runs every reader's harness on its seeds and on each input a fuzzer once crashed it with
// (tests/fuzz/regressions/<target>/): a reader that crashes again takes this test down with it.
class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void everyTargetHasSeeds()
    {
        const QDir seeds(QStringLiteral(DIEUHANH_FUZZ_DIR "/seeds"));
        QStringList folders = seeds.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        QStringList names;
        for (const fuzz::Target &t : fuzz::targets()) {
            names.append(QString::fromLatin1(t.name));
            QVERIFY2(!QDir(seeds.filePath(names.last())).isEmpty(), t.name);
        }
        folders.sort();
        names.sort();
        QCOMPARE(folders, names); // the build makes a harness per seed folder
    }

    void inputsRunCleanly_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        for (const char *kind : {"seeds", "regressions"}) {
            for (const fuzz::Target &t : fuzz::targets()) {
                const QDir dir(QStringLiteral(DIEUHANH_FUZZ_DIR "/%1/%2").arg(QLatin1String(kind), QLatin1String(t.name)));
                for (const QString &file : dir.entryList(QDir::Files, QDir::Name)) {
                    QTest::addRow("%s/%s/%s", kind, t.name, qPrintable(file)) << QString::fromLatin1(t.name) << dir.filePath(file);
                }
            }
        }
    }

    void inputsRunCleanly()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray input = file.readAll();
        fuzz::target(target)->run(reinterpret_cast<const std::uint8_t *>(input.constData()), std::size_t(input.size()));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
