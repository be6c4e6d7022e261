// SPDX-License-Identifier: MIT
#pragma once

#include <QWidget>

class QPushButton;

namespace clv::ui {

/// Shown while no project is open: what the application does and the three ways to start.
class EmptyStatePage : public QWidget {
    Q_OBJECT

public:
    explicit EmptyStatePage(QWidget* parent = nullptr);

    /// The demo button is disabled when the bundled demo data cannot be found.
    void setDemoAvailable(bool available);

signals:
    void openProjectRequested();
    void importCsvRequested();
    void openDemoRequested();

private:
    QPushButton* m_demo = nullptr;
};

}  // namespace clv::ui
