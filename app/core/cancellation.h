#pragma once

#include <atomic>
#include <memory>

namespace dh {

// A flag that the thread which asked for some work raises to tell the thread doing it to stop
// early. Copies share the flag; a default-made one is never raised. Long computations check it
// between their steps.
class Cancellation
{
public:
    Cancellation() = default;

    static Cancellation create() { return Cancellation(std::make_shared<std::atomic_bool>(false)); }

    void cancel() const
    {
        if (m_flag)
            m_flag->store(true, std::memory_order_relaxed);
    }
    bool isCancelled() const { return m_flag && m_flag->load(std::memory_order_relaxed); }

private:
    explicit Cancellation(std::shared_ptr<std::atomic_bool> flag) : m_flag(std::move(flag)) {}

    std::shared_ptr<std::atomic_bool> m_flag;
};

} // namespace dh
