import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The limit of the national-scale benchmark (bench/national.sh): what the database itself gives for the service's
 * writes and for the consolidated report's figures, through plain JDBC in one process, with no HTTP, no ORM and no
 * framework. Run as a single-file program with the JDBC driver on the class path, against the database the service
 * used (for H2 with the service stopped: its file database admits one process):
 *
 * <pre>
 *   java -cp &lt;h2 or postgresql jar&gt; bench/Limit.java url=jdbc:... user=... password=... targets=FILE pool=FILE \
 *       plan=CODE period=YYYY-Hn threads=1,16,64 duration=20 warmup=5 passes=3 repeat=3
 * </pre>
 *
 * <ul>
 * <li>Entry writes: each thread (with its own connection) updates its share of the entries of {@code targets} (the
 * file national.lua's PUT mode reads; its last field is {@code <entry id>.<version>}), one after another:
 * {@code UPDATE report_entry SET <the fields a PUT changes>, version = version + 1 WHERE id = ? AND version = ?} and
 * the audit record the service writes with it ({@link #AUDIT}), one transaction each; {@code warmup} seconds, then
 * {@code duration} seconds measured.
 * <li>Submissions: {@code passes} passes (3 by default) over the reports of {@code pool} (second field a line),
 * shared by the threads: the report's status update, the insert of a revision with a copy of its entries and their
 * evidence ({@code INSERT ... SELECT}) and the audit record, one transaction each. A pass at the largest thread count
 * warms up first.
 * <li>Consolidated figures: the SQL a consolidated report on {@code period} of {@code plan} needs (the plan's measures
 * and executors; the half-year's reports; the agencies expected; the latest submitted entry of every agency and
 * measure up to the half-year, with its evidence; the measures the lead executor reported completed; the previous
 * half-year's figures), every row read, {@code repeat} times.
 * </ul>
 *
 * Prints one line per measurement for national.sh:
 * {@code RESULT id=<put-N|submit-N|consolidated> rps=... p50_ms=... p99_ms=... requests=... errors=... [ms=...]}.
 */
public class Limit {

    static final String NARRATIVE = "В отчетном периоде проведены рабочие совещания с заинтересованными "
            + "государственными органами, подготовлен проект нормативного правового акта, который направлен на "
            + "согласование в Министерство юстиции. Запись ";
    static final String NEXT_STEPS = "Завершить согласование и внести проект на рассмотрение Кабинета Министров.";

    /** The audit record the service writes with every entry write and submission, in the same transaction. */
    static final String AUDIT = "insert into audit_event (occurred_at, actor, remote_address, action, subject_type, "
            + "subject_id, summary) values (?, 'bench-limit', '127.0.0.1', ?, 'REPORT', ?, ?)";

    final Map<String, String> args = new HashMap<>();

    public static void main(String[] argv) throws Exception {
        Limit limit = new Limit();
        for (String arg : argv) {
            int eq = arg.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("arguments are key=value, not " + arg);
            }
            limit.args.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        limit.run();
    }

    String arg(String name) {
        String value = args.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing argument " + name + "=");
        }
        return value;
    }

    Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(arg("url"), arg("user"), args.getOrDefault("password", ""));
        connection.setAutoCommit(false);
        return connection;
    }

    void run() throws Exception {
        int[] threads = Arrays.stream(arg("threads").split(",")).mapToInt(Integer::parseInt).toArray();
        int duration = Integer.parseInt(args.getOrDefault("duration", "20"));
        int warmup = Integer.parseInt(args.getOrDefault("warmup", "5"));
        List<Long> entries = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(arg("targets")))) {
            if (!line.isBlank()) {
                String[] fields = line.trim().split("\\s+");
                entries.add(Long.parseLong(fields[fields.length - 1].replace("\"", "").split("\\.")[0]));
            }
        }
        List<Long> pool = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(arg("pool")))) {
            if (!line.isBlank()) {
                pool.add(Long.parseLong(line.trim().split("\\s+")[1]));
            }
        }
        log("%d entries to write, %d reports to submit", entries.size(), pool.size());
        for (int n : threads) {
            writes(n, entries, warmup, duration);
        }
        int passes = Integer.parseInt(args.getOrDefault("passes", "3"));
        submissions(threads[threads.length - 1], pool, 1, false);
        for (int n : threads) {
            submissions(n, pool, passes, true);
        }
        consolidated(arg("plan"), arg("period"), Integer.parseInt(args.getOrDefault("repeat", "3")));
    }

    // ---- entry writes ----

    void writes(int threads, List<Long> entries, int warmup, int duration) throws Exception {
        Map<Long, Long> versions = new ConcurrentHashMap<>();
        try (Connection connection = connect();
                PreparedStatement select = connection.prepareStatement("select version from report_entry where id = ?")) {
            for (long id : entries) {
                select.setLong(1, id);
                try (ResultSet rs = select.executeQuery()) {
                    rs.next();
                    versions.put(id, rs.getLong(1));
                }
            }
            connection.commit();
        }
        long start = System.nanoTime();
        long measureFrom = start + warmup * 1_000_000_000L;
        long until = measureFrom + duration * 1_000_000_000L;
        List<Recorder> latencies = new ArrayList<>();
        AtomicLong errors = new AtomicLong();
        List<Thread> workers = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(threads);
        for (int t = 0; t < threads; t++) {
            List<Long> mine = new ArrayList<>();
            for (int i = t; i < entries.size(); i += threads) {
                mine.add(entries.get(i));
            }
            Recorder recorded = new Recorder();
            latencies.add(recorded);
            workers.add(new Thread(() -> {
                try (Connection connection = connect();
                        PreparedStatement update = connection.prepareStatement("update report_entry set status = ?, "
                                + "progress_percent = ?, narrative = ?, next_steps = ?, updated_at = ?, updated_by = ?, "
                                + "version = version + 1 where id = ? and version = ?");
                        PreparedStatement audit = connection.prepareStatement(AUDIT)) {
                    ready.countDown();
                    ready.await();
                    int sent = 0;
                    while (true) {
                        long t0 = System.nanoTime();
                        if (t0 >= until) {
                            break;
                        }
                        long id = mine.get(sent % mine.size());
                        long version = versions.get(id);
                        sent++;
                        Timestamp now = Timestamp.from(Instant.now());
                        update.setString(1, "IN_PROGRESS");
                        update.setInt(2, sent % 99 + 1);
                        update.setString(3, NARRATIVE + sent + ".");
                        update.setString(4, NEXT_STEPS);
                        update.setTimestamp(5, now);
                        update.setString(6, "bench-limit");
                        update.setLong(7, id);
                        update.setLong(8, version);
                        audit.setTimestamp(1, now);
                        audit.setString(2, "ENTRY_UPDATED");
                        audit.setString(3, String.valueOf(id));
                        audit.setString(4, "entry " + id + ": IN_PROGRESS " + (sent % 99 + 1) + "%");
                        boolean ok;
                        try {
                            ok = update.executeUpdate() == 1;
                            audit.executeUpdate();
                            connection.commit();
                        } catch (SQLException e) {
                            connection.rollback();
                            ok = false;
                        }
                        if (ok) {
                            versions.put(id, version + 1);
                        }
                        long t1 = System.nanoTime();
                        if (t0 >= measureFrom) {
                            if (!ok) {
                                errors.incrementAndGet();
                            }
                            recorded.add(t1 - t0);
                        }
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        workers.forEach(Thread::start);
        for (Thread worker : workers) {
            worker.join();
        }
        report("put-" + threads, latencies, duration * 1e9, errors.get());
    }

    // ---- submissions ----

    void submissions(int threads, List<Long> pool, int passes, boolean measured) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicLong errors = new AtomicLong();
        List<Recorder> latencies = new ArrayList<>();
        List<Thread> workers = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(threads);
        long[] window = new long[2];
        for (int t = 0; t < threads; t++) {
            Recorder recorded = new Recorder();
            latencies.add(recorded);
            workers.add(new Thread(() -> {
                try (Connection connection = connect();
                        PreparedStatement status = connection.prepareStatement("update report set status = 'SUBMITTED', "
                                + "revision = revision + 1, last_submitted_at = ?, return_comment = null, "
                                + "version = version + 1 where id = ?");
                        PreparedStatement number = connection.prepareStatement("select revision from report where id = ?");
                        PreparedStatement revision = connection.prepareStatement("insert into report_revision "
                                + "(report_id, number, submitted_at, submitted_by, late, days_late) values (?, ?, ?, ?, ?, ?)",
                                Statement.RETURN_GENERATED_KEYS);
                        PreparedStatement copy = connection.prepareStatement("insert into report_revision_entry "
                                + "(revision_id, measure_id, position, status, progress_percent, narrative, problems, "
                                + "next_steps, spent_amount, spent_currency, spent_funding_source, completed_on) "
                                + "select ?, measure_id, position, status, progress_percent, narrative, problems, "
                                + "next_steps, spent_amount, spent_currency, spent_funding_source, completed_on "
                                + "from report_entry where report_id = ?");
                        PreparedStatement evidence = connection.prepareStatement("insert into report_revision_evidence "
                                + "(revision_entry_id, position, title, act_number, act_date, url) "
                                + "select re.id, ev.position, ev.title, ev.act_number, ev.act_date, ev.url "
                                + "from report_revision_entry re join report_entry e on e.report_id = ? "
                                + "and e.measure_id = re.measure_id join report_entry_evidence ev on ev.entry_id = e.id "
                                + "where re.revision_id = ?");
                        PreparedStatement audit = connection.prepareStatement(AUDIT)) {
                    ready.countDown();
                    ready.await();
                    int i;
                    while ((i = next.getAndIncrement()) < pool.size() * passes) {
                        long report = pool.get(i % pool.size());
                        long t0 = System.nanoTime();
                        try {
                            Timestamp now = Timestamp.from(Instant.now());
                            status.setTimestamp(1, now);
                            status.setLong(2, report);
                            status.executeUpdate();
                            number.setLong(1, report);
                            int n;
                            try (ResultSet rs = number.executeQuery()) {
                                rs.next();
                                n = rs.getInt(1);
                            }
                            revision.setLong(1, report);
                            revision.setInt(2, n);
                            revision.setTimestamp(3, now);
                            revision.setString(4, "bench-limit");
                            revision.setBoolean(5, true);
                            revision.setInt(6, 100);
                            revision.executeUpdate();
                            long id;
                            try (ResultSet keys = revision.getGeneratedKeys()) {
                                keys.next();
                                id = keys.getLong(1);
                            }
                            copy.setLong(1, id);
                            copy.setLong(2, report);
                            copy.executeUpdate();
                            evidence.setLong(1, report);
                            evidence.setLong(2, id);
                            evidence.executeUpdate();
                            audit.setTimestamp(1, now);
                            audit.setString(2, "REPORT_SUBMITTED");
                            audit.setString(3, String.valueOf(report));
                            audit.setString(4, "SUBMITTED as revision " + n);
                            audit.executeUpdate();
                            connection.commit();
                        } catch (SQLException e) {
                            connection.rollback();
                            errors.incrementAndGet();
                            log("submission of report %d failed: %s", report, e.getMessage());
                        }
                        recorded.add(System.nanoTime() - t0);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        window[0] = System.nanoTime();
        workers.forEach(Thread::start);
        for (Thread worker : workers) {
            worker.join();
        }
        window[1] = System.nanoTime();
        if (measured) {
            report("submit-" + threads, latencies, window[1] - window[0], errors.get());
        } else {
            log("warm-up pass of %d submissions at %d threads: %.1f s", pool.size(), threads, (window[1] - window[0]) / 1e9);
        }
    }

    /** Latencies in nanoseconds, as one thread records them. */
    static final class Recorder {
        long[] values = new long[16384];
        int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }
    }

    void report(String id, List<Recorder> latencies, double nanos, long errors) {
        int total = latencies.stream().mapToInt(r -> r.size).sum();
        long[] all = new long[total];
        int at = 0;
        for (Recorder recorded : latencies) {
            System.arraycopy(recorded.values, 0, all, at, recorded.size);
            at += recorded.size;
        }
        Arrays.sort(all);
        double p50 = total == 0 ? 0 : all[(int) Math.min(total - 1, Math.ceil(total * 0.50) - 1)] / 1e6;
        double p99 = total == 0 ? 0 : all[(int) Math.min(total - 1, Math.ceil(total * 0.99) - 1)] / 1e6;
        String line = String.format("RESULT id=%s rps=%.1f p50_ms=%.1f p99_ms=%.1f requests=%d errors=%d", id,
                total / (nanos / 1e9), p50, p99, total, errors);
        System.out.println(line);
        log("%s", line);
    }

    // ---- consolidated figures ----

    static final String STANDING = "r.status in ('SUBMITTED', 'ACCEPTED') and rev.number = r.revision";

    static final String LATEST = "select e.id, r.agency_id, e.measure_id, e.status, e.progress_percent, e.completed_on, "
            + "e.narrative, e.spent_amount, e.spent_currency, e.spent_funding_source, r.period, rev.number, "
            + "r.status as report_status, r.received_on, row_number() over (partition by r.agency_id, e.measure_id "
            + "order by r.period desc) as rn from report_revision_entry e join report_revision rev on rev.id = e.revision_id "
            + "join report r on r.id = rev.report_id where r.plan_id = ? and " + STANDING + " and r.period <= ?";

    static final String EXPECTED = "select me.agency_id, count(*) from measure_executor me join measure m on m.id = me.measure_id "
            + "where m.plan_id = ? and m.repealed_by_id is null and not exists (select 1 from report_revision_entry e "
            + "join report_revision rev on rev.id = e.revision_id join report r on r.id = rev.report_id "
            + "where r.plan_id = m.plan_id and r.agency_id = me.agency_id and e.measure_id = me.measure_id and "
            + STANDING + " and e.status = 'COMPLETED' and r.period < ?) group by me.agency_id";

    void consolidated(String plan, String period, int repeat) throws Exception {
        String previous = previous(period);
        long[] millis = new long[repeat];
        long rows = 0;
        try (Connection connection = connect()) {
            for (int k = 0; k < repeat; k++) {
                long t0 = System.nanoTime();
                rows = 0;
                long planId = ((Number) query(connection, "select id from plan where code = ?", plan).get(0)[0]).longValue();
                rows += query(connection, "select m.id, m.code, t.code, m.deadline_due_on, m.repealed_by_id, m.position "
                        + "from measure m join plan_task t on t.id = m.task_id where m.plan_id = ? order by m.position",
                        planId).size();
                rows += query(connection, "select me.measure_id, me.position, a.code, me.by_agreement, a.successor_id, "
                        + "a.successor_from from measure_executor me join measure m on m.id = me.measure_id "
                        + "join agency a on a.id = me.agency_id where m.plan_id = ?", planId).size();
                rows += query(connection, "select a.code, r.id, r.status, r.first_submitted_at, r.late, r.days_late, "
                        + "r.received_on, r.letter_number, r.letter_date, r.created_by, r.created_at from report r "
                        + "join agency a on a.id = r.agency_id where r.plan_id = ? and r.period = ?", planId, period).size();
                rows += query(connection, EXPECTED, planId, period).size();
                rows += query(connection, "select x.*, ev.position, ev.title, ev.act_number, ev.act_date, ev.url from ("
                        + LATEST + ") x left join report_revision_evidence ev on ev.revision_entry_id = x.id where x.rn = 1",
                        planId, period).size();
                rows += query(connection, "select e.measure_id, r.period, e.completed_on from report_revision_entry e "
                        + "join report_revision rev on rev.id = e.revision_id join report r on r.id = rev.report_id "
                        + "join measure_executor me on me.measure_id = e.measure_id and me.position = 0 "
                        + "and me.agency_id = r.agency_id where r.plan_id = ? and " + STANDING
                        + " and e.status = 'COMPLETED' and r.period <= ?", planId, period).size();
                // The previous half-year's figures: counts only.
                rows += query(connection, "select count(*), sum(case when r.first_submitted_at is not null and r.late = false "
                        + "then 1 else 0 end) from report r where r.plan_id = ? and r.period = ?", planId, previous).size();
                rows += query(connection, EXPECTED, planId, previous).size();
                rows += query(connection, "select x.status, count(*) from (" + LATEST + ") x join measure_executor me "
                        + "on me.measure_id = x.measure_id and me.position = 0 and me.agency_id = x.agency_id "
                        + "where x.rn = 1 group by x.status", planId, previous).size();
                connection.commit();
                millis[k] = (System.nanoTime() - t0) / 1_000_000;
            }
        }
        long[] sorted = millis.clone();
        Arrays.sort(sorted);
        String line = String.format("RESULT id=consolidated ms=%d runs=%s rows=%d", sorted[(repeat - 1) / 2],
                Arrays.toString(millis).replace(" ", ""), rows);
        System.out.println(line);
        log("%s", line);
    }

    static String previous(String period) {
        int year = Integer.parseInt(period.substring(0, 4));
        return period.endsWith("H2") ? year + "-H1" : (year - 1) + "-H2";
    }

    static List<Object[]> query(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<Object[]> rows = new ArrayList<>();
            try (ResultSet rs = statement.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    Object[] row = new Object[columns];
                    for (int c = 0; c < columns; c++) {
                        row[c] = rs.getObject(c + 1);
                    }
                    rows.add(row);
                }
            }
            return rows;
        }
    }

    static void log(String format, Object... args) {
        System.err.printf("[%tT] Limit: %s%n", System.currentTimeMillis(), String.format(format, args));
    }
}
