// SPDX-License-Identifier: MIT
#pragma once

#include "ui/tasks/ProjectData.h"

#include <QIcon>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class QWidget;

namespace clv::ui {

class ChurnPage;
class CohortsPage;
class ModelService;
class ModelsPage;
class SegmentsPage;
class WhatIfPage;

/// The analytics pages (segments, cohorts, churn, models, what-if) as the main window hosts them: each with its side-list title,
/// tooltip and icon. The window adds them in this order after Overview and Customers and hands every new project
/// snapshot to setData().
class AnalyticsPages : public QObject {
    Q_OBJECT

public:
    struct Entry {
        QWidget* page = nullptr;
        QString title;
        QString toolTip;
        QIcon icon;
    };

    /// Creates the pages as children of `parent` (they are reparented when added to a stack).
    explicit AnalyticsPages(QWidget* parent);

    QList<Entry> entries() const;
    SegmentsPage* segments() const { return m_segments; }
    CohortsPage* cohorts() const { return m_cohorts; }
    ChurnPage* churn() const { return m_churn; }
    ModelsPage* models() const { return m_models; }
    WhatIfPage* whatIf() const { return m_whatIf; }

    /// The active model the models and what-if pages work with.
    void setModelService(ModelService* service);

    void setData(std::shared_ptr<const ProjectData> data);
    void clear();
    /// A page is recomputing in the background.
    bool isBusy() const;

private:
    static QIcon paintedIcon(int kind);

    SegmentsPage* m_segments = nullptr;
    CohortsPage* m_cohorts = nullptr;
    ChurnPage* m_churn = nullptr;
    ModelsPage* m_models = nullptr;
    WhatIfPage* m_whatIf = nullptr;
};

}  // namespace clv::ui
