#pragma once

#include <QJsonObject>
#include <QString>

namespace callwatch {

// Who is signed in, as the dashboard and the connection test show it.
struct AccountInfo
{
    QString extensionId;
    QString name;
    QString extensionNumber;
    QString company;
    bool admin = false;
    bool known = false; // false until the extension has been read

    // The answer of GET /account/~/extension/~; `known` only when it had an id.
    static AccountInfo fromExtension(const QJsonObject &extension);
};

} // namespace callwatch
