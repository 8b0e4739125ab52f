#pragma once

#include "core/result.h"
#include "core/task.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace dh {

class UnitRegistry;

// The task CSV (resources/schemas/tasks-csv.md): one row per task, its status history as a JSON
// array in the history column. Reads a file's text into tasks, each bad row refused with its line and
// the reason, the others kept; and gives the header and the cells of a task, so the export writes
// what the import reads. Cells are taken as written: the caller neutralises them against formula
// injection on writing (CsvWriter) and the reader takes the apostrophe off again.
class TaskCsvReader
{
public:
    struct Refusal
    {
        qint64 line = 0;
        QString record;
        QString reason;
    };
    struct Read
    {
        QList<Task> tasks;
        QList<Refusal> refused;
    };

    // registry: when given, an assignee or a cooperator must be one of its units.
    explicit TaskCsvReader(const UnitRegistry *registry = nullptr) : m_registry(registry) {}

    // Refuses the whole text only when its header lacks a required column.
    Result<Read> read(QStringView text) const;
    Result<Read> readFile(const QString &path) const;

    static QStringList header();
    static QStringList cells(const Task &task);
    // The history as the JSON array of the history column, and back.
    static QString historyToJson(const QList<TaskStatusChange> &history);
    static Result<QList<TaskStatusChange>> historyFromJson(QStringView json);

private:
    const UnitRegistry *m_registry;
};

} // namespace dh
