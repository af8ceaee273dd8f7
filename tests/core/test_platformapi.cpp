// The platform's names: the per-session Call Control path keeps a session id one path segment.
#include "platformapi.h"

#include <catch2/catch.hpp>

using namespace callwatch;

TEST_CASE("A telephony session's path names the session under the account's sessions", "[api]")
{
    CHECK(api::telephonySessionPath(QStringLiteral("s-a0d7f8e4c2b6f2z17c7a4b1b25b3"))
          == QStringLiteral("/restapi/v1.0/account/~/telephony/sessions/s-a0d7f8e4c2b6f2z17c7a4b1b25b3"));
    // An id from the server's data cannot reach another path or add a query.
    CHECK(api::telephonySessionPath(QStringLiteral("../extension/~?x=1"))
          == QStringLiteral("/restapi/v1.0/account/~/telephony/sessions/..%2Fextension%2F~%3Fx%3D1"));
}
