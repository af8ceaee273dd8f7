#include "faultplan.h"

#include <array>

namespace callwatch::sim {

std::optional<Fault> Fault::fromJson(const QJsonObject &json, QString *error)
{
    static const std::array<std::pair<const char *, Kind>, 7> kinds { {
        { "status", Kind::Status },
        { "slow", Kind::Slow },
        { "drop", Kind::Drop },
        { "malformed", Kind::Malformed },
        { "truncated", Kind::Truncated },
        { "huge", Kind::Huge },
        { "refuse-subscription", Kind::RefuseSubscription },
    } };
    const QString kindName = json.value(QStringLiteral("kind")).toString();
    Fault f;
    bool known = false;
    for (const auto &[name, kind] : kinds) {
        if (kindName == QLatin1String(name)) {
            f.kind = kind;
            known = true;
        }
    }
    if (!known) {
        *error = QStringLiteral("unknown fault kind '%1' (status, slow, drop, malformed, truncated, huge, "
                                "refuse-subscription)")
                     .arg(kindName);
        return std::nullopt;
    }
    f.count = json.value(QStringLiteral("count")).toInt(1);
    f.status = json.value(QStringLiteral("status")).toInt(503);
    f.retryAfterSeconds = json.value(QStringLiteral("retryAfter")).toInt(0);
    f.delayMs = json.value(QStringLiteral("delayMs")).toInt(0);
    f.bytes = qint64(json.value(QStringLiteral("bytes")).toDouble(0));
    f.pathContains = json.value(QStringLiteral("path")).toString();
    f.errorCode = json.value(QStringLiteral("errorCode")).toString(f.errorCode);
    static const QStringList refusals { QStringLiteral("CMN-401"), QStringLiteral("CMN-408"),
                                        QStringLiteral("SUB-528") };
    if (f.kind == Kind::RefuseSubscription && !refusals.contains(f.errorCode)) {
        *error = QStringLiteral("errorCode must be one of %1").arg(refusals.join(QStringLiteral(", ")));
        return std::nullopt;
    }
    if (f.count < 1 || f.status < 400 || f.status > 599 || f.delayMs < 0 || f.bytes < 0) {
        *error = QStringLiteral("count must be >= 1, status 400-599, delayMs and bytes >= 0");
        return std::nullopt;
    }
    return f;
}

std::optional<Fault> FaultPlan::take(const QString &path, bool overSocket)
{
    for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
        if (it->overSocket() != overSocket
            || (!it->pathContains.isEmpty() && !path.contains(it->pathContains)))
            continue;
        Fault f = *it;
        if (--it->count <= 0)
            m_faults.erase(it);
        return f;
    }
    return std::nullopt;
}

} // namespace callwatch::sim
