#include "core/toxcallbacks.h"

#include "core/toxworker.h"

namespace warren {

namespace {
ToxWorker* worker(void* userData)
{
    return static_cast<ToxWorker*>(userData);
}

QString utf8(const uint8_t* data, size_t len)
{
    return QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(len));
}

Connection toConnection(TOX_CONNECTION c)
{
    switch (c) {
    case TOX_CONNECTION_TCP:
        return Connection::Tcp;
    case TOX_CONNECTION_UDP:
        return Connection::Udp;
    case TOX_CONNECTION_NONE:
        break;
    }
    return Connection::None;
}

UserStatus toStatus(TOX_USER_STATUS s)
{
    switch (s) {
    case TOX_USER_STATUS_AWAY:
        return UserStatus::Away;
    case TOX_USER_STATUS_BUSY:
        return UserStatus::Busy;
    case TOX_USER_STATUS_NONE:
        break;
    }
    return UserStatus::Online;
}
} // namespace

void ToxCallbacks::install(Tox* tox)
{
    tox_callback_self_connection_status(
        tox, [](Tox*, TOX_CONNECTION c, void* ud) { worker(ud)->onSelfConnection(toConnection(c)); });
    tox_callback_friend_connection_status(tox,
        [](Tox*, uint32_t fn, TOX_CONNECTION c, void* ud) { worker(ud)->onFriendConnection(fn, toConnection(c)); });
    tox_callback_friend_request(tox, [](Tox*, const uint8_t* pk, const uint8_t* msg, size_t len, void* ud) {
        worker(ud)->onFriendRequest(
            PublicKey::fromBytes(pk), QByteArrayView(reinterpret_cast<const char*>(msg), static_cast<qsizetype>(len)));
    });
    tox_callback_friend_name(tox, [](Tox*, uint32_t fn, const uint8_t* name, size_t len, void* ud) {
        ToxWorker* w = worker(ud);
        Q_EMIT w->friendNameChanged(w->friendKey(fn), utf8(name, len));
        w->markDirty();
    });
    tox_callback_friend_status_message(tox, [](Tox*, uint32_t fn, const uint8_t* msg, size_t len, void* ud) {
        ToxWorker* w = worker(ud);
        Q_EMIT w->friendStatusMessageChanged(w->friendKey(fn), utf8(msg, len));
        w->markDirty();
    });
    tox_callback_friend_status(tox, [](Tox*, uint32_t fn, TOX_USER_STATUS s, void* ud) {
        ToxWorker* w = worker(ud);
        Q_EMIT w->friendStatusChanged(w->friendKey(fn), toStatus(s));
    });
    tox_callback_friend_typing(tox, [](Tox*, uint32_t fn, bool typing, void* ud) {
        ToxWorker* w = worker(ud);
        Q_EMIT w->friendTyping(w->friendKey(fn), typing);
    });
    tox_callback_friend_read_receipt(tox, [](Tox*, uint32_t fn, uint32_t receipt, void* ud) {
        ToxWorker* w = worker(ud);
        Q_EMIT w->messageDelivered(w->friendKey(fn), receipt);
    });
    tox_callback_friend_message(
        tox, [](Tox*, uint32_t fn, TOX_MESSAGE_TYPE type, const uint8_t* msg, size_t len, void* ud) {
            ToxWorker* w = worker(ud);
            Q_EMIT w->messageReceived(w->friendKey(fn), utf8(msg, len), type == TOX_MESSAGE_TYPE_ACTION);
        });
    tox_callback_friend_lossless_packet(tox, [](Tox*, uint32_t fn, const uint8_t* data, size_t len, void* ud) {
        worker(ud)->onLosslessPacket(
            fn, QByteArrayView(reinterpret_cast<const char*>(data), static_cast<qsizetype>(len)));
    });
    tox_callback_friend_lossy_packet(tox, [](Tox*, uint32_t fn, const uint8_t* data, size_t len, void* ud) {
        worker(ud)->onLossyPacket(fn, QByteArrayView(reinterpret_cast<const char*>(data), static_cast<qsizetype>(len)));
    });
    installFileCallbacks(tox);
}

void ToxCallbacks::installFileCallbacks(Tox* tox)
{
    // Routed by kind (FileKindRouter); ignored until a handler registers
    // (toxcore keeps an unanswered offer waiting).
    tox_callback_file_recv(tox,
        [](Tox*, uint32_t fn, uint32_t file, uint32_t kind, uint64_t size, const uint8_t* name, size_t len, void* ud) {
            ToxWorker* w = worker(ud);
            w->m_files.fileOffered(w->cachedFriendKey(fn), file, kind, size,
                QByteArrayView(reinterpret_cast<const char*>(name), static_cast<qsizetype>(len)));
        });
    tox_callback_file_chunk_request(
        tox, [](Tox*, uint32_t fn, uint32_t file, uint64_t position, size_t length, void* ud) {
            ToxWorker* w = worker(ud);
            w->m_files.fileChunkRequested(w->cachedFriendKey(fn), file, position, length);
        });
    tox_callback_file_recv_chunk(
        tox, [](Tox*, uint32_t fn, uint32_t file, uint64_t position, const uint8_t* data, size_t len, void* ud) {
            ToxWorker* w = worker(ud);
            w->m_files.fileChunkReceived(w->cachedFriendKey(fn), file, position,
                QByteArrayView(reinterpret_cast<const char*>(data), static_cast<qsizetype>(len)));
        });
    tox_callback_file_recv_control(tox, [](Tox*, uint32_t fn, uint32_t file, TOX_FILE_CONTROL control, void* ud) {
        ToxWorker* w = worker(ud);
        FileControl c = FileControl::Resume;
        if (control == TOX_FILE_CONTROL_PAUSE)
            c = FileControl::Pause;
        else if (control == TOX_FILE_CONTROL_CANCEL)
            c = FileControl::Cancel;
        w->m_files.fileControlReceived(w->cachedFriendKey(fn), file, c);
    });
}

} // namespace warren
