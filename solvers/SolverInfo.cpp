#include "SolverInfo.h"

#include <CbcConfig.h>

namespace Stockshift::Solvers {

QString cbcVersion()
{
#ifdef CBC_VERSION
    return QStringLiteral("COIN-OR CBC %1").arg(QString::fromLatin1(CBC_VERSION));
#else
    return QStringLiteral("COIN-OR CBC");
#endif
}

} // namespace Stockshift::Solvers
