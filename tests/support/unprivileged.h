#pragma once

#include <QString>

namespace dh::test {

// Makes file permissions bind the test for its scope. Root ignores them, and CI runs the tests as
// root: a folder made read-only would not be read-only to it. While an Unprivileged is alive, a
// process running as root acts as the user nobody (its effective user and group ids only; it takes
// root back when the object goes), so a read-only folder is read-only to it. A process that is not
// root is bound by permissions already. Unix only: elsewhere available() is false.
class Unprivileged
{
public:
    Unprivileged();
    ~Unprivileged();
    Unprivileged(const Unprivileged &) = delete;
    Unprivileged &operator=(const Unprivileged &) = delete;

    bool available() const { return m_reason.isEmpty(); }
    // Why permissions cannot be made to bind here (for QSKIP).
    const QString &reason() const { return m_reason; }

private:
    QString m_reason;
    bool m_dropped = false;
};

// Sets a file's or folder's permissions to read (and, for a folder, enter) for everyone, or back
// to read and write for its owner.
bool setReadOnly(const QString &path, bool readOnly = true);

} // namespace dh::test
