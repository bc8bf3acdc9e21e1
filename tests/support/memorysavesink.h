// An ISaveSink that keeps the last save data in memory, to restart an engine
// from what it saved without touching the disk.
#pragma once

#include "core/savesink.h"

#include <QMutex>

namespace warren::test {

class MemorySaveSink : public ISaveSink {
public:
    bool save(const QByteArray& saveData, QString*) override
    {
        QMutexLocker lock(&m_mutex); // written on the core thread, read by the test
        m_data = saveData;
        ++m_saves;
        return true;
    }
    QByteArray data() const
    {
        QMutexLocker lock(&m_mutex);
        return m_data;
    }
    int saves() const
    {
        QMutexLocker lock(&m_mutex);
        return m_saves;
    }

private:
    mutable QMutex m_mutex;
    QByteArray m_data;
    int m_saves = 0;
};

} // namespace warren::test
