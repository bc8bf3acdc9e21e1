// Where the engine writes its save data. Implemented by the profile layer
// (encrypting when the profile has a password); called on the core thread.
#pragma once

#include <QByteArray>
#include <QString>

namespace warren {

class ISaveSink {
public:
    virtual ~ISaveSink() = default;
    /// Writes plain tox_get_savedata() output durably. Returns false and sets
    /// @p error when it could not; the previous file must then be intact.
    virtual bool save(const QByteArray& saveData, QString* error) = 0;
};

} // namespace warren
