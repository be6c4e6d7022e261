// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>
#include <tuple>

namespace clv::ui {
class ImportMappingPage;
class ImportRunPage;
class ImportWizard;
}  // namespace clv::ui

namespace clv::ui::test {

inline constexpr int kWizardTimeoutMs = 60000;

/// Creates an empty project file at `path` with core; returns `path`.
QString createEmptyProject(const QString& path);

/// A semicolon-separated CSV with decimal commas whose dates (01/02/2024, 03/04/2024, 10/02/2024) are valid both
/// day first and month first: read day first they fall in February and April, month first in three months.
QString writeAmbiguousDatesCsv(const QString& dir);

/// `rows` orders (ISO dates, decimal point, 5,000 customers) for cancellation tests.
QString writeLargeOrdersCsv(const QString& dir, int rows);

/// Customers, orders and import-log entries of a project, read with core.
using ProjectCounts = std::tuple<std::int64_t, std::int64_t, std::int64_t>;
ProjectCounts projectCounts(const QString& projectPath);

/// Waits until the current page is complete (background work done, choices made).
bool waitComplete(clv::ui::ImportWizard& wizard);
/// Waits for the current page to be complete, presses Next and checks that `expectedId` is shown.
bool goNext(clv::ui::ImportWizard& wizard, int expectedId);
/// Gives the wizard `files`, shows it and goes through the dialect page to the mapping page; null when a page
/// did not complete.
clv::ui::ImportMappingPage* openAtMapping(clv::ui::ImportWizard& wizard, const QStringList& files);
/// Shows the wizard on its last page with default options: the import starts at once.
clv::ui::ImportRunPage* startImportPage(clv::ui::ImportWizard& wizard);
/// Waits until the import's progress bar is past 60 % (core is writing its transaction).
bool waitForProgress(clv::ui::ImportWizard& wizard);
/// With $CLV_UI_TEST_ARTIFACTS set, saves the wizard as "import-wizard-<name>.png" there.
void grabPage(clv::ui::ImportWizard& wizard, const QString& name);

}  // namespace clv::ui::test
