#pragma once

#include "core/task.h"
#include "core/unitregistry.h"

#include <QList>

namespace dh::test {

// Tasks made up from a seed, for property tests and the bench: assigned 2023-01-01 … 2026-06-30 to
// the ministries and provinces valid on their document's date, with deadlines of 1–6 months (some
// standing), and histories that exercise every rule — reported but unconfirmed completions,
// confirmations on either side of the deadline and near Hà Nội midnight, moved deadlines,
// reopenings. Summaries are Vietnamese with diacritics; every tenth one speaks of "nông thôn".
QList<Task> generateTasks(int count, quint32 seed, const UnitRegistry &registry);

} // namespace dh::test
