#include "core/safetext.h"

#include <QCryptographicHash>
#include <QTest>

using namespace dh;

// What a message may repeat of outside text, and what a cell or a breakdown may hold.
class TestSafeText : public QObject
{
    Q_OBJECT

private slots:
    void controlCharacters()
    {
        QVERIFY(!SafeText::hasControl(u"Hà Nội, thuế đất"));
        for (const char16_t c : {u'\n', u'\r', u'\t', u'\x1b', u'\x7f', u'\x9b', u'\u2028', u'\u202e', u'\u2066'})
            QVERIFY2(SafeText::hasControl(QString(QString(QChar(c)) + u'x')), qPrintable(QString::number(c, 16)));
    }

    void formulas()
    {
        for (const auto text : {u"=1+1", u"+1", u"-1", u"@SUM(A1)", u"\tx", u"\rx"})
            QVERIFY(SafeText::startsLikeFormula(text));
        for (const auto text : {u"", u"a=1", u"1-1", u"'=1"})
            QVERIFY(!SafeText::startsLikeFormula(text));
    }

    void excerptEscapesAndCuts()
    {
        QCOMPARE(SafeText::excerpt(u"a\nb\tc\rd\x1b[2J\u202e"), u"a\\nb\\tc\\rd\\x1B[2J\\u{202E}"_qs);
        QCOMPARE(SafeText::excerpt(u"short"), u"short"_qs);
        const QString big = QString(u'x').repeated(10 * 1024 * 1024);
        const QString shown = SafeText::excerpt(big, 20);
        QVERIFY(shown.size() < 100);
        QVERIFY(shown.startsWith(QString(u'x').repeated(20) + u"…"));
        QVERIFY2(shown.contains(u"10485760 characters"), qPrintable(shown));
        const QByteArray digest = QCryptographicHash::hash(big.toUtf8(), QCryptographicHash::Sha256).toHex().left(12);
        QVERIFY(shown.contains(QString::fromLatin1(digest)));
    }

    void cappedKeepsTheTextUpToTheLimit()
    {
        QCOMPARE(SafeText::capped(u"a\nb", 10), u"a\nb"_qs);
        const QString cut = SafeText::capped(QString(u'y').repeated(5000), 1000);
        QVERIFY(cut.startsWith(QString(u'y').repeated(1000) + u"…"));
        QVERIFY(cut.size() < 1100);
        QVERIFY(cut.contains(u"5000 characters"));
    }
};

QTEST_GUILESS_MAIN(TestSafeText)
#include "tst_safetext.moc"
