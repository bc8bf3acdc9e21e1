// Asks how files from one friend are received: by hand (the default) or
// saved at once into a chosen folder when they are no larger than a limit.
// Only collects the choice; FileBinder hands it to FileTransfers.
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace warren {

class AutoAcceptDialog : public QDialog {
    Q_OBJECT
public:
    /// @p folder and @p maxSize prefill the form; an empty @p folder means
    /// "ask each time" (then @p defaultFolder is offered).
    AutoAcceptDialog(const QString& friendName, const QString& folder, quint64 maxSize, const QString& defaultFolder,
        QWidget* parent = nullptr);

    /// Empty: ask for every file.
    QString folder() const;
    /// The largest file accepted without asking, in bytes.
    quint64 maxSize() const;

    static constexpr quint64 noLimit = ~quint64{0};

private:
    void browse();
    void check();

    QCheckBox* m_enabled;
    QLineEdit* m_folder;
    QPushButton* m_browse;
    QSpinBox* m_limit;
    QLabel* m_problem;
    QPushButton* m_ok;
};

} // namespace warren
