// The main window. For now: who I am (name, connection, Tox ID) and the
// contact list with presence. It only composes widgets; each has one job.
#pragma once

#include <QMainWindow>

namespace warren {

class Engine;
class SelfPanel;
class ContactList;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Engine& engine, QWidget* parent = nullptr);

private:
    SelfPanel* m_self;
    ContactList* m_contacts;
};

} // namespace warren
