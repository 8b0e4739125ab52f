#include "core/optionparser.h"

#include <QTest>

using namespace dh;

// The command-line syntax both programs share: options with their value after a space or an
// equals sign, help anywhere, positional arguments, and the first mistake reported by name.
class TestOptionParser : public QObject
{
    Q_OBJECT

private:
    struct Values
    {
        QString cache;
        QString mode;
        QDate at;
        quint64 limit = 7;
        QStringList positional;
    };

    static void declare(OptionParser &parser, Values &v)
    {
        parser.addOption(u"cache"_qs, &v.cache);
        parser.addChoice(u"mode"_qs, {u"all"_qs, u"rows"_qs}, &v.mode);
        parser.addDate(u"at"_qs, &v.at);
        parser.addNumber(u"limit"_qs, &v.limit);
    }

    static Result<OptionParser::Outcome> parse(const QStringList &args, Values &v, bool positional = true)
    {
        OptionParser parser;
        declare(parser, v);
        if (positional) {
            parser.setPositional([&v](const QString &arg) -> Result<void> {
                if (arg == u"bad")
                    return Error::invalid(u"no bad here"_qs);
                v.positional.append(arg);
                return {};
            });
        }
        return parser.parse(QStringList{u"prog"_qs} + args);
    }

    static QString error(const QStringList &args, bool positional = true)
    {
        Values v;
        const auto parsed = parse(args, v, positional);
        return parsed ? QString() : parsed.error().message;
    }

private slots:
    void nothingIsParsed()
    {
        Values v;
        const auto parsed = parse({}, v);
        QVERIFY(parsed.ok());
        QCOMPARE(*parsed, OptionParser::Outcome::Parsed);
        QVERIFY(v.cache.isEmpty());
        QCOMPARE(v.limit, quint64(7)); // untouched when not given
    }

    void valuesAfterASpaceOrAnEqualsSign()
    {
        Values v;
        const auto parsed = parse({u"--cache"_qs, u"/tmp/a b.sqlite"_qs, u"--mode=rows"_qs, u"--at"_qs, u"2025-07-01"_qs,
                                   u"--limit=12"_qs},
                                  v);
        QVERIFY(parsed.ok());
        QCOMPARE(v.cache, u"/tmp/a b.sqlite"_qs);
        QCOMPARE(v.mode, u"rows"_qs);
        QCOMPARE(v.at, QDate(2025, 7, 1));
        QCOMPARE(v.limit, quint64(12));
    }

    void theValueIsTheNextArgumentWhateverItIs()
    {
        Values v;
        QVERIFY(parse({u"--cache"_qs, u"--help"_qs}, v).ok());
        QCOMPARE(v.cache, u"--help"_qs);
        Values w;
        QVERIFY(parse({u"--cache="_qs}, w).ok()); // an empty value, given
        QVERIFY(w.cache.isEmpty());
        Values x;
        QVERIFY(parse({u"--cache=a=b"_qs}, x).ok()); // the first equals sign ends the name
        QCOMPARE(x.cache, u"a=b"_qs);
    }

    void theLastOfARepeatedOptionWins()
    {
        Values v;
        QVERIFY(parse({u"--mode"_qs, u"all"_qs, u"--mode"_qs, u"rows"_qs}, v).ok());
        QCOMPARE(v.mode, u"rows"_qs);
    }

    void helpAnywhereStopsReading()
    {
        for (const QString &help : {u"-h"_qs, u"--help"_qs}) {
            Values v;
            const auto parsed = parse({u"info"_qs, help, u"--bogus"_qs}, v);
            QVERIFY(parsed.ok());
            QCOMPARE(*parsed, OptionParser::Outcome::HelpRequested);
            QCOMPARE(v.positional, QStringList{u"info"_qs});
        }
        QCOMPARE(error({u"--help=yes"_qs}), u"Unknown option --help."_qs);
    }

    void positionalArguments()
    {
        Values v;
        QVERIFY(parse({u"import"_qs, u"--mode"_qs, u"all"_qs, u"a.csv"_qs, u"-x"_qs}, v).ok());
        QCOMPARE(v.positional, (QStringList{u"import"_qs, u"a.csv"_qs, u"-x"_qs}));
        QCOMPARE(error({u"bad"_qs}), u"no bad here"_qs);
        QCOMPARE(error({u"file.sqlite"_qs}, false), u"Unexpected argument \"file.sqlite\"."_qs);
        QCOMPARE(OptionParser::unexpectedArgument(u"x"_qs).message, u"Unexpected argument \"x\"."_qs);
    }

    void errorsNameTheOptionAndTheValue_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown") << QStringList{u"--bogus"_qs, u"1"_qs} << u"Unknown option --bogus."_qs;
        QTest::newRow("unknown, last") << QStringList{u"--bogus"_qs} << u"Unknown option --bogus."_qs;
        QTest::newRow("no value") << QStringList{u"--cache"_qs} << u"Option --cache needs a value."_qs;
        QTest::newRow("choice") << QStringList{u"--mode"_qs, u"some"_qs} << u"--mode expects \"all\" or \"rows\", not \"some\"."_qs;
        QTest::newRow("date") << QStringList{u"--at=1/7/2025"_qs} << u"--at expects a date like 2025-07-01, not \"1/7/2025\"."_qs;
        QTest::newRow("number") << QStringList{u"--limit"_qs, u"many"_qs} << u"--limit expects a number, not \"many\"."_qs;
        QTest::newRow("negative") << QStringList{u"--limit"_qs, u"-3"_qs} << u"--limit expects a number, not \"-3\"."_qs;
        QTest::newRow("first wins") << QStringList{u"--limit"_qs, u"x"_qs, u"--bogus"_qs} << u"--limit expects a number, not \"x\"."_qs;
    }

    void errorsNameTheOptionAndTheValue()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        QCOMPARE(error(args), message);
    }

    void ownChecks()
    {
        OptionParser parser;
        QString code;
        parser.addOption(u"code"_qs, u"three capital letters"_qs, [&code](const QString &value) {
            if (value.size() != 3 || value.toUpper() != value)
                return false;
            code = value;
            return true;
        });
        QVERIFY(parser.parse({u"prog"_qs, u"--code"_qs, u"THA"_qs}).ok());
        QCOMPARE(code, u"THA"_qs);
        const auto refused = parser.parse({u"prog"_qs, u"--code=tha"_qs});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::Invalid);
        QCOMPARE(refused.error().message, u"--code expects three capital letters, not \"tha\"."_qs);
        QCOMPARE(code, u"THA"_qs); // a refused value is not stored
    }

    void flagsTakeNoValue()
    {
        OptionParser parser;
        bool dry = false;
        QString out;
        parser.addFlag(u"dry-run"_qs, &dry);
        parser.addOption(u"out"_qs, &out);
        parser.setPositional([](const QString &) { return Result<void>(); });
        // The argument after a flag is not its value.
        QVERIFY(parser.parse({u"prog"_qs, u"--dry-run"_qs, u"file"_qs, u"--out"_qs, u"x"_qs}).ok());
        QVERIFY(dry);
        QCOMPARE(out, u"x"_qs);
        QCOMPARE(parser.parse({u"prog"_qs, u"--dry-run=yes"_qs}).error().message, u"--dry-run takes no value."_qs);
    }

    void choicesAreListed()
    {
        OptionParser parser;
        QString palette;
        parser.addChoice(u"palette"_qs, {u"blue"_qs, u"green"_qs, u"red"_qs}, &palette);
        QCOMPARE(parser.parse({u"prog"_qs, u"--palette"_qs, u"pink"_qs}).error().message,
                 u"--palette expects \"blue\", \"green\" or \"red\", not \"pink\"."_qs);
        QVERIFY(parser.parse({u"prog"_qs, u"--palette"_qs, u"green"_qs}).ok());
        QCOMPARE(palette, u"green"_qs);
    }
};

QTEST_GUILESS_MAIN(TestOptionParser)
#include "tst_optionparser.moc"
