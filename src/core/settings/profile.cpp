#include "profile.h"

#include "logging.h"

#include <QSettings>
#include <QUrl>

namespace callwatch {

namespace {

const QLatin1String kProfilesGroup("profiles");
const QLatin1String kServerUrlKey("serverUrl");
const QLatin1String kClientIdKey("clientId");

QString nameOrDefault(const QString &name)
{
    return name.isEmpty() ? Profile().name : name;
}

// QSettings reads '/' and '\' in a key as group separators, so a profile called "Acme/Sales"
// would become two nested groups; '%' is escaped first so decoding is exact.
QString groupFor(const QString &name)
{
    QString escaped = nameOrDefault(name);
    escaped.replace(QLatin1Char('%'), QLatin1String("%25"))
        .replace(QLatin1Char('/'), QLatin1String("%2F"))
        .replace(QLatin1Char('\\'), QLatin1String("%5C"));
    return kProfilesGroup % QLatin1Char('/') % escaped;
}

// Every '%' of a name was escaped, so each %XX in a group name is one of ours.
QString nameFromGroup(const QString &group)
{
    return QUrl::fromPercentEncoding(group.toUtf8());
}

} // namespace

Profile ProfileSettings::load(QSettings &settings, const QString &name)
{
    Profile profile;
    profile.name = nameOrDefault(name);
    settings.beginGroup(groupFor(profile.name));
    // A URL that does not parse (hand-edited file) falls back to production rather than to
    // nothing; the sign-in dialog shows which server is used.
    const QUrl url(settings.value(kServerUrlKey).toString(), QUrl::StrictMode);
    if (url.isValid() && !url.scheme().isEmpty() && !url.host().isEmpty())
        profile.serverUrl = withoutUserInfo(url);
    profile.clientId = settings.value(kClientIdKey).toString();
    settings.endGroup();
    return profile;
}

QUrl ProfileSettings::withoutUserInfo(const QUrl &url)
{
    if (url.userInfo().isEmpty())
        return url;
    // A password typed into the address would sit in the settings file in plain text, and Qt
    // would send it to the server as a login of its own.
    qCWarning(lcStartup) << "left the user name and password out of the server address"
                         << url.toString(QUrl::RemoveUserInfo);
    return url.adjusted(QUrl::RemoveUserInfo);
}

void ProfileSettings::save(QSettings &settings, const Profile &profile)
{
    settings.beginGroup(groupFor(profile.name));
    settings.setValue(kServerUrlKey, withoutUserInfo(profile.serverUrl).toString());
    settings.setValue(kClientIdKey, profile.clientId);
    settings.endGroup();
}

QStringList ProfileSettings::names(QSettings &settings)
{
    settings.beginGroup(kProfilesGroup);
    QStringList names = settings.childGroups();
    settings.endGroup();
    for (QString &name : names)
        name = nameFromGroup(name);
    return names;
}

} // namespace callwatch
