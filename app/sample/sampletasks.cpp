#include "sampletasks.h"

#include "samplejson.h"
#include "samplerandom.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <cmath>

namespace dh {

struct SampleTasks::Parameters
{
    struct DocumentKind
    {
        TaskDocument::Type type = TaskDocument::Type::OfficialLetter;
        double share = 0;
        QString number; // "{n}/TB-VPCP", "{n}/VPCP-{department}"
        double gap = 1; // the mean step of the number from one document with tasks to the next
        int fewestTasks = 1, mostTasks = 1;
        QStringList departments;
        QStringList signers;
    };
    struct Field
    {
        QString code;
        double share = 0;
        QString office; // the province's department that leads it
        QStringList ministries;
        QStringList topics;
    };

    QList<std::pair<int, int>> tasksPerYear;
    QDate horizon;
    double ministryShare = 0, cooperatorShare = 0, standingShare = 0, standingConfirmedShare = 0;
    QList<std::pair<double, double>> durationMonths; // months, weight
    double neverDone = 0, onTime = 0, earliestShareOfTime = 0, lateMeanMonths = 0, unitSpread = 0;
    int fewestLagDays = 1, mostLagDays = 1;
    int fewestReports = 0, mostReports = 0;
    QStringList progressNotes;
    double reopenShare = 0, reopenAgainConfirmedShare = 0, deadlineMoveShare = 0;
    int fewestMoveMonths = 1, mostMoveMonths = 1;
    QList<DocumentKind> documents;
    QStringList templates;
    QStringList ministryOffices;
    QList<Field> fields;
};

namespace {

using Parameters = SampleTasks::Parameters;

QDateTime hanoiTime(QDate day, int hour)
{
    return QDateTime(day, QTime(hour - 7, 0), Qt::UTC);
}

// An integer in [lo, hi].
int between(SampleRandom &random, int lo, int hi)
{
    return lo + int(random.uniform() * double(hi - lo + 1));
}

template<typename T>
const T &anyOf(SampleRandom &random, const QList<T> &list)
{
    return list.at(qsizetype(random.uniform() * double(list.size())));
}

// The index drawn with the weights given.
template<typename List, typename Weight>
qsizetype weighted(SampleRandom &random, const List &list, Weight weight)
{
    double total = 0;
    for (const auto &item : list)
        total += weight(item);
    double x = random.uniform() * total;
    for (qsizetype i = 0; i < list.size(); ++i) {
        x -= weight(list.at(i));
        if (x < 0)
            return i;
    }
    return list.size() - 1;
}

QDate workingDay(SampleRandom &random, QDate first, QDate last)
{
    QDate day;
    do {
        day = first.addDays(qint64(random.uniform() * double(first.daysTo(last) + 1)));
    } while (day.dayOfWeek() > 5);
    return day;
}

std::pair<int, int> range(const SampleJson &json, QStringView key)
{
    const std::vector<double> numbers = json.numbers(key, 2);
    if (numbers.size() != 2)
        return {0, 0};
    if (numbers[0] > numbers[1])
        json.fail(key, QCoreApplication::translate("SampleTasks", "must be [lowest, highest]."));
    return {int(numbers[0]), int(numbers[1])};
}

Result<Parameters> readParameters(const QString &path)
{
    auto loaded = SampleJson::load(path);
    if (!loaded)
        return loaded.error();
    const SampleJson &json = *loaded;
    Parameters p;
    const auto pairs = [&json](QStringView key) {
        QList<std::pair<double, double>> out;
        const QJsonArray list = json.array(key);
        for (const QJsonValue &v : list) {
            const QJsonArray pair = v.toArray();
            if (pair.size() != 2 || !pair.at(0).isDouble() || !pair.at(1).isDouble() || pair.at(1).toDouble() < 0) {
                json.fail(key, QCoreApplication::translate("SampleTasks", "must be a list of [number, weight] pairs."));
                return out;
            }
            out.append({pair.at(0).toDouble(), pair.at(1).toDouble()});
        }
        if (out.isEmpty())
            json.fail(key, QCoreApplication::translate("SampleTasks", "must not be empty."));
        return out;
    };
    for (const auto &[year, count] : pairs(u"tasksPerYear"))
        p.tasksPerYear.append({int(year), int(count)});
    p.horizon = QDate::fromString(json.text(u"horizon"), Qt::ISODate);
    if (json.ok() && !p.horizon.isValid())
        json.fail(u"horizon", QCoreApplication::translate("SampleTasks", "must be a date YYYY-MM-DD."));
    p.ministryShare = json.number(u"ministryShare");
    p.cooperatorShare = json.number(u"cooperatorShare");
    p.standingShare = json.number(u"standingShare");
    p.standingConfirmedShare = json.number(u"standingConfirmedShare");
    p.durationMonths = pairs(u"durationMonths");
    const SampleJson outcome = json.object(u"outcome");
    p.neverDone = outcome.number(u"neverDone");
    p.onTime = outcome.number(u"onTime");
    p.earliestShareOfTime = outcome.number(u"earliestShareOfTime");
    p.lateMeanMonths = outcome.number(u"lateMeanMonths");
    p.unitSpread = outcome.number(u"unitSpread");
    std::tie(p.fewestLagDays, p.mostLagDays) = range(outcome, u"confirmLagDays");
    std::tie(p.fewestReports, p.mostReports) = range(json, u"progressReports");
    p.progressNotes = json.texts(u"progressNotes");
    p.reopenShare = json.number(u"reopenShare");
    p.reopenAgainConfirmedShare = json.number(u"reopenAgainConfirmedShare");
    p.deadlineMoveShare = json.number(u"deadlineMoveShare");
    std::tie(p.fewestMoveMonths, p.mostMoveMonths) = range(json, u"deadlineMoveMonths");
    for (const SampleJson &d : json.objects(u"documents")) {
        Parameters::DocumentKind kind;
        const QString type = d.text(u"type");
        if (const auto parsed = documentTypeFromName(type))
            kind.type = *parsed;
        else if (d.ok())
            d.fail(u"type", QCoreApplication::translate("SampleTasks", "\"%1\" is not a document type.").arg(type));
        kind.share = d.number(u"share");
        kind.number = d.text(u"number");
        kind.gap = d.number(u"gap");
        std::tie(kind.fewestTasks, kind.mostTasks) = range(d, u"tasks");
        if (kind.number.contains(u"{department}"))
            kind.departments = d.texts(u"departments");
        kind.signers = d.texts(u"signers");
        if (d.ok() && (!kind.number.contains(u"{n}") || kind.gap < 1 || kind.fewestTasks < 1))
            d.fail(QCoreApplication::translate("SampleTasks", "needs a number with {n}, a gap of at least 1 and at least one task a document."));
        p.documents.append(std::move(kind));
    }
    p.templates = json.texts(u"templates");
    p.ministryOffices = json.texts(u"ministryOffices");
    for (const SampleJson &f : json.objects(u"fields")) {
        Parameters::Field field;
        field.code = f.text(u"code");
        field.share = f.number(u"share");
        field.office = f.text(u"office");
        field.ministries = f.texts(u"ministries");
        field.topics = f.texts(u"topics");
        p.fields.append(std::move(field));
    }
    if (json.ok() && (p.documents.isEmpty() || p.fields.isEmpty() || p.progressNotes.isEmpty()))
        json.fail(QCoreApplication::translate("SampleTasks", "needs documents, fields and progress notes."));
    if (!json.ok())
        return json.error();
    return p;
}

// Draws the tasks of one year.
class YearDraw
{
public:
    YearDraw(const Parameters &p, const UnitRegistry &registry, quint64 seed, int year)
        : m_p(p)
        , m_registry(registry)
        , m_seed(seed)
        , m_year(year)
        , m_random(SampleRandom::stream(seed, u"tasks", QString::number(year)))
    {
    }

    void draw(int count, QList<Task> &out);

private:
    struct Document
    {
        QDate date;
        qsizetype kind = 0;
        int tasks = 0;
    };

    Task task(const TaskDocument &document, int sequence, QStringList &taken);
    QString assignee(SampleRandom &random, QDate date, const Parameters::Field &field, const QStringList &taken);
    QStringList unitsAt(AdminUnit::Level level, QDate date);
    double lateness(const QString &unit);
    void history(SampleRandom &random, Task &task);

    const Parameters &m_p;
    const UnitRegistry &m_registry;
    quint64 m_seed;
    int m_year;
    SampleRandom m_random;
    QHash<QString, double> m_lateness;
    QHash<std::pair<int, QDate>, QStringList> m_units;
};

QStringList YearDraw::unitsAt(AdminUnit::Level level, QDate date)
{
    auto it = m_units.find({int(level), date});
    if (it == m_units.end()) {
        QStringList codes;
        for (const AdminUnit *unit : m_registry.unitsAt(level, date))
            codes.append(unit->code);
        it = m_units.insert({int(level), date}, codes);
    }
    return *it;
}

double YearDraw::lateness(const QString &unit)
{
    auto it = m_lateness.find(unit);
    if (it == m_lateness.end())
        it = m_lateness.insert(unit, 1.0 + m_p.unitSpread * (2.0 * SampleRandom::stream(m_seed, u"task-unit", unit).uniform() - 1.0));
    return *it;
}

QString YearDraw::assignee(SampleRandom &random, QDate date, const Parameters::Field &field, const QStringList &taken)
{
    // A few tries for a unit the document has not named yet; a small pool may repeat one.
    QString code;
    for (int attempt = 0; attempt < 4; ++attempt) {
        if (random.uniform() < m_p.ministryShare) {
            QStringList owners;
            for (const QString &m : field.ministries) {
                const AdminUnit *unit = m_registry.find(m);
                if (unit && unit->validAt(date))
                    owners.append(m);
            }
            code = !owners.isEmpty() && random.uniform() < 0.6 ? anyOf(random, owners) : anyOf(random, unitsAt(AdminUnit::Level::Ministry, date));
        } else {
            code = anyOf(random, unitsAt(AdminUnit::Level::Province, date));
        }
        if (!taken.contains(code))
            break;
    }
    return code;
}

Task YearDraw::task(const TaskDocument &document, int sequence, QStringList &taken)
{
    Task t;
    t.id = QStringLiteral("VPCP-%1-%2").arg(m_year).arg(sequence, 6, 10, QLatin1Char('0'));
    // Each task draws from its own stream, so a parameter of one part of the model does not
    // reshuffle all that follows it.
    SampleRandom random = SampleRandom::stream(m_seed, u"task", t.id);
    t.document = document;
    t.synthetic = true;
    const Parameters::Field &field = m_p.fields.at(weighted(random, m_p.fields, [](const Parameters::Field &f) { return f.share; }));
    t.field = field.code;
    t.summary = QString(anyOf(random, m_p.templates)).replace(u"{topic}"_qs, anyOf(random, field.topics));
    t.assignee = assignee(random, document.date, field, taken);
    taken.append(t.assignee);
    const bool ministry = m_registry.find(t.assignee)->level == AdminUnit::Level::Ministry;
    t.responsibleUnit = ministry ? anyOf(random, m_p.ministryOffices) : field.office;
    if (random.uniform() < m_p.cooperatorShare) {
        const QStringList ministries = unitsAt(AdminUnit::Level::Ministry, document.date);
        for (int n = between(random, 1, 2); n > 0; --n) {
            const QString &c = anyOf(random, ministries);
            if (c != t.assignee && !t.cooperators.contains(c))
                t.cooperators.append(c);
        }
    }
    if (random.uniform() >= m_p.standingShare) {
        const double months = m_p.durationMonths.at(weighted(random, m_p.durationMonths, [](const auto &d) { return d.second; })).first;
        t.initialDeadline = document.date.addDays(std::max<qint64>(7, std::llround(months * 30.4)));
        t.deadline = t.initialDeadline;
    }
    history(random, t);
    return t;
}

void YearDraw::history(SampleRandom &random, Task &t)
{
    const QDate assigned = t.document.date;
    QList<TaskStatusChange> changes;
    changes.append({hanoiTime(assigned, 8), TaskStatusChange::Kind::Assigned, QStringLiteral("VPCP"), {}, t.document.number, {}});

    // A later letter moves a few deadlines; the task is then done (or not) against the new one.
    QDate movedAt;
    if (t.deadline.isValid() && random.uniform() < m_p.deadlineMoveShare) {
        t.deadline = t.initialDeadline.addMonths(between(random, m_p.fewestMoveMonths, m_p.mostMoveMonths));
        movedAt = assigned.addDays(qint64(double(assigned.daysTo(t.initialDeadline)) * (0.5 + 0.45 * random.uniform())));
    }

    QDate confirmed;
    const double k = lateness(t.assignee);
    const double u = random.uniform();
    if (t.deadline.isValid()) {
        const qint64 days = assigned.daysTo(t.deadline);
        if (u < m_p.neverDone * k) {
            // Not done within the sample.
        } else if (u < 1.0 - (1.0 - m_p.neverDone - m_p.onTime) * k) {
            const double share = m_p.earliestShareOfTime + (1.0 - m_p.earliestShareOfTime) * random.uniform();
            confirmed = assigned.addDays(std::max<qint64>(3, qint64(double(days) * share)));
        } else {
            confirmed = t.deadline.addDays(1 + qint64(-std::log(1.0 - random.uniform()) * m_p.lateMeanMonths * 30.4));
        }
    } else if (u < m_p.standingConfirmedShare) {
        confirmed = assigned.addDays(between(random, 30, 360));
    }

    QDate reported;
    if (confirmed.isValid()) {
        reported = std::max(confirmed.addDays(-between(random, m_p.fewestLagDays, m_p.mostLagDays)), assigned.addDays(1));
        changes.append({hanoiTime(reported, 17), TaskStatusChange::Kind::CompletionReported, t.assignee, {}, {}, {}});
        changes.append({hanoiTime(confirmed, 9), TaskStatusChange::Kind::Confirmed, QStringLiteral("VPCP"), {}, {}, {}});
        if (random.uniform() < m_p.reopenShare) {
            const QDate reopened = confirmed.addDays(between(random, 10, 60));
            changes.append({hanoiTime(reopened, 10), TaskStatusChange::Kind::Reopened, QStringLiteral("VPCP"), {}, {},
                            QStringLiteral("Chưa hoàn thành đầy đủ nội dung được giao")});
            if (random.uniform() < m_p.reopenAgainConfirmedShare) {
                const QDate again = reopened.addDays(between(random, 15, 90));
                changes.append({hanoiTime(again, 17), TaskStatusChange::Kind::CompletionReported, t.assignee, {}, {}, {}});
                changes.append({hanoiTime(again.addDays(between(random, m_p.fewestLagDays, m_p.mostLagDays)), 9),
                                TaskStatusChange::Kind::Confirmed, QStringLiteral("VPCP"), {}, {}, {}});
            }
        }
    }
    if (movedAt.isValid()) {
        // A deadline is moved while the task is still open.
        if (reported.isValid())
            movedAt = std::min(movedAt, reported.addDays(-1));
        if (movedAt > assigned) {
            const QString letter = QStringLiteral("%1/VPCP-%2").arg(between(random, 100, 9000)).arg(QStringLiteral("KTTH"));
            changes.append({hanoiTime(movedAt, 10), TaskStatusChange::Kind::DeadlineChanged, QStringLiteral("VPCP"), t.deadline, letter,
                            QStringLiteral("Gia hạn theo đề nghị của cơ quan được giao")});
        } else {
            t.deadline = t.initialDeadline;
        }
    }
    // Progress reports between the assignment and the completion report (or a while after the deadline).
    const QDate lastReport = reported.isValid() ? reported.addDays(-1)
        : t.deadline.isValid()                  ? t.deadline.addDays(assigned.daysTo(t.deadline) / 2)
                                                : assigned.addDays(360);
    const qint64 span = assigned.daysTo(lastReport);
    if (span > 1) {
        for (int n = between(random, m_p.fewestReports, m_p.mostReports); n > 0; --n) {
            const QDate day = assigned.addDays(1 + qint64(random.uniform() * double(span - 1)));
            changes.append({hanoiTime(day, 16), TaskStatusChange::Kind::Progress, t.assignee, {}, {}, anyOf(random, m_p.progressNotes)});
        }
    }

    std::stable_sort(changes.begin(), changes.end(), [](const TaskStatusChange &a, const TaskStatusChange &b) { return a.at < b.at; });
    const QDateTime end = hanoiTime(m_p.horizon.addDays(1), 0);
    for (const TaskStatusChange &c : changes) {
        if (c.at < end)
            t.history.append(c);
    }
}

void YearDraw::draw(int count, QList<Task> &out)
{
    const QDate first(m_year, 1, 1);
    const QDate last = std::min(QDate(m_year, 12, 31), m_p.horizon);
    if (last < first)
        return;
    QList<Document> documents;
    for (int total = 0; total < count;) {
        Document d;
        d.kind = weighted(m_random, m_p.documents, [](const Parameters::DocumentKind &k) { return k.share; });
        d.date = workingDay(m_random, first, last);
        const Parameters::DocumentKind &kind = m_p.documents.at(d.kind);
        d.tasks = std::min(count - total, between(m_random, kind.fewestTasks, kind.mostTasks));
        total += d.tasks;
        documents.append(d);
    }
    std::stable_sort(documents.begin(), documents.end(), [](const Document &a, const Document &b) { return a.date < b.date; });

    QList<int> numbers(m_p.documents.size(), 0);
    int sequence = 0;
    for (const Document &d : documents) {
        const Parameters::DocumentKind &kind = m_p.documents.at(d.kind);
        // A step of the gap on average: most documents a ministry receives assign no task to it.
        numbers[d.kind] += 1 + int(std::floor(m_random.uniform() * 2.0 * (kind.gap - 1.0) + m_random.uniform()));
        TaskDocument document;
        document.number = QString(kind.number).replace(u"{n}"_qs, QString::number(numbers[d.kind]));
        if (!kind.departments.isEmpty())
            document.number.replace(u"{department}"_qs, anyOf(m_random, kind.departments));
        document.date = d.date;
        document.type = kind.type;
        document.signer = anyOf(m_random, kind.signers);
        QStringList taken;
        for (int i = 0; i < d.tasks; ++i)
            out.append(task(document, ++sequence, taken));
    }
}

} // namespace

Result<SampleTasks> SampleTasks::create(const UnitRegistry &registry, quint64 seed, const QString &parameters)
{
    auto read = readParameters(parameters);
    if (!read)
        return read.error();
    SampleTasks tasks;
    tasks.m_registry = registry;
    tasks.m_seed = seed;
    tasks.m_parameters = std::make_shared<const Parameters>(std::move(*read));
    return tasks;
}

QDate SampleTasks::horizon() const
{
    return m_parameters->horizon;
}

QList<Task> SampleTasks::generate() const
{
    QList<Task> tasks;
    for (const auto &[year, count] : m_parameters->tasksPerYear)
        YearDraw(*m_parameters, m_registry, m_seed, year).draw(count, tasks);
    return tasks;
}

} // namespace dh
