// The profile screen, shown at first start and when there are several
// profiles: create one (name, optional password, keychain), import a .tox
// file, or open an existing one, whose password is first looked up in the
// keychain and asked for when none is remembered or it does not work.
//
// It does not open profiles itself: the app passes an opener that locks
// and opens (ProfileSession), so the screen can say what went wrong
// (wrong password, locked by another process) and let the user try again.
#pragma once

#include "core/profile/profiledirectory.h"

#include <QDialog>

#include <functional>

class QStackedWidget;

namespace warren {

class CreateProfilePage;
class PasswordKeychain;
class ProfileListPage;
class UnlockPage;
struct KeychainResult;

class ProfileScreen : public QDialog {
    Q_OBJECT
public:
    /// Opens profile @p name with @p password (creating it when @p create).
    using Opener = std::function<bool(const QString& name, const QString& password, bool create, ProfileError* error)>;

    ProfileScreen(const ProfileDirectory& dir, PasswordKeychain& keychain, Opener opener, QWidget* parent = nullptr);

    /// Goes straight to opening @p name (the only profile, or --profile).
    void openProfile(const QString& name);

    /// After accept(): the profile that was opened or created, and its
    /// password (for the history, which is keyed by it; empty for none).
    const QString& profileName() const { return m_name; }
    const QString& password() const { return m_password; }

    CreateProfilePage* createPage() const { return m_create; }
    UnlockPage* unlockPage() const { return m_unlock; }
    ProfileListPage* listPage() const { return m_list; }

private:
    void showList();
    void showCreate();
    void importProfile();
    void create(const QString& name, const QString& password, bool remember);
    void unlock(const QString& password, bool remember, bool fromKeychain);
    bool tryOpen(const QString& name, const QString& password, bool create, ProfileError* error);
    void keychainAnswered(const KeychainResult& result);
    void finish(const QString& name, const QString& password, bool remember);

    ProfileDirectory m_dir;
    PasswordKeychain& m_keychain;
    Opener m_opener;
    QStackedWidget* m_pages;
    ProfileListPage* m_list;
    CreateProfilePage* m_create;
    UnlockPage* m_unlock;
    QString m_name;
    QString m_password;
    QString m_awaitingKeychainFor;
};

} // namespace warren
