#pragma once

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace dh {

// Where one endpoint's sync is, for the status bar, the sync page and the terminal.
struct SyncProgress
{
    enum class Stage : quint8 { Queued, Fetching, Parsing, Writing, Done, NotModified, Failed, Cancelled };

    QString endpoint;
    Stage stage = Stage::Queued;
    QString resource;       // what is being fetched: "kpi-data", "indicator-catalogue", "document"
    int page = 0;           // 1-based page of a paged feed; 0 when the source is not paged
    int pages = 0;          // the pages the source announced; 0 when it does not say
    qint64 bytes = 0;       // of the answer being received
    qint64 totalBytes = -1; // -1 when the server did not say
    qint64 written = 0;     // observations written so far in this run
    QString message;        // the error of a failed run

    bool isFinal() const { return stage >= Stage::Done; }
};

} // namespace dh

Q_DECLARE_METATYPE(dh::SyncProgress)
