// Keeps a profile's TunnelSettings in a JSON file beside the profile
// (NAME.tunnels.json for NAME.tox), written atomically (QSaveFile). No
// secrets: forwards and shared ports only. Reading never loses anything:
// an entry it cannot read is kept as it was and written back, and a file
// that is not JSON at all is moved aside (NAME.tunnels.json.bad, .bad-2, …) before a
// new one is written, and the error says so.
#pragma once

#include "tunnel/tunnelsettings.h"

#include <QStringList>

namespace warren::tunnel {

class TunnelSettingsStore {
public:
    explicit TunnelSettingsStore(QString path);

    /// NAME.tunnels.json beside the profile file NAME.tox.
    static QString pathForProfile(const QString& profilePath);
    const QString& path() const { return m_path; }

    /// Reads the file; a missing file gives empty settings. @p problems
    /// gets one sentence per entry (or file) that could not be read.
    TunnelSettings load(QStringList* problems) const;
    /// Writes @p settings; false with a sentence in @p error.
    bool save(const TunnelSettings& settings, QString* error) const;

    /// The JSON of @p settings, and back (for the store and its tests).
    static QByteArray toJson(const TunnelSettings& settings);
    static TunnelSettings fromJson(const QByteArray& json, QStringList* problems, bool* notJson);

private:
    QString m_path;
};

} // namespace warren::tunnel
