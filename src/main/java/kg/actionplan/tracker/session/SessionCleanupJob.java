package kg.actionplan.tracker.session;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.scheduler.Scheduled;

/**
 * Hourly, forgets browser sessions that can no longer be used.
 */
@ApplicationScoped
public class SessionCleanupJob {

    private final SessionService sessions;

    SessionCleanupJob(SessionService sessions) {
        this.sessions = sessions;
    }

    @Scheduled(identity = "browser-session-cleanup", every = "1h", delayed = "5m")
    void forgetClosed() {
        sessions.forgetClosed();
    }
}
