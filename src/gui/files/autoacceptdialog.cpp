#include "gui/files/autoacceptdialog.h"

#include <QBoxLayout>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>

namespace warren {

namespace {
constexpr quint64 megabyte = 1000 * 1000;
constexpr int defaultLimitMb = 100;
constexpr int largestLimitMb = 1000 * 1000; // 1 TB; beyond that, "no limit"
} // namespace

AutoAcceptDialog::AutoAcceptDialog(
    const QString& friendName, const QString& folder, quint64 maxSize, const QString& defaultFolder, QWidget* parent)
    : QDialog(parent)
    , m_enabled(new QCheckBox(tr("&Save files from %1 without asking").arg(friendName)))
    , m_folder(new QLineEdit(folder.isEmpty() ? defaultFolder : folder))
    , m_browse(new QPushButton(tr("&Browse…")))
    , m_limit(new QSpinBox)
    , m_problem(new QLabel)
    , m_ok(new QPushButton(tr("&OK")))
{
    setObjectName(QStringLiteral("autoAcceptDialog"));
    setWindowTitle(tr("Receive files from %1").arg(friendName));
    m_enabled->setObjectName(QStringLiteral("autoAcceptEnabled"));
    m_enabled->setChecked(!folder.isEmpty());
    m_folder->setObjectName(QStringLiteral("autoAcceptFolder"));
    m_folder->setAccessibleName(tr("Folder for received files"));
    m_browse->setObjectName(QStringLiteral("autoAcceptBrowse"));
    m_browse->setAccessibleName(tr("Choose the folder"));
    m_limit->setObjectName(QStringLiteral("autoAcceptLimit"));
    m_limit->setAccessibleName(tr("Largest file saved without asking"));
    m_limit->setRange(0, largestLimitMb);
    m_limit->setSpecialValueText(tr("No limit"));
    m_limit->setSuffix(tr(" MB"));
    if (folder.isEmpty())
        m_limit->setValue(defaultLimitMb);
    else if (maxSize == noLimit || maxSize / megabyte > quint64{largestLimitMb})
        m_limit->setValue(0);
    else
        m_limit->setValue(static_cast<int>(std::max<quint64>(1, maxSize / megabyte)));
    m_problem->setObjectName(QStringLiteral("autoAcceptProblem"));
    m_problem->setAccessibleName(tr("Problem with the input"));
    m_problem->setWordWrap(true);
    m_ok->setObjectName(QStringLiteral("autoAcceptOkButton"));
    m_ok->setDefault(true);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->addButton(m_ok, QDialogButtonBox::AcceptRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ok, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_browse, &QPushButton::clicked, this, &AutoAcceptDialog::browse);
    connect(m_enabled, &QCheckBox::toggled, this, &AutoAcceptDialog::check);
    connect(m_folder, &QLineEdit::textChanged, this, &AutoAcceptDialog::check);

    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto* folderLabel = new QLabel(tr("&Folder:"));
    folderLabel->setBuddy(m_folder);
    auto* form = new QFormLayout;
    form->addRow(folderLabel, folderRow);
    form->addRow(tr("&Largest file:"), m_limit);
    auto* intro = new QLabel(tr("Other files still wait for you to accept them. Names are made safe and never "
                                "overwrite a file."));
    intro->setWordWrap(true);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_enabled);
    layout->addLayout(form);
    layout->addWidget(intro);
    layout->addWidget(m_problem);
    layout->addStretch();
    layout->addWidget(buttons);
    setMinimumWidth(480);
    check();
}

QString AutoAcceptDialog::folder() const
{
    return m_enabled->isChecked() ? QDir::cleanPath(m_folder->text().trimmed()) : QString();
}

quint64 AutoAcceptDialog::maxSize() const
{
    return m_limit->value() == 0 ? noLimit : quint64(m_limit->value()) * megabyte;
}

void AutoAcceptDialog::browse()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, windowTitle(), m_folder->text());
    if (!chosen.isEmpty())
        m_folder->setText(chosen);
}

void AutoAcceptDialog::check()
{
    const bool on = m_enabled->isChecked();
    m_folder->setEnabled(on);
    m_browse->setEnabled(on);
    m_limit->setEnabled(on);
    QString problem;
    const QString path = m_folder->text().trimmed();
    if (on && path.isEmpty())
        problem = tr("Choose a folder.");
    else if (on && !QFileInfo(path).isAbsolute())
        problem = tr("The folder must be a full path, such as %1.").arg(QDir::homePath());
    else if (on && QFileInfo(path).exists() && !QFileInfo(path).isDir())
        problem = tr("%1 is a file, not a folder.").arg(path);
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_ok->setEnabled(problem.isEmpty());
}

} // namespace warren
