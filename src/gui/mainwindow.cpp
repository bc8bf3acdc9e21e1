#include "gui/mainwindow.h"

#include "core/engine.h"
#include "gui/contactlist.h"
#include "gui/selfpanel.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QVBoxLayout>

namespace warren {

MainWindow::MainWindow(Engine& engine, QWidget* parent)
    : QMainWindow(parent)
    , m_self(new SelfPanel(engine))
    , m_contacts(new ContactList(engine))
{
    setWindowTitle(QStringLiteral("Warren"));
    auto* central = new QWidget;
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(m_self);
    layout->addWidget(m_contacts, 1);
    setCentralWidget(central);

    QMenu* file = menuBar()->addMenu(tr("&Warren"));
    QAction* quit = file->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);
    resize(420, 640);
}

} // namespace warren
