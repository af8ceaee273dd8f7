#include "accountinfo.h"

namespace callwatch {

AccountInfo AccountInfo::fromExtension(const QJsonObject &o)
{
    AccountInfo a;
    // A JSON number above 2^32: read as an integer, never rounded through a double.
    const QJsonValue id = o.value(QLatin1String("id"));
    a.extensionId = id.isDouble() ? QString::number(id.toInteger()) : id.toString();
    a.name = o.value(QLatin1String("name")).toString();
    a.extensionNumber = o.value(QLatin1String("extensionNumber")).toString();
    a.admin = o.value(QLatin1String("permissions"))
                  .toObject()
                  .value(QLatin1String("admin"))
                  .toObject()
                  .value(QLatin1String("enabled"))
                  .toBool();
    a.company = o.value(QLatin1String("contact")).toObject().value(QLatin1String("company")).toString();
    a.known = !a.extensionId.isEmpty();
    return a;
}

} // namespace callwatch
