// SPDX-License-Identifier: MIT
#pragma once

#include "core/storage/Database.h"

namespace clv::schema {

/// Brings a project database from `fromVersion` (PRAGMA user_version; 0 = empty file) to
/// project::kSchemaVersion, one migration step per version, each in its own transaction that also bumps
/// user_version. Must be called outside a transaction.
Result<void> migrate(Database& db, int fromVersion);

}  // namespace clv::schema
