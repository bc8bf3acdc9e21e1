#include "app/profilesession.h"

#include <QFileInfo>

namespace warren {

ProfileSession::ProfileSession(const QString& path)
    : m_lock(std::make_unique<ProfileLock>(path))
{
}

std::unique_ptr<ProfileSession> ProfileSession::open(
    const QString& path, const QString& password, bool createIfMissing, ProfileError* error)
{
    std::unique_ptr<ProfileSession> s(new ProfileSession(path));
    if (!s->m_lock->tryLock(error))
        return nullptr;
    if (!QFileInfo::exists(path)) {
        if (!createIfMissing) {
            ProfileError::set(
                error, ProfileError::Kind::NotFound, QStringLiteral("There is no profile at %1.").arg(path));
            return nullptr;
        }
        s->m_file = ProfileFile::create(path, password, error);
        s->m_new = true;
    } else {
        s->m_file = ProfileFile::open(path, password, &s->m_saveData, error);
    }
    if (!s->m_file)
        return nullptr;
    return s;
}

void ProfileSession::fill(EngineConfig& config)
{
    config.saveData = std::move(m_saveData);
    m_saveData = QByteArray();
    config.saver = m_file;
}

} // namespace warren
