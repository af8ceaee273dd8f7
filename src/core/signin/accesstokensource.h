#pragma once

#include "apierror.h"

#include <QString>

#include <functional>

class QObject;

namespace callwatch {

// Where RestClient gets the bearer token for a request: the client sits below the session
// that signs in through it, so it knows this much of the session and no more.
class AccessTokenSource
{
public:
    using TokenCallback = std::function<void(const QString &accessToken, const ApiError &error)>;

    virtual ~AccessTokenSource() = default;

    // Calls back with a usable access token, or with why there is none. May call back before
    // returning; never once `context` is destroyed.
    virtual void withAccessToken(QObject *context, TokenCallback callback) = 0;
    // A request was refused (401) with this token: it is dead, whatever its expiry said.
    virtual void reportRejected(const QString &accessToken) = 0;
};

} // namespace callwatch
