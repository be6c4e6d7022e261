// SPDX-License-Identifier: MIT
#pragma once

#include <chrono>
#include <functional>
#include <stop_token>

namespace clv {

/// Cancellation and progress for a long synchronous core call. Core polls `stop` at batch boundaries and returns
/// ErrorCode::Cancelled, leaving stored data unchanged. `progress` receives a fraction in [0, 1]; it is called
/// from the worker thread, throttled (see ProgressThrottle), and may be empty.
struct TaskContext {
    std::stop_token stop;
    std::function<void(double fraction)> progress;

    bool cancelled() const { return stop.stop_requested(); }
};

/// Forwards progress at most every `interval` (default 50 ms, i.e. about 20 updates a second) plus the final 1.0.
class ProgressThrottle {
public:
    explicit ProgressThrottle(const TaskContext& ctx, std::chrono::milliseconds interval = std::chrono::milliseconds(50))
        : m_ctx(ctx), m_interval(interval)
    {
    }

    void report(double fraction)
    {
        if (!m_ctx.progress)
            return;
        const auto now = std::chrono::steady_clock::now();
        if (fraction >= 1.0 || now - m_last >= m_interval) {
            m_last = now;
            m_ctx.progress(fraction < 0.0 ? 0.0 : (fraction > 1.0 ? 1.0 : fraction));
        }
    }

private:
    const TaskContext& m_ctx;
    std::chrono::milliseconds m_interval;
    std::chrono::steady_clock::time_point m_last{};
};

}  // namespace clv
