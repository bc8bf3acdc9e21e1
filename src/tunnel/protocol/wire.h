// Big-endian field access for the frame codecs (internal to protocol/).
#pragma once

#include <QtEndian>

namespace warren::tunnel::wire {

inline quint8 u8(const char* p)
{
    return static_cast<quint8>(*p);
}
inline quint16 u16(const char* p)
{
    return qFromBigEndian<quint16>(p);
}
inline quint32 u32(const char* p)
{
    return qFromBigEndian<quint32>(p);
}
inline quint64 u64(const char* p)
{
    return qFromBigEndian<quint64>(p);
}

inline void put8(char* p, quint8 v)
{
    *p = static_cast<char>(v);
}
inline void put16(char* p, quint16 v)
{
    qToBigEndian(v, p);
}
inline void put32(char* p, quint32 v)
{
    qToBigEndian(v, p);
}
inline void put64(char* p, quint64 v)
{
    qToBigEndian(v, p);
}

} // namespace warren::tunnel::wire
