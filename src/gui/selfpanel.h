// Who I am: name, connection to the Tox network and my Tox ID with a copy
// button. Fed by Engine's queued signals.
#pragma once

#include "core/coreevents.h"

#include <QWidget>

class QLabel;
class QLineEdit;

namespace warren {

class Engine;

class SelfPanel : public QWidget {
    Q_OBJECT
public:
    explicit SelfPanel(Engine& engine, QWidget* parent = nullptr);

private:
    void showSelf(const SelfInfo& self);
    void showConnection(Connection c);

    QLabel* m_name;
    QLabel* m_connection;
    QLineEdit* m_id;
};

} // namespace warren
