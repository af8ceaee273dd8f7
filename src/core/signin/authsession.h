#pragma once

#include "accesstokensource.h"
#include "apierror.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <vector>

namespace callwatch {

class Clock;
class RestClient;

// What signs a user in: the app's client id and secret, and the user's JWT credential.
struct Credentials
{
    QUrl server;
    QString clientId;
    QString clientSecret; // empty for a public app
    QString jwt;
};

// The OAuth session: JWT grant, refresh ahead of expiry and after a 401, one refresh at a
// time with every waiting request served by it, a fall-back to the JWT when the refresh
// token has died, and revoke on sign-out. Tokens live in memory; the rotated refresh token
// is handed out through refreshTokenChanged() for the keychain.
//
// It is the token source of the client it signs in through, from construction until it is
// destroyed (it then tells the client), so it must go before the client does.
class AuthSession : public QObject, public AccessTokenSource
{
    Q_OBJECT

public:
    enum class State { SignedOut, SigningIn, SignedIn, SignInRequired };
    Q_ENUM(State)

    AuthSession(RestClient &client, const Clock &clock, QObject *parent = nullptr);
    ~AuthSession() override;

    void setCredentials(const Credentials &credentials);
    // A refresh token saved by an earlier run: tried before a new JWT sign-in, which would
    // open another session (the platform keeps only about five per user).
    void setSavedRefreshToken(const QString &token);

    State state() const { return m_state; }
    // Why sign-in is required, or the last transient failure.
    ApiError lastError() const { return m_lastError; }
    QString ownerId() const { return m_ownerId; }
    // The app's permissions as the token answer lists them (`scope`); empty when not given.
    QStringList grantedScopes() const { return m_scopes; }
    qint64 accessExpiresAtMs() const { return m_accessExpiresMs; }

    // Signs in now (a saved refresh token first, else the JWT).
    void signIn();
    // Revokes the session on the server (errors ignored, as the platform asks) and forgets it.
    void signOut(QObject *context, std::function<void()> done);

    // Calls back with a usable access token, renewing it first when it has less than 60 s
    // left. Callers that arrive during a renewal wait for that same renewal.
    void withAccessToken(QObject *context, TokenCallback callback) override;
    // A request was refused with this token: it is dead, whatever its expiry said.
    void reportRejected(const QString &accessToken) override;

Q_SIGNALS:
    void stateChanged(callwatch::AuthSession::State state);
    void refreshTokenChanged(const QString &refreshToken); // empty: forget the saved one
    void signedIn(const QString &ownerId);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        TokenCallback callback;
    };

    bool accessTokenUsable() const;
    bool refreshTokenUsable() const;
    void renew();
    // Posts a token request; adopts the answer, or hands a 400/401 to `refused`.
    void requestTokens(const QUrlQuery &form, std::function<void(ApiError)> refused);
    void refreshGrant();
    void jwtGrant();
    bool adoptTokens(const QByteArray &json, ApiError *error);
    void finishRenewal(const ApiError &error);
    void setState(State state);
    QByteArray clientAuthorization() const;
    void addClientId(QUrlQuery &form) const;
    void scheduleProactiveRefresh();
    void sendRenewal();

    RestClient &m_client;
    const Clock &m_clock;
    Credentials m_credentials;
    State m_state = State::SignedOut;
    ApiError m_lastError;
    QString m_ownerId;
    QStringList m_scopes;
    QString m_accessToken;
    qint64 m_accessExpiresMs = 0;
    qint64 m_renewAheadMs = 60'000;
    qint64 m_lastRenewalMs = 0; // when the last token request went out (the clock's time)
    QString m_refreshToken;
    qint64 m_refreshExpiresMs = 0;
    bool m_renewing = false;
    std::vector<Waiter> m_waiters;
    QTimer m_proactiveRefresh;
    QTimer m_renewLater;
};

} // namespace callwatch
