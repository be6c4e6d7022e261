// SPDX-License-Identifier: MIT
#pragma once

#include "ui/tasks/ProjectData.h"

#include <QIcon>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <memory>
#include <vector>

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
    /// The pages; each getter first hands over a snapshot still waiting for delivery (see setData).
    SegmentsPage* segments();
    CohortsPage* cohorts();
    ChurnPage* churn();
    ModelsPage* models();
    WhatIfPage* whatIf();

    /// The active model the models and what-if pages work with.
    void setModelService(ModelService* service);

    /// Hands a new snapshot to the pages one per event-loop turn (each takes tens of milliseconds on a large
    /// project), so the window shows the page in front first and never freezes for their sum.
    void setData(std::shared_ptr<const ProjectData> data);
    /// Delivers a pending snapshot to every page at once.
    void flushPending();
    void clear();
    /// A page is recomputing in the background or still waits for the latest snapshot.
    bool isBusy() const;

private:
    static QIcon paintedIcon(int kind);
    void deliverNext();
    void deliver(QWidget* page);

    struct Receiver {
        QWidget* page = nullptr;
        std::function<void(std::shared_ptr<const ProjectData>)> setData;
    };
    std::vector<Receiver> m_receivers;  ///< every page and how it takes a snapshot, in side-list order
    std::shared_ptr<const ProjectData> m_pendingData;
    QList<QWidget*> m_pendingPages;
    bool m_deliveryScheduled = false;

    SegmentsPage* m_segments = nullptr;
    CohortsPage* m_cohorts = nullptr;
    ChurnPage* m_churn = nullptr;
    ModelsPage* m_models = nullptr;
    WhatIfPage* m_whatIf = nullptr;
};

}  // namespace clv::ui
