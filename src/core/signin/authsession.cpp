#include "authsession.h"

#include "clock.h"
#include "logging.h"
#include "platformapi.h"
#include "restclient.h"
#include "tokenanswer.h"

#include <QPointer>

namespace callwatch {

namespace {

// The official SDK renews when less than a minute is left; so do we, or at a quarter of the
// token's life left when it lives under four minutes.
constexpr qint64 kRenewAheadMs = 60'000;
// Renewals while signed in are this far apart at least, however short the tokens' lives: the
// Auth group allows 5 requests a minute, shared with the WebSocket token and the revoke.
constexpr qint64 kMinRenewSpacingMs = 20'000;
constexpr int kAuthLimit = 5;
const QString kJwtGrant = QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer");

} // namespace

AuthSession::AuthSession(RestClient &client, const Clock &clock, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_clock(clock)
{
    m_proactiveRefresh.setSingleShot(true);
    connect(&m_proactiveRefresh, &QTimer::timeout, this, [this] {
        if (m_state == State::SignedIn && !m_renewing)
            renew();
    });
    m_renewLater.setSingleShot(true);
    connect(&m_renewLater, &QTimer::timeout, this, &AuthSession::sendRenewal);
    m_client.setTokenSource(this);
}

AuthSession::~AuthSession()
{
    // Before any member goes, so the client never asks a half-destroyed session for a token.
    if (m_client.tokenSource() == this)
        m_client.setTokenSource(nullptr);
}

void AuthSession::setCredentials(const Credentials &credentials)
{
    m_credentials = credentials;
}

void AuthSession::setSavedRefreshToken(const QString &token)
{
    m_refreshToken = token;
    // Its real lifetime is unknown until the server answers; let the server decide.
    m_refreshExpiresMs = token.isEmpty() ? 0 : std::numeric_limits<qint64>::max();
}

bool AuthSession::accessTokenUsable() const
{
    return !m_accessToken.isEmpty() && m_accessExpiresMs - m_renewAheadMs > m_clock.nowMs();
}

bool AuthSession::refreshTokenUsable() const
{
    return !m_refreshToken.isEmpty() && m_refreshExpiresMs > m_clock.nowMs();
}

void AuthSession::signIn()
{
    if (m_renewing)
        return;
    if (m_state == State::SignInRequired)
        setState(State::SignedOut);
    renew();
}

void AuthSession::withAccessToken(QObject *context, TokenCallback callback)
{
    if (m_state == State::SignInRequired) {
        callback({}, m_lastError);
        return;
    }
    if (accessTokenUsable() && !m_renewing) {
        callback(m_accessToken, {});
        return;
    }
    m_waiters.push_back({ context, std::move(callback) });
    if (!m_renewing)
        renew();
}

void AuthSession::reportRejected(const QString &accessToken)
{
    // Only the token that was rejected: a request that raced a refresh may report the old one.
    if (!accessToken.isEmpty() && accessToken == m_accessToken) {
        m_accessToken.clear();
        m_accessExpiresMs = 0;
    }
}

void AuthSession::renew()
{
    m_renewing = true;
    if (m_state != State::SignedIn) {
        setState(State::SigningIn);
        sendRenewal(); // the user asked: at once
        return;
    }
    // Signed in: a renewal waits its turn in the Auth budget, and one for a token that is only
    // near its end waits the spacing too, so tokens that live seconds never make a storm. A
    // token the server rejected (reportRejected cleared it) is renewed as soon as the budget
    // allows: requests are waiting for it.
    const qint64 now = m_clock.nowMs();
    qint64 at = m_client.rateLimits().earliestSendMs(api::kAuthGroup, kAuthLimit);
    if (m_lastRenewalMs > 0 && !m_accessToken.isEmpty())
        at = std::max(at, m_lastRenewalMs + kMinRenewSpacingMs);
    if (at <= now) {
        sendRenewal();
        return;
    }
    qCInfo(lcAuth) << "next token renewal in" << (at - now) / 1000 << "s";
    m_renewLater.start(int(std::clamp<qint64>(m_clock.timerDelayMs(at - now), 1, 3'600'000)));
}

void AuthSession::sendRenewal()
{
    m_lastRenewalMs = m_clock.nowMs();
    if (refreshTokenUsable())
        refreshGrant();
    else
        jwtGrant();
}

QByteArray AuthSession::clientAuthorization() const
{
    if (m_credentials.clientSecret.isEmpty())
        return {};
    return "Basic "
        + (m_credentials.clientId + QLatin1Char(':') + m_credentials.clientSecret).toUtf8().toBase64();
}

void AuthSession::addClientId(QUrlQuery &form) const
{
    // A public app (no secret) names itself in the body instead of a Basic header.
    if (m_credentials.clientSecret.isEmpty())
        form.addQueryItem(QStringLiteral("client_id"), m_credentials.clientId);
}

void AuthSession::requestTokens(const QUrlQuery &form, std::function<void(ApiError)> refused)
{
    m_client.postForm(api::kTokenPath, form, clientAuthorization(), this,
                      [this, refused](const RestResponse &r) {
                          ApiError error = r.error;
                          if (!error.isError() && adoptTokens(r.body, &error)) {
                              finishRenewal({});
                              return;
                          }
                          // 400/401 is the server's considered no; anything else may pass.
                          if (error.httpStatus == 400 || error.httpStatus == 401)
                              refused(error);
                          else
                              finishRenewal(error);
                      });
}

void AuthSession::refreshGrant()
{
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), QStringLiteral("refresh_token"));
    form.addQueryItem(QStringLiteral("refresh_token"), m_refreshToken);
    addClientId(form);
    qCInfo(lcAuth) << "refreshing the access token";
    requestTokens(form, [this](const ApiError &error) {
        // invalid_grant: the refresh token is dead (used, expired, revoked). The JWT can still
        // open a new session.
        qCInfo(lcAuth) << "refresh token refused (" << error.errorCode << "); signing in with the JWT again";
        m_refreshToken.clear();
        m_refreshExpiresMs = 0;
        Q_EMIT refreshTokenChanged(QString());
        jwtGrant();
    });
}

void AuthSession::jwtGrant()
{
    if (m_credentials.jwt.isEmpty() || m_credentials.clientId.isEmpty()) {
        ApiError e;
        e.kind = ApiError::Kind::Unauthorized;
        e.message = m_credentials.clientId.isEmpty() ? tr("no client id is configured")
                                                     : tr("no JWT credential is saved");
        m_lastError = e;
        setState(State::SignInRequired);
        finishRenewal(e);
        return;
    }
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("grant_type"), kJwtGrant);
    form.addQueryItem(QStringLiteral("assertion"), m_credentials.jwt);
    addClientId(form);
    qCInfo(lcAuth) << "signing in with the JWT credential";
    requestTokens(form, [this](ApiError error) {
        // The server refused the JWT or the app: only the user can fix that.
        error.kind = ApiError::Kind::Unauthorized;
        m_lastError = error;
        m_accessToken.clear();
        setState(State::SignInRequired);
        qCWarning(lcAuth) << "sign-in refused:" << error.errorCode << error.message;
        finishRenewal(error);
    });
}

bool AuthSession::adoptTokens(const QByteArray &json, ApiError *error)
{
    const std::optional<TokenAnswer> answer = TokenAnswer::parse(json);
    if (!answer) {
        error->kind = ApiError::Kind::BadResponse;
        error->message = tr("the token response is not a bearer token");
        return false;
    }
    const qint64 now = m_clock.nowMs();
    m_accessToken = answer->accessToken;
    const qint64 lifetimeMs = answer->accessLifetimeSeconds * 1000;
    m_accessExpiresMs = now + lifetimeMs;
    m_renewAheadMs = std::min(kRenewAheadMs, lifetimeMs / 4);
    if (answer->refreshToken != m_refreshToken) {
        m_refreshToken = answer->refreshToken;
        Q_EMIT refreshTokenChanged(m_refreshToken);
    }
    m_refreshExpiresMs = m_refreshToken.isEmpty() ? 0 : now + answer->refreshLifetimeSeconds * 1000;
    if (!answer->scopes.isEmpty())
        m_scopes = answer->scopes;
    const bool newOwner = answer->ownerId != m_ownerId;
    m_ownerId = answer->ownerId;
    m_lastError = {};
    scheduleProactiveRefresh();
    if (m_state != State::SignedIn || newOwner) {
        setState(State::SignedIn);
        Q_EMIT signedIn(m_ownerId);
    }
    return true;
}

void AuthSession::scheduleProactiveRefresh()
{
    // Renew a little before the token stops being usable, so a request rarely has to wait; and
    // never sooner than renew() would send it.
    const qint64 now = m_clock.nowMs();
    const qint64 dueAt
        = std::max(m_accessExpiresMs - m_renewAheadMs - std::min<qint64>(5'000, m_renewAheadMs),
                   m_lastRenewalMs + kMinRenewSpacingMs);
    m_proactiveRefresh.start(
        int(std::clamp<qint64>(m_clock.timerDelayMs(dueAt - now), 1000, 24 * 3600 * 1000)));
}

void AuthSession::finishRenewal(const ApiError &error)
{
    m_renewing = false;
    if (error.isError() && m_state == State::SigningIn)
        setState(m_accessToken.isEmpty() ? State::SignedOut : State::SignedIn);
    if (error.isError() && m_state != State::SignInRequired)
        m_lastError = error;
    // Serve everyone who waited for this renewal, with its outcome.
    std::vector<Waiter> waiters;
    waiters.swap(m_waiters);
    for (auto &w : waiters) {
        if (w.context)
            w.callback(error.isError() ? QString() : m_accessToken, error);
    }
}

void AuthSession::signOut(QObject *context, std::function<void()> done)
{
    m_proactiveRefresh.stop();
    if (m_renewLater.isActive()) {
        // A renewal waiting its turn will not come: its waiters hear that now.
        m_renewLater.stop();
        ApiError e;
        e.kind = ApiError::Kind::Cancelled;
        finishRenewal(e);
    }
    const QString token = !m_accessToken.isEmpty() ? m_accessToken : m_refreshToken;
    const auto forget = [this] {
        m_accessToken.clear();
        m_accessExpiresMs = 0;
        m_refreshToken.clear();
        m_refreshExpiresMs = 0;
        m_ownerId.clear();
        Q_EMIT refreshTokenChanged(QString());
        setState(State::SignedOut);
    };
    if (token.isEmpty()) {
        forget();
        QMetaObject::invokeMethod(context, std::move(done), Qt::QueuedConnection);
        return;
    }
    QUrlQuery form;
    form.addQueryItem(QStringLiteral("token"), token);
    addClientId(form);
    qCInfo(lcAuth) << "revoking the session";
    // The platform asks clients to ignore a failed revoke and not retry it.
    QPointer<QObject> guard(context);
    m_client.postForm(api::kRevokePath, form, clientAuthorization(), this,
                      [forget, guard, done](const RestResponse &) {
                          forget();
                          if (guard)
                              done();
                      });
    // Forget locally at once: even if the server never answers, this app is signed out.
    m_accessToken.clear();
    m_accessExpiresMs = 0;
}

void AuthSession::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace callwatch
