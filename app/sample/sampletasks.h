#pragma once

#include "core/result.h"
#include "core/task.h"
#include "core/unitregistry.h"

#include <QDate>
#include <QList>
#include <QString>

#include <memory>

namespace dh {

// The sample's synthetic tasks (issue 14): documents of the Government and the Prime Minister —
// conclusion notices `123/TB-VPCP`, official letters `5678/VPCP-KTTH`, resolutions `45/NQ-CP`,
// decisions `1234/QĐ-TTg`, directives `12/CT-TTg`, numbered in date order — each assigning
// tasks to the ministries and provinces valid at its date (the 22 ministries before 2025-03-01 and
// the 17 after, the 63 provinces before 2025-07-01 and the 34 after), with fields, summaries from
// templates, deadlines mostly of one to six months, some standing, and histories: progress reports,
// completions reported then confirmed, a few reopened, a few deadlines moved by a later letter.
// Nothing happens after the horizon (the sample's last day). Its parameters are data
// (resources/sample/tasks.json); each year draws from its own stream of the seed and each unit has
// its own lateness, so the same seed gives the same tasks on any platform. Every task is synthetic.
class SampleTasks
{
public:
    static QString defaultParameters() { return QStringLiteral(":/sample/tasks.json"); }

    // Reads the parameters; a missing or malformed file is the error, naming the field.
    static Result<SampleTasks> create(const UnitRegistry &registry, quint64 seed, const QString &parameters = defaultParameters());

    QDate horizon() const;
    // All the tasks, by document date then id.
    QList<Task> generate() const;

    struct Parameters;

private:
    SampleTasks() = default;

    UnitRegistry m_registry;
    quint64 m_seed = 0;
    std::shared_ptr<const Parameters> m_parameters;
};

} // namespace dh
