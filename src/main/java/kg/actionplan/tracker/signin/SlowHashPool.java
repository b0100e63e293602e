package kg.actionplan.tracker.signin;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kg.actionplan.tracker.common.TrackerConfig;

/**
 * The few threads on which password hashes are checked. However many password attempts arrive, they take at most
 * these threads' share of the CPU: after each check a thread rests so that checking fills only {@code cpuShare} of its
 * time, and attempts beyond the queue are refused at once ({@link SignInBusyException}). A caller gets its answer
 * before the rest begins.
 */
@ApplicationScoped
public class SlowHashPool {

    private final ThreadPoolExecutor executor;
    private final double cpuShare;

    @Inject
    SlowHashPool(TrackerConfig config) {
        this(config.signIn().hashThreads(), config.signIn().hashQueue(), config.signIn().hashCpuShare());
    }

    SlowHashPool(int threads, int queue, double cpuShare) {
        if (!(cpuShare > 0 && cpuShare <= 1)) {
            throw new IllegalArgumentException("tracker.sign-in.hash-cpu-share must be above 0 and at most 1");
        }
        this.cpuShare = cpuShare;
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
        CompletableFuture<Boolean> answer = new CompletableFuture<>();
        try {
            executor.execute(() -> {
                long start = System.nanoTime();
                try {
                    answer.complete(check.getAsBoolean());
                } catch (RuntimeException e) {
                    answer.completeExceptionally(e);
                }
                LockSupport.parkNanos(restAfter(Duration.ofNanos(System.nanoTime() - start)).toNanos());
            });
        } catch (RejectedExecutionException e) {
            throw new SignInBusyException();
        }
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SignInBusyException();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        }
    }

    /**
     * How long a thread rests after a check that took {@code spent}, so that checks fill {@code cpuShare} of its time.
     */
    Duration restAfter(Duration spent) {
        return Duration.ofNanos((long) (spent.toNanos() * (1 - cpuShare) / cpuShare));
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
