// The list of existing profiles on the profile screen, with "Open", "New
// profile…" and "Import…".
#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace warren {

class ProfileListPage : public QWidget {
    Q_OBJECT
public:
    explicit ProfileListPage(QWidget* parent = nullptr);

    /// @p encrypted names the profiles that need a password.
    void setProfiles(const QStringList& names, const QStringList& encrypted);
    QListWidget* list() const { return m_list; }

Q_SIGNALS:
    void openRequested(const QString& name);
    void createRequested();
    void importRequested();

private:
    QListWidget* m_list;
    QPushButton* m_open;
};

} // namespace warren
