// One line of Warren's tunnel configuration that gives a friend its own
// rules:  friend <64 hex digits of the public key> <rule> <rule> …
// Rules use the Warren syntax (port ranges, `*`). A line without rules is
// valid and lets that friend open no tunnel. `#` starts a comment.
#pragma once

#include "core/toxtypes.h"
#include "tunnel/rules/tunnelrules.h"

namespace warren::tunnel {

struct FriendRules {
    PublicKey friendKey;
    TunnelRules rules;
    friend bool operator==(const FriendRules&, const FriendRules&) = default;
};

/// The keyword that starts a friend line.
inline constexpr QLatin1String friendKeyword{"friend"};

/// Parses one friend line; the error says what is wrong (the caller adds the line number).
Expected<FriendRules, QString> parseFriendRules(QStringView line);
/// The line for @p f: "friend <KEY> <rules…>"; parseFriendRules() reads it back.
QString formatFriendRules(const FriendRules& f);

} // namespace warren::tunnel
