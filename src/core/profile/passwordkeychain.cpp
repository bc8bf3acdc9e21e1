#include "core/profile/passwordkeychain.h"

#include <qt6keychain/keychain.h>

namespace warren {

namespace {
using S = KeychainResult::Status;

/// Applies what every job needs: the profile as key, no plain-text fallback,
/// deletion once finished. Jobs have no parent: one still running when the
/// PasswordKeychain goes away finishes on its own (its backend callback
/// needs it alive) and, connected with the wrapper as context, calls nobody.
void prepare(QKeychain::Job* job, const QString& profile)
{
    job->setKey(profile);
    job->setInsecureFallback(false);
    job->setAutoDelete(true);
}
} // namespace

PasswordKeychain::PasswordKeychain(QObject* parent)
    : QObject(parent)
{
}

QString PasswordKeychain::service()
{
    return QStringLiteral("warren");
}

void PasswordKeychain::readPassword(const QString& profile)
{
    auto* job = new QKeychain::ReadPasswordJob(service());
    prepare(job, profile);
    connect(job, &QKeychain::Job::finished, this,
        [this, job, profile] { finish(Op::Read, profile, job->error(), job->errorString(), job->textData()); });
    job->start();
}

void PasswordKeychain::writePassword(const QString& profile, const QString& password)
{
    auto* job = new QKeychain::WritePasswordJob(service());
    prepare(job, profile);
    job->setTextData(password);
    connect(job, &QKeychain::Job::finished, this,
        [this, job, profile] { finish(Op::Write, profile, job->error(), job->errorString(), {}); });
    job->start();
}

void PasswordKeychain::deletePassword(const QString& profile)
{
    auto* job = new QKeychain::DeletePasswordJob(service());
    prepare(job, profile);
    connect(job, &QKeychain::Job::finished, this,
        [this, job, profile] { finish(Op::Delete, profile, job->error(), job->errorString(), {}); });
    job->start();
}

void PasswordKeychain::finish(
    Op op, const QString& profile, int error, const QString& errorString, const QString& password)
{
    KeychainResult r;
    r.profile = profile;
    const QString action = op == Op::Read ? QStringLiteral("read")
        : op == Op::Write                 ? QStringLiteral("store")
                                          : QStringLiteral("remove");
    const QString detail = errorString.isEmpty() ? QStringLiteral("error %1").arg(error) : errorString;
    switch (static_cast<QKeychain::Error>(error)) {
    case QKeychain::NoError:
        r.password = password;
        break;
    case QKeychain::EntryNotFound:
        r.status = S::NotFound;
        r.message = QStringLiteral("No password is remembered for the profile “%1”.").arg(profile);
        break;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        r.status = S::Denied;
        r.message = QStringLiteral("Access to the system keychain was denied (%1).").arg(detail);
        break;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // On Linux "other" is what a missing Secret Service or session bus
        // looks like; no keychain we could use either way.
        r.status = S::Unavailable;
        r.available = false;
        r.message = QStringLiteral("No system keychain is available, so passwords cannot be remembered (%1). "
                                   "Warren works normally; you will be asked for the password each time.")
                        .arg(detail);
        break;
    case QKeychain::CouldNotDeleteEntry:
        r.status = S::Failed;
        r.message = QStringLiteral("Could not %1 the password in the system keychain (%2).").arg(action, detail);
        break;
    }
    if (r.status == S::Unavailable) {
        m_available = false;
        m_unavailableReason = r.message;
    } else if (r.status == S::Ok || r.status == S::NotFound) {
        m_available = true; // a keychain answered (it may have been started since)
        m_unavailableReason.clear();
    }
    switch (op) {
    case Op::Read:
        Q_EMIT passwordRead(r);
        break;
    case Op::Write:
        Q_EMIT passwordWritten(r);
        break;
    case Op::Delete:
        Q_EMIT passwordDeleted(r);
        break;
    }
}

} // namespace warren
