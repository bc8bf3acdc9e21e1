// My avatar at the top of the window: the picture, or initials in a circle
// (see avatar.h). Clicking it (or Enter/Space on it) emits clicked().
#pragma once

#include <QImage>
#include <QWidget>

namespace warren {

class AvatarLabel : public QWidget {
    Q_OBJECT
public:
    explicit AvatarLabel(int side, QWidget* parent = nullptr);

    void setName(const QString& name);
    void setImage(const QImage& image);
    const QImage& image() const { return m_image; }
    QSize sizeHint() const override { return {m_side, m_side}; }

Q_SIGNALS:
    void clicked();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;

private:
    int m_side;
    QString m_name;
    QImage m_image;
};

} // namespace warren
