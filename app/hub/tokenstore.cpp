#include "tokenstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QRegularExpression>

namespace dh {

namespace {

QByteArray digestOf(QByteArrayView token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

// Both digests are 32 bytes, so the loop's length never depends on the guess.
bool sameDigest(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

// Every message of this file, under one context: lupdate files TokenText::tr("…") under the context
// named here, which is the one the app looks the text up in.
struct TokenText
{
    Q_DECLARE_TR_FUNCTIONS(dh::TokenStore)
};

} // namespace

Result<TokenStore> TokenStore::fromFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(TokenText::tr("Cannot read the tokens file %1: %2").arg(path, file.errorString()));
    return fromText(QString::fromUtf8(file.readAll()), path);
}

Result<TokenStore> TokenStore::fromText(QStringView text, const QString &origin)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
    TokenStore store;
    int lineNumber = 0;
    for (QStringView line : text.split(u'\n')) {
        ++lineNumber;
        if (const qsizetype hash = line.indexOf(u'#'); hash >= 0)
            line = line.left(hash);
        line = line.trimmed();
        if (line.isEmpty())
            continue;
        const QList<QStringView> fields = line.split(u' ', Qt::SkipEmptyParts);
        // The message never quotes the line: a token pasted by mistake must not reach a log.
        if (fields.size() < 2 || fields.size() > 3 || !hex.match(fields.at(1)).hasMatch()) {
            return Error::invalid(TokenText::tr("%1, line %2: expected a client name, the SHA-256 of its token in hex and optionally "
                                     "a role, wall or presenter (make the line with: dieuhanh-hub hash-token)")
                                      .arg(origin)
                                      .arg(lineNumber));
        }
        Roles roles = Role::Read;
        if (fields.size() == 3) {
            if (fields.at(2) == u"wall")
                roles |= Role::Wall;
            else if (fields.at(2) == u"presenter")
                roles |= Role::Wall | Role::Presenter;
            else
                return Error::invalid(TokenText::tr("%1, line %2: the role is wall or presenter").arg(origin).arg(lineNumber));
        }
        store.m_entries.append({fields.at(0).toString(), QByteArray::fromHex(fields.at(1).toLatin1()), roles});
    }
    if (store.m_entries.isEmpty())
        return Error::invalid(TokenText::tr("%1 lists no client: nobody could use the hub").arg(origin));
    return store;
}

QString TokenStore::hashLine(const QString &name, QByteArrayView token, const QString &role)
{
    return name + u' ' + QString::fromLatin1(digestOf(token).toHex()) + (role.isEmpty() ? QString() : u' ' + role);
}

QString TokenStore::authenticate(QByteArrayView token) const
{
    const auto identity = identify(token);
    return identity ? identity->name : QString();
}

std::optional<TokenStore::Identity> TokenStore::identify(QByteArrayView token) const
{
    const QByteArray digest = digestOf(token);
    std::optional<Identity> found;
    for (const Entry &entry : m_entries) {
        if (sameDigest(entry.digest, digest) && !found)
            found = Identity{entry.name, entry.roles};
    }
    return found;
}

} // namespace dh
