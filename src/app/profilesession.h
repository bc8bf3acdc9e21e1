// An open profile as the binaries use it: the lock held for the whole run,
// the file the engine saves through, and the plain save data to start the
// engine with (handed over once).
#pragma once

#include "core/engineconfig.h"
#include "core/profile/profilefile.h"
#include "core/profile/profilelock.h"

#include <memory>

namespace warren {

class ProfileSession {
public:
    /// Locks then opens the profile file at @p path, creating it (with
    /// @p password, empty = none) when @p createIfMissing and it does not exist.
    static std::unique_ptr<ProfileSession> open(
        const QString& path, const QString& password, bool createIfMissing, ProfileError* error);

    const QString& path() const { return m_file->path(); }
    std::shared_ptr<ProfileFile> file() const { return m_file; }
    bool isNew() const { return m_new; }

    /// Fills the profile part of an engine config: the save data (moved out,
    /// so only the engine keeps a plain copy) and the save sink.
    void fill(EngineConfig& config);

private:
    explicit ProfileSession(const QString& path);

    std::unique_ptr<ProfileLock> m_lock;
    std::shared_ptr<ProfileFile> m_file;
    QByteArray m_saveData;
    bool m_new = false;
};

} // namespace warren
