// Turns what the user typed into what toxcore can send: "/me waves" becomes
// the action "waves", and a text longer than toxcore's limit (1372 bytes of
// UTF-8) is cut into pieces that each fit. Pure functions.
#pragma once

#include <QString>
#include <QStringList>

namespace warren {

class MessageSplitter {
public:
    struct Typed {
        QString text;
        bool action = false;
    };
    /// "/me text" is an action; anything else is sent as it is.
    static Typed parse(const QString& typed);

    /// Cuts @p text into pieces of at most @p maxBytes UTF-8 bytes. Never
    /// cuts inside a character or, when possible, a grapheme cluster (an
    /// emoji sequence, a letter with its accents). Prefers to cut just after
    /// white space in the last quarter of a piece. The pieces joined give
    /// @p text back exactly.
    static QStringList split(const QString& text, int maxBytes);
};

} // namespace warren
