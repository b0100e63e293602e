package kg.actionplan.tracker.alert;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
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
 * Runs on the schedule, and at once after a transaction queued alerts.
 *
 * <p>Several instances may send the one outbox. Each claims one recipient's due alerts at a time, in a short
 * transaction that locks them ({@code SKIP LOCKED}: another instance passes them by) and leases them to this
 * instance for as long as sending its messages may take; the mail goes out after that transaction, and other
 * instances leave alerts under a live lease alone. The lease of an instance that dies while sending expires, and the
 * alerts are claimed again.
 *
 * <p>An alert is marked sent only after the SMTP server accepted it: a crash between the two (or a lease that ran
 * out while the server still had not answered) sends it again, which is the one way an alert can arrive twice.
 */
@ApplicationScoped
public class AlertSender {

    private static final Logger LOG = Logger.getLogger(AlertSender.class);
    private static final int RECIPIENTS_PER_RUN = 500;

    /**
     * What one run did: messages sent and failed, alerts skipped because their recipient was switched off.
     */
    public record Result(int sent, int failed, int skipped) {
    }

    private record Message(String recipient, List<Long> alertIds, Mail mail) {
    }

    /**
     * One recipient's alerts claimed by this instance: the messages to send, and how many alerts were skipped.
     */
    record Claim(List<Message> messages, int skipped) {

        List<Long> alertIds() {
            return messages.stream().flatMap(message -> message.alertIds().stream()).toList();
        }
    }

    /**
     * One run at a time in this instance. Not for correctness, which the claims give across runs and instances, but
     * so that a run that returns has seen an earlier run of this instance through, and one instance keeps one
     * conversation with the SMTP server at a time.
     */
    private final ReentrantLock running = new ReentrantLock();
    /** Names this instance in the leases it holds (claimed_by), for an operator who wonders who holds one. */
    private final String claimant = instanceName();
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
     * Sends every pending alert whose next attempt is due and that no other instance holds. With mail switched off,
     * leaves them all in the outbox.
     */
    public Result sendDue() {
        if (!config.mail().enabled()) {
            return new Result(0, 0, 0);
        }
        running.lock();
        try {
            int sent = 0;
            int failed = 0;
            int skipped = 0;
            List<String> recipients = QuarkusTransaction.requiringNew().call(() ->
                    alerts.listRecipientsToClaim(clock.instant(), RECIPIENTS_PER_RUN));
            for (String recipient : recipients) {
                Claim claim = QuarkusTransaction.requiringNew().call(() -> claim(recipient));
                skipped += claim.skipped();
                for (Message message : claim.messages()) {
                    if (deliver(message)) {
                        sent++;
                    } else {
                        failed++;
                    }
                }
            }
            return new Result(sent, failed, skipped);
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

    /**
     * Claims the due alerts of {@code recipient} for this instance, in the caller's transaction, and composes their
     * messages: one digest, and each official report on its own. Alerts to a switched-off address are skipped.
     * Claims nothing when another instance holds them.
     */
    Claim claim(String recipient) {
        Instant now = clock.instant();
        List<Alert> due = alerts.lockClaimable(recipient, now);
        if (due.isEmpty()) {
            return new Claim(List.of(), 0);
        }
        if (switches.switchedOff().contains(recipient)) {
            due.forEach(alert -> alert.skipped(now));
            return new Claim(List.of(), due.size());
        }
        List<Message> messages = new ArrayList<>();
        List<Alert> digest = new ArrayList<>();
        for (Alert alert : due) {
            if (alert.rule() == AlertRule.OFFICIAL_REPORT) {
                composeOfficial(alert, now).ifPresent(messages::add);
            } else {
                digest.add(alert);
            }
        }
        if (!digest.isEmpty()) {
            Alert first = digest.get(0);
            LocalDate today = first.plan().reporting().dayOf(now);
            messages.add(new Message(recipient, digest.stream().map(Alert::id).toList(),
                    digests.digest(recipient, first.language(), digest, today)));
        }
        // Long enough for every message to wait out its timeout, so that a slow server alone never lets a second
        // instance send the same alerts while this one still may.
        Instant until = now.plus(config.alerts().sendTimeout().multipliedBy(messages.size() + 1L));
        Claim claim = new Claim(messages, 0);
        Set<Long> claimed = Set.copyOf(claim.alertIds());
        due.stream().filter(alert -> claimed.contains(alert.id())).forEach(alert -> alert.claimed(claimant, until));
        return claim;
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
            sent.get(config.alerts().sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(describe(e.getCause()), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("no answer from the SMTP server within "
                    + config.alerts().sendTimeout(), e);
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

    private static String instanceName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "unknown-host";
        }
        String suffix = "/" + UUID.randomUUID().toString().substring(0, 8);
        return (host.length() > 64 - suffix.length() ? host.substring(0, 64 - suffix.length()) : host) + suffix;
    }

    @PreDestroy
    void stop() {
        soon.shutdownNow();
    }
}
