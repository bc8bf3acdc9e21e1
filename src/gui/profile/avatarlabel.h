// The avatar placeholder widget: initials in a circle (see avatar.h).
#pragma once

#include <QWidget>

namespace warren {

class AvatarLabel : public QWidget {
    Q_OBJECT
public:
    explicit AvatarLabel(int side, QWidget* parent = nullptr);

    void setName(const QString& name);
    QSize sizeHint() const override { return {m_side, m_side}; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int m_side;
    QString m_name;
};

} // namespace warren
