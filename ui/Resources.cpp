// SPDX-License-Identifier: MIT
#include "ui/Resources.h"

#include <QString>

// Q_INIT_RESOURCE must be used outside of any namespace.
static void initClvResources()
{
    Q_INIT_RESOURCE(clv);
}

namespace clv::ui {

void initResources()
{
    static const bool done = [] {
        initClvResources();
        return true;
    }();
    (void)done;
}

QIcon applicationIcon()
{
    initResources();
    return QIcon(QStringLiteral(":/icons/clv-workbench.svg"));
}

}  // namespace clv::ui
