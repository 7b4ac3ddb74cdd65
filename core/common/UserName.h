// Who made a change, for the audit log and the edit history.
//
// Pure; any thread (reads the environment).
#pragma once

#include <QString>

namespace Stockshift {

/// `given` when not empty, else the login name (USER, else USERNAME), else "" — never a null
/// QString, which would bind as NULL into the NOT NULL user_name columns.
inline QString userName(const QString &given = {})
{
    QString name = given;
    if (name.isEmpty())
        name = qEnvironmentVariable("USER");
    if (name.isEmpty())
        name = qEnvironmentVariable("USERNAME");
    return name.isNull() ? QStringLiteral("") : name;
}

} // namespace Stockshift
