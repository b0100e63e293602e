package kg.actionplan.tracker.signin;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kg.actionplan.tracker.common.TrackerConfig;

/**
 * The few threads on which password hashes are checked. However many password attempts arrive, they take at most
 * these threads' share of the CPU; attempts beyond the queue are refused at once ({@link SignInBusyException}).
 */
@ApplicationScoped
public class SlowHashPool {

    private final ThreadPoolExecutor executor;

    @Inject
    SlowHashPool(TrackerConfig config) {
        this(config.signIn().hashThreads(), config.signIn().hashQueue());
    }

    SlowHashPool(int threads, int queue) {
        AtomicInteger started = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(queue), runnable -> {
                    Thread thread = new Thread(runnable, "password-check-" + started.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    /**
     * Runs the check on the pool and waits for its answer.
     */
    public boolean check(BooleanSupplier check) {
        Future<Boolean> answer;
        try {
            answer = executor.submit(check::getAsBoolean);
        } catch (RejectedExecutionException e) {
            throw new SignInBusyException();
        }
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer.cancel(true);
            throw new SignInBusyException();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /**
     * Checks waiting for a thread.
     */
    int waiting() {
        return executor.getQueue().size();
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
