// SPDX-License-Identifier: MIT
#include "ui/import/ImportFilesPage.h"

#include "ui/AppSettings.h"
#include "ui/import/ImportWizard.h"

#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {
namespace {

bool isCsvLike(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == u"csv"_s || suffix == u"txt"_s || suffix == u"tsv"_s;
}

}  // namespace

ImportFilesPage::ImportFilesPage(ImportWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(u"importFilesPage"_s);
    setTitle(tr("Files to import"));
    setSubTitle(tr("Choose one or more orders exports (CSV). Several files are read with the same settings."));
    setAcceptDrops(true);

    m_target = new QLabel(this);
    m_target->setObjectName(u"importTargetLabel"_s);
    m_target->setWordWrap(true);

    m_list = new QListWidget(this);
    m_list->setObjectName(u"importFileList"_s);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAccessibleName(tr("Files to import"));

    auto* add = new QPushButton(tr("&Add Files…"), this);
    add->setObjectName(u"importAddFiles"_s);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(u"importRemoveFiles"_s);
    m_remove->setEnabled(false);
    connect(add, &QPushButton::clicked, this, &ImportFilesPage::addFiles);
    connect(m_remove, &QPushButton::clicked, this, &ImportFilesPage::removeSelected);
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });

    auto* hint = new QLabel(tr("Tip: you can also drop CSV files here or onto the main window."), this);
    hint->setEnabled(false);

    auto* buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_target);
    layout->addSpacing(6);
    layout->addLayout(row, 1);
    layout->addWidget(hint);
}

void ImportFilesPage::initializePage()
{
    const ImportTarget& target = m_wizard->setup().target;
    const QString name = QFileInfo(target.projectPath).fileName();
    m_target->setText(target.mode == ProjectTarget::Existing
                          ? tr("The orders are added to the project “%1”.").arg(name)
                          : tr("A new project “%1” is created for the orders.").arg(name));
    m_target->setToolTip(QDir::toNativeSeparators(target.projectPath));
    showFiles();
}

void ImportFilesPage::showFiles()
{
    m_list->clear();
    for (const QString& file : m_wizard->setup().files) {
        auto* item = new QListWidgetItem(QDir::toNativeSeparators(file), m_list);
        if (!QFileInfo(file).isFile()) {
            item->setForeground(palette().brush(QPalette::Disabled, QPalette::Text));
            item->setToolTip(tr("This file does not exist."));
        }
    }
    emit completeChanged();
}

bool ImportFilesPage::isComplete() const
{
    const QStringList& files = m_wizard->setup().files;
    return !files.isEmpty() &&
           std::all_of(files.begin(), files.end(), [](const QString& f) { return QFileInfo(f).isFile(); });
}

void ImportFilesPage::addFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("Add Orders Files"), AppSettings::lastDirectory(u"csv"_s),
        tr("CSV files (*.csv *.txt *.tsv)") + u";;"_s + tr("All files (*)"));
    if (files.isEmpty())
        return;
    AppSettings::setLastDirectory(u"csv"_s, files.front());
    appendFiles(files);
}

void ImportFilesPage::appendFiles(const QStringList& files)
{
    QStringList& current = m_wizard->setup().files;
    for (const QString& file : files) {
        const QString path = QFileInfo(file).absoluteFilePath();
        if (!current.contains(path))
            current.append(path);
    }
    showFiles();
}

void ImportFilesPage::removeSelected()
{
    QStringList& current = m_wizard->setup().files;
    for (QListWidgetItem* item : m_list->selectedItems())
        current.removeAll(QDir::fromNativeSeparators(item->text()));
    showFiles();
}

void ImportFilesPage::dragEnterEvent(QDragEnterEvent* event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && std::all_of(urls.begin(), urls.end(), [](const QUrl& url) {
            return url.isLocalFile() && isCsvLike(url.toLocalFile());
        }))
        event->acceptProposedAction();
}

void ImportFilesPage::dropEvent(QDropEvent* event)
{
    QStringList files;
    for (const QUrl& url : event->mimeData()->urls())
        files.append(url.toLocalFile());
    event->acceptProposedAction();
    appendFiles(files);
}

}  // namespace clv::ui
