// SPDX-License-Identifier: MIT
#include "ui/import/ImportWizard.h"

#include "ui/import/ImportDialectPage.h"
#include "ui/import/ImportFilesPage.h"
#include "ui/import/ImportFormatsPage.h"
#include "ui/import/ImportMappingPage.h"
#include "ui/import/ImportRunPage.h"
#include "ui/import/ImportValidationPage.h"

#include <QFileInfo>

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {

ImportWizard::ImportWizard(const ImportTarget& target, QWidget* parent) : QWizard(parent)
{
    setObjectName(u"importWizard"_s);
    setWindowTitle(tr("Import CSV"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage, true);
    setOption(QWizard::HaveHelpButton, false);
    setMinimumSize(760, 560);
    resize(900, 640);
    m_setup.target = target;

    setPage(FilesPageId, new ImportFilesPage(this));
    setPage(DialectPageId, new ImportDialectPage(this));
    setPage(MappingPageId, new ImportMappingPage(this));
    setPage(FormatsPageId, new ImportFormatsPage(this));
    setPage(ValidationPageId, new ImportValidationPage(this));
    m_runPage = new ImportRunPage(this);
    setPage(RunPageId, m_runPage);
    setStartId(FilesPageId);

    connect(m_runPage, &ImportRunPage::importFinished, this, [this](const ImportJobResult& result) {
        if (result.ok() && m_setup.imported)
            emit imported(m_setup.target.projectPath);
        if (m_closeWhenStopped)
            QWizard::reject();
    });

    m_presetLoader = new ImportJobRunner(this);
    connect(m_presetLoader, &ImportJobRunner::finished, this, &ImportWizard::onPresetsLoaded);
    m_presetLoader->start([target](std::stop_token, const importjobs::Progress&) {
        return importjobs::loadPresets(target);
    });
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setFiles(const QStringList& files)
{
    m_setup.files.clear();
    for (const QString& file : files)
        m_setup.files.append(QFileInfo(file).absoluteFilePath());
    if (auto* filesPage = qobject_cast<ImportFilesPage*>(page(FilesPageId)))
        filesPage->showFiles();
}

bool ImportWizard::isImporting() const
{
    return m_runPage->isRunning();
}

void ImportWizard::reject()
{
    if (isImporting()) {
        m_closeWhenStopped = true;
        m_runPage->cancelImport();
        return;
    }
    QWizard::reject();
}

void ImportWizard::onPresetsLoaded(const ImportJobResult& result)
{
    // A damaged preset list must not block importing: the built-in presets remain available.
    m_setup.userPresets = result.userPresets;
    if (auto* mapping = qobject_cast<ImportMappingPage*>(page(MappingPageId)))
        mapping->refreshPresets();
}

}  // namespace clv::ui
