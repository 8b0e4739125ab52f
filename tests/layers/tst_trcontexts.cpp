// Every translated text of app/ and widgets/ is looked up at run time in the context lupdate files
// it under. A hand-written tr() — a free function, a member or a lambda that calls
// QCoreApplication::translate("Ctx", text) — breaks that: lupdate does not know it, files each
// tr("…") under the class or namespace it is called from, and the app asks "Ctx", so it never finds
// the Vietnamese. Texts go through Q_OBJECT's or Q_DECLARE_TR_FUNCTIONS' tr() (a file-local holder
// struct is fine) or QCoreApplication::translate with a literal context; this test keeps it so.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace {

// The lines of text that define a function, lambda or macro named tr, each as "line: text".
QStringList trWrappers(const QString &text)
{
    static const QRegularExpression definition(
        uR"(^[ \t]*(?:(?:static|inline|constexpr|const)\s+)*(?:QString|auto)\s+tr\s*(?:\(|=)|^[ \t]*#\s*define\s+tr\b)"_qs,
        QRegularExpression::MultilineOption);
    QStringList out;
    auto it = definition.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        const qsizetype line = text.left(m.capturedStart()).count(u'\n') + 1;
        const qsizetype end = text.indexOf(u'\n', m.capturedStart());
        out.append(u"%1: %2"_qs.arg(line).arg(text.mid(m.capturedStart(), end - m.capturedStart()).trimmed()));
    }
    return out;
}

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestTrContexts : public QObject
{
    Q_OBJECT

private:
    QString m_root = QDir::cleanPath(QStringLiteral(DIEUHANH_SOURCE_DIR));

private slots:
    void theCheckFindsWrappers_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("wrapper");
        QTest::newRow("free function") << u"namespace {\n\nQString tr(const char *text)\n{\n    return QCoreApplication::translate(\"dh\", text);\n}\n"_qs << true;
        QTest::newRow("static, spaced") << u"static QString tr (const char *s, int n = -1);"_qs << true;
        QTest::newRow("inline member") << u"class A {\n    inline QString tr(const char *s) const { return QCoreApplication::translate(\"A\", s); }\n};"_qs << true;
        QTest::newRow("lambda") << u"    const auto tr = [](const char *s) { return QCoreApplication::translate(\"X\", s); };"_qs << true;
        QTest::newRow("macro") << u"#define tr(s) QCoreApplication::translate(\"X\", s)"_qs << true;
        QTest::newRow("holder") << u"struct PxText\n{\n    Q_DECLARE_TR_FUNCTIONS(PxReader)\n};\nQString a = PxText::tr(\"x\");"_qs << false;
        QTest::newRow("calls") << u"    const QString t = tr(\"Rank\");\n    return QObject::tr(\"x\") + QCoreApplication::translate(\"dh\", \"y\");"_qs << false;
        QTest::newRow("other names") << u"QString trimmed(const QString &s);\nQString translated(const char *s);\nauto track = 1;"_qs << false;
        QTest::newRow("comment") << u"// lupdate files X::tr(\"…\") under the context named here; QString tr is not defined"_qs << false;
    }

    void theCheckFindsWrappers()
    {
        QFETCH(QString, text);
        QFETCH(bool, wrapper);
        QCOMPARE(!trWrappers(text).isEmpty(), wrapper);
    }

    // The real tree.
    void noSourceWrapsTr()
    {
        QStringList problems;
        int files = 0;
        for (const QString &folder : {u"app"_qs, u"widgets"_qs}) {
            QDirIterator it(m_root + u'/' + folder, {u"*.cpp"_qs, u"*.h"_qs}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = QDir::cleanPath(it.next());
                const QString relative = path.mid(m_root.size() + 1);
                const QStringList found = trWrappers(readAll(path));
                ++files;
                for (const QString &where : found)
                    problems.append(relative + u':' + where);
            }
        }
        QVERIFY(files > 200);
        QVERIFY2(problems.isEmpty(),
                 qPrintable(u"A hand-written tr() files its texts under a context the app does not ask; use "
                            "Q_DECLARE_TR_FUNCTIONS in a holder struct or QCoreApplication::translate(\"Ctx\", \"…\"):\n"_qs
                            + problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestTrContexts)
#include "tst_trcontexts.moc"
