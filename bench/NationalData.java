import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Fills a running service with a national-scale data set through its API, for bench/national.sh: 20 plans (one large,
 * nineteen smaller), 100 agencies with a reporter account and an API token each, a coordinator, and ten half-years of
 * agency reports per plan. Run as a single-file program with Jackson on the class path:
 *
 * <pre>
 *   java -cp &lt;jackson jars&gt; bench/NationalData.java &lt;base URL&gt; &lt;admin password&gt; &lt;scale&gt; &lt;seed document&gt; &lt;out dir&gt;
 * </pre>
 *
 * <p>At scale 1: 5 000 measures (2 000 in the largest plan, the rest spread over the others), about 3.3 executors a
 * measure, about 150 000 report entries. Every measure's texts are those of a measure of the real seed (cycled), so the
 * documents have its text density. The largest plan's reporting is open (its ten half-years end with the current one);
 * the others' ended with the last half-year whose consolidated report is due, so an alert scan looks at the largest
 * plan only. Half-years whose deadline has passed are back-filled by the committee (reports received on paper, most on
 * time, some late; two in three accepted, one in twenty returned once and resubmitted); each plan's last ended
 * half-year is opened and filled in by the agencies' reporters and left as a draft (the benchmark submits them); the
 * current half-year of the largest plan is filled in once by its reporters (the benchmark writes it). About one measure
 * in five is completed by all its executors in some back-filled half-year and drops out of the reports after it.
 *
 * <p>Writes plans/*.json (the documents imported) and state.json (tokens by agency, the plans, the half-years, counts)
 * to the out dir. Progress goes to stderr. Any answer other than the expected one stops it, printing the request and
 * the answer.
 */
public class NationalData {

    static final ObjectMapper JSON = new ObjectMapper();
    static final ZoneId ZONE = ZoneId.of("Asia/Bishkek");
    static final int PLANS = 20;
    static final int LARGEST_MEASURES = 2000;
    static final int OTHER_MEASURES = 3000;
    static final int HALF_YEARS = 10;
    static final int AGENCIES_PER_SMALL_PLAN = 30;
    static final int MEASURES_PER_TASK = 25;
    static final String COORDINATOR = "bench-coordinator";
    static final String PASSWORD = "bench-password-national";

    final String base;
    final String adminPassword;
    final double scale;
    final Path out;
    final int agencyCount = Integer.parseInt(System.getenv().getOrDefault("AGENCIES", "100"));
    final int threads = Integer.parseInt(System.getenv().getOrDefault("GEN_THREADS", "6"));
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    final LocalDate today = LocalDate.now(ZONE);
    final List<JsonNode> seedMeasures = new ArrayList<>();
    final List<JsonNode> seedTasks = new ArrayList<>();
    final Map<String, AtomicLong> requests = new ConcurrentHashMap<>();
    String adminCookie;
    String adminCsrf;
    String coordinatorToken;
    String adminToken;
    final Map<String, String> reporterTokens = new LinkedHashMap<>();

    /** One generated plan: its document and what the generator decided about it. */
    static final class PlanSpec {
        String code;
        boolean largest;
        HalfYear first;
        HalfYear last;
        /** The last half-year back-filled; the one after it is the agencies' own (left as drafts). */
        HalfYear lastBackfilled;
        List<String> agencies = new ArrayList<>();
        List<MeasureSpec> measures = new ArrayList<>();
        int documentBytes;
    }

    static final class MeasureSpec {
        String code;
        int seed;
        boolean repealed;
        List<String> executors = new ArrayList<>();
        /** The half-year in which all its executors report it COMPLETED, or null. */
        HalfYear completedIn;
        LocalDate deadline;
    }

    record HalfYear(int year, int half) implements Comparable<HalfYear> {
        static HalfYear of(LocalDate day) {
            return new HalfYear(day.getYear(), day.getMonthValue() <= 6 ? 1 : 2);
        }

        String id() {
            return year + "-H" + half;
        }

        LocalDate start() {
            return LocalDate.of(year, half == 1 ? 1 : 7, 1);
        }

        LocalDate end() {
            return half == 1 ? LocalDate.of(year, 6, 30) : LocalDate.of(year, 12, 31);
        }

        HalfYear plus(int n) {
            int index = year * 2 + half - 1 + n;
            return new HalfYear(Math.floorDiv(index, 2), Math.floorMod(index, 2) + 1);
        }

        LocalDate dayOfFollowingMonth(int day) {
            return end().plusDays(1).withDayOfMonth(day);
        }

        @Override
        public int compareTo(HalfYear other) {
            return Integer.compare(year * 2 + half, other.year * 2 + other.half);
        }
    }

    NationalData(String base, String adminPassword, double scale, Path seed, Path out) throws IOException {
        this.base = base;
        this.adminPassword = adminPassword;
        this.scale = scale;
        this.out = out;
        JsonNode document = JSON.readTree(seed.toFile());
        for (JsonNode task : document.path("plan").path("tasks")) {
            seedTasks.add(task);
            for (JsonNode measure : task.path("measures")) {
                if (!measure.has("repeal")) {
                    seedMeasures.add(measure);
                }
            }
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 5) {
            System.err.println("usage: java -cp <jackson jars> NationalData.java <base URL> <admin password> <scale> "
                    + "<seed document> <out dir>");
            System.exit(2);
        }
        NationalData generator = new NationalData(args[0], args[1], Double.parseDouble(args[2]), Path.of(args[3]),
                Path.of(args[4]));
        try {
            generator.run();
        } catch (Failure e) {
            System.err.println("NationalData: " + e.getMessage());
            System.exit(1);
        }
    }

    void run() throws Exception {
        long started = System.nanoTime();
        Files.createDirectories(out.resolve("plans"));
        List<PlanSpec> plans = plans();
        signInAdmin();
        long importStart = System.nanoTime();
        Map<String, Long> importMillis = new LinkedHashMap<>();
        for (PlanSpec plan : plans) {
            byte[] document = JSON.writeValueAsBytes(document(plan, plans.get(0)));
            plan.documentBytes = document.length;
            Files.write(out.resolve("plans").resolve(plan.code + ".json"), document);
            long t = System.nanoTime();
            call("POST", "/api/v1/plans", admin(), document, 201);
            importMillis.put(plan.code, (System.nanoTime() - t) / 1_000_000);
            log("imported %s: %d measures, %d agencies, %s to %s, %d bytes, %d ms", plan.code, plan.measures.size(),
                    plan.agencies.size(), plan.first.id(), plan.last.id(), document.length, importMillis.get(plan.code));
        }
        long importTotal = (System.nanoTime() - importStart) / 1_000_000;
        accounts();
        long reportsStart = System.nanoTime();
        Counts counts = reports(plans);
        long reportsMillis = (System.nanoTime() - reportsStart) / 1_000_000;

        ObjectNode state = JSON.createObjectNode();
        PlanSpec largest = plans.get(0);
        state.put("largestPlan", largest.code);
        state.put("largestMeasures", largest.measures.size());
        state.put("largestDocumentBytes", largest.documentBytes);
        state.put("largestImportMillis", importMillis.get(largest.code));
        state.put("importMillis", importTotal);
        state.put("current", largest.last.id());
        state.put("largestOwnPeriod", largest.lastBackfilled.plus(1).id());
        ObjectNode own = state.putObject("ownPeriods");
        for (PlanSpec plan : plans) {
            own.put(plan.code, plan.lastBackfilled.plus(1).id());
        }
        state.put("plans", plans.size());
        state.put("measures", plans.stream().mapToInt(p -> p.measures.size()).sum());
        state.put("agencies", agencyCount);
        state.put("halfYears", HALF_YEARS);
        state.put("maxDocumentBytes", plans.stream().mapToInt(p -> p.documentBytes).max().orElse(0));
        state.put("reports", counts.reports.get());
        state.put("entries", counts.entries.get());
        state.put("revisions", counts.revisions.get());
        state.put("entryWrites", counts.writes.get());
        state.put("reportsMillis", reportsMillis);
        state.put("totalMillis", (System.nanoTime() - started) / 1_000_000);
        state.put("adminToken", adminToken);
        state.put("coordinatorToken", coordinatorToken);
        ObjectNode tokens = state.putObject("reporterTokens");
        reporterTokens.forEach(tokens::put);
        ObjectNode calls = state.putObject("requests");
        new java.util.TreeMap<>(requests).forEach((k, v) -> calls.put(k, v.get()));
        JSON.writerWithDefaultPrettyPrinter().writeValue(out.resolve("state.json").toFile(), state);
        log("done in %d s: %d reports, %d entries, %d revisions, %d entry writes", state.get("totalMillis").asLong() / 1000,
                counts.reports.get(), counts.entries.get(), counts.revisions.get(), counts.writes.get());
    }

    // ---- the plans ----

    List<PlanSpec> plans() {
        HalfYear current = HalfYear.of(today);
        // The smaller plans end with the last half-year whose consolidated report is already due, so that their
        // reporting is closed and an alert scan looks at the largest plan only.
        HalfYear othersLast = current.plus(-1);
        if (!today.isAfter(othersLast.dayOfFollowingMonth(25))) {
            othersLast = othersLast.plus(-1);
        }
        int largestMeasures = Math.max(10, (int) Math.round(LARGEST_MEASURES * scale));
        int othersTotal = Math.max((PLANS - 1) * 3, (int) Math.round(OTHER_MEASURES * scale));
        List<PlanSpec> plans = new ArrayList<>();
        for (int p = 0; p < PLANS; p++) {
            PlanSpec plan = new PlanSpec();
            plan.largest = p == 0;
            plan.code = String.format("bench-national-%02d", p + 1);
            plan.last = plan.largest ? current : othersLast;
            plan.first = plan.last.plus(-(HALF_YEARS - 1));
            // The agencies' own reports: the last half-year whose deadline has passed (the largest plan's current
            // half-year is written as well, but cannot be submitted yet).
            plan.lastBackfilled = plan.largest ? current.plus(-2) : plan.last.plus(-1);
            if (plan.largest) {
                for (int a = 0; a < agencyCount; a++) {
                    plan.agencies.add(agency(a));
                }
            } else {
                int n = Math.min(AGENCIES_PER_SMALL_PLAN, agencyCount);
                for (int a = 0; a < n; a++) {
                    plan.agencies.add(agency((p * 5 + a) % agencyCount));
                }
            }
            int count = plan.largest ? largestMeasures
                    : othersTotal / (PLANS - 1) + (p - 1 < othersTotal % (PLANS - 1) ? 1 : 0);
            Random random = new Random(1000 + p);
            int n = plan.agencies.size();
            for (int i = 0; i < count; i++) {
                MeasureSpec measure = new MeasureSpec();
                measure.code = (i / MEASURES_PER_TASK + 1) + "." + (i % MEASURES_PER_TASK + 1);
                measure.seed = (i + p * 7) % seedMeasures.size();
                measure.repealed = i % 97 == 50;
                if (!measure.repealed) {
                    double r = random.nextDouble();
                    int executors = r < 0.2 ? 2 : r < 0.6 ? 3 : r < 0.9 ? 4 : 5;
                    for (int j = 0; j < Math.min(executors, n); j++) {
                        measure.executors.add(plan.agencies.get((i * 7 + j * 13) % n));
                    }
                    // Deadlines spread over the plan's span.
                    long span = plan.last.end().toEpochDay() - plan.first.start().toEpochDay();
                    measure.deadline = plan.first.start().plusDays(30 + (long) (random.nextDouble() * (span - 30)));
                    int backfilled = plan.lastBackfilled.compareTo(plan.first) >= 0
                            ? (plan.lastBackfilled.year() * 2 + plan.lastBackfilled.half())
                                    - (plan.first.year() * 2 + plan.first.half()) + 1
                            : 0;
                    if (backfilled > 2 && random.nextDouble() < 0.2) {
                        measure.completedIn = plan.first.plus(2 + random.nextInt(backfilled - 2));
                    }
                }
                plan.measures.add(measure);
            }
            plans.add(plan);
        }
        return plans;
    }

    String agency(int index) {
        return String.format("AG%03d", index + 1);
    }

    ObjectNode document(PlanSpec plan, PlanSpec largest) {
        ObjectNode document = JSON.createObjectNode();
        document.put("formatVersion", 1);
        ArrayNode agencies = document.putArray("agencies");
        List<String> named = new ArrayList<>(plan.agencies);
        if (!named.contains(agency(0))) {
            named.add(agency(0));
        }
        for (String code : named) {
            int n = Integer.parseInt(code.substring(2));
            ObjectNode agency = agencies.addObject();
            agency.put("code", code);
            agency.set("name", text("Мамлекеттик агенттик №" + n + " (санариптик өнүктүрүү жана коопсуздук маселелери боюнча)",
                    "Государственное агентство №" + n + " (по вопросам цифрового развития и безопасности)",
                    "State Agency No. " + n + " (digital development and security)"));
            agency.set("abbreviation", text("МА" + n, "ГА" + n, "SA" + n));
            agency.putArray("contactEmails").add("office@ag" + n + ".example.kg");
        }
        ObjectNode p = document.putObject("plan");
        int number = Integer.parseInt(plan.code.substring(plan.code.length() - 2));
        p.put("code", plan.code);
        p.set("title", text("Улуттук программа №" + number + ": " + seedTasks.get(number % seedTasks.size()).path("title").path("ky").asText(),
                "Национальная программа №" + number + ": " + seedTasks.get(number % seedTasks.size()).path("title").path("ru").asText(),
                "National programme No. " + number + ": " + seedTasks.get(number % seedTasks.size()).path("title").path("en").asText()));
        p.put("startsOn", plan.first.start().toString());
        p.put("endsOn", plan.last.end().toString());
        LocalDate adopted = plan.first.start().minusDays(40);
        ObjectNode basis = p.putArray("legalBasis").addObject();
        basis.put("number", String.valueOf(100 + number));
        basis.put("date", adopted.toString());
        basis.set("title", text("Улуттук программаны бекитүү жөнүндө №" + number,
                "Об утверждении Национальной программы №" + number, "On approving National programme No. " + number));
        ObjectNode amendment = p.putArray("amendments").addObject();
        amendment.put("number", String.valueOf(500 + number));
        amendment.put("date", plan.first.plus(4).start().toString());
        amendment.set("title", text("Улуттук программага өзгөртүүлөрдү киргизүү жөнүндө",
                "О внесении изменений в Национальную программу", "On amending the National programme"));
        p.put("inForceFrom", adopted.plusDays(15).toString());
        ObjectNode reporting = p.putObject("reporting");
        reporting.put("frequency", "HALF_YEARLY");
        reporting.put("agencyReportDueDay", 5);
        reporting.put("consolidatedReportDueDay", 25);
        reporting.put("timeZone", "Asia/Bishkek");
        reporting.put("coordinator", agency(0));
        reporting.put("firstPeriod", plan.first.id());
        reporting.put("lastPeriod", plan.last.id());
        ArrayNode tasks = p.putArray("tasks");
        ObjectNode task = null;
        for (MeasureSpec spec : plan.measures) {
            String taskCode = spec.code.substring(0, spec.code.indexOf('.'));
            if (task == null || !task.path("code").asText().equals(taskCode)) {
                task = tasks.addObject();
                task.put("code", taskCode);
                JsonNode seedTask = seedTasks.get(Integer.parseInt(taskCode) % seedTasks.size());
                task.set("title", suffixed(seedTask.path("title"), " (" + taskCode + ")"));
                task.putArray("measures");
            }
            ObjectNode measure = ((ArrayNode) task.get("measures")).addObject();
            measure.put("code", spec.code);
            if (spec.repealed) {
                ObjectNode repeal = measure.putObject("repeal");
                repeal.put("actNumber", amendment.path("number").asText());
                repeal.put("actDate", amendment.path("date").asText());
                repeal.set("note", text("Күчүн жоготту", "Утратил силу", "Repealed"));
                continue;
            }
            JsonNode seed = seedMeasures.get(spec.seed);
            measure.set("text", suffixed(seed.path("text"), " (" + plan.code + ", " + spec.code + ")"));
            measure.set("expectedResult", seed.path("expectedResult").deepCopy());
            ObjectNode deadline = measure.putObject("deadline");
            deadline.put("date", spec.deadline.toString());
            deadline.set("wording", dateWording(spec.deadline));
            ObjectNode funding = ((ObjectNode) seed.path("funding").deepCopy());
            funding.remove("sharedWith");
            measure.set("funding", funding);
            ArrayNode executors = measure.putArray("executors");
            for (int j = 0; j < spec.executors.size(); j++) {
                ObjectNode executor = executors.addObject();
                executor.put("agency", spec.executors.get(j));
                if (j > 0 && j % 3 == 0) {
                    executor.put("byAgreement", true);
                }
            }
            if (seed.path("ministriesAndAgencies").asBoolean()) {
                measure.put("ministriesAndAgencies", true);
            }
        }
        return document;
    }

    static final String[] MONTHS_KY = {"январы", "февралы", "марты", "апрели", "майы", "июну", "июлу", "августу",
            "сентябры", "октябры", "ноябры", "декабры"};
    static final String[] MONTHS_RU = {"января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
            "сентября", "октября", "ноября", "декабря"};
    static final String[] MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"};

    static ObjectNode dateWording(LocalDate day) {
        int m = day.getMonthValue() - 1;
        return text(day.getYear() + "-жылдын " + day.getDayOfMonth() + "-" + MONTHS_KY[m],
                day.getDayOfMonth() + " " + MONTHS_RU[m] + " " + day.getYear() + " года",
                day.getDayOfMonth() + " " + MONTHS_EN[m] + " " + day.getYear());
    }

    static ObjectNode text(String ky, String ru, String en) {
        ObjectNode text = JSON.createObjectNode();
        text.put("ky", ky);
        text.put("ru", ru);
        text.put("en", en);
        return text;
    }

    static ObjectNode suffixed(JsonNode text, String suffix) {
        return text(text.path("ky").asText() + suffix, text.path("ru").asText() + suffix, text.path("en").asText() + suffix);
    }

    // ---- accounts and tokens ----

    void signInAdmin() {
        HttpResponse<String> response = call("POST", "/api/v1/session", Map.of(),
                json(Map.of("username", "admin", "password", adminPassword)), 201);
        String cookie = response.headers().allValues("set-cookie").stream()
                .filter(c -> c.startsWith("tracker_session=")).findFirst()
                .orElseThrow(() -> new Failure("the sign-in answer set no tracker_session cookie"));
        adminCookie = cookie.substring(0, cookie.indexOf(';') < 0 ? cookie.length() : cookie.indexOf(';'));
        adminCsrf = read(response.body()).path("csrfToken").asText();
    }

    Map<String, String> admin() {
        return Map.of("Cookie", adminCookie, "X-CSRF-Token", adminCsrf);
    }

    void accounts() throws Exception {
        long t = System.nanoTime();
        String expires = today.plusDays(30).toString();
        adminToken = issue("admin", expires);
        createAccount(COORDINATOR, "COORDINATOR", null);
        coordinatorToken = issue(COORDINATOR, expires);
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, 4));
        List<Future<String[]>> done = new ArrayList<>();
        for (int a = 0; a < agencyCount; a++) {
            String code = agency(a);
            done.add(pool.submit(() -> {
                String username = "bench-" + code.toLowerCase();
                createAccount(username, "REPORTER", code);
                return new String[] {code, issue(username, expires)};
            }));
        }
        for (Future<String[]> f : done) {
            String[] token = get(f);
            reporterTokens.put(token[0], token[1]);
        }
        pool.shutdown();
        log("accounts and tokens: %d reporters, a coordinator, in %d s", agencyCount, (System.nanoTime() - t) / 1_000_000_000);
    }

    void createAccount(String username, String role, String agency) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("username", username);
        body.put("password", PASSWORD);
        body.put("role", role);
        if (agency != null) {
            body.put("agency", agency);
        }
        body.put("email", username + "@example.kg");
        body.put("language", "ru");
        call("POST", "/api/v1/users", admin(), json(body), 201);
    }

    String issue(String username, String expires) {
        return read(call("POST", "/api/v1/users/" + username + "/tokens", admin(),
                json(Map.of("name", "national benchmark", "expiresOn", expires)), 201).body()).path("token").asText();
    }

    // ---- the reports ----

    static final class Counts {
        final AtomicLong reports = new AtomicLong();
        final AtomicLong entries = new AtomicLong();
        final AtomicLong revisions = new AtomicLong();
        final AtomicLong writes = new AtomicLong();
    }

    /**
     * Half-year after half-year (a report's entries depend on what earlier ones reported completed), every report of
     * the half-year in parallel.
     */
    Counts reports(List<PlanSpec> plans) throws Exception {
        Counts counts = new Counts();
        HalfYear from = plans.stream().map(p -> p.first).min(HalfYear::compareTo).orElseThrow();
        HalfYear to = plans.stream().map(p -> p.last).max(HalfYear::compareTo).orElseThrow();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (HalfYear period = from; period.compareTo(to) <= 0; period = period.plus(1)) {
            long t = System.nanoTime();
            long before = counts.entries.get();
            List<Future<?>> done = new ArrayList<>();
            for (PlanSpec plan : plans) {
                if (period.compareTo(plan.first) < 0 || period.compareTo(plan.last) > 0) {
                    continue;
                }
                for (String agency : plan.agencies) {
                    if (hasDuties(plan, agency, period)) {
                        HalfYear p = period;
                        done.add(pool.submit(() -> report(plan, agency, p, counts)));
                    }
                }
            }
            for (Future<?> f : done) {
                get(f);
            }
            log("%s: %d reports, %d entries in %d s", period.id(), done.size(), counts.entries.get() - before,
                    (System.nanoTime() - t) / 1_000_000_000);
        }
        pool.shutdown();
        return counts;
    }

    static boolean hasDuties(PlanSpec plan, String agency, HalfYear period) {
        return plan.measures.stream().anyMatch(m -> m.executors.contains(agency)
                && (m.completedIn == null || m.completedIn.compareTo(period) >= 0));
    }

    void report(PlanSpec plan, String agency, HalfYear period, Counts counts) {
        boolean backfill = period.compareTo(plan.lastBackfilled) <= 0;
        Random random = new Random((plan.code + agency + period.id()).hashCode());
        Map<String, String> auth = Map.of("Authorization", "Bearer "
                + (backfill ? coordinatorToken : reporterTokens.get(agency)));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("planCode", plan.code);
        body.put("period", period.id());
        body.put("agency", agency);
        if (backfill) {
            LocalDate due = period.dayOfFollowingMonth(5);
            LocalDate received = random.nextDouble() < 0.85 ? due.minusDays(random.nextInt(25))
                    : due.plusDays(1 + random.nextInt(45));
            if (!received.isAfter(period.end())) {
                received = period.end().plusDays(1);
            }
            if (received.isAfter(today)) {
                received = today;
            }
            LocalDate letter = received.minusDays(random.nextInt(6));
            body.put("backfill", Map.of("receivedOn", received.toString(),
                    "letter", Map.of("number", (10 + random.nextInt(80)) + "-" + (1 + random.nextInt(9)) + "/"
                            + (100 + random.nextInt(900)), "date", letter.toString())));
        }
        JsonNode report = read(call("POST", "/api/v1/reports", auth, json(body), 201).body());
        long id = report.path("id").asLong();
        counts.reports.incrementAndGet();
        Map<String, MeasureSpec> byCode = new LinkedHashMap<>();
        plan.measures.forEach(m -> byCode.put(m.code, m));
        int index = (period.year() * 2 + period.half()) - (plan.first.year() * 2 + plan.first.half());
        String firstMeasure = null;
        String firstEtag = null;
        for (JsonNode entry : report.path("entries")) {
            counts.entries.incrementAndGet();
            String code = entry.path("measure").asText();
            MeasureSpec measure = byCode.get(code);
            String etag = put(id, code, entry.path("etag").asText(), auth, entryBody(measure, period, index, random));
            counts.writes.incrementAndGet();
            if (firstMeasure == null) {
                firstMeasure = code;
                firstEtag = etag;
            }
        }
        if (!backfill) {
            return; // the agencies' own reports stay drafts: the benchmark submits them, or writes them
        }
        Map<String, String> coordinator = Map.of("Authorization", "Bearer " + coordinatorToken);
        call("POST", "/api/v1/reports/" + id + "/submit", coordinator, null, 200);
        counts.revisions.incrementAndGet();
        double fate = random.nextDouble();
        if (fate < 0.05 && firstMeasure != null) {
            call("POST", "/api/v1/reports/" + id + "/return", coordinator,
                    json(Map.of("comment", "Просим уточнить сведения о ходе исполнения и приложить подтверждающие документы.")),
                    200);
            put(id, firstMeasure, firstEtag, auth, entryBody(byCode.get(firstMeasure), period, index, random));
            counts.writes.incrementAndGet();
            call("POST", "/api/v1/reports/" + id + "/submit", coordinator, null, 200);
            counts.revisions.incrementAndGet();
        }
        if (fate < 0.67) {
            call("POST", "/api/v1/reports/" + id + "/accept", coordinator, null, 200);
        }
    }

    String put(long report, String measure, String etag, Map<String, String> auth, byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>(auth);
        headers.put("If-Match", etag);
        HttpResponse<String> response = call("PUT", "/api/v1/reports/" + report + "/entries/" + measure, headers, body, 200);
        return response.headers().firstValue("etag").orElseThrow(() -> new Failure("PUT answered without an ETag"));
    }

    static final String[] NARRATIVE = {
            "В отчетном периоде проведены рабочие совещания с заинтересованными государственными органами, подготовлен "
                    + "проект нормативного правового акта, который направлен на согласование в Министерство юстиции.",
            "Отчеттук мезгилде кызыкдар мамлекеттик органдар менен жумушчу кеңешмелер өткөрүлдү, ченемдик укуктук "
                    + "актынын долбоору даярдалып, макулдашууга жөнөтүлдү.",
            "Разработано техническое задание, проведены закупочные процедуры, заключен договор с поставщиком; "
                    + "ведутся работы по внедрению и обучению сотрудников.",
            "Мероприятие исполняется в рамках утвержденного бюджета; подготовлены методические рекомендации и "
                    + "проведено обучение для 120 специалистов территориальных подразделений."};

    byte[] entryBody(MeasureSpec measure, HalfYear period, int index, Random random) {
        Map<String, Object> body = new LinkedHashMap<>();
        boolean completed = measure.completedIn != null && measure.completedIn.equals(period);
        String narrative = NARRATIVE[random.nextInt(NARRATIVE.length)] + " " + NARRATIVE[random.nextInt(NARRATIVE.length)];
        if (completed) {
            LocalDate on = period.end().minusDays(random.nextInt(90));
            body.put("status", "COMPLETED");
            body.put("progressPercent", 100);
            body.put("completedOn", on.toString());
            body.put("narrative", narrative);
            body.put("evidence", List.of(Map.of("title", "Постановление Кабинета Министров об утверждении результатов",
                    "actNumber", String.valueOf(100 + random.nextInt(800)), "actDate", on.toString())));
        } else if (index == 0 && random.nextDouble() < 0.5) {
            body.put("status", "NOT_STARTED");
            body.put("progressPercent", 0);
            body.put("narrative", "Работы запланированы на следующий отчетный период.");
        } else if (random.nextDouble() < 0.05) {
            body.put("status", "BLOCKED");
            body.put("progressPercent", Math.min(90, 5 + index * 8));
            body.put("narrative", narrative);
            body.put("problems", "Не выделено финансирование из республиканского бюджета; направлено обращение в Министерство финансов.");
        } else {
            body.put("status", "IN_PROGRESS");
            body.put("progressPercent", Math.min(95, 5 + index * 9 + random.nextInt(10)));
            body.put("narrative", narrative);
            body.put("nextSteps", "Завершить согласование и внести проект на рассмотрение Кабинета Министров.");
            if (random.nextDouble() < 0.3) {
                body.put("spent", Map.of("amount", 10000 + random.nextInt(5_000_000), "currency", "KGS",
                        "fundingSource", "REPUBLICAN_BUDGET"));
            }
        }
        return json(body);
    }

    // ---- HTTP ----

    static final class Failure extends RuntimeException {
        Failure(String message) {
            super(message);
        }
    }

    HttpResponse<String> call(String method, String path, Map<String, String> headers, byte[] body, int expected) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(5))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        HttpResponse<String> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Failure("interrupted");
        }
        requests.computeIfAbsent(method + " " + path.replaceAll("/[0-9]+(/|$)", "/{id}$1").replaceAll("/entries/.*", "/entries/{measure}")
                .replaceAll("/users/[^/]+/", "/users/{username}/") + " " + response.statusCode(), k -> new AtomicLong()).incrementAndGet();
        if (response.statusCode() != expected) {
            String sent = body == null ? "" : new String(body, 0, Math.min(body.length, 2000), StandardCharsets.UTF_8);
            throw new Failure(method + " " + path + " answered " + response.statusCode() + " (expected " + expected
                    + ")\n  request body: " + sent + "\n  response: " + response.body());
        }
        return response;
    }

    static byte[] json(Object value) {
        try {
            return JSON.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static <T> T get(Future<T> future) throws InterruptedException {
        try {
            return future.get();
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    static void log(String format, Object... args) {
        System.err.printf("[%tT] NationalData: %s%n", System.currentTimeMillis(), String.format(format, args));
    }
}
