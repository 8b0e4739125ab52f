// The layers of DESIGN.md §3, checked on the build's own link graph (written by CMake) and on the
// #include lines of every source file of app/, widgets/ and tests/:
//  - each library links only the layers below it: core ← store, sync, analytics ← models ← gui →
//    widgets; exports → core (linked by models, gui and cli); sample → core, store, sync;
//    cli, hub → core, store, sync, analytics, sample (cli also exports);
//  - every include names a layer its file's target links (a prefix per layer: core/, store/ …;
//    the widgets by their folders common/, map/, charts/, tiles/, style/), so the includes and the
//    link lines say the same thing; the store's SQLite backend (store/sqlite/) is the store's own;
//  - nothing that does not link Qt Widgets includes a Qt Widgets header, and nothing but the store
//    (and tests that break a file on purpose) links or includes SQLite; includes climb no folder;
//  - a test of a layer links nothing of the app above that layer (a core test, no store).
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <algorithm>

namespace {

// The layers and what each may link, directly: DESIGN.md §3.
const QHash<QString, QStringList> &design()
{
    static const QHash<QString, QStringList> rules = {
        {u"core"_qs, {}},
        {u"store"_qs, {u"core"_qs}},
        {u"sync"_qs, {u"core"_qs}},
        {u"analytics"_qs, {u"core"_qs}},
        {u"exports"_qs, {u"core"_qs}},
        {u"sample"_qs, {u"core"_qs, u"store"_qs, u"sync"_qs}},
        {u"models"_qs, {u"core"_qs, u"store"_qs, u"sync"_qs, u"analytics"_qs, u"exports"_qs}},
        {u"widgets"_qs, {}},
        {u"gui"_qs, {u"core"_qs, u"store"_qs, u"sync"_qs, u"analytics"_qs, u"exports"_qs, u"models"_qs, u"widgets"_qs}},
        {u"cli"_qs, {u"core"_qs, u"store"_qs, u"sync"_qs, u"analytics"_qs, u"exports"_qs, u"sample"_qs}},
        {u"hub"_qs, {u"core"_qs, u"store"_qs, u"sync"_qs, u"analytics"_qs, u"sample"_qs}},
    };
    return rules;
}

const QString kWidgetsLink = u"Qt6::Widgets"_qs;
const QString kSqliteLink = u"SQLite::SQLite3"_qs;
// Libraries that bring Qt Widgets with them.
const QStringList kWidgetsLinks{kWidgetsLink, u"QCustomPlotQt6::QCustomPlotQt6"_qs};

// The layer a library is, or empty for what is not one (executables, test support, tests).
QString layerOfLibrary(const QString &target)
{
    if (!target.startsWith(u"dieuhanh_"))
        return {};
    const QString layer = target.mid(9);
    return design().contains(layer) ? layer : QString();
}

// The layer an include names by its prefix, or empty for one that names none (Qt, std, a file
// beside the includer, a test-support header).
QString layerOfInclude(const QString &include)
{
    static const QSet<QString> widgetFolders{u"common"_qs, u"map"_qs, u"charts"_qs, u"tiles"_qs, u"style"_qs};
    const QString first = include.section(u'/', 0, 0);
    if (!include.contains(u'/'))
        return {};
    if (widgetFolders.contains(first))
        return u"widgets"_qs;
    return design().contains(first) ? first : QString();
}

struct Target
{
    QString name;
    QString dir;
    QStringList links;
    QStringList sources;
};

// The link graph and the checks on it. Files are given as (path, text), so the checks themselves
// are tested on made-up trees as well as on the real one.
class LayerCheck
{
public:
    LayerCheck(QList<Target> targets, QSet<QString> widgetsHeaders)
        : m_widgetsHeaders(std::move(widgetsHeaders))
    {
        for (Target &t : targets)
            m_targets.insert(t.name, std::move(t));
    }

    // Empty when the file cannot be read.
    static QList<Target> readGraph(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QList<Target> targets;
        for (const QByteArray &line : file.readAll().split('\n')) {
            const QStringList f = QString::fromUtf8(line).split(u'\t');
            if (f.size() == 4)
                targets.append({f[0], f[1], f[2].split(u',', Qt::SkipEmptyParts), f[3].split(u',', Qt::SkipEmptyParts)});
        }
        return targets;
    }

    // Everything a target links, directly or through what it links.
    QSet<QString> closure(const QString &target) const
    {
        QSet<QString> seen;
        QStringList todo{target};
        while (!todo.isEmpty()) {
            const QString t = todo.takeLast();
            for (const QString &link : m_targets.value(t).links) {
                if (!seen.contains(link)) {
                    seen.insert(link);
                    todo.append(link);
                }
            }
        }
        return seen;
    }

    QSet<QString> layersIn(const QSet<QString> &links) const
    {
        QSet<QString> layers;
        for (const QString &link : links) {
            if (const QString layer = layerOfLibrary(link); !layer.isEmpty())
                layers.insert(layer);
        }
        return layers;
    }

    // Libraries that link layers the design does not allow them.
    QStringList linkViolations() const
    {
        QStringList out;
        for (const Target &t : m_targets) {
            const QString layer = layerOfLibrary(t.name);
            if (layer.isEmpty())
                continue;
            for (const QString &link : t.links) {
                const QString to = layerOfLibrary(link);
                if (!to.isEmpty() && !design().value(layer).contains(to))
                    out.append(u"%1 links %2"_qs.arg(t.name, link));
            }
            const QSet<QString> all = closure(t.name);
            if (layer != u"gui" && layer != u"widgets" && std::any_of(kWidgetsLinks.cbegin(), kWidgetsLinks.cend(),
                                                                      [&all](const QString &l) { return all.contains(l); }))
                out.append(u"%1 links Qt Widgets"_qs.arg(t.name));
            if (layer != u"store" && (t.links.contains(kSqliteLink) || t.links.contains(u"Qt6::Sql"_qs)))
                out.append(u"%1 links SQLite"_qs.arg(t.name));
        }
        return out;
    }

    // Tests of a layer that link some of the app above it.
    QStringList testViolations(const QString &testsRoot) const
    {
        QStringList out;
        for (const Target &t : m_targets) {
            if (!t.dir.startsWith(testsRoot + u'/'))
                continue;
            const QString area = t.dir.mid(testsRoot.size() + 1).section(u'/', 0, 0);
            if (!design().contains(area))
                continue;
            QSet<QString> allowed = layersIn(closure(u"dieuhanh_"_qs + area));
            allowed.insert(area);
            for (const QString &layer : layersIn(closure(t.name))) {
                if (!allowed.contains(layer))
                    out.append(u"%1, a test of %2, links %3"_qs.arg(t.name, area, layer));
            }
        }
        return out;
    }

    // The targets a file belongs to: those that list it, else those of its folder.
    QStringList targetsOf(const QString &path) const
    {
        QStringList listing;
        QStringList inFolder;
        for (const Target &t : m_targets) {
            if (t.sources.contains(path))
                listing.append(t.name);
            else if (QFileInfo(path).absolutePath() == t.dir)
                inFolder.append(t.name);
        }
        return listing.isEmpty() ? inFolder : listing;
    }

    QStringList includeViolations(const QString &path, const QString &text) const
    {
        static const QRegularExpression includeLine(uR"(^\s*#\s*include\s*([<"])([^>"]+)[>"])"_qs,
                                                    QRegularExpression::MultilineOption);
        const QStringList owners = targetsOf(path);
        QSet<QString> links;
        QSet<QString> directLinks;
        QSet<QString> own;
        for (const QString &t : owners) {
            links.unite(closure(t));
            links.insert(t);
            for (const QString &l : m_targets.value(t).links)
                directLinks.insert(l);
            if (const QString layer = layerOfLibrary(t); !layer.isEmpty())
                own.insert(layer);
        }
        QSet<QString> allowed = layersIn(links) + own;
        const bool store = own.contains(u"store"_qs);
        QStringList out;
        auto it = includeLine.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            const QString include = m.captured(2);
            const QString where = u"%1: #include %2"_qs.arg(path, include);
            if (m.captured(1) == u"<") {
                const QString header = include.startsWith(u"QtWidgets/") ? include.mid(10) : include;
                const bool widgets = std::any_of(kWidgetsLinks.cbegin(), kWidgetsLinks.cend(),
                                                 [&links](const QString &l) { return links.contains(l); });
                if (!widgets && (m_widgetsHeaders.contains(header) || include.startsWith(u"QtWidgets")))
                    out.append(where + u" (Qt Widgets, in a target that does not link it)"_qs);
                const bool sql = include == u"sqlite3.h" || include.startsWith(u"QSql") || include.startsWith(u"QtSql");
                if (sql && !(store && links.contains(kSqliteLink)) && !(!store && directLinks.contains(kSqliteLink)))
                    out.append(where + u" (SQL, which only the store speaks)"_qs);
                continue;
            }
            if (include.contains(u"../")) {
                out.append(where + u" (an include names its layer, never a folder above)"_qs);
                continue;
            }
            if (include.startsWith(u"store/sqlite/") || (include.startsWith(u"sqlite/") && !store)) {
                if (!store)
                    out.append(where + u" (the store's private backend)"_qs);
                continue;
            }
            const QString layer = layerOfInclude(include);
            if (!layer.isEmpty() && !allowed.contains(layer))
                out.append(where + u" (%1 is not linked by %2)"_qs.arg(layer, owners.join(u", ")));
            const QHash<QString, QString> support{{u"tempcache.h"_qs, u"dieuhanh_testsupport_store"_qs},
                                                   {u"pictures.h"_qs, u"dieuhanh_testsupport_render"_qs},
                                                   {u"clirun.h"_qs, u"dieuhanh_testsupport_cli"_qs}};
            if (support.contains(include) && !links.contains(support.value(include)))
                out.append(where + u" (%1 is not linked)"_qs.arg(support.value(include)));
        }
        return out;
    }

private:
    QHash<QString, Target> m_targets;
    QSet<QString> m_widgetsHeaders;
};

QString readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace

class TestLayers : public QObject
{
    Q_OBJECT

private:
    QString m_root = QDir::cleanPath(QStringLiteral(DIEUHANH_SOURCE_DIR));

    // A made-up tree: core, store, models and widgets libraries and a core test.
    LayerCheck madeUp() const
    {
        const QString app = m_root + u"/app";
        return LayerCheck({{u"dieuhanh_core"_qs, app + u"/core", {}, {app + u"/core/a.cpp"}},
                           {u"dieuhanh_store"_qs, app + u"/store", {u"dieuhanh_core"_qs, kSqliteLink}, {app + u"/store/s.cpp"}},
                           {u"dieuhanh_models"_qs, app + u"/models", {u"dieuhanh_store"_qs}, {app + u"/models/m.cpp"}},
                           {u"dieuhanh_widgets"_qs, m_root + u"/widgets", {kWidgetsLink}, {m_root + u"/widgets/w.cpp"}},
                           {u"dieuhanh_testsupport"_qs, m_root + u"/tests/support", {u"dieuhanh_core"_qs}, {}},
                           {u"dieuhanh_testsupport_store"_qs, m_root + u"/tests/support", {u"dieuhanh_store"_qs}, {}},
                           {u"tst_a"_qs, m_root + u"/tests/core", {u"dieuhanh_core"_qs, u"dieuhanh_testsupport"_qs}, {}}},
                          {u"QWidget"_qs, u"QLabel"_qs});
    }

private slots:
    void theChecksFindWhatIsWrong_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("wrong");
        const QString app = m_root + u"/app";
        QTest::newRow("core includes core") << app + u"/core/a.cpp" << u"#include \"core/period.h\"\n#include <QString>"_qs << false;
        QTest::newRow("core includes the store") << app + u"/core/a.cpp" << u"#include \"core/x.h\"\n#include \"store/cache.h\""_qs << true;
        QTest::newRow("models include the store") << app + u"/models/m.cpp" << u"#  include \"store/cache.h\""_qs << false;
        QTest::newRow("models include the gui") << app + u"/models/m.cpp" << u"#include \"gui/mainwindow.h\""_qs << true;
        QTest::newRow("models include a widget") << app + u"/models/m.cpp" << u"#include \"tiles/kpitile.h\""_qs << true;
        QTest::newRow("models include Qt Widgets") << app + u"/models/m.cpp" << u"#include <QLabel>"_qs << true;
        QTest::newRow("models include QtWidgets/") << app + u"/models/m.cpp" << u"#include <QtWidgets/QWidget>"_qs << true;
        QTest::newRow("models include the SQLite backend") << app + u"/models/m.cpp" << u"#include \"store/sqlite/statement.h\""_qs << true;
        QTest::newRow("the store includes its backend") << app + u"/store/s.cpp" << u"#include \"sqlite/connection.h\""_qs << false;
        QTest::newRow("widgets include the app") << m_root + u"/widgets/w.cpp" << u"#include \"core/period.h\""_qs << true;
        QTest::newRow("widgets include Qt Widgets") << m_root + u"/widgets/w.cpp" << u"#include <QWidget>"_qs << false;
        QTest::newRow("a core test includes a temporary cache") << m_root + u"/tests/core/t.cpp" << u"#include \"tempcache.h\""_qs << true;
        QTest::newRow("models include SQLite") << app + u"/models/m.cpp" << u"#include <sqlite3.h>"_qs << true;
        QTest::newRow("models include Qt Sql") << app + u"/models/m.cpp" << u"#include <QSqlQuery>"_qs << true;
        QTest::newRow("the store includes SQLite") << app + u"/store/s.cpp" << u"#include <sqlite3.h>"_qs << false;
        QTest::newRow("an include climbs a folder") << app + u"/models/m.cpp" << u"#include \"../store/cache.h\""_qs << true;
    }

    void theChecksFindWhatIsWrong()
    {
        QFETCH(QString, file);
        QFETCH(QString, text);
        QFETCH(bool, wrong);
        QCOMPARE(!madeUp().includeViolations(file, text).isEmpty(), wrong);
    }

    void theChecksFindWrongLinks()
    {
        const QString app = m_root + u"/app";
        LayerCheck bent({{u"dieuhanh_core"_qs, app + u"/core", {u"dieuhanh_store"_qs}, {}},
                         {u"dieuhanh_analytics"_qs, app + u"/analytics", {u"QCustomPlotQt6::QCustomPlotQt6"_qs, kSqliteLink}, {}},
                         {u"dieuhanh_store"_qs, app + u"/store", {u"dieuhanh_core"_qs}, {}},
                         {u"dieuhanh_models"_qs, app + u"/models", {u"dieuhanh_widgets"_qs}, {}},
                         {u"dieuhanh_widgets"_qs, m_root + u"/widgets", {kWidgetsLink}, {}},
                         {u"dieuhanh_testsupport_store"_qs, m_root + u"/tests/support", {u"dieuhanh_store"_qs}, {}},
                         {u"tst_a"_qs, m_root + u"/tests/core", {u"dieuhanh_testsupport_store"_qs}, {}}},
                        {});
        const QStringList links = bent.linkViolations();
        QVERIFY(links.contains(u"dieuhanh_core links dieuhanh_store"_qs));
        QVERIFY(links.contains(u"dieuhanh_models links dieuhanh_widgets"_qs));
        QVERIFY(links.contains(u"dieuhanh_models links Qt Widgets"_qs));
        QVERIFY(links.contains(u"dieuhanh_analytics links Qt Widgets"_qs));
        QVERIFY(links.contains(u"dieuhanh_analytics links SQLite"_qs));
        LayerCheck coreTestWithAStore({{u"dieuhanh_core"_qs, app + u"/core", {}, {}},
                                       {u"dieuhanh_store"_qs, app + u"/store", {u"dieuhanh_core"_qs}, {}},
                                       {u"dieuhanh_testsupport_store"_qs, m_root + u"/tests/support", {u"dieuhanh_store"_qs}, {}},
                                       {u"tst_a"_qs, m_root + u"/tests/core", {u"dieuhanh_testsupport_store"_qs}, {}}},
                                      {});
        QCOMPARE(coreTestWithAStore.testViolations(m_root + u"/tests"), QStringList{u"tst_a, a test of core, links store"_qs});
        QVERIFY(madeUp().linkViolations().isEmpty());
        QVERIFY(madeUp().testViolations(m_root + u"/tests").isEmpty());
    }

    // The real tree.
    void theProjectKeepsItsLayers()
    {
        const QList<Target> graph = LayerCheck::readGraph(QStringLiteral(DIEUHANH_LINK_GRAPH));
        QVERIFY2(graph.size() > 20, DIEUHANH_LINK_GRAPH);
        const QDir widgetsDir(QStringLiteral(DIEUHANH_QT_WIDGETS_HEADERS));
        const QStringList headers = widgetsDir.entryList(QDir::Files);
        QVERIFY2(headers.contains(u"QWidget"_qs), "Qt Widgets' headers were not found");
        const LayerCheck check(graph, QSet<QString>(headers.cbegin(), headers.cend()));

        QStringList problems = check.linkViolations() + check.testViolations(m_root + u"/tests");
        int files = 0;
        for (const QString &folder : {u"app"_qs, u"widgets"_qs, u"tests"_qs}) {
            QDirIterator it(m_root + u'/' + folder, {u"*.cpp"_qs, u"*.h"_qs}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = QDir::cleanPath(it.next());
                if (path.contains(u"/tests/layers/"))
                    continue; // this file, whose made-up trees include what others may not
                problems += check.includeViolations(path, readAll(path));
                ++files;
            }
        }
        QVERIFY(files > 200);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestLayers)
#include "tst_layers.moc"
