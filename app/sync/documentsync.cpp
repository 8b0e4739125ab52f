// A run of an endpoint that publishes documents rather than a feed: one answer (SDMX-JSON,
// JSON-stat, a CSV), the World Bank API's pages, or a PX-Web table's query split into parts the
// server accepts. Every page or part is read first and all are written in one transaction with
// the validators (ETag, Last-Modified) of the answer, so the next run's conditional request costs
// one request and no write when nothing changed.
#include "endpointsync.h"

#include "documentformats.h"
#include "readers/pxwebquery.h"
#include "readers/pxwebtable.h"
#include "readers/worldbankapireader.h"

#include <QCoreApplication>
#include <QUrlQuery>

namespace dh {

namespace {

const QString kDocument = QStringLiteral("document");

// The World Bank answers at most this many rows a page unless asked for more.
constexpr int kWorldBankPageSize = 1000;
// PX-Web API v1 servers refuse a query of more cells than their limit (maxValues in their
// configuration, often 100,000 to 150,000); parts of at most this many are always accepted.
constexpr qint64 kPxWebCellsPerQuery = 100000;

class DocumentSync final : public EndpointSync
{
public:
    DocumentSync(const Endpoint &endpoint, HttpClient &http, SyncTarget &target, const Clock &clock, const RequestPolicy &policy)
        : EndpointSync(endpoint, http, target, clock, policy)
    {
    }

private:
    void begin() override;
    void fetchDocument(const QUrl &url);
    // Reads the answer into m_documents; false when the run failed on it.
    bool readDocument(const HttpResponse &response);
    void fetchWorldBankPage(int page);
    void fetchPxWebTable();
    void fetchPxWebPart();
    void write();

    std::optional<SyncCursor> m_cursor;
    QList<StatDocument> m_documents;
    QString m_etag;
    QString m_lastModified;
    QString m_location;
    // PX-Web: the table, and the queries still to send.
    std::optional<PxWebTable> m_table;
    QList<PxWebQuery> m_parts;
    int m_partCount = 0;
};

void DocumentSync::begin()
{
    auto cursor = target().cursor(endpoint().id, kDocument);
    if (!cursor)
        return fail(cursor.error());
    m_cursor = *cursor;
    m_location = endpoint().url.toString(QUrl::RemoveUserInfo);
    if (endpoint().format == u"worldbank")
        return fetchWorldBankPage(1);
    if (endpoint().format == u"pxweb")
        return fetchPxWebTable();
    fetchDocument(endpoint().url);
}

void DocumentSync::fetchDocument(const QUrl &url)
{
    HttpRequest r = request(url);
    if (m_cursor) {
        r.ifNoneMatch = m_cursor->etag;
        r.ifModifiedSince = m_cursor->lastModified;
    }
    fetch(std::move(r), kDocument, [this](HttpResponse response) {
        if (response.notModified)
            return succeed(SyncRun::Outcome::NotModified);
        m_etag = response.etag;
        m_lastModified = response.lastModified;
        if (readDocument(response))
            write();
    });
}

bool DocumentSync::readDocument(const HttpResponse &response)
{
    if (auto type = checkContentType(response); !type) {
        fail(type.error());
        return false;
    }
    report(SyncProgress::Stage::Parsing, kDocument);
    // The endpoint file admits only the formats of the table.
    const DocumentFormat *format = DocumentFormat::find(endpoint().format);
    Q_ASSERT(format);
    auto document = format->read(response.body, mapping());
    if (!document) {
        fail(document.error());
        return false;
    }
    m_documents.append(std::move(*document));
    return true;
}

void DocumentSync::fetchWorldBankPage(int page)
{
    QUrl url = endpoint().url;
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("format"));
    query.removeAllQueryItems(QStringLiteral("page"));
    query.addQueryItem(QStringLiteral("format"), QStringLiteral("json"));
    if (!query.hasQueryItem(QStringLiteral("per_page")))
        query.addQueryItem(QStringLiteral("per_page"), QString::number(endpoint().pageSize > 0 ? endpoint().pageSize : kWorldBankPageSize));
    query.addQueryItem(QStringLiteral("page"), QString::number(page));
    url.setQuery(query);
    HttpRequest r = request(url);
    if (page == 1 && m_cursor) {
        r.ifNoneMatch = m_cursor->etag;
        r.ifModifiedSince = m_cursor->lastModified;
    }
    progressState().page = page;
    fetch(std::move(r), kDocument, [this, page](HttpResponse response) {
        if (response.notModified && page == 1)
            return succeed(SyncRun::Outcome::NotModified);
        if (page == 1) {
            m_etag = response.etag;
            m_lastModified = response.lastModified;
        }
        if (auto type = checkContentType(response); !type)
            return fail(type.error());
        report(SyncProgress::Stage::Parsing, kDocument);
        auto answer = WorldBankApiReader::read(response.body);
        if (!answer)
            return fail(answer.error());
        progressState().pages = answer->paging.pages;
        // A page that says it is another than the one asked for would loop or skip: refused.
        if (answer->paging.page != page) {
            Error e = Error::invalid(QCoreApplication::translate("EndpointSync", "The World Bank answered page %1 where page %2 was asked for.")
                                         .arg(answer->paging.page).arg(page));
            e.rule = QStringLiteral("PAGING_INVALID");
            return fail(e);
        }
        m_documents.append(std::move(answer->document));
        if (answer->paging.hasNextPage())
            return fetchWorldBankPage(page + 1);
        write();
    });
}

void DocumentSync::fetchPxWebTable()
{
    // The table's metadata says how many cells the query asks for, and the values of its time
    // variable to split it by.
    fetch(request(endpoint().url), kDocument, [this](HttpResponse response) {
        if (auto type = checkContentType(response); !type)
            return fail(type.error());
        auto table = PxWebTable::fromJson(response.body, PxWebTable::languageOf(endpoint().url));
        if (!table)
            return fail(table.error());
        auto query = PxWebQuery::fromJson(endpoint().pxwebQuery);
        if (!query)
            return fail(query.error());
        if (auto checked = query->check(*table); !checked)
            return fail(checked.error());
        m_parts = query->split(*table, kPxWebCellsPerQuery);
        m_partCount = int(m_parts.size());
        progressState().pages = m_partCount;
        m_table = std::move(*table);
        fetchPxWebPart();
    });
}

void DocumentSync::fetchPxWebPart()
{
    if (m_parts.isEmpty())
        return write();
    const PxWebQuery part = m_parts.takeFirst();
    HttpRequest r = request(endpoint().url);
    r.method = "POST";
    r.contentType = "application/json";
    r.body = part.toJson();
    progressState().page = m_partCount - int(m_parts.size());
    fetch(std::move(r), kDocument, [this](HttpResponse response) {
        if (auto type = checkContentType(response); !type)
            return fail(type.error());
        report(SyncProgress::Stage::Parsing, kDocument);
        auto data = m_table->readData(response.body);
        if (!data)
            return fail(data.error());
        m_documents.append(std::move(data->document));
        fetchPxWebPart();
    });
}

void DocumentSync::write()
{
    // Cells that number their revisions (SDMX's, a reporting packet saved to a file) are taken at
    // their word; a publisher of latest figures revises a figure by changing it.
    bool numbered = false;
    for (const StatDocument &d : std::as_const(m_documents))
        numbered = numbered || (d.cellCount() > 0 && d.revision(0) > 0);
    const SyncCursor cursor{endpoint().id, kDocument, 0, m_etag, m_lastModified};
    report(SyncProgress::Stage::Writing, kDocument);
    auto written = writeDocuments(m_documents, m_location, m_etag,
                                  numbered ? RevisionPolicy::FromSource : RevisionPolicy::NextOnChange, cursor);
    m_documents.clear();
    if (!written)
        return fail(written.error());
    add(*written);
    succeed();
}

} // namespace

std::unique_ptr<EndpointSync> makeDocumentSync(const Endpoint &endpoint, HttpClient &http, SyncTarget &target, const Clock &clock,
                                        const RequestPolicy &policy)
{
    return std::unique_ptr<EndpointSync>(new DocumentSync(endpoint, http, target, clock, policy));
}

} // namespace dh
