// Shared by the profile tests: genuine save data from a real, offline Tox
// instance (UDP, LAN discovery and IPv6 off, so it opens no socket), and
// small file helpers. Header-only: tests/core builds every test_*.cpp alone.
#pragma once

#include "isolation.h"

#include <QByteArray>
#include <QFile>
#include <QFileInfo>
#include <QTest>

#include "core/profile/profileerror.h"

#include <tox/tox.h>
#include <tox/toxencryptsave.h>

#include <memory>

#include <csignal>
#include <sys/resource.h>

namespace warren {
/// Lets QCOMPARE print error kinds by name.
inline char* toString(ProfileError::Kind kind)
{
    return qstrdup(qPrintable(ProfileError::kindName(kind)));
}
} // namespace warren

namespace warren::test {

struct ToxKiller {
    void operator()(Tox* t) const { tox_kill(t); }
};
using OfflineTox = std::unique_ptr<Tox, ToxKiller>;

/// A Tox instance that never touches the network; from @p saveData when given.
inline OfflineTox offlineTox(const QByteArray& saveData = {})
{
    requireIsolatedNetwork();
    Tox_Options* options = tox_options_new(nullptr);
    tox_options_set_udp_enabled(options, false);
    tox_options_set_local_discovery_enabled(options, false);
    tox_options_set_ipv6_enabled(options, false);
    if (!saveData.isEmpty()) {
        tox_options_set_savedata_type(options, TOX_SAVEDATA_TYPE_TOX_SAVE);
        tox_options_set_savedata_data(
            options, reinterpret_cast<const uint8_t*>(saveData.constData()), static_cast<size_t>(saveData.size()));
    }
    OfflineTox tox(tox_new(options, nullptr));
    tox_options_free(options);
    return tox;
}

inline QByteArray saveDataOf(Tox* tox)
{
    QByteArray data(static_cast<qsizetype>(tox_get_savedata_size(tox)), '\0');
    tox_get_savedata(tox, reinterpret_cast<uint8_t*>(data.data()));
    return data;
}

/// tox_get_savedata() of a new identity with a name, a status message and
/// one friend, so that it has several sections.
inline QByteArray realSaveData()
{
    OfflineTox tox = offlineTox();
    if (!tox)
        return {};
    const QByteArray name = "Profile Test";
    const QByteArray status = "testing the profile layer";
    tox_self_set_name(tox.get(), reinterpret_cast<const uint8_t*>(name.constData()), size_t(name.size()), nullptr);
    tox_self_set_status_message(
        tox.get(), reinterpret_cast<const uint8_t*>(status.constData()), size_t(status.size()), nullptr);
    OfflineTox other = offlineTox();
    uint8_t friendKey[TOX_PUBLIC_KEY_SIZE];
    tox_self_get_public_key(other.get(), friendKey);
    tox_friend_add_norequest(tox.get(), friendKey, nullptr);
    return saveDataOf(tox.get());
}

/// The public key of the identity in @p saveData, or empty when toxcore
/// cannot load it.
inline QByteArray publicKeyOf(const QByteArray& saveData)
{
    OfflineTox tox = offlineTox(saveData);
    if (!tox)
        return {};
    QByteArray key(TOX_PUBLIC_KEY_SIZE, '\0');
    tox_self_get_public_key(tox.get(), reinterpret_cast<uint8_t*>(key.data()));
    return key;
}

/// What a plain toxencryptsave user (another client) makes of @p plain.
inline QByteArray toxPassEncrypt(const QByteArray& plain, const QByteArray& password)
{
    QByteArray out(plain.size() + TOX_PASS_ENCRYPTION_EXTRA_LENGTH, '\0');
    const bool ok = tox_pass_encrypt(reinterpret_cast<const uint8_t*>(plain.constData()), size_t(plain.size()),
        reinterpret_cast<const uint8_t*>(password.constData()), size_t(password.size()),
        reinterpret_cast<uint8_t*>(out.data()), nullptr);
    return ok ? out : QByteArray();
}

/// What a plain toxencryptsave user makes of @p encrypted; empty on failure.
inline QByteArray toxPassDecrypt(const QByteArray& encrypted, const QByteArray& password)
{
    if (encrypted.size() <= TOX_PASS_ENCRYPTION_EXTRA_LENGTH)
        return {};
    QByteArray out(encrypted.size() - TOX_PASS_ENCRYPTION_EXTRA_LENGTH, '\0');
    const bool ok = tox_pass_decrypt(reinterpret_cast<const uint8_t*>(encrypted.constData()), size_t(encrypted.size()),
        reinterpret_cast<const uint8_t*>(password.constData()), size_t(password.size()),
        reinterpret_cast<uint8_t*>(out.data()), nullptr);
    return ok ? out : QByteArray();
}

/// Makes every write beyond @p bytes into any file fail (EFBIG) while alive.
/// Unlike chmod this also stops root, which the tests may run as.
class FileSizeLimit {
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_old);
        struct sigaction ignore = {};
        ignore.sa_handler = SIG_IGN;
        sigaction(SIGXFSZ, &ignore, &m_oldAction);
        rlimit limit = m_old;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_old);
        sigaction(SIGXFSZ, &m_oldAction, nullptr);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit m_old = {};
    struct sigaction m_oldAction = {};
};

/// The start of a PNG image: a file that is certainly not a profile.
inline QByteArray pngBytes()
{
    return QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000100000001008060000001ff3ff61");
}

inline bool writeFile(const QString& path, const QByteArray& data)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(data) == data.size() && f.flush();
}

/// The file's permission bits as a Unix mode (owner, group, others).
inline int modeOf(const QString& path)
{
    const QFileDevice::Permissions p = QFileInfo(path).permissions();
    int mode = 0;
    mode |= p.testFlag(QFileDevice::ReadOwner) ? 0400 : 0;
    mode |= p.testFlag(QFileDevice::WriteOwner) ? 0200 : 0;
    mode |= p.testFlag(QFileDevice::ExeOwner) ? 0100 : 0;
    mode |= p.testFlag(QFileDevice::ReadGroup) ? 040 : 0;
    mode |= p.testFlag(QFileDevice::WriteGroup) ? 020 : 0;
    mode |= p.testFlag(QFileDevice::ExeGroup) ? 010 : 0;
    mode |= p.testFlag(QFileDevice::ReadOther) ? 04 : 0;
    mode |= p.testFlag(QFileDevice::WriteOther) ? 02 : 0;
    mode |= p.testFlag(QFileDevice::ExeOther) ? 01 : 0;
    return mode;
}

inline QByteArray readFile(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace warren::test
