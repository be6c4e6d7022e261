// SPDX-License-Identifier: MIT
// Reopening a project shows the model it stored (same inputs) at once, then the snapshot computed from the stored
// fits, with the same figures; changed data is never shown with the old model.
#include "OverviewTestSupport.h"

#include "ui/pages/OverviewPage.h"
#include "ui/tasks/ModelService.h"
#include "ui/tasks/ProjectData.h"

#include "core/storage/ModelResultStore.h"
#include "core/storage/Project.h"

#include <catch2/catch.hpp>

#include <QSignalSpy>

#include <memory>
#include <vector>

using namespace clv;
using namespace clv::ui;
using namespace clv::ui::test;

namespace {

std::vector<modelstore::StoredModel> storedModels(const QString& path)
{
    auto db = project::open(path.toStdString());
    REQUIRE(db.has_value());
    auto all = modelstore::loadAll(*db);
    REQUIRE(all.has_value());
    return std::move(*all);
}

/// Opens `path` in a new window, waits for the model and returns what was shown first and computed last.
struct Opened {
    int storedShown = 0;         ///< storedFiguresAvailable signals
    bool overviewHadIt = false;  ///< the Overview showed the stored figures when the signal came
    std::shared_ptr<const modelstore::ModelFigures> stored;
    std::shared_ptr<const ModelSnapshot> snapshot;
    std::uint64_t signature = 0;
};

Opened openAndWait(const QString& path)
{
    Opened out;
    MainWindow window;
    QObject::connect(window.modelService(), &ModelService::storedFiguresAvailable, &window,
                     [&](const QString&, std::shared_ptr<const modelstore::ModelFigures> figures) {
                         ++out.storedShown;
                         out.stored = std::move(figures);
                         // Connected after the window's own connection: the Overview has them already.
                         out.overviewHadIt = window.overviewPage()->hasModel()
                                             && window.overviewPage()->showsStoredModel() && window.overviewPage()->hasBand();
                     });
    REQUIRE(window.openProject(path));
    REQUIRE(waitForModel(window));
    out.snapshot = window.modelService()->snapshot();
    REQUIRE(out.snapshot);
    REQUIRE(out.snapshot->figures);
    CHECK_FALSE(window.overviewPage()->showsStoredModel());
    out.signature = window.projectData()->modelSignature;
    return out;
}

}  // namespace

TEST_CASE("Stored model: a reopened project shows its model at once and recomputes the same figures", "[overview]")
{
    QTemporaryDir dir;
    const QString project = makeDemoProject(dir);
    if (project.isEmpty()) {
        WARN("demo CSV missing");
        return;
    }
    // First open after the import: nothing stored, the model is fitted and then stored with its signature.
    const Opened first = openAndWait(project);
    CHECK(first.storedShown == 0);
    CHECK_FALSE(first.snapshot->reusedStoredFits);
    CHECK(first.signature != 0);
    auto rows = storedModels(project);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0].figures.kind == first.snapshot->kind);
    CHECK(rows[0].signature == first.signature);
    CHECK(rows[0].figures.totalClv == first.snapshot->valuation->totals.totalClv);

    // Reopened: the stored figures are on the Overview before any computation, the snapshot reuses the fits.
    const Opened second = openAndWait(project);
    CHECK(second.storedShown == 1);
    CHECK(second.overviewHadIt);
    REQUIRE(second.stored);
    CHECK(second.signature == first.signature);
    CHECK(second.snapshot->reusedStoredFits);
    const modelstore::ModelFigures& a = *first.snapshot->figures;
    const modelstore::ModelFigures& b = *second.snapshot->figures;
    CHECK(second.stored->totalClv == a.totalClv);
    CHECK(b.totalClv == a.totalClv);
    CHECK(b.meanClv == a.meanClv);
    CHECK(b.monthlyRevenue == a.monthlyRevenue);
    CHECK(b.bandLower == a.bandLower);
    CHECK(b.bandUpper == a.bandUpper);
    CHECK(b.intervalLower == a.intervalLower);
    CHECK(second.snapshot->models->purchaseFit.parameters[0].value
          == first.snapshot->models->purchaseFit.parameters[0].value);

    SECTION("after the data changed the old model is neither shown nor reused, and is replaced")
    {
        {
            auto db = project::open(project.toStdString());
            REQUIRE(db.has_value());
            REQUIRE(db->exec("DELETE FROM orders WHERE id % 7 = 0"));
        }
        const Opened third = openAndWait(project);
        CHECK(third.storedShown == 0);
        CHECK_FALSE(third.snapshot->reusedStoredFits);
        CHECK(third.signature != first.signature);
        CHECK(third.snapshot->figures->totalClv != a.totalClv);
        rows = storedModels(project);
        REQUIRE(rows.size() == 1);
        CHECK(rows[0].signature == third.signature);
    }
}
