package kg.actionplan.tracker.alert;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.vertx.core.Vertx;

import kg.actionplan.tracker.common.TrackerConfig;
import kg.actionplan.tracker.consolidated.OfficialReportMail;

import org.jboss.logging.Logger;

/**
 * Sends the outbox: one digest per recipient with all its pending alerts, and each official report on its own.
 * The SMTP conversation happens outside any transaction; its outcome is recorded afterwards, per message. A failed
 * message is tried again after a pause that doubles each time, up to a limit, and given up after the last attempt.
 * Runs on the schedule, and at once after a transaction queued alerts; one run at a time.
 *
 * <p>An alert is marked sent only after the SMTP server accepted it: a crash between the two sends it again on the
 * next run, which is the one way an alert can arrive twice.
 */
@ApplicationScoped
public class AlertSender {

    private static final Logger LOG = Logger.getLogger(AlertSender.class);
    private static final int BATCH = 500;
    private static final Duration SEND_TIMEOUT = Duration.ofMinutes(2);

    /**
     * What one run did: messages sent and failed, alerts skipped because their recipient was switched off.
     */
    public record Result(int sent, int failed, int skipped) {
    }

    private record Message(String recipient, List<Long> alertIds, Mail mail) {
    }

    private final ReentrantLock running = new ReentrantLock();
    private final ExecutorService soon = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "alert-sender");
        thread.setDaemon(true);
        return thread;
    });
    private final AlertRepository alerts;
    private final RecipientSwitchRepository switches;
    private final AlertMail digests;
    private final OfficialReportMail officialReports;
    private final ReactiveMailer mailer;
    private final Vertx vertx;
    private final TrackerConfig config;
    private final Clock clock;

    AlertSender(AlertRepository alerts, RecipientSwitchRepository switches, AlertMail digests,
            OfficialReportMail officialReports, ReactiveMailer mailer, Vertx vertx, TrackerConfig config, Clock clock) {
        this.alerts = alerts;
        this.switches = switches;
        this.digests = digests;
        this.officialReports = officialReports;
        this.mailer = mailer;
        this.vertx = vertx;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Sends every pending alert whose next attempt is due. With mail switched off, leaves them all in the outbox.
     */
    public Result sendDue() {
        if (!config.mail().enabled()) {
            return new Result(0, 0, 0);
        }
        running.lock();
        try {
            int sent = 0;
            int failed = 0;
            Prepared prepared = QuarkusTransaction.requiringNew().call(this::prepare);
            for (Message message : prepared.messages()) {
                if (deliver(message)) {
                    sent++;
                } else {
                    failed++;
                }
            }
            return new Result(sent, failed, prepared.skipped());
        } finally {
            running.unlock();
        }
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertOutbox.Queued event) {
        try {
            soon.execute(this::sendDueLogged);
        } catch (RejectedExecutionException e) {
            LOG.debug("Shutting down: the queued alerts are sent on the next start");
        }
    }

    private void sendDueLogged() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.errorf(e, "Sending the alert outbox failed; the next run tries again");
        }
    }

    private record Prepared(List<Message> messages, int skipped) {
    }

    private Prepared prepare() {
        Instant now = clock.instant();
        Set<String> off = switches.switchedOff();
        Map<String, List<Alert>> digestsByRecipient = new LinkedHashMap<>();
        List<Message> messages = new ArrayList<>();
        int skipped = 0;
        for (Alert alert : alerts.listDue(now, BATCH)) {
            if (off.contains(alert.recipient())) {
                alert.skipped(now);
                skipped++;
            } else if (alert.rule() == AlertRule.OFFICIAL_REPORT) {
                composeOfficial(alert, now).ifPresent(messages::add);
            } else {
                digestsByRecipient.computeIfAbsent(alert.recipient(), r -> new ArrayList<>()).add(alert);
            }
        }
        digestsByRecipient.forEach((recipient, pending) -> {
            Alert first = pending.get(0);
            LocalDate today = first.plan().reporting().dayOf(now);
            messages.add(new Message(recipient, pending.stream().map(Alert::id).toList(),
                    digests.digest(recipient, first.language(), pending, today)));
        });
        return new Prepared(messages, skipped);
    }

    private Optional<Message> composeOfficial(Alert alert, Instant now) {
        try {
            Mail mail = officialReports.compose(alert.plan().code(), alert.period().orElseThrow(),
                    Integer.parseInt(alert.detail().orElseThrow()), alert.language(), alert.recipient());
            return Optional.of(new Message(alert.recipient(), List.of(alert.id()), mail));
        } catch (RuntimeException e) {
            LOG.errorf(e, "Could not compose alert %d (%s)", alert.id(), alert.subject());
            alert.failed(now, "could not compose the message: " + e.getMessage(), retryAt(alert.attempts() + 1, now));
            return Optional.empty();
        }
    }

    private boolean deliver(Message message) {
        try {
            send(message.mail());
        } catch (RuntimeException e) {
            String error = describe(e);
            LOG.warnf("Could not send %d alert(s) to %s: %s", message.alertIds().size(), message.recipient(), error);
            QuarkusTransaction.requiringNew().run(() -> message.alertIds().forEach(id -> {
                Alert alert = alerts.findById(id);
                Instant now = clock.instant();
                alert.failed(now, error, retryAt(alert.attempts() + 1, now));
            }));
            return false;
        }
        QuarkusTransaction.requiringNew().run(() -> message.alertIds().forEach(id ->
                alerts.findById(id).sent(clock.instant())));
        LOG.infof("Sent %d alert(s) to %s", message.alertIds().size(), message.recipient());
        return true;
    }

    /**
     * Hands the mail to the SMTP client on a Vert.x context of its own and waits for the outcome. Called from a
     * plain thread, the client let the server's greeting on a fresh connection slip past now and then and waited
     * for the server to time out.
     */
    private void send(Mail mail) {
        CompletableFuture<Void> sent = new CompletableFuture<>();
        vertx.getOrCreateContext().runOnContext(ignored -> mailer.send(mail).subscribe()
                .with(done -> sent.complete(null), sent::completeExceptionally));
        try {
            sent.get(SEND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(describe(e.getCause()), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("no answer from the SMTP server within " + SEND_TIMEOUT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending", e);
        }
    }

    /**
     * When to try again after the {@code attempt}-th failure, if at all.
     */
    private Optional<Instant> retryAt(int attempt, Instant now) {
        TrackerConfig.Alerts settings = config.alerts();
        if (attempt >= settings.maxAttempts()) {
            return Optional.empty();
        }
        Duration delay = settings.firstRetryDelay().multipliedBy(1L << Math.min(attempt - 1, 30));
        return Optional.of(now.plus(delay.compareTo(settings.maxRetryDelay()) > 0 ? settings.maxRetryDelay() : delay));
    }

    private static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable cause = e; cause != null && text.length() < 1000; cause = cause.getCause()) {
            if (cause.getMessage() != null && text.indexOf(cause.getMessage()) < 0) {
                text.append(text.length() == 0 ? "" : ": ").append(cause.getMessage());
            }
        }
        return text.length() == 0 ? e.getClass().getSimpleName() : text.toString();
    }

    @PreDestroy
    void stop() {
        soon.shutdownNow();
    }
}
