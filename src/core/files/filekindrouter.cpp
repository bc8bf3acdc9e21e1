#include "core/files/filekindrouter.h"

#include <tox/tox.h>

#include <algorithm>
#include <vector>

namespace warren {

void FileKindRouter::setHandler(uint32_t kind, IFileHandler* handler)
{
    if (handler)
        m_handlers[kind] = handler;
    else
        m_handlers.erase(kind);
}

IFileHandler* FileKindRouter::handler(uint32_t kind) const
{
    const auto it = m_handlers.find(kind);
    return it == m_handlers.end() ? nullptr : it->second;
}

void FileKindRouter::remember(const PublicKey& peer, uint32_t fileNumber, uint32_t kind)
{
    if (kind == TOX_FILE_KIND_DATA) {
        forget(peer, fileNumber); // a number toxcore reuses for a data file
        return;
    }
    m_kinds[peer].insert(fileNumber, kind);
}

void FileKindRouter::sent(const PublicKey& to, uint32_t fileNumber, uint32_t kind)
{
    remember(to, fileNumber, kind);
}

void FileKindRouter::forget(const PublicKey& peer, uint32_t fileNumber)
{
    const auto it = m_kinds.find(peer);
    if (it == m_kinds.end())
        return;
    it->remove(fileNumber);
    if (it->isEmpty())
        m_kinds.erase(it);
}

IFileHandler* FileKindRouter::owner(const PublicKey& peer, uint32_t fileNumber) const
{
    uint32_t kind = TOX_FILE_KIND_DATA;
    if (const auto it = m_kinds.constFind(peer); it != m_kinds.cend())
        kind = it->value(fileNumber, TOX_FILE_KIND_DATA);
    IFileHandler* h = handler(kind);
    return h ? h : handler(TOX_FILE_KIND_DATA);
}

void FileKindRouter::fileOffered(
    const PublicKey& from, uint32_t fileNumber, uint32_t kind, quint64 size, QByteArrayView name)
{
    // A kind without a handler of its own is the data handler's to decline.
    remember(from, fileNumber, handler(kind) ? kind : uint32_t{TOX_FILE_KIND_DATA});
    if (IFileHandler* h = owner(from, fileNumber))
        h->fileOffered(from, fileNumber, kind, size, name);
}

void FileKindRouter::fileChunkRequested(const PublicKey& to, uint32_t fileNumber, quint64 position, size_t length)
{
    if (IFileHandler* h = owner(to, fileNumber))
        h->fileChunkRequested(to, fileNumber, position, length);
    if (length == 0)
        forget(to, fileNumber); // the friend has it all
}

void FileKindRouter::fileChunkReceived(
    const PublicKey& from, uint32_t fileNumber, quint64 position, QByteArrayView data)
{
    if (IFileHandler* h = owner(from, fileNumber))
        h->fileChunkReceived(from, fileNumber, position, data);
    if (data.isEmpty())
        forget(from, fileNumber); // complete
}

void FileKindRouter::fileControlReceived(const PublicKey& peer, uint32_t fileNumber, FileControl control)
{
    if (IFileHandler* h = owner(peer, fileNumber))
        h->fileControlReceived(peer, fileNumber, control);
    if (control == FileControl::Cancel)
        forget(peer, fileNumber);
}

namespace {
std::vector<IFileHandler*> distinct(const std::map<uint32_t, IFileHandler*>& handlers)
{
    std::vector<IFileHandler*> out;
    for (const auto& [kind, h] : handlers)
        if (std::find(out.begin(), out.end(), h) == out.end())
            out.push_back(h);
    return out;
}
} // namespace

void FileKindRouter::friendConnectionChanged(const PublicKey& peer, Connection c)
{
    if (c == Connection::None)
        m_kinds.remove(peer); // toxcore drops every transfer of the friend
    for (IFileHandler* h : distinct(m_handlers))
        h->friendConnectionChanged(peer, c);
}

void FileKindRouter::friendRemoved(const PublicKey& peer)
{
    m_kinds.remove(peer);
    for (IFileHandler* h : distinct(m_handlers))
        h->friendRemoved(peer);
}

void FileKindRouter::fileQueueMayHaveSpace()
{
    for (IFileHandler* h : distinct(m_handlers))
        h->fileQueueMayHaveSpace();
}

} // namespace warren
