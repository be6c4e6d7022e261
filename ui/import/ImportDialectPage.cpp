// SPDX-License-Identifier: MIT
#include "ui/import/ImportDialectPage.h"

#include "ui/import/ImportPreviewModel.h"
#include "ui/import/ImportWizard.h"
#include "ui/text/ErrorText.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {
namespace {

constexpr int kDebounceMs = 150;

QString delimiterName(char delimiter)
{
    switch (delimiter) {
    case ',':
        return ImportDialectPage::tr("comma");
    case ';':
        return ImportDialectPage::tr("semicolon");
    case '\t':
        return ImportDialectPage::tr("tab");
    case '|':
        return ImportDialectPage::tr("vertical bar");
    default:
        return QString(QChar::fromLatin1(delimiter));
    }
}

}  // namespace

ImportDialectPage::ImportDialectPage(ImportWizard* wizard) : QWizardPage(wizard), m_wizard(wizard)
{
    setObjectName(u"importDialectPage"_s);
    setTitle(tr("Encoding and layout"));
    setSubTitle(tr("Check that the preview shows the columns correctly. Change a setting if it does not."));

    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(u"importEncoding"_s);
    m_encoding->addItem(tr("Detect"), QString());
    for (const char* name : {"UTF-8", "UTF-16LE", "UTF-16BE", "GB18030", "Big5", "Windows-1252", "Shift_JIS",
                             "ISO-8859-1"})
        m_encoding->addItem(QString::fromLatin1(name), QString::fromLatin1(name));

    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(u"importDelimiter"_s);
    m_delimiter->addItem(tr("Detect"), 0);
    m_delimiter->addItem(tr("Comma ( , )"), int(','));
    m_delimiter->addItem(tr("Semicolon ( ; )"), int(';'));
    m_delimiter->addItem(tr("Tab"), int('\t'));
    m_delimiter->addItem(tr("Vertical bar ( | )"), int('|'));

    m_quote = new QComboBox(this);
    m_quote->setObjectName(u"importQuote"_s);
    m_quote->addItem(tr("Double quote ( \" )"), int('"'));
    m_quote->addItem(tr("Single quote ( ' )"), int('\''));

    m_hasHeader = new QCheckBox(tr("The first row holds the column names"), this);
    m_hasHeader->setObjectName(u"importHasHeader"_s);
    m_hasHeader->setChecked(true);
    m_skipLines = new QSpinBox(this);
    m_skipLines->setObjectName(u"importSkipLines"_s);
    m_skipLines->setRange(0, 1000);
    m_skipLines->setToolTip(tr("Lines above the table to ignore, such as a title or notes"));

    auto* left = new QFormLayout;
    left->addRow(tr("&Encoding:"), m_encoding);
    left->addRow(tr("&Delimiter:"), m_delimiter);
    left->addRow(tr("&Quote:"), m_quote);
    auto* right = new QFormLayout;
    right->addRow(tr("&Lines to skip:"), m_skipLines);
    right->addRow(m_hasHeader);
    auto* options = new QHBoxLayout;
    options->addLayout(left, 1);
    options->addSpacing(24);
    options->addLayout(right, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(u"importDialectStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_model = new ImportPreviewModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"importPreviewTable"_s);
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setDefaultSectionSize(130);
    m_table->setAccessibleName(tr("Preview of the file"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(options);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);

    m_runner = new ImportJobRunner(this);
    connect(m_runner, &ImportJobRunner::finished, this, &ImportDialectPage::onPreview);
    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &ImportDialectPage::startPreview);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ImportDialectPage::optionsChanged);
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, &ImportDialectPage::optionsChanged);
    connect(m_quote, &QComboBox::currentIndexChanged, this, &ImportDialectPage::optionsChanged);
    connect(m_hasHeader, &QCheckBox::toggled, this, &ImportDialectPage::optionsChanged);
    connect(m_skipLines, &QSpinBox::valueChanged, this, &ImportDialectPage::optionsChanged);
}

void ImportDialectPage::initializePage()
{
    startPreview();
}

bool ImportDialectPage::isReading() const
{
    return m_loading;
}

bool ImportDialectPage::isComplete() const
{
    return m_valid && !m_loading;
}

void ImportDialectPage::optionsChanged()
{
    clv::ImportOptions& options = m_wizard->setup().options;
    options.encoding = m_encoding->currentData().toString().toStdString();
    options.delimiter = static_cast<char>(m_delimiter->currentData().toInt());
    options.quote = static_cast<char>(m_quote->currentData().toInt());
    options.hasHeader = m_hasHeader->isChecked();
    options.skipLines = m_skipLines->value();
    m_valid = false;
    m_loading = true;
    m_status->setText(tr("Reading the file…"));
    emit completeChanged();
    m_debounce->start();
}

void ImportDialectPage::startPreview()
{
    ImportSetup& setup = m_wizard->setup();
    if (setup.files.isEmpty())
        return;
    // The mapping belongs to the layout it was made for: a new layout starts from the preset detection again.
    setup.options.columns = {};
    setup.options.preset.clear();
    setup.options.presetDefinition.reset();
    m_loading = true;
    m_valid = false;
    emit completeChanged();
    const QString file = setup.files.front();
    const clv::ImportOptions options = setup.options;
    m_runner->startLatest([file, options](std::stop_token, const importjobs::Progress&) {
        return importjobs::preview(file, options);
    });
}

void ImportDialectPage::onPreview(const ImportJobResult& result)
{
    m_loading = false;
    ImportSetup& setup = m_wizard->setup();
    setup.preview.reset();
    setup.profile.reset();
    if (!result.ok() || !result.profile) {
        m_model->clear();
        m_status->setText(result.error ? ErrorText::message(*result.error) : QString());
        m_valid = false;
        emit completeChanged();
        return;
    }
    const clv::ImportProfile& profile = *result.profile;
    m_model->setPreview(profile.header, profile.previewRows);
    showDetected(profile);
    setup.preview = profile;
    m_valid = !profile.utf8Invalid;
    emit completeChanged();
}

void ImportDialectPage::showDetected(const clv::ImportProfile& profile)
{
    const QString encoding = QString::fromStdString(profile.encoding);
    m_encoding->setItemText(0, profile.utf8Invalid ? tr("Detect (not UTF-8)")
                               : encoding.isEmpty()  ? tr("Detect")
                                                     : tr("Detect (found %1)").arg(encoding));
    m_delimiter->setItemText(0, tr("Detect (found %1)").arg(delimiterName(profile.delimiter)));

    const QString file = QFileInfo(QString::fromStdString(profile.file)).fileName();
    if (profile.utf8Invalid) {
        QStringList suggested;
        for (const std::string& name : profile.suggestedEncodings)
            suggested.append(QString::fromStdString(name));
        QString text = tr("“%1” is not valid UTF-8 (%2). Choose the encoding it was saved in.")
                           .arg(file, ErrorText::location(profile.invalidLine, profile.invalidColumn));
        if (!suggested.isEmpty())
            text += u' ' + tr("It reads cleanly as: %1.").arg(suggested.join(u", "_s));
        m_status->setText(text);
        m_status->setStyleSheet(u"color: palette(link);"_s);
        return;
    }
    m_status->setStyleSheet({});
    m_status->setText(tr("“%1”: %2, delimiter %3, %4 column(s). The first %n record(s) are shown.", nullptr,
                         static_cast<int>(profile.previewRows.size()))
                          .arg(file, encoding, delimiterName(profile.delimiter))
                          .arg(profile.header.size()));
}

}  // namespace clv::ui
