#include "gui/tunnels/friendnames.h"

#include "gui/contacts/contactmodel.h"

#include <QComboBox>

namespace warren::friendnames {

QString name(const ContactModel* contacts, const PublicKey& key)
{
    const Contact* c = contacts ? contacts->find(key) : nullptr;
    return c ? c->displayName() : key.shortId();
}

Connection connection(const ContactModel* contacts, const PublicKey& key)
{
    const Contact* c = contacts ? contacts->find(key) : nullptr;
    return c ? c->connection : Connection::None;
}

void fill(QComboBox* box, const ContactModel* contacts, const PublicKey& select)
{
    box->clear();
    QList<Contact> list = contacts ? contacts->contacts() : QList<Contact>{};
    std::sort(list.begin(), list.end(),
        [](const Contact& a, const Contact& b) { return a.displayName().localeAwareCompare(b.displayName()) < 0; });
    for (const Contact& c : std::as_const(list))
        box->addItem(c.displayName(), c.key.toHex());
    if (!select.isNull()) {
        int i = box->findData(select.toHex());
        if (i < 0) {
            box->addItem(select.shortId(), select.toHex());
            i = box->count() - 1;
        }
        box->setCurrentIndex(i);
    }
}

PublicKey selected(const QComboBox* box)
{
    return PublicKey::fromHex(box->currentData().toString());
}

} // namespace warren::friendnames
