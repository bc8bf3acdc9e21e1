#include "core/files/filetypes.h"

namespace warren {

QString transferStateName(TransferState s)
{
    switch (s) {
    case TransferState::Queued:
        return QStringLiteral("queued");
    case TransferState::Offered:
        return QStringLiteral("offered");
    case TransferState::Active:
        return QStringLiteral("active");
    case TransferState::Paused:
        return QStringLiteral("paused");
    case TransferState::Interrupted:
        return QStringLiteral("interrupted");
    case TransferState::Finished:
        return QStringLiteral("finished");
    case TransferState::Cancelled:
        return QStringLiteral("cancelled");
    case TransferState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

bool isTerminal(TransferState s)
{
    return s == TransferState::Finished || s == TransferState::Cancelled || s == TransferState::Failed;
}

void registerFileTypes()
{
    static const bool once = [] {
        registerCoreTypes();
        qRegisterMetaType<TransferDirection>();
        qRegisterMetaType<TransferState>();
        qRegisterMetaType<FileTransferInfo>();
        qRegisterMetaType<QList<FileTransferInfo>>();
        qRegisterMetaType<FileProgress>();
        qRegisterMetaType<AutoAcceptRule>();
        qRegisterMetaType<QList<AutoAcceptRule>>();
        return true;
    }();
    (void)once;
}

} // namespace warren
