// SPDX-License-Identifier: MIT
#pragma once

#include "core/util/Error.h"
#include "core/util/Result.h"

#include <QFutureWatcher>
#include <QObject>
#include <QtConcurrent/QtConcurrentRun>

#include <functional>
#include <memory>
#include <optional>
#include <utility>

namespace clv::ui {

/// A core result carried across threads: the value (shared, immutable) or the error.
template <typename T>
struct Computed {
    std::shared_ptr<const T> value;
    std::optional<clv::Error> error;
};

template <typename T>
Computed<T> toComputed(clv::Result<T> result)
{
    Computed<T> out;
    if (result)
        out.value = std::make_shared<const T>(std::move(*result));
    else
        out.error = result.error();
    return out;
}

/// Runs recomputations off the GUI thread (QtConcurrent on the global pool) where only the latest request counts:
/// each run() supersedes the earlier ones, whose results are dropped when they arrive. The work gets its inputs by
/// value (a snapshot); `apply` runs on the GUI thread, in `context`, and never after `context` is destroyed.
class LatestRunner {
public:
    explicit LatestRunner(QObject* context) : m_context(context) {}

    template <typename T>
    void run(std::function<T()> work, std::function<void(T)> apply)
    {
        const quint64 generation = ++m_generation;
        ++m_pending;
        auto* watcher = new QFutureWatcher<T>(m_context);
        QObject::connect(watcher, &QFutureWatcherBase::finished, m_context,
                         [this, watcher, generation, apply = std::move(apply)] {
                             --m_pending;
                             if (generation == m_generation)
                                 apply(watcher->result());
                             watcher->deleteLater();
                         });
        watcher->setFuture(QtConcurrent::run(std::move(work)));
    }

    /// Drops the results of every running request (e.g. when the project closes).
    void invalidate() { ++m_generation; }
    /// True while a request has not returned yet (superseded ones included).
    bool isBusy() const { return m_pending > 0; }

private:
    QObject* m_context;
    quint64 m_generation = 0;
    int m_pending = 0;
};

}  // namespace clv::ui
