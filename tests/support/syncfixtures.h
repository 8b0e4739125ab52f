#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace dh::test {

// A small valid answer of one wire format the sync engine pulls (tests/data/sync/), mapped onto
// the catalogue and units of TempCache, so that the engine's tests and the import's share one
// table of what each fixture holds. Paths are relative to tests/data/sync/ (syncFixturePath).
struct SyncFixture
{
    QString format;              // as `dieuhanh-sync import --format` names it
    QString mappingFile;         // empty for the reporting API, whose packets are in the catalogue's codes
    QList<QString> documents;    // the answers, in request order (PX-Web: the table's metadata, then the data)
    QByteArray contentType;      // what a server sends them with
    qint64 observations = 0;     // in a TempCache once every document is imported, in order
    QString queryFile;           // PX-Web: the selection the client POSTs for the data
};

// One per format: reporting, jsonstat, sdmx-json, pxweb, worldbank, csv-mapped.
QList<SyncFixture> syncFixtures();
// tests/data/sync/<relative> in the source tree.
QString syncFixturePath(const QString &relative);

} // namespace dh::test
