#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

namespace dh {

// The clients allowed to ask the hub, as a file that holds no token: each line is a client's name
// and the SHA-256 of its token in hex ("wall-01 9f86d0…"), '#' starts a comment. A stolen file
// lets nobody in, and `dieuhanh-hub hash-token` makes a line from a token. A third field may grant
// wall control (resources/schemas/wall-control.md): "wall" listens to a wall's commands and
// publishes its status, "presenter" commands walls as well; a line without one reads the
// reporting API only, as every line did before walls were controlled. A token is checked
// against every entry with a comparison that takes the same time wherever the digests differ, so
// the answer's timing tells nothing of how close a guess was.
class TokenStore
{
public:
    enum class Role : quint8 { Read = 0x1, Wall = 0x2, Presenter = 0x4 };
    Q_DECLARE_FLAGS(Roles, Role)

    struct Identity
    {
        QString name;
        Roles roles;
    };

    static Result<TokenStore> fromFile(const QString &path);
    static Result<TokenStore> fromText(QStringView text, const QString &origin);

    // The line for a client of that name holding that token.
    static QString hashLine(const QString &name, QByteArrayView token, const QString &role = {});

    // The name of the client the token belongs to, or an empty string.
    QString authenticate(QByteArrayView token) const;
    // Who the token belongs to and what it may do, or nothing.
    std::optional<Identity> identify(QByteArrayView token) const;
    qsizetype size() const { return m_entries.size(); }

private:
    struct Entry
    {
        QString name;
        QByteArray digest;
        Roles roles;
    };
    QList<Entry> m_entries;
};

} // namespace dh

Q_DECLARE_OPERATORS_FOR_FLAGS(dh::TokenStore::Roles)
