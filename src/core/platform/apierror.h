#pragma once

#include <QString>

class QByteArray;

namespace callwatch {

// What went wrong with a request, in the platform's terms and in the user's.
struct ApiError
{
    enum class Kind {
        None,
        Network, // refused, reset, dropped, DNS
        Timeout,
        Tls, // certificate or handshake failure: never ignored
        InsecureServer, // http:// to anything but loopback, or a link to another origin
        Redirected, // a redirect to another origin, from https to http, or a loop: not followed
        BadResponse, // not JSON, truncated, or too large
        RateLimited, // 429, or a request held back because the budget is spent
        Unauthorized, // 401 after a refresh, or the sign-in itself was refused
        Forbidden, // 403: the user or app lacks a permission
        Http, // any other status
        Cancelled,
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString errorCode; // errors[0].errorCode, else the top-level errorCode / OAuth `error`
    QString message; // the server's message, or Qt's description of a network failure
    QString permissionName; // for 403s that name one: permissionName, else the [X] of the message
    int retryAfterSeconds = 0; // from Retry-After, when given

    bool isError() const { return kind != Kind::None; }
    // Worth retrying later on its own: the network, the server or the rate limit.
    bool isTransient() const;
    // Who lacks the permission a 403 is about. RingCentral tells them apart by code: CMN-401
    // is the app's (fixed in the Developer Console), CMN-408 (and CMN-402, "administrator
    // permission required") the user's (fixed by an administrator, or another scope).
    enum class Lacking { Unknown, App, User };
    Lacking lacking() const;
    // The 403's cause and its fix in one clause, e.g. "the app lacks the ReadCallLog permission
    // (add it to the app in the RingCentral Developer Console)". Empty for other errors.
    QString permissionProblem() const;

    // One sentence for a status bar or stderr; never contains a secret.
    QString userMessage() const;

    // Reads RingCentral's error bodies: the REST shape (errorCode, message, errors[],
    // permissionName) and the OAuth shape (error, error_description, errors[]).
    static ApiError fromHttp(int status, const QByteArray &body, const QByteArray &retryAfter);
};

} // namespace callwatch
