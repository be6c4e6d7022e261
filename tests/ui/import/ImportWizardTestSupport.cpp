// SPDX-License-Identifier: MIT
#include "tests/ui/import/ImportWizardTestSupport.h"

#include "tests/ui/UiTestSupport.h"

#include "ui/import/ImportMappingPage.h"
#include "ui/import/ImportRunPage.h"
#include "ui/import/ImportWizard.h"

#include "core/storage/Project.h"

#include <catch2/catch.hpp>

#include <QAbstractButton>
#include <QDir>
#include <QFile>
#include <QPixmap>
#include <QProgressBar>
#include <QTest>

namespace clv::ui::test {

QString createEmptyProject(const QString& path)
{
    auto db = project::open(path.toStdString(), Database::OpenMode::CreateIfMissing);
    REQUIRE(db.has_value());
    return path;
}

QString writeAmbiguousDatesCsv(const QString& dir)
{
    const QString path = QDir(dir).filePath(QStringLiteral("ambiguous-dates.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("customer_id;order_date;amount\n"
               "C1;01/02/2024;10,50\n"
               "C2;03/04/2024;20,00\n"
               "C1;10/02/2024;5,25\n");
    return path;
}

QString writeLargeOrdersCsv(const QString& dir, int rows)
{
    const QString path = QDir(dir).filePath(QStringLiteral("large-orders.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QByteArray text = "order_id,customer_id,order_date,amount\n";
    text.reserve(rows * 36);
    for (int i = 0; i < rows; ++i) {
        text += QByteArray::number(i + 1) + ",L" + QByteArray::number(i % 5000) + ",2023-" +
                QByteArray::number(10 + i % 3) + '-' + QByteArray::number(10 + i % 19) + ',' +
                QByteArray::number(1 + i % 97) + ".25\n";
    }
    REQUIRE(file.write(text) == text.size());
    return path;
}

ProjectCounts projectCounts(const QString& projectPath)
{
    auto db = project::open(projectPath.toStdString());
    REQUIRE(db.has_value());
    auto counts = project::counts(*db);
    REQUIRE(counts.has_value());
    return {counts->customers, counts->orders, counts->imports};
}

bool waitComplete(ImportWizard& wizard)
{
    return QTest::qWaitFor([&] { return wizard.currentPage() && wizard.currentPage()->isComplete(); },
                           kWizardTimeoutMs);
}

bool goNext(ImportWizard& wizard, int expectedId)
{
    if (!waitComplete(wizard))
        return false;
    QAbstractButton* next = wizard.currentPage()->isCommitPage() ? wizard.button(QWizard::CommitButton)
                                                                 : wizard.button(QWizard::NextButton);
    if (!next->isEnabled())
        return false;
    QTest::mouseClick(next, Qt::LeftButton);
    return wizard.currentId() == expectedId;
}

ImportMappingPage* openAtMapping(ImportWizard& wizard, const QStringList& files)
{
    wizard.setFiles(files);
    wizard.show();
    if (!goNext(wizard, ImportWizard::DialectPageId) || !goNext(wizard, ImportWizard::MappingPageId))
        return nullptr;
    return qobject_cast<ImportMappingPage*>(wizard.currentPage());
}

ImportRunPage* startImportPage(ImportWizard& wizard)
{
    wizard.setStartId(ImportWizard::RunPageId);
    wizard.show();
    auto* run = qobject_cast<ImportRunPage*>(wizard.currentPage());
    REQUIRE(run != nullptr);
    REQUIRE(run->isRunning());
    return run;
}

bool waitForProgress(ImportWizard& wizard)
{
    auto* bar = wizard.findChild<QProgressBar*>(QStringLiteral("importRunProgress"));
    // Past the first pass (reading and checking): the transaction is being written when Cancel arrives.
    return bar && QTest::qWaitFor([bar] { return bar->value() > 600; }, kWizardTimeoutMs);
}

void grabPage(ImportWizard& wizard, const QString& name)
{
    const QString dir = artifactsDir();
    if (dir.isEmpty())
        return;
    QTest::qWait(50);  // let queued layout and paint events settle
    wizard.grab().save(QDir(dir).filePath(QStringLiteral("import-wizard-%1.png").arg(name)));
}

}  // namespace clv::ui::test
