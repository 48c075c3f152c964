internal import Foundation

/// Runs an async operation to completion on the calling thread, so the synchronous core can use
/// swift-certificates' async verifier without blocking (or deadlocking) the cooperative thread pool.
///
/// The task prefers a task executor that only queues jobs; the caller runs them itself until the result exists.
enum Blocking {
    static func run<Result: Sendable>(_ operation: @escaping @Sendable () async -> Result) -> Result {
        let executor = CallerRunsExecutor()
        let box = ResultBox<Result>()
        Task(executorPreference: executor) {
            let result = await operation()
            executor.finish { box.value = result }
        }
        executor.runUntilFinished()
        guard let value = box.value else { preconditionFailure("Blocking.run finished without a result") }
        return value
    }
}

/// A result slot written once by the task and read by the caller after the executor finished (ordered by its lock).
private final class ResultBox<Value>: @unchecked Sendable {
    var value: Value?
}

/// A task executor whose jobs run on the thread that calls `runUntilFinished`.
private final class CallerRunsExecutor: TaskExecutor, @unchecked Sendable {
    // `jobs` and `finished` are only touched with `condition` locked.
    private let condition = NSCondition()
    private var jobs: [UnownedJob] = []
    private var finished = false

    func enqueue(_ job: consuming ExecutorJob) {
        let unowned = UnownedJob(job)
        condition.lock()
        jobs.append(unowned)
        condition.signal()
        condition.unlock()
    }

    func finish(_ store: () -> Void) {
        condition.lock()
        store()
        finished = true
        condition.signal()
        condition.unlock()
    }

    func runUntilFinished() {
        while true {
            condition.lock()
            while jobs.isEmpty && !finished { condition.wait() }
            if jobs.isEmpty && finished {
                condition.unlock()
                return
            }
            let job = jobs.removeFirst()
            condition.unlock()
            job.runSynchronously(on: asUnownedTaskExecutor())
        }
    }
}
