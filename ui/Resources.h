// SPDX-License-Identifier: MIT
#pragma once

#include <QIcon>

namespace clv::ui {

/// Registers the icons compiled into clv_ui (a static library needs an explicit call). Safe to call repeatedly.
void initResources();

/// The application icon (also used for windows and the empty state).
QIcon applicationIcon();

}  // namespace clv::ui
