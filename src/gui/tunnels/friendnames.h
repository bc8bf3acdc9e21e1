// Friend names and paths for the Tunnels panel, from the contact list.
#pragma once

#include "core/toxtypes.h"

#include <QString>

class QComboBox;

namespace warren {

class ContactModel;

namespace friendnames {

/// The contact's display name, or the key's first digits when unknown.
QString name(const ContactModel* contacts, const PublicKey& key);
/// The contact's connection (None when unknown).
Connection connection(const ContactModel* contacts, const PublicKey& key);
/// Fills @p box with the contacts (key in Qt::UserRole as hex) and selects
/// @p select, adding it when it is not a contact.
void fill(QComboBox* box, const ContactModel* contacts, const PublicKey& select);
/// The key of @p box's current item.
PublicKey selected(const QComboBox* box);

} // namespace friendnames
} // namespace warren
