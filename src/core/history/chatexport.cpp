#include "core/history/chatexport.h"

#include <QDir>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace warren {

namespace {
using K = HistoryError::Kind;
enum Flags { outgoingFlag = 1, actionFlag = 2 };

QString stamp(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}
} // namespace

bool ChatExport::write(HistoryDb& db, const FieldCodec& codec, qint64 contactId, const PublicKey& key,
    const Names& names, const QString& path, HistoryError* error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return HistoryError::set(error, K::Unwritable,
            QStringLiteral("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    QByteArray out = QStringLiteral("Chat with %1 (%2)\n\n").arg(names.peer, key.toHex()).toUtf8();
    if (contactId) {
        QSqlQuery q(db.db());
        q.setForwardOnly(true);
        q.prepare(QStringLiteral("SELECT id, time, flags, body FROM messages WHERE contact = ? ORDER BY id"));
        q.addBindValue(contactId);
        if (!q.exec()) {
            const HistoryError e = HistoryError::fromSql(q.lastError(), QStringLiteral("Exporting the chat"));
            return HistoryError::set(error, e.kind, e.message);
        }
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            const int flags = q.value(2).toInt();
            QString text;
            if (!codec.readText(q.value(3), FieldCodec::ad('m', id), &text))
                return HistoryError::set(error, K::Corrupted,
                    QStringLiteral("Message %1 cannot be decrypted: the history is damaged.").arg(id));
            const QString& who = (flags & outgoingFlag) ? names.self : names.peer;
            const QString line
                = (flags & actionFlag) ? QStringLiteral("[%1] * %2 %3\n") : QStringLiteral("[%1] %2: %3\n");
            out += line.arg(stamp(q.value(1).toLongLong()), who, text).toUtf8();
            if (out.size() > (1 << 16)) {
                file.write(out);
                out.clear();
            }
        }
    }
    file.write(out);
    if (!file.commit())
        return HistoryError::set(error, K::Unwritable,
            QStringLiteral("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return true;
}

} // namespace warren
