// SPDX-License-Identifier: MIT
#include "ui/pages/EmptyStatePage.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace clv::ui {

EmptyStatePage::EmptyStatePage(QWidget* parent) : QWidget(parent)
{
    setObjectName(u"emptyStatePage"_s);

    auto* icon = new QLabel(this);
    icon->setPixmap(QIcon(u":/icons/clv-workbench.svg"_s).pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);

    auto* heading = new QLabel(tr("No project open"), this);
    heading->setObjectName(u"emptyStateHeading"_s);
    QFont headingFont = heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setBold(true);
    heading->setFont(headingFont);
    heading->setAlignment(Qt::AlignCenter);

    auto* text = new QLabel(tr("Open a CLV Workbench project, import an orders CSV into a new project, "
                               "or explore the bundled demo store."),
                            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    // Aligned layout items do not get height-for-width, so give the wrapped text its height explicitly.
    text->setFixedWidth(460);
    text->setMinimumHeight(text->heightForWidth(460));

    auto* open = new QPushButton(QIcon::fromTheme(u"document-open"_s), tr("Open Project…"), this);
    open->setObjectName(u"emptyOpenButton"_s);
    auto* import = new QPushButton(QIcon::fromTheme(u"document-import"_s), tr("Import CSV…"), this);
    import->setObjectName(u"emptyImportButton"_s);
    m_demo = new QPushButton(tr("Open Demo"), this);
    m_demo->setObjectName(u"emptyDemoButton"_s);
    m_demo->setToolTip(tr("Creates a project from the bundled demo orders and opens it"));
    open->setDefault(true);
    connect(open, &QPushButton::clicked, this, &EmptyStatePage::openProjectRequested);
    connect(import, &QPushButton::clicked, this, &EmptyStatePage::importCsvRequested);
    connect(m_demo, &QPushButton::clicked, this, &EmptyStatePage::openDemoRequested);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(open);
    buttons->addWidget(import);
    buttons->addWidget(m_demo);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addSpacing(8);
    layout->addWidget(heading);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(16);
    layout->addLayout(buttons);
    layout->addStretch(3);
}

void EmptyStatePage::setDemoAvailable(bool available)
{
    m_demo->setEnabled(available);
    if (!available)
        m_demo->setToolTip(tr("The demo data is not installed"));
}

}  // namespace clv::ui
