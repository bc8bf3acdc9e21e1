// Remembers profile passwords in the operating system's keychain (Secret
// Service, macOS Keychain, Windows Credential Store) through QtKeychain:
// service "warren", one entry per profile name. Asynchronous: each request
// is answered by exactly one signal, queued from the event loop.
//
// Many systems have no keychain (no Secret Service on the session bus, no
// session bus at all). Then the result says available = false with a
// sentence the app can show, and the app keeps working without remembering
// passwords. QtKeychain's insecure plain-text fallback is never used.
#pragma once

#include <QMetaType>
#include <QObject>
#include <QString>

namespace warren {

struct KeychainResult {
    enum class Status {
        Ok,
        NotFound, ///< read or delete: no password stored for that profile
        Unavailable, ///< no usable keychain on this system
        Denied, ///< the user or the system refused access
        Failed, ///< anything else
    };
    QString profile;
    Status status = Status::Ok;
    bool available = true; ///< false only with Status::Unavailable
    QString password; ///< read only: the stored password
    QString message; ///< user-readable explanation when not Ok

    bool ok() const { return status == Status::Ok; }
};

class PasswordKeychain : public QObject {
    Q_OBJECT
public:
    explicit PasswordKeychain(QObject* parent = nullptr);

    /// The service name entries are stored under: "warren".
    static QString service();

    /// False after a request found no usable keychain; then unavailableReason() says why.
    bool isAvailable() const { return m_available; }
    QString unavailableReason() const { return m_unavailableReason; }

    void readPassword(const QString& profile);
    void writePassword(const QString& profile, const QString& password);
    void deletePassword(const QString& profile);

Q_SIGNALS:
    void passwordRead(const warren::KeychainResult& result);
    void passwordWritten(const warren::KeychainResult& result);
    void passwordDeleted(const warren::KeychainResult& result);

private:
    enum class Op { Read, Write, Delete };
    /// Turns a finished QtKeychain job's outcome into a result and emits it.
    void finish(Op op, const QString& profile, int error, const QString& errorString, const QString& password);

    bool m_available = true;
    QString m_unavailableReason;
};

} // namespace warren

Q_DECLARE_METATYPE(warren::KeychainResult)
