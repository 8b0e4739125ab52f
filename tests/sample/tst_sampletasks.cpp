#include "sample/sampletasks.h"

#include "sample/samplegenerator.h"
#include "store/cache.h"
#include "tempcache.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace dh;
using namespace Qt::StringLiterals;

class TestSampleTasks final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        auto registry = UnitRegistry::fromResources();
        QVERIFY2(registry.ok(), registry.ok() ? "" : qPrintable(registry.error().message));
        m_registry = *registry;
        auto created = SampleTasks::create(m_registry, SampleGenerator::defaultSeed);
        QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
        QElapsedTimer timer;
        timer.start();
        m_tasks = created->generate();
        qInfo("%lld tasks generated in %lld ms", qint64(m_tasks.size()), timer.elapsed());
        m_horizon = created->horizon();
    }

    void aboutNineteenThousandTasksOverFourYears()
    {
        QCOMPARE(m_tasks.size(), 19000);
        QSet<QString> ids;
        QHash<int, int> perYear;
        for (const Task &t : m_tasks) {
            ids.insert(t.id);
            ++perYear[t.document.date.year()];
            QVERIFY(t.synthetic);
            QVERIFY(t.document.date >= QDate(2023, 1, 1) && t.document.date <= m_horizon);
        }
        QCOMPARE(ids.size(), m_tasks.size());
        QCOMPARE(perYear.keys().size(), 4);
        for (int year = 2023; year <= 2026; ++year)
            QVERIFY2(perYear.value(year) > 4000, qPrintable(QString::number(year)));
    }

    // The national figures of 2023: 50.82 % completed, 38.80 % in progress, 10.38 % overdue; standing
    // tasks are counted apart.
    void statesAtTheEndOf2023AreNearTheNationalFigures()
    {
        const QDate asOf(2023, 12, 31);
        QHash<TaskState, int> counts;
        for (const Task &t : m_tasks)
            ++counts[taskStateAt(t, asOf)];
        const double completed = counts.value(TaskState::CompletedOnTime) + counts.value(TaskState::CompletedLate);
        const double inProgress = counts.value(TaskState::InProgress);
        const double overdue = counts.value(TaskState::Overdue);
        const double total = completed + inProgress + overdue;
        qInfo("at 2023-12-31: %.2f %% completed (%d late), %.2f %% in progress, %.2f %% overdue of %.0f; %d standing", 100 * completed / total,
              counts.value(TaskState::CompletedLate), 100 * inProgress / total, 100 * overdue / total, total, counts.value(TaskState::Standing));
        QVERIFY(std::abs(100 * completed / total - 50.82) <= 1.5);
        QVERIFY(std::abs(100 * inProgress / total - 38.80) <= 1.5);
        QVERIFY(std::abs(100 * overdue / total - 10.38) <= 1.5);
        QVERIFY(counts.value(TaskState::CompletedLate) > 0);
        QVERIFY(counts.value(TaskState::Standing) > 0);
    }

    void sameSeedSameTasks()
    {
        const QList<Task> again = SampleTasks::create(m_registry, SampleGenerator::defaultSeed)->generate();
        QVERIFY(again == m_tasks);
        const QList<Task> other = SampleTasks::create(m_registry, SampleGenerator::defaultSeed + 1)->generate();
        QVERIFY(other != m_tasks);
    }

    // Assignees and co-operating units exist at the document's date, and every unit of each side of
    // the 2025 reforms receives tasks: the 22 ministries before 2025-03-01 and the 17 after, the 63
    // provinces before 2025-07-01 and the 34 after.
    void unitsAreValidAtTheirDocumentsDate()
    {
        QSet<QString> assigned;
        for (const Task &t : m_tasks) {
            const AdminUnit *unit = m_registry.find(t.assignee);
            QVERIFY2(unit && unit->validAt(t.document.date), qPrintable(t.id + u' ' + t.assignee));
            QVERIFY(unit->level == AdminUnit::Level::Ministry || unit->level == AdminUnit::Level::Province);
            for (const QString &c : t.cooperators) {
                const AdminUnit *cooperator = m_registry.find(c);
                QVERIFY2(cooperator && cooperator->validAt(t.document.date) && c != t.assignee, qPrintable(t.id + u' ' + c));
            }
            assigned.insert(t.assignee);
        }
        const auto covered = [&](AdminUnit::Level level, QDate at, qsizetype expected) {
            const auto units = m_registry.unitsAt(level, at);
            QCOMPARE(units.size(), expected);
            for (const AdminUnit *u : units)
                QVERIFY2(assigned.contains(u->code), qPrintable(u->code));
        };
        covered(AdminUnit::Level::Ministry, QDate(2025, 2, 28), 22);
        covered(AdminUnit::Level::Ministry, QDate(2025, 3, 1), 17);
        covered(AdminUnit::Level::Province, QDate(2025, 6, 30), 63);
        covered(AdminUnit::Level::Province, QDate(2025, 7, 1), 34);
    }

    void documentsLookReal()
    {
        const QRegularExpression number(uR"(^[1-9][0-9]{0,4}/(TB-VPCP|NQ-CP|QĐ-TTg|CT-TTg|VPCP-(KTTH|NN|CN|QHĐP|KGVX|V\.I|PL|TCCV))$)"_s);
        QHash<QString, QDate> dateOfNumber;
        QHash<TaskDocument::Type, int> types;
        int standing = 0, moved = 0, reopened = 0, unconfirmed = 0;
        for (const Task &t : m_tasks) {
            QVERIFY2(number.match(t.document.number).hasMatch(), qPrintable(t.document.number));
            QVERIFY(!t.document.signer.isEmpty() && !t.summary.isEmpty() && !t.field.isEmpty() && !t.responsibleUnit.isEmpty());
            QVERIFY(!t.summary.contains(u'{'));
            // A number names one document, of one date, within a year.
            const QString key = t.document.number + u'/' + QString::number(t.document.date.year());
            QVERIFY2(dateOfNumber.value(key, t.document.date) == t.document.date, qPrintable(key));
            dateOfNumber.insert(key, t.document.date);
            ++types[t.document.type];
            if (t.deadline.isNull()) {
                ++standing;
            } else {
                QVERIFY(t.deadline > t.document.date && t.initialDeadline > t.document.date);
                moved += t.deadline != t.initialDeadline;
            }
            QVERIFY(!t.history.isEmpty());
            QCOMPARE(t.history.constFirst().kind, TaskStatusChange::Kind::Assigned);
            for (qsizetype i = 1; i < t.history.size(); ++i)
                QVERIFY2(t.history.at(i - 1).at <= t.history.at(i).at, qPrintable(t.id));
            QVERIFY(hanoiDate(t.history.constLast().at) <= m_horizon);
            for (const TaskStatusChange &c : t.history)
                reopened += c.kind == TaskStatusChange::Kind::Reopened;
            unconfirmed += t.history.constLast().kind == TaskStatusChange::Kind::CompletionReported;
        }
        QCOMPARE(types.size(), 5);
        QVERIFY(standing > 0.04 * m_tasks.size() && standing < 0.1 * m_tasks.size());
        QVERIFY(moved > 0 && reopened > 0 && unconfirmed > 0);
    }

    // Into a cache, the store counts what taskStateAt says, at the end of 2023 and on 2026-06-30.
    void theCacheCountsTheSame()
    {
        test::TempCache temp;
        QVERIFY(temp.ok());
        QElapsedTimer timer;
        timer.start();
        QVERIFY(temp.cache().tasks().upsert(m_tasks));
        qInfo("written into a cache in %lld ms", timer.elapsed());
        for (const QDate asOf : {QDate(2023, 12, 31), QDate(2026, 6, 30)}) {
            const auto counts = temp.cache().tasks().counts(asOf, TaskGrouping::None, TaskUnitEra::Units2025);
            QVERIFY(counts && counts->size() == 1);
            TaskStateCount expected;
            for (const Task &t : m_tasks) {
                switch (taskStateAt(t, asOf)) {
                case TaskState::CompletedOnTime: ++expected.completedOnTime; break;
                case TaskState::CompletedLate: ++expected.completedLate; break;
                case TaskState::InProgress: ++expected.inProgress; break;
                case TaskState::Overdue: ++expected.overdue; break;
                case TaskState::Standing: ++expected.standing; break;
                case TaskState::NotAssigned: break;
                }
            }
            TaskStateCount got = counts->constFirst();
            got.group.clear();
            QCOMPARE(got, expected);
        }
    }

    void refusesMalformedParameters()
    {
        QFile file(SampleTasks::defaultParameters());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        json.insert(u"horizon"_s, u"soon"_s);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"tasks.json"_s);
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(json).toJson());
        out.close();
        const auto created = SampleTasks::create(m_registry, 1, path);
        QVERIFY(!created.ok());
        QVERIFY2(created.error().message.contains(u"horizon"_s), qPrintable(created.error().message));
    }

private:
    UnitRegistry m_registry;
    QList<Task> m_tasks;
    QDate m_horizon;
};

QTEST_GUILESS_MAIN(TestSampleTasks)
#include "tst_sampletasks.moc"
