#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

// The Debian package as it is installed: the test makes it with cpack from the build, unpacks it
// with dpkg-deb into a temporary folder and runs the unpacked programs there, from a folder and a
// home of their own, so that what they need must come from the package and not from the build.
class TestPackage : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int code = -1;
        QString out;
        QString err;
    };

    // Runs a program with a clean environment: a home, data and configuration folders in the
    // temporary folder, no variable that names a cache, a sample or the build.
    Run run(const QString &program, const QStringList &arguments, const QString &home, int timeoutMs = 120000) const
    {
        const QString runtime = home + QStringLiteral("/.runtime");
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), QStringLiteral("/usr/bin:/bin"));
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
        env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QProcess process;
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(m_work);
        process.start(program, arguments);
        Run r;
        if (!process.waitForFinished(timeoutMs)) {
            process.kill();
            process.waitForFinished();
            r.err = QStringLiteral("%1 did not finish: %2").arg(program, process.errorString());
            return r;
        }
        r.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.out = QString::fromUtf8(process.readAllStandardOutput());
        r.err = QString::fromUtf8(process.readAllStandardError());
        return r;
    }

    QString unpacked(const QString &relative) const { return m_root + u'/' + relative; }

    // The build's own folders must not appear in what the unpacked programs say.
    void verifyNoBuildPaths(const Run &r) const
    {
        for (const QString &path : {m_binaryDir, QStringLiteral(DIEUHANH_SOURCE_DIR)}) {
            QVERIFY2(!r.out.contains(path), qPrintable(r.out));
            QVERIFY2(!r.err.contains(path), qPrintable(r.err));
        }
    }

    QTemporaryDir m_dir;
    QString m_binaryDir;
    QString m_deb;
    QString m_root;
    QString m_work;
    QString m_fields;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_binaryDir = QDir::cleanPath(qEnvironmentVariable("DIEUHANH_BINARY_DIR"));
        QVERIFY2(QFileInfo::exists(m_binaryDir + QStringLiteral("/CPackConfig.cmake")), "DIEUHANH_BINARY_DIR names no configured build");
        m_root = m_dir.filePath(QStringLiteral("root"));
        m_work = m_dir.filePath(QStringLiteral("work"));
        QVERIFY(QDir().mkpath(m_work));

        // cpack installs the build into a staging folder of its own, under -B.
        QProcess cpack;
        cpack.setWorkingDirectory(m_work);
        cpack.start(QStringLiteral(DIEUHANH_CPACK), {QStringLiteral("--config"), m_binaryDir + QStringLiteral("/CPackConfig.cmake"),
                                                     QStringLiteral("-B"), m_dir.filePath(QStringLiteral("out"))});
        QVERIFY2(cpack.waitForFinished(240000), "cpack did not finish within 4 minutes");
        QVERIFY2(cpack.exitCode() == 0, cpack.readAllStandardError().constData());

        const QStringList debs = QDir(m_dir.filePath(QStringLiteral("out"))).entryList({QStringLiteral("*.deb")}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        m_deb = m_dir.filePath(QStringLiteral("out/") + debs.first());

        QProcess extract;
        extract.start(QStringLiteral(DIEUHANH_DPKG_DEB), {QStringLiteral("-x"), m_deb, m_root});
        QVERIFY(extract.waitForFinished(60000));
        QVERIFY2(extract.exitCode() == 0, extract.readAllStandardError().constData());

        QProcess fields;
        fields.start(QStringLiteral(DIEUHANH_DPKG_DEB), {QStringLiteral("--field"), m_deb});
        QVERIFY(fields.waitForFinished(60000));
        m_fields = QString::fromUtf8(fields.readAllStandardOutput());
    }

    void fileName()
    {
        QCOMPARE(QFileInfo(m_deb).fileName(), QStringLiteral("dieuhanh_" DIEUHANH_PROJECT_VERSION "_amd64.deb"));
    }

    void controlFields_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::newRow("package") << QStringLiteral("^Package: dieuhanh$");
        QTest::newRow("version") << QStringLiteral("^Version: " DIEUHANH_PROJECT_VERSION "$");
        QTest::newRow("section") << QStringLiteral("^Section: \\S+$");
        QTest::newRow("priority") << QStringLiteral("^Priority: optional$");
        QTest::newRow("maintainer") << QStringLiteral("^Maintainer: .+ <[^@ ]+@[^@ ]+>$");
        // dpkg-shlibdeps found the libraries the programs link, with their versions.
        QTest::newRow("shlibdeps qt") << QStringLiteral("^Depends: .*libqt6core6 \\(>= 6");
        QTest::newRow("shlibdeps qcustomplot") << QStringLiteral("^Depends: .*libqcustomplot");
        QTest::newRow("sqlite driver") << QStringLiteral("^Depends: .*libqt6sql6-sqlite");
        QTest::newRow("platform plugins") << QStringLiteral("^Depends: .*qt6-qpa-plugins");
        QTest::newRow("long description") << QStringLiteral("^Description: .+\\n .+");
    }

    void controlFields()
    {
        QFETCH(QString, pattern);
        const QRegularExpression re(pattern, QRegularExpression::MultilineOption);
        QVERIFY2(re.match(m_fields).hasMatch(), qPrintable(pattern + QStringLiteral(" in:\n") + m_fields));
    }

    void contents_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *path : {"usr/bin/dieuhanh", "usr/bin/dieuhanh-sync", "usr/bin/dieuhanh-hub", "usr/share/dieuhanh/sample.sqlite",
                                 "usr/share/applications/org.dieuhanh.dieuhanh.desktop",
                                 "usr/share/metainfo/org.dieuhanh.dieuhanh.metainfo.xml",
                                 "usr/share/icons/hicolor/scalable/apps/dieuhanh.svg", "usr/share/man/man1/dieuhanh.1.gz",
                                 "usr/share/man/man1/dieuhanh-sync.1.gz", "usr/share/man/man1/dieuhanh-hub.1.gz",
                                 "usr/share/doc/dieuhanh/copyright", "usr/share/doc/dieuhanh/changelog.gz",
                                 "usr/lib/systemd/system/dieuhanh-hub.service"})
            QTest::newRow(path) << QString::fromLatin1(path);
    }

    void contents()
    {
        QFETCH(QString, path);
        const QFileInfo file(unpacked(path));
        QVERIFY2(file.isFile() && file.size() > 0, qPrintable(path));
        if (path.startsWith(u"usr/bin/"))
            QVERIFY(file.isExecutable());
    }

    // Everything under /usr, and nothing that would start the hub: no unit enabled by a link in
    // /etc and no maintainer script.
    void installsUnderUsrOnly()
    {
        QCOMPARE(QDir(m_root).entryList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot), QStringList{QStringLiteral("usr")});
        QProcess control;
        control.start(QStringLiteral(DIEUHANH_DPKG_DEB), {QStringLiteral("--control"), m_deb, m_dir.filePath(QStringLiteral("control"))});
        QVERIFY(control.waitForFinished(60000));
        QCOMPARE(control.exitCode(), 0);
        for (const char *script : {"preinst", "postinst", "prerm", "postrm"})
            QVERIFY2(!QFileInfo::exists(m_dir.filePath(QStringLiteral("control/")) + QLatin1String(script)), script);
    }

    void iconSizes()
    {
        const QString base = unpacked(QStringLiteral("usr/share/icons/hicolor"));
        int pngs = 0;
        for (const QString &dir : QDir(base).entryList({QStringLiteral("*x*")}, QDir::Dirs)) {
            const QString path = base + u'/' + dir + QStringLiteral("/apps/dieuhanh.png");
            QImageReader reader(path);
            QCOMPARE(reader.format(), QByteArray("png"));
            const int side = dir.section(u'x', 0, 0).toInt();
            QCOMPARE(reader.size(), QSize(side, side));
            ++pngs;
        }
        QVERIFY2(pngs >= 6, "too few PNG sizes in hicolor");
    }

    // The programs carry no path of the build: no run path to its libraries, no file name of
    // its resources.
    void programsNameNoBuildPath_data()
    {
        QTest::addColumn<QString>("program");
        QTest::newRow("dieuhanh") << QStringLiteral("usr/bin/dieuhanh");
        QTest::newRow("dieuhanh-sync") << QStringLiteral("usr/bin/dieuhanh-sync");
        QTest::newRow("dieuhanh-hub") << QStringLiteral("usr/bin/dieuhanh-hub");
    }

    void programsNameNoBuildPath()
    {
        QFETCH(QString, program);
        QFile file(unpacked(program));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.contains(m_binaryDir.toUtf8()));
        QVERIFY(!bytes.contains(QByteArrayLiteral(DIEUHANH_SOURCE_DIR)));
    }

    // With no cache, dieuhanh-sync makes the user's from the sample beside its own folder.
    void syncInfoOnFirstUse()
    {
        const QString home = m_dir.filePath(QStringLiteral("home-info"));
        const Run r = run(unpacked(QStringLiteral("usr/bin/dieuhanh-sync")), {QStringLiteral("info")}, home);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString cache = home + QStringLiteral("/.local/share/dieuhanh/cache.sqlite");
        QVERIFY2(r.out.contains(QStringLiteral("cache: ") + cache), qPrintable(r.out));
        QVERIFY2(r.out.contains(QStringLiteral("synthetic: yes")), qPrintable(r.out));
        QCOMPARE(QFileInfo(cache).size(), QFileInfo(unpacked(QStringLiteral("usr/share/dieuhanh/sample.sqlite"))).size());
        verifyNoBuildPaths(r);
    }

    void syncInfoOnTheSample()
    {
        const QString sample = unpacked(QStringLiteral("usr/share/dieuhanh/sample.sqlite"));
        const Run r = run(unpacked(QStringLiteral("usr/bin/dieuhanh-sync")), {QStringLiteral("--cache"), sample, QStringLiteral("info")},
                          m_dir.filePath(QStringLiteral("home-sample")));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("cache: ") + sample), qPrintable(r.out));
        QVERIFY2(QRegularExpression(QStringLiteral("^observations: [1-9]\\d*$"), QRegularExpression::MultilineOption).match(r.out).hasMatch(),
                 qPrintable(r.out));
        verifyNoBuildPaths(r);
    }

    void hubHelp()
    {
        const Run r = run(unpacked(QStringLiteral("usr/bin/dieuhanh-hub")), {QStringLiteral("--help")}, m_dir.filePath(QStringLiteral("home-hub")));
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.startsWith(QStringLiteral("Usage: dieuhanh-hub")), qPrintable(r.out));
    }

    // The app, started for the first time, shows the sample's home page.
    void screenshot()
    {
        const QString home = m_dir.filePath(QStringLiteral("home-app"));
        const QString shot = m_dir.filePath(QStringLiteral("home.png"));
        const Run r = run(unpacked(QStringLiteral("usr/bin/dieuhanh")),
                          {QStringLiteral("--screenshot"), shot, QStringLiteral("--size"), QStringLiteral("1280x720")}, home, 180000);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        verifyNoBuildPaths(r);
        QImageReader reader(shot);
        QCOMPARE(reader.format(), QByteArray("png"));
        const QImage image = reader.read();
        QCOMPARE(image.size(), QSize(1280, 720));
        // A page with its tiles, not a blank or a single colour: many colours in a row across it.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 8) {
            for (int x = 0; x < image.width(); x += 8)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 50, qPrintable(QString::number(colours.size())));
        QVERIFY(QFileInfo::exists(home + QStringLiteral("/.local/share/dieuhanh/cache.sqlite")));
    }

    void metainfoValid()
    {
        const QString appstreamcli = QStandardPaths::findExecutable(QStringLiteral("appstreamcli"));
        if (appstreamcli.isEmpty())
            QSKIP("appstreamcli is not installed (Debian package appstream)");
        QProcess validate;
        validate.start(appstreamcli, {QStringLiteral("validate"), QStringLiteral("--no-net"), QStringLiteral("--pedantic"),
                                      unpacked(QStringLiteral("usr/share/metainfo/org.dieuhanh.dieuhanh.metainfo.xml"))});
        QVERIFY(validate.waitForFinished(60000));
        QVERIFY2(validate.exitCode() == 0, validate.readAllStandardOutput().constData());
    }

    void lintianFindsNoErrors()
    {
        const QString lintian = QStandardPaths::findExecutable(QStringLiteral("lintian"));
        if (lintian.isEmpty())
            QSKIP("lintian is not installed (Debian package lintian)");
        QProcess check;
        check.start(lintian, {QStringLiteral("--no-tag-display-limit"), m_deb});
        QVERIFY(check.waitForFinished(180000));
        const QString out = QString::fromUtf8(check.readAllStandardOutput());
        const QStringList errors = out.split(u'\n').filter(QRegularExpression(QStringLiteral("^E: ")));
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
