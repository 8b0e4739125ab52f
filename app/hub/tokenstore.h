#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace dh {

// The clients allowed to ask the hub, as a file that holds no token: each line is a client's name
// and the SHA-256 of its token in hex ("wall-01 9f86d0…"), '#' starts a comment. A stolen file
// lets nobody in, and `dieuhanh-hub hash-token` makes a line from a token. A token is checked
// against every entry with a comparison that takes the same time wherever the digests differ, so
// the answer's timing tells nothing of how close a guess was.
class TokenStore
{
public:
    static Result<TokenStore> fromFile(const QString &path);
    static Result<TokenStore> fromText(QStringView text, const QString &origin);

    // The line for a client of that name holding that token.
    static QString hashLine(const QString &name, QByteArrayView token);

    // The name of the client the token belongs to, or an empty string.
    QString authenticate(QByteArrayView token) const;
    qsizetype size() const { return m_entries.size(); }

private:
    struct Entry
    {
        QString name;
        QByteArray digest;
    };
    QList<Entry> m_entries;
};

} // namespace dh
