// SPDX-License-Identifier: MIT
#pragma once

#include "ui/tasks/ProjectData.h"

#include <functional>
#include <stop_token>

namespace clv::ui::tasks {

/// Overall progress in [0, 1] plus the current stage. Called on the worker thread.
using StageProgress = std::function<void(double fraction, TaskStage stage)>;

/// The bodies of the background tasks. They run on a worker thread, open their own SQLite connection with
/// clv::project::open (one connection per thread), call core, and return a value; they never touch widgets.

/// More work on a loaded snapshot (e.g. the analytics of the pages), run by loadProject while the integrity check
/// is still reading the file on the other core.
using LoadFinisher = std::function<TaskOutcome(TaskOutcome)>;

/// Opens an existing project and computes the snapshot (counts, customer summary, monthly revenue), then runs
/// `finish` on it, if given. The quick_check of the file runs concurrently; a damaged file gives its error instead
/// of data.
TaskOutcome loadProject(const QString& projectPath, std::stop_token stop, const StageProgress& progress,
                        const LoadFinisher& finish = {});

/// Creates a new, empty project at `projectPath`, replacing an existing file there (the user confirmed it).
TaskOutcome createProject(const QString& projectPath, std::stop_token stop, const StageProgress& progress);

/// Imports an orders CSV into the project (opened or created as `target` says), then computes the snapshot (not
/// cancellable once the import is committed). If the import fails or is cancelled and the project file was created
/// by this task, the new file is removed again so nothing is left behind.
TaskOutcome importCsv(const QString& projectPath, const QString& csvPath, ProjectTarget target, std::stop_token stop,
                      const StageProgress& progress);

}  // namespace clv::ui::tasks
