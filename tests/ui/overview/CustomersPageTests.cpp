// SPDX-License-Identifier: MIT
#include "../UiTestSupport.h"
#include "OverviewTestSupport.h"

#include "ui/MainWindow.h"
#include "ui/models/CustomerFilterProxyModel.h"
#include "ui/models/CustomerTableModel.h"
#include "ui/pages/CustomerDetailDialog.h"
#include "ui/pages/CustomerOrdersModel.h"
#include "ui/pages/CustomersPage.h"
#include "ui/tasks/ModelService.h"
#include "ui/tasks/ProjectData.h"
#include "ui/text/Format.h"

#include "core/metrics/Rfm.h"

#include <catch2/catch.hpp>

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace clv;
using namespace clv::ui;
using namespace clv::ui::test;

namespace {

void settle(const CustomerFilterProxyModel& proxy)
{
    REQUIRE(QTest::qWaitFor([&] { return !proxy.isBusy(); }, kOverviewTimeoutMs));
}

}  // namespace

TEST_CASE("Customers table shows the model columns, sorts and filters off the GUI thread", "[overview]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString project = makeDemoProject(dir);
    if (project.isEmpty()) {
        WARN("demo CSV missing");
        return;
    }
    MainWindow window;
    window.show();
    CustomersPage* page = window.customersPage();
    CustomerFilterProxyModel* proxy = page->proxy();
    WarningCollector warnings;
    QAbstractItemModelTester modelTester(page->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
    QAbstractItemModelTester proxyTester(proxy, QAbstractItemModelTester::FailureReportingMode::Warning);
    REQUIRE(window.openProject(project));
    REQUIRE(waitForModel(window));
    settle(*proxy);
    const ProjectData* data = window.projectData();
    const auto snapshot = window.modelService()->snapshot();
    REQUIRE(proxy->rowCount() == static_cast<int>(data->summary->rows.size()));

    // Core's own valuation of the same chain: the largest CLV must come first when sorting descending.
    const CoreModel core = fitLikeTheApp(window, snapshot->settings);
    double largest = -1.0;
    for (const CustomerValue& v : core.valuation.customers)
        if (v.valid)
            largest = std::max(largest, v.clv);
    page->view()->sortByColumn(CustomerTableModel::ClvColumn, Qt::DescendingOrder);
    settle(*proxy);
    CHECK(proxy->index(0, CustomerTableModel::ClvColumn).data(CustomerTableModel::SortRole).toDouble() ==
          Approx(largest).epsilon(1e-9));
    const double second = proxy->index(1, CustomerTableModel::ClvColumn).data(CustomerTableModel::SortRole).toDouble();
    CHECK(second <= largest);
    CHECK_FALSE(proxy->index(0, CustomerTableModel::AliveColumn).data().toString().isEmpty());

    // Segment filter: the row count equals core's RFM segment size.
    auto rfm = computeRfm(*data->summary, RfmOptions{}, data->rfmGrid);
    REQUIRE(rfm.has_value());
    std::size_t segment = 0;
    for (std::size_t s = 0; s < rfm->segments.size(); ++s)
        if (rfm->segments[s].customers > rfm->segments[segment].customers)
            segment = s;
    REQUIRE(rfm->segments[segment].customers > 0);
    page->setSegmentFilter(static_cast<int>(segment));
    settle(*proxy);
    CHECK(proxy->rowCount() == static_cast<int>(rfm->segments[segment].customers));
    CHECK(page->segmentCombo()->currentText() == QString::fromStdString(rfm->segments[segment].name));
    for (int row = 0; row < std::min(proxy->rowCount(), 50); ++row)
        CHECK(proxy->index(row, CustomerTableModel::SegmentColumn).data().toString() ==
              QString::fromStdString(rfm->segments[segment].name));
    page->setSegmentFilter(-1);
    settle(*proxy);
    CHECK(proxy->rowCount() == static_cast<int>(data->summary->rows.size()));

    // CLV and P(alive) filters against core's per-customer values.
    const double threshold = largest / 4.0;
    page->setMinClv(threshold);
    page->setAliveRange(50.0, 100.0);
    settle(*proxy);
    const auto expected = std::count_if(core.valuation.customers.begin(), core.valuation.customers.end(),
                                        [&](const CustomerValue& v) {
                                            return v.valid && v.clv >= threshold && v.probabilityAlive >= 0.5;
                                        });
    CHECK(proxy->rowCount() == static_cast<int>(expected));
    page->setMinClv(std::nullopt);
    page->setAliveRange(0.0, 100.0);
    settle(*proxy);

    // Id search.
    const std::string id = data->summary->rows[7].customerId;
    proxy->setCustomerFilter(QString::fromStdString(id));
    settle(*proxy);
    REQUIRE(proxy->rowCount() >= 1);
    CHECK(proxy->index(0, 0).data().toString() == QString::fromStdString(id));
    proxy->setCustomerFilter({});
    settle(*proxy);

    SECTION("double-click detail: orders and predictions from core")
    {
        const OrderTable orders = loadOrders(project);
        std::size_t best = 0;
        for (std::size_t i = 0; i < orders.customerCount(); ++i)
            if (orders.offsets[i + 1] - orders.offsets[i] > orders.offsets[best + 1] - orders.offsets[best])
                best = i;
        std::size_t row = 0;
        while (data->summary->rows[row].customer != orders.customerIds[best])
            ++row;
        CustomerDetailDialog* dialog = page->openDetail(static_cast<int>(row));
        REQUIRE(dialog != nullptr);
        QAbstractItemModelTester ordersTester(dialog->ordersModel(),
                                              QAbstractItemModelTester::FailureReportingMode::Warning);
        const auto count = static_cast<int>(orders.offsets[best + 1] - orders.offsets[best]);
        CHECK(dialog->figure(QStringLiteral("detailOrderCount")) == formatCount(count));
        CHECK(dialog->ordersModel()->rowCount() == count);
        REQUIRE(QTest::qWaitFor([&] { return !dialog->isBusy(); }, kOverviewTimeoutMs));
        CHECK(dialog->ordersModel()->rowCount() == count);
        CHECK_FALSE(dialog->ordersModel()->index(0, CustomerOrdersModel::OrderIdColumn).data().toString().isEmpty());
        const RfmObservation& o = core.models.data[row];
        const double t3 = 3 * unitsPerMonth(core.models.model.unit());
        CHECK(dialog->figure(QStringLiteral("detailPurchases3")) ==
              formatDecimal(core.models.model.conditionalExpectedPurchases(t3, o.frequency, o.recency, o.T), 2));
        CHECK(dialog->figure(QStringLiteral("detailClv")) == formatMoney(core.valuation.customers[row].clv));
        if (const QString artifacts = artifactsDir(); !artifacts.isEmpty())
            dialog->grab().save(artifacts + QStringLiteral("/customer-detail.png"));
        dialog->close();
    }
    SECTION("CSV export runs on a worker and writes the rows shown, in the order shown")
    {
        page->setSegmentFilter(0);
        page->view()->sortByColumn(CustomerTableModel::ClvColumn, Qt::DescendingOrder);
        settle(*proxy);
        QTemporaryDir exportDir;
        const QString path = exportDir.filePath(QStringLiteral("customers.csv"));
        QSignalSpy finished(page, &CustomersPage::exportFinished);
        page->exportCsv(path);
        REQUIRE(finished.wait(kOverviewTimeoutMs));
        CHECK(finished.front().front().toBool());
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadOnly | QIODevice::Text));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        REQUIRE(lines.size() == proxy->rowCount() + 1);
        CHECK(lines.front().startsWith(proxy->headerData(0, Qt::Horizontal).toString()));
        for (int row : {0, proxy->rowCount() - 1}) {
            const QString rowId = proxy->index(row, 0).data().toString();
            CHECK(lines[row + 1].startsWith(rowId + QLatin1Char(',')));
        }
        page->setSegmentFilter(-1);
        settle(*proxy);
    }
    SECTION("double-clicking a row opens the dialog of that row")
    {
        QTableView* view = page->view();
        window.showPage(MainWindow::CustomersPageIndex);
        QTest::qWait(20);
        const QRect cell = view->visualRect(proxy->index(2, 0));
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
        auto dialogs = page->findChildren<CustomerDetailDialog*>();
        REQUIRE(dialogs.size() == 1);
        const int source = proxy->sourceRow(2);
        CHECK(dialogs.front()->figure(QStringLiteral("detailCustomerId")) ==
              QString::fromStdString(data->summary->rows[static_cast<std::size_t>(source)].customerId));
        dialogs.front()->close();
    }
    QStringList messages = warnings.messages();
    messages.removeIf([](const QString& message) { return message.contains(QStringLiteral("propagateSizeHints")); });
    CHECK(messages.join(QLatin1Char('\n')).toStdString().empty());
}

TEST_CASE("Customer row index filters and sorts stably", "[overview]")
{
    CustomerColumns columns;
    columns.summary = makeSummary({3, 0, 10, 3, 1});
    auto valuation = std::make_shared<Valuation>();
    for (double clv : {5.0, 1.0, 9.0, 5.0, -1.0})
        valuation->customers.push_back(CustomerValue{clv >= 0.0, 0.5, 1.0, 10.0, clv});
    columns.valuation = valuation;
    CustomerQuery query;
    query.sortColumn = CustomerTableModel::ClvColumn;
    query.order = Qt::DescendingOrder;
    auto index = computeRowIndex(columns, query);
    REQUIRE(index.has_value());
    CHECK(index->rows == std::vector<int>{2, 0, 3, 1, 4});  // ties keep the source order; unvalued last
    query.minClv = 2.0;
    index = computeRowIndex(columns, query);
    REQUIRE(index.has_value());
    CHECK(index->rows == std::vector<int>{2, 0, 3});
    CHECK(index->inverse == std::vector<int>{1, -1, 0, 2, -1});
    std::stop_source stop;
    stop.request_stop();
    CHECK_FALSE(computeRowIndex(columns, query, stop.get_token()).has_value());
}
