#include "briefingpack.h"

#include "core/unitregistry.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace dh {

namespace {

// The one translation context of the file's texts. lupdate files a call of a file-local Text::tr()
// wrapper made inside a member function under that member's class, so the wrapper's texts were
// split over three contexts, and the runtime looked for them in a fourth.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(BriefingPack)
};

// The line each value of a JSON text starts on, by path ("pages[2].indicator"): Qt's JSON reader
// keeps no positions, and a pack written by hand is fixed by line. Run only on text Qt has
// accepted, so it does not check the grammar.
class JsonLines
{
public:
    explicit JsonLines(const QByteArray &text) : m_text(text) {}

    QHash<QString, int> scan()
    {
        value(QString());
        return m_lines;
    }

private:
    void skipSpace()
    {
        while (m_at < m_text.size() && (m_text[m_at] == ' ' || m_text[m_at] == '\t' || m_text[m_at] == '\r' || m_text[m_at] == '\n')) {
            if (m_text[m_at] == '\n')
                ++m_line;
            ++m_at;
        }
    }

    QString string()
    {
        const qsizetype start = ++m_at;
        while (m_at < m_text.size() && m_text[m_at] != '"')
            m_at += m_text[m_at] == '\\' ? 2 : 1;
        return QString::fromUtf8(m_text.mid(start, m_at++ - start));
    }

    void value(const QString &path)
    {
        skipSpace();
        if (m_at >= m_text.size())
            return;
        m_lines.insert(path, m_line);
        const char c = m_text[m_at];
        if (c == '{') {
            ++m_at;
            for (skipSpace(); m_at < m_text.size() && m_text[m_at] != '}'; skipSpace()) {
                if (m_text[m_at] == ',') {
                    ++m_at;
                    continue;
                }
                const QString key = string();
                skipSpace();
                ++m_at; // the colon
                value(path.isEmpty() ? key : path + u'.' + key);
            }
            ++m_at;
        } else if (c == '[') {
            ++m_at;
            int index = 0;
            for (skipSpace(); m_at < m_text.size() && m_text[m_at] != ']'; skipSpace()) {
                if (m_text[m_at] == ',') {
                    ++m_at;
                    continue;
                }
                value(path + u'[' + QString::number(index++) + u']');
            }
            ++m_at;
        } else if (c == '"') {
            string();
        } else {
            while (m_at < m_text.size() && !QByteArrayView(",]} \t\r\n").contains(m_text[m_at]))
                ++m_at;
        }
    }

    const QByteArray &m_text;
    qsizetype m_at = 0;
    int m_line = 1;
    QHash<QString, int> m_lines;
};

// Builds the errors of one reading, each with the file, the line of the field and the field.
class Problems
{
public:
    Problems(const QString &fileName, const QHash<QString, int> &lines) : m_fileName(fileName), m_lines(lines) {}

    Error at(const QString &field, const QString &message, const char *rule = "PACK_FIELD") const
    {
        // The field itself if it is there, else the object that lacks it.
        QString path = field;
        while (!m_lines.contains(path) && path.contains(u'.'))
            path.truncate(path.lastIndexOf(u'.'));
        const int line = m_lines.value(path, 0);
        QString where = m_fileName.isEmpty() ? QString() : QFileInfo(m_fileName).fileName();
        if (line > 0)
            where += (where.isEmpty() ? Text::tr("line %1").arg(line) : QStringLiteral(":%1").arg(line));
        QString text = field + QStringLiteral(": ") + message;
        if (!where.isEmpty())
            text = where + QStringLiteral(": ") + text;
        Error e = Error::invalid(text);
        e.rule = QString::fromLatin1(rule);
        return e;
    }

private:
    QString m_fileName;
    const QHash<QString, int> &m_lines;
};

const QList<std::pair<BriefingPage::Kind, QString>> &kindNames()
{
    static const QList<std::pair<BriefingPage::Kind, QString>> names{
        {BriefingPage::Kind::Home, QStringLiteral("home")},
        {BriefingPage::Kind::Indicator, QStringLiteral("indicator")},
        {BriefingPage::Kind::Map, QStringLiteral("map")},
        {BriefingPage::Kind::Ranking, QStringLiteral("ranking")},
        {BriefingPage::Kind::Breakdown, QStringLiteral("breakdown")},
        {BriefingPage::Kind::Text, QStringLiteral("text")},
        {BriefingPage::Kind::Atlas, QStringLiteral("atlas")},
        {BriefingPage::Kind::Tasks, QStringLiteral("tasks")},
    };
    return names;
}

bool needsIndicator(BriefingPage::Kind kind)
{
    return kind == BriefingPage::Kind::Indicator || kind == BriefingPage::Kind::Map || kind == BriefingPage::Kind::Ranking
        || kind == BriefingPage::Kind::Breakdown;
}

// The fields each kind of page reads; any other is a mistake worth naming (a typo of "period").
QStringList fieldsOf(BriefingPage::Kind kind)
{
    QStringList fields{QStringLiteral("kind"), QStringLiteral("title")};
    switch (kind) {
    case BriefingPage::Kind::Home: fields << QStringLiteral("scope"); break;
    case BriefingPage::Kind::Indicator:
        fields << QStringLiteral("indicator") << QStringLiteral("scope") << QStringLiteral("period") << QStringLiteral("periodKind")
               << QStringLiteral("cumulative");
        break;
    case BriefingPage::Kind::Map:
    case BriefingPage::Kind::Ranking:
        fields << QStringLiteral("indicator") << QStringLiteral("period") << QStringLiteral("provinces") << QStringLiteral("cumulative");
        break;
    case BriefingPage::Kind::Breakdown:
        fields << QStringLiteral("indicator") << QStringLiteral("scope") << QStringLiteral("period") << QStringLiteral("dimension");
        break;
    case BriefingPage::Kind::Text: fields << QStringLiteral("text"); break;
    case BriefingPage::Kind::Atlas: fields << QStringLiteral("provinces") << QStringLiteral("indicators") << QStringLiteral("period"); break;
    // The summary is taken at the pack's as-of date: one date for every number of the pack.
    case BriefingPage::Kind::Tasks: fields << QStringLiteral("scope"); break;
    }
    return fields;
}

Result<BriefingPage> readPage(const QJsonObject &o, const QString &at, const Problems &problems)
{
    BriefingPage page;
    const auto kind = BriefingPage::kindFromName(o.value(u"kind").toString());
    if (!kind)
        return problems.at(at + QStringLiteral(".kind"),
                           Text::tr("\"%1\" is no kind of page (home, indicator, map, ranking, breakdown, text, atlas, tasks).").arg(o.value(u"kind").toString()));
    page.kind = *kind;
    const QStringList allowed = fieldsOf(page.kind);
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!allowed.contains(it.key()))
            return problems.at(at + u'.' + it.key(), Text::tr("a %1 page has no such field.").arg(BriefingPage::kindName(page.kind)));
    }
    auto text = [&](const char *name, QString &into) -> std::optional<Error> {
        const QJsonValue v = o.value(QLatin1String(name));
        if (v.isUndefined())
            return std::nullopt;
        if (!v.isString())
            return problems.at(at + u'.' + QLatin1String(name), Text::tr("is not a text."));
        into = v.toString().trimmed();
        return std::nullopt;
    };
    for (const auto &[name, into] : {std::pair<const char *, QString *>{"title", &page.title}, {"indicator", &page.indicator},
                                     {"scope", &page.scope}, {"period", &page.period}, {"dimension", &page.dimension}}) {
        if (auto e = text(name, *into))
            return *e;
    }
    if (needsIndicator(page.kind) && page.indicator.isEmpty())
        return problems.at(at + QStringLiteral(".indicator"), Text::tr("the page names no indicator."));
    if (page.scope.isEmpty())
        return problems.at(at + QStringLiteral(".scope"), Text::tr("is empty."));
    if (!page.period.isEmpty()) {
        const auto period = Period::parse(page.period);
        if (!period)
            return problems.at(at + QStringLiteral(".period"), Text::tr("\"%1\" is not a period (2026-10, 2026-Q3, 2026).").arg(page.period));
        page.period = period->toString();
    }
    if (const QJsonValue v = o.value(u"periodKind"); !v.isUndefined()) {
        page.periodKind = Period::kindFromName(v.toString());
        if (!page.periodKind)
            return problems.at(at + QStringLiteral(".periodKind"), Text::tr("\"%1\" is not a kind of period (month, quarter, year).").arg(v.toString()));
    }
    if (const QJsonValue v = o.value(u"cumulative"); !v.isUndefined()) {
        if (!v.isBool())
            return problems.at(at + QStringLiteral(".cumulative"), Text::tr("is true or false."));
        page.cumulative = v.toBool();
    }
    if (const QJsonValue v = o.value(u"provinces"); !v.isUndefined()) {
        if (v.toInt() != 34 && v.toInt() != 63)
            return problems.at(at + QStringLiteral(".provinces"), Text::tr("is 34 (from 1 July 2025) or 63 (before)."));
        page.map34 = v.toInt() == 34;
    }
    if (page.kind == BriefingPage::Kind::Text) {
        const QJsonValue v = o.value(u"text");
        if (v.isArray()) {
            QStringList lines;
            for (const QJsonValue &line : v.toArray()) {
                if (!line.isString())
                    return problems.at(at + QStringLiteral(".text"), Text::tr("holds something other than lines of text."));
                lines.append(line.toString());
            }
            page.text = lines.join(u'\n');
        } else if (v.isString()) {
            page.text = v.toString();
        }
        if (page.text.trimmed().isEmpty())
            return problems.at(at + QStringLiteral(".text"), Text::tr("a text page needs its text."));
        if (page.title.isEmpty())
            return problems.at(at + QStringLiteral(".title"), Text::tr("a text page needs a title."));
    }
    if (const QJsonValue v = o.value(u"indicators"); !v.isUndefined()) {
        const QJsonArray codes = v.toArray();
        for (qsizetype i = 0; i < codes.size(); ++i) {
            if (!codes.at(i).isString() || codes.at(i).toString().isEmpty())
                return problems.at(at + QStringLiteral(".indicators[%1]").arg(i), Text::tr("is not an indicator code."));
            page.indicators.append(codes.at(i).toString());
        }
        if (page.indicators.isEmpty() || page.indicators.size() > 12)
            return problems.at(at + QStringLiteral(".indicators"), Text::tr("an atlas shows 1 to 12 indicators."));
    }
    return page;
}

} // namespace

QString BriefingPage::kindName(Kind kind)
{
    for (const auto &[k, name] : kindNames()) {
        if (k == kind)
            return name;
    }
    return {};
}

std::optional<BriefingPage::Kind> BriefingPage::kindFromName(QStringView name)
{
    for (const auto &[k, text] : kindNames()) {
        if (text == name)
            return k;
    }
    return std::nullopt;
}

int BriefingPack::printedPageCount() const
{
    int count = 0;
    for (const BriefingPage &page : pages)
        count += page.kind == BriefingPage::Kind::Atlas ? (page.map34 ? 34 : 63) : 1;
    return count;
}

Result<BriefingPack> BriefingPack::fromJson(const QByteArray &json, const QString &fileName)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        Error e = Error::invalid(Text::tr("%1:%2: the pack is not valid JSON: %3.")
                                     .arg(fileName.isEmpty() ? Text::tr("pack") : QFileInfo(fileName).fileName())
                                     .arg(line)
                                     .arg(parseError.errorString()));
        e.rule = QStringLiteral("PACK_SYNTAX");
        return e;
    }
    BriefingPack pack;
    pack.m_fileName = fileName;
    pack.m_lines = JsonLines(json).scan();
    const Problems problems(fileName, pack.m_lines);
    if (!doc.isObject())
        return problems.at(QStringLiteral("(top)"), Text::tr("a pack is a JSON object."));
    const QJsonObject o = doc.object();
    if (o.value(u"version").toInt() != 1)
        return problems.at(QStringLiteral("version"), Text::tr("unsupported version %1 (expected 1).").arg(o.value(u"version").toVariant().toString()));
    pack.title = o.value(u"title").toString().trimmed();
    if (pack.title.isEmpty())
        return problems.at(QStringLiteral("title"), Text::tr("the meeting has no title."));
    auto date = [&](const char *name, QDate &into) -> std::optional<Error> {
        const QString text = o.value(QLatin1String(name)).toString();
        into = QDate::fromString(text, Qt::ISODate);
        if (!into.isValid())
            return problems.at(QLatin1String(name), Text::tr("\"%1\" is not a date (YYYY-MM-DD).").arg(text));
        return std::nullopt;
    };
    if (auto e = date("date", pack.date))
        return *e;
    if (auto e = date("asOf", pack.asOf))
        return *e;
    const QString paper = o.value(u"paper").toString(QStringLiteral("a4-landscape"));
    if (paper == u"a4-landscape")
        pack.paper = Paper::A4Landscape;
    else if (paper == u"slides-16x9")
        pack.paper = Paper::Slides16x9;
    else
        return problems.at(QStringLiteral("paper"), Text::tr("\"%1\" is no paper (a4-landscape, slides-16x9).").arg(paper));
    pack.language = o.value(u"language").toString(QStringLiteral("vi"));
    if (pack.language != u"vi" && pack.language != u"en")
        return problems.at(QStringLiteral("language"), Text::tr("is vi or en."));
    const QJsonArray pages = o.value(u"pages").toArray();
    if (pages.isEmpty())
        return problems.at(QStringLiteral("pages"), Text::tr("the pack has no pages."));
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QString at = QStringLiteral("pages[%1]").arg(i);
        if (!pages.at(i).isObject())
            return problems.at(at, Text::tr("a page is a JSON object."));
        auto page = readPage(pages.at(i).toObject(), at, problems);
        if (!page)
            return page.error();
        pack.pages.append(std::move(*page));
    }
    return pack;
}

Result<BriefingPack> BriefingPack::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(Text::tr("Cannot read the pack %1: %2.").arg(path, file.errorString()));
    return fromJson(file.readAll(), path);
}

QByteArray BriefingPack::toJson() const
{
    QJsonArray pageArray;
    for (const BriefingPage &page : pages) {
        QJsonObject p{{QStringLiteral("kind"), BriefingPage::kindName(page.kind)}};
        if (!page.title.isEmpty())
            p.insert(QStringLiteral("title"), page.title);
        if (needsIndicator(page.kind))
            p.insert(QStringLiteral("indicator"), page.indicator);
        const QStringList fields = fieldsOf(page.kind);
        if (fields.contains(u"scope") && page.scope != u"VN")
            p.insert(QStringLiteral("scope"), page.scope);
        if (fields.contains(u"period") && !page.period.isEmpty())
            p.insert(QStringLiteral("period"), page.period);
        if (fields.contains(u"periodKind") && page.periodKind)
            p.insert(QStringLiteral("periodKind"), Period::kindName(*page.periodKind));
        if (fields.contains(u"cumulative") && page.cumulative)
            p.insert(QStringLiteral("cumulative"), *page.cumulative);
        if (fields.contains(u"dimension") && !page.dimension.isEmpty())
            p.insert(QStringLiteral("dimension"), page.dimension);
        if (fields.contains(u"provinces"))
            p.insert(QStringLiteral("provinces"), page.map34 ? 34 : 63);
        if (page.kind == BriefingPage::Kind::Text)
            p.insert(QStringLiteral("text"), QJsonArray::fromStringList(page.text.split(u'\n')));
        if (page.kind == BriefingPage::Kind::Atlas && !page.indicators.isEmpty())
            p.insert(QStringLiteral("indicators"), QJsonArray::fromStringList(page.indicators));
        pageArray.append(p);
    }
    const QJsonObject o{
        {QStringLiteral("version"), 1},
        {QStringLiteral("title"), title},
        {QStringLiteral("date"), date.toString(Qt::ISODate)},
        {QStringLiteral("asOf"), asOf.toString(Qt::ISODate)},
        {QStringLiteral("paper"), paper == Paper::A4Landscape ? QStringLiteral("a4-landscape") : QStringLiteral("slides-16x9")},
        {QStringLiteral("language"), language},
        {QStringLiteral("pages"), pageArray},
    };
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<void> BriefingPack::save(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson()) < 0 || !file.commit())
        return Error::storage(Text::tr("Cannot write the pack %1: %2.").arg(path, file.errorString()));
    return {};
}

Result<void> BriefingPack::validate(const QList<CatalogEntry> &catalog, const UnitRegistry &registry) const
{
    QSet<QString> known;
    for (const CatalogEntry &entry : catalog)
        known.insert(entry.indicator.code);
    const Problems problems(m_fileName, m_lines);
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const BriefingPage &page = pages.at(i);
        const QString at = QStringLiteral("pages[%1]").arg(i);
        if (fieldsOf(page.kind).contains(u"scope")) {
            const AdminUnit *unit = registry.find(page.scope);
            const bool scope = unit
                && (unit->level == AdminUnit::Level::Nation || unit->level == AdminUnit::Level::Ministry || unit->level == AdminUnit::Level::Province);
            if (!scope)
                return problems.at(at + QStringLiteral(".scope"),
                                   Text::tr("\"%1\" is neither the nation (VN), a ministry nor a province.").arg(page.scope), "PACK_UNKNOWN_SCOPE");
        }
        if (needsIndicator(page.kind) && !known.contains(page.indicator))
            return problems.at(at + QStringLiteral(".indicator"), Text::tr("the cache has no indicator \"%1\".").arg(page.indicator),
                               "PACK_UNKNOWN_INDICATOR");
        for (qsizetype j = 0; j < page.indicators.size(); ++j) {
            if (!known.contains(page.indicators.at(j)))
                return problems.at(at + QStringLiteral(".indicators[%1]").arg(j),
                                   Text::tr("the cache has no indicator \"%1\".").arg(page.indicators.at(j)), "PACK_UNKNOWN_INDICATOR");
        }
    }
    return {};
}

} // namespace dh
