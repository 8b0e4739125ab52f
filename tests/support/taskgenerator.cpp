#include "taskgenerator.h"

#include <QRandomGenerator>
#include <QTimeZone>

namespace dh::test {

namespace {

const QStringList kFields = {u"economy"_qs, u"finance"_qs, u"health"_qs, u"education"_qs, u"agriculture"_qs,
                             u"transport"_qs, u"environment"_qs, u"administration"_qs};
const QStringList kSummaries = {u"Xây dựng đề án phát triển kinh tế số"_qs, u"Rà soát thủ tục hành chính"_qs,
                                u"Đẩy nhanh giải ngân vốn đầu tư công"_qs, u"Hoàn thiện quy hoạch tỉnh"_qs,
                                u"Báo cáo tình hình thực hiện nghị quyết"_qs, u"Trình dự thảo nghị định"_qs,
                                u"Tổng kết công tác phòng, chống dịch"_qs, u"Bảo đảm cung ứng điện mùa khô"_qs,
                                u"Sắp xếp đơn vị sự nghiệp công lập"_qs};

// An instant on the day, at a Hà Nội time that is often close to midnight.
QDateTime at(QDate day, QRandomGenerator &random)
{
    static const QList<QTime> times = {QTime(0, 0), QTime(0, 30), QTime(9, 0), QTime(16, 59), QTime(23, 59), QTime(14, 0)};
    return QDateTime(day, times.at(random.bounded(int(times.size()))), QTimeZone(7 * 3600)).toUTC();
}

} // namespace

QList<Task> generateTasks(int count, quint32 seed, const UnitRegistry &registry)
{
    using Kind = TaskStatusChange::Kind;
    QRandomGenerator random(seed);
    const QDate first(2023, 1, 1);
    const int span = int(first.daysTo(QDate(2026, 6, 30)));
    QList<Task> tasks;
    tasks.reserve(count);
    for (int i = 0; i < count; ++i) {
        Task t;
        t.id = u"T%1"_qs.arg(i, 6, 10, QChar(u'0'));
        const QDate issued = first.addDays(random.bounded(span + 1));
        const auto type = TaskDocument::Type(random.bounded(5));
        t.document = {u"%1/TB-VPCP"_qs.arg(random.bounded(1, 600)), issued, type, u"Thủ tướng Chính phủ"_qs};
        t.summary = kSummaries.at(random.bounded(int(kSummaries.size())));
        if (i % 10 == 0)
            t.summary += u" vùng nông thôn"_qs;
        t.field = kFields.at(random.bounded(int(kFields.size())));
        const auto level = random.bounded(3) == 0 ? AdminUnit::Level::Ministry : AdminUnit::Level::Province;
        const QList<const AdminUnit *> units = registry.unitsAt(level, issued);
        t.assignee = units.at(random.bounded(int(units.size())))->code;
        t.responsibleUnit = u"Vụ Tổng hợp"_qs;
        if (random.bounded(4) == 0)
            t.cooperators = {units.at(random.bounded(int(units.size())))->code};
        if (random.bounded(100) >= 8)
            t.deadline = issued.addDays(random.bounded(30, 184));
        t.initialDeadline = t.deadline;
        t.synthetic = true;
        t.history.append({.at = at(issued, random), .kind = Kind::Assigned, .reportedBy = u"VPCP"_qs});
        QDate day = issued;
        const QDate around = t.deadline.isValid() ? t.deadline : issued.addDays(120);
        const auto later = [&](int from, int to) {
            day = std::max(day, around.addDays(random.bounded(from, to)));
            return day;
        };
        if (random.bounded(100) < 6) {
            const QDate moved = later(-40, 20);
            const QDate newDeadline = random.bounded(10) == 0 ? QDate() : moved.addDays(random.bounded(15, 120));
            t.history.append({.at = at(moved, random), .kind = Kind::DeadlineChanged, .reportedBy = u"VPCP"_qs,
                              .newDeadline = newDeadline, .document = u"9/TB-VPCP"_qs});
            t.deadline = newDeadline;
        }
        const int outcome = random.bounded(100);
        if (outcome < 65) {
            const QDate reported = later(-50, 20);
            t.history.append({.at = at(reported, random), .kind = Kind::CompletionReported, .reportedBy = t.assignee});
            if (outcome < 58) {
                t.history.append({.at = at(later(0, 2) , random), .kind = Kind::Confirmed, .reportedBy = u"VPCP"_qs});
                if (random.bounded(100) < 4) {
                    t.history.append({.at = at(later(1, 30), random), .kind = Kind::Reopened, .reportedBy = u"VPCP"_qs});
                    if (random.bounded(2) == 0)
                        t.history.append({.at = at(later(1, 60), random), .kind = Kind::Confirmed, .reportedBy = u"VPCP"_qs});
                }
            }
        } else if (outcome < 85) {
            t.history.append({.at = at(later(-60, 0), random), .kind = Kind::Progress, .reportedBy = t.assignee});
        }
        std::stable_sort(t.history.begin(), t.history.end(), [](const TaskStatusChange &a, const TaskStatusChange &b) { return a.at < b.at; });
        tasks.append(std::move(t));
    }
    return tasks;
}

} // namespace dh::test
