package kg.actionplan.tracker.signin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.awaitility.Awaitility;

/**
 * Password checks run on a fixed number of threads with a bounded queue; a check beyond both is refused at once.
 */
class SlowHashPoolTest {

    private final SlowHashPool pool = new SlowHashPool(1, 1, 1.0);
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() {
        release.countDown();
        pool.stop();
    }

    private boolean blockedCheck(AtomicInteger running) {
        running.incrementAndGet();
        try {
            return release.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    @Test
    void theAnswerOfTheCheckIsReturned() {
        assertTrue(pool.check(() -> true));
        assertFalse(pool.check(() -> false));
    }

    @Test
    void aCheckBeyondTheThreadsAndTheQueueIsRefusedAtOnce() {
        AtomicInteger running = new AtomicInteger();
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> pool.check(() -> blockedCheck(running)));
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> running.get() == 1);
        CompletableFuture<Boolean> queued = CompletableFuture.supplyAsync(() -> pool.check(() -> true));
        Awaitility.await().atMost(10, TimeUnit.SECONDS).until(() -> pool.waiting() == 1);

        assertThrows(SignInBusyException.class, () -> pool.check(() -> true));

        release.countDown();
        assertTrue(first.join());
        assertTrue(queued.join());
        assertEquals(1, running.get());
    }

    @Test
    void aThreadRestsSoThatCheckingFillsItsShareOfTheTime() {
        SlowHashPool halfTime = new SlowHashPool(1, 1, 0.5);
        SlowHashPool quarterTime = new SlowHashPool(1, 1, 0.25);
        try {
            assertEquals(Duration.ofMillis(250), halfTime.restAfter(Duration.ofMillis(250)));
            assertEquals(Duration.ofMillis(750), quarterTime.restAfter(Duration.ofMillis(250)));
            assertEquals(Duration.ZERO, pool.restAfter(Duration.ofMillis(250)));
        } finally {
            halfTime.stop();
            quarterTime.stop();
        }
    }

    @Test
    void aShareOutsideZeroToOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new SlowHashPool(1, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new SlowHashPool(1, 1, 1.5));
    }

    @Test
    void aFailingCheckFailsItsCallerOnly() {
        assertThrows(IllegalArgumentException.class, () -> pool.check(() -> {
            throw new IllegalArgumentException("broken hash");
        }));
        assertTrue(pool.check(() -> true));
    }
}
