#include "cli/commandline.h"

#include <QTest>

using dh::CliOptions;
using dh::parseCommandLine;

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    static QStringList args(std::initializer_list<const char *> list)
    {
        QStringList out{QStringLiteral("dieuhanh-sync")};
        for (const char *a : list)
            out.append(QString::fromUtf8(a));
        return out;
    }

private slots:
    void noCommandIsHelp()
    {
        const auto o = parseCommandLine(args({}));
        QVERIFY(o.ok());
        QCOMPARE(o->command, CliOptions::Command::Help);
    }

    void info()
    {
        const auto o = parseCommandLine(args({"--cache", "/tmp/x.sqlite", "info"}));
        QVERIFY(o.ok());
        QCOMPARE(o->command, CliOptions::Command::Info);
        QCOMPARE(o->cachePath, u"/tmp/x.sqlite"_qs);
    }

    void initAndUpgrade()
    {
        const auto init = parseCommandLine(args({"init", "--cache", "/tmp/new.sqlite"}));
        QVERIFY(init.ok());
        QCOMPARE(init->command, CliOptions::Command::Init);
        QCOMPARE(init->cachePath, u"/tmp/new.sqlite"_qs);
        const auto upgrade = parseCommandLine(args({"--cache", "/tmp/old.sqlite", "upgrade"}));
        QVERIFY(upgrade.ok());
        QCOMPARE(upgrade->command, CliOptions::Command::Upgrade);
    }

    void units()
    {
        const auto o = parseCommandLine(args({"units", "--level", "province", "--at=2025-07-01"}));
        QVERIFY(o.ok());
        QCOMPARE(o->command, CliOptions::Command::Units);
        QCOMPARE(o->level, u"province"_qs);
        QCOMPARE(o->at, QDate(2025, 7, 1));
        QVERIFY(!parseCommandLine(args({"units"})).ok());
        QVERIFY(!parseCommandLine(args({"units", "--level", "province", "--at", "1/7/2025"})).ok());
    }

    void import()
    {
        const auto o = parseCommandLine(args({"import", "data.csv", "--format", "csv", "--mode", "rows", "--source", "bộ"}));
        QVERIFY(o.ok());
        QCOMPARE(o->file, u"data.csv"_qs);
        QVERIFY(o->rowByRow);
        QCOMPARE(o->source, u"bộ"_qs);
        QVERIFY(!parseCommandLine(args({"import"})).ok());
        QVERIFY(!parseCommandLine(args({"import", "a.csv", "b.csv"})).ok());
        QVERIFY(!parseCommandLine(args({"import", "a.csv", "--format", "xlsx"})).ok());
        QVERIFY(!parseCommandLine(args({"import", "a.csv", "--mode", "some"})).ok());
        QVERIFY(!parseCommandLine(args({"import", "a.csv"}))->rowByRow);
    }

    void importOtherFormats()
    {
        const auto o = parseCommandLine(args({"import", "t.px", "--format", "px", "--mapping", "m.json", "--dry-run"}));
        QVERIFY(o.ok());
        QCOMPARE(o->format, u"px"_qs);
        QCOMPARE(o->mapping, u"m.json"_qs);
        QVERIFY(o->dryRun);
        QVERIFY(!o->print);
        const auto p = parseCommandLine(args({"import", "--print", "t.json", "--format=jsonstat"}));
        QVERIFY(p.ok());
        QVERIFY(p->print);
        QCOMPARE(p->file, u"t.json"_qs);
        for (const char *format : {"jsonstat", "pxweb", "px", "sdmx-json", "worldbank", "reporting"})
            QVERIFY2(parseCommandLine(args({"import", "f", "--format", format})).ok(), format);
        QVERIFY(parseCommandLine(args({"import", "f", "--format", "csv-mapped", "--mapping", "m.json"})).ok());
        QVERIFY(!parseCommandLine(args({"import", "f", "--format", "csv-mapped"})).ok()); // which column is which?
        QCOMPARE(parseCommandLine(args({"import", "f", "--format", "px", "--revision", "3"}))->revision, 3);
        QVERIFY(!parseCommandLine(args({"import", "f.csv", "--revision", "3"})).ok()); // rows carry their own
        const auto unknown = parseCommandLine(args({"import", "f", "--format", "xml"}));
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.error().message.contains(u"supported: csv, csv-mapped, jsonstat, pxweb, px, sdmx-json, worldbank, reporting"),
                 qPrintable(unknown.error().message));
        QVERIFY(!parseCommandLine(args({"import", "a.csv", "--mapping", "m.json"})).ok()); // the project's CSV
        QVERIFY(!parseCommandLine(args({"import", "a.json", "--format", "jsonstat", "--print", "--dry-run"})).ok());
    }

    void query()
    {
        const auto o = parseCommandLine(args({"query", "--indicator", "CPI", "--level", "province", "--at", "2025-07-01",
                                              "--from", "2025-01", "--to", "2025-06"}));
        QVERIFY(o.ok());
        QCOMPARE(o->indicator, u"CPI"_qs);
        QCOMPARE(o->from, u"2025-01"_qs);
        QCOMPARE(o->to, u"2025-06"_qs);
        QVERIFY(!parseCommandLine(args({"query", "--unit", "VN"})).ok());                              // no indicator
        QVERIFY(!parseCommandLine(args({"query", "--indicator", "X"})).ok());                          // no scope
        QVERIFY(!parseCommandLine(args({"query", "--indicator", "X", "--unit", "VN", "--level", "province"})).ok());
        QCOMPARE(parseCommandLine(args({"query", "--indicator", "X", "--unit", "VN", "--xlsx", "v.xlsx"}))->xlsx, u"v.xlsx"_qs);
        QVERIFY(!parseCommandLine(args({"export", "--xlsx", "v.xlsx"})).ok()); // --xlsx belongs to query
    }

    void derived()
    {
        const auto all = parseCommandLine(args({"query", "--indicator", "X", "--unit", "VN", "--derived", "all"}));
        QVERIFY(all.ok());
        QCOMPARE(all->derived, CliOptions::derivedFigures());
        const auto some = parseCommandLine(args({"query", "--indicator", "X", "--unit", "VN", "--derived", "target,year-to-date"}));
        QVERIFY(some.ok());
        QCOMPARE(some->derived, (QStringList{u"target"_qs, u"year-to-date"_qs}));
        QVERIFY(parseCommandLine(args({"query", "--indicator", "X", "--unit", "VN"}))->derived.isEmpty());
        const auto bad = parseCommandLine(args({"query", "--indicator", "X", "--unit", "VN", "--derived", "ytd"}));
        QVERIFY(!bad.ok());
        QVERIFY2(bad.error().message.contains(u"\"ytd\""), qPrintable(bad.error().message));
        QVERIFY(!parseCommandLine(args({"info", "--derived", "all"})).ok());
    }

    void errors()
    {
        const auto unknown = parseCommandLine(args({"frobnicate"}));
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.contains(u"frobnicate"));
        QVERIFY(!parseCommandLine(args({"info", "--bogus", "1"})).ok());
        QVERIFY(!parseCommandLine(args({"info", "--cache"})).ok());
        QVERIFY(!parseCommandLine(args({"sample"})).ok());
        QVERIFY(!parseCommandLine(args({"quarantine", "--limit", "many"})).ok());
        QCOMPARE(parseCommandLine(args({"quarantine", "--limit", "5"}))->limit, 5);
        QCOMPARE(parseCommandLine(args({"--help", "import"}))->command, CliOptions::Command::Help);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
