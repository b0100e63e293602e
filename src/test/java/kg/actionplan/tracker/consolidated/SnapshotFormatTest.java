package kg.actionplan.tracker.consolidated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import kg.actionplan.tracker.consolidated.ConsolidatedContent.Completion;
import kg.actionplan.tracker.consolidated.ConsolidatedContent.Entry;
import kg.actionplan.tracker.consolidated.ConsolidatedContent.ExecutorRow;
import kg.actionplan.tracker.consolidated.ConsolidatedContent.Figures;
import kg.actionplan.tracker.consolidated.ConsolidatedContent.MeasureRow;
import kg.actionplan.tracker.consolidated.ConsolidatedContent.Repealed;
import kg.actionplan.tracker.consolidated.ConsolidatedContent.Submission;
import kg.actionplan.tracker.consolidated.ConsolidatedContent.TaskBlock;
import kg.actionplan.tracker.report.EntryStatus;
import kg.actionplan.tracker.report.ReportRequests.EvidenceItem;
import kg.actionplan.tracker.report.ReportRequests.LetterItem;
import kg.actionplan.tracker.report.ReportRequests.SpentItem;
import kg.actionplan.tracker.report.ReportViews.BackfillView;

/**
 * Stored consolidated reports stay readable: snapshots in every format stored so far, fields added by later builds,
 * and entry statuses that this code no longer knows. A newer format is refused and not misread.
 *
 * <p>The fixtures in {@code snapshots/} all hold {@link #report2022H1()}:
 * <ul>
 * <li>{@code format-0.snapshot}: the column value written by the codec of commit e3617cc, which had no format
 * number and used the application's ObjectMapper. That mapper left out null fields.</li>
 * <li>{@code format-0-with-nulls.snapshot}: the same, written by commit fa69d87, from before the application's
 * mapper left out nulls.</li>
 * <li>{@code format-1.json}: the JSON of format 1, indented for reading (the codec writes it without spaces).</li>
 * </ul>
 */
class SnapshotFormatTest {

    private final SnapshotCodec codec = new SnapshotCodec();

    @Test
    void aSnapshotStoredBeforeFormatsWereNumberedReadsAsItWasWritten() {
        ConsolidatedContent content = codec.decode(resource("format-0.snapshot").strip());

        assertEquals("cybersecurity-2019-2023", content.planCode());
        assertEquals("2022-H1", content.period());
        assertEquals(LocalDate.of(2022, 6, 30), content.asOf());
        assertEquals(LocalDate.of(2022, 7, 5), content.agencyReportDue());
        assertEquals(LocalDate.of(2022, 7, 25), content.consolidatedReportDue());
        assertEquals(new Submission("UKMK", "ACCEPTED", Instant.parse("2022-07-08T09:14:27.512Z"), true, 3, null),
                content.submissions().get(0));
        assertEquals(new Submission("PDA", "MISSING", null, true, 20, null), content.submissions().get(3));
        assertEquals(List.of("PDA"), content.missingAgencies());

        MeasureRow measure111 = content.tasks().get(0).measures().get(0);
        assertEquals("1.11", measure111.code());
        assertEquals(LocalDate.of(2021, 12, 30), measure111.dueOn());
        assertEquals("IN_PROGRESS", measure111.status());
        assertTrue(measure111.overdue());
        Entry lead = measure111.executors().get(0).entry();
        assertEquals(EntryStatus.IN_PROGRESS, lead.status());
        assertEquals(60, lead.progressPercent());
        assertEquals("Регламент CERT утверждён; учения «Кибер-щит 2022» проведены в мае.", lead.narrative());
        assertEquals(new EvidenceItem("Приказ ГКНБ о регламенте CERT", "45-п", LocalDate.of(2022, 3, 14), null),
                lead.evidence().get(0));
        assertEquals(new SpentItem(new BigDecimal("1250000.50"), "KGS", "REPUBLICAN_BUDGET"), lead.spent());
        assertNull(measure111.executors().get(1).entry());
        // built before completions were recorded: 5.1, COMPLETED, reads without one
        assertNull(content.tasks().get(1).measures().get(0).completion());
        assertNull(content.tasks().get(1).measures().get(0).executors().get(0).entry().completedOn());
        assertEquals(new ExecutorRow("BIM", "MTBMK", true, false, null),
                content.tasks().get(2).measures().get(0).executors().get(0));

        assertEquals(List.of(new Repealed("1.6", "199", LocalDate.of(2022, 4, 8)),
                new Repealed("1.9", "199", LocalDate.of(2022, 4, 8))), content.repealed());
        assertEquals(new BigDecimal("25.0"), content.figures().shareCompleted());
        assertEquals(2, content.figures().byStatus().get("NOT_REPORTED"));
        assertEquals(new BigDecimal("75.0"), content.previousFigures().onTimeRate());

        assertEquals(report2022H1(), content);
    }

    @Test
    void aSnapshotStoredWithNullFieldsReadsAsOneWithout() {
        assertEquals(report2022H1(), codec.decode(resource("format-0-with-nulls.snapshot").strip()));
    }

    @Test
    void aSnapshotInFormat1ReadsAsItWasWritten() {
        assertEquals(report2022H1(), codec.decode(stored(resource("format-1.json"))));
    }

    @Test
    void newSnapshotsAreWrittenInFormat1() throws IOException {
        ObjectMapper mapper = new ObjectMapper();

        String written = json(codec.encode(report2022H1()).snapshot());

        assertEquals(mapper.readTree(resource("format-1.json")), mapper.readTree(written));
        assertEquals(1, mapper.readTree(written).get("format").intValue());
    }

    @Test
    void fieldsThatThisCodeDoesNotKnowAreSkipped() {
        String json = json(codec.encode(report2022H1()).snapshot());
        json = replaceOnce(json, "{\"format\":1,", "{\"format\":1,\"signedBy\":\"MTBMK\",");
        json = replaceOnce(json, "\"progressPercent\":60,",
                "\"progressPercent\":60,\"reviewer\":{\"name\":\"A. Ivanova\"},");
        json = replaceOnce(json, "\"actNumber\":\"45-п\",", "\"actNumber\":\"45-п\",\"pages\":12,");
        json = replaceOnce(json, "\"fundingSource\":\"DONOR_FUNDS\"",
                "\"fundingSource\":\"DONOR_FUNDS\",\"tranche\":[1,2]");

        assertEquals(report2022H1(), codec.decode(stored(json)));
    }

    /**
     * Back-fills came after format 1: the snapshots stored before them (the fixtures) read without any, as
     * {@link #aSnapshotInFormat1ReadsAsItWasWritten()} shows; one with them keeps them.
     */
    @Test
    void aBackFilledSubmissionAndTheEntriesOfItsReportKeepTheReceiptTheLetterAndWhoEnteredIt() {
        String json = json(codec.encode(report2022H1()).snapshot());
        json = replaceOnce(json, "\"submittedAt\":\"2022-07-04T11:02:00Z\",\"late\":false,\"daysLate\":0",
                "\"submittedAt\":\"2022-07-04T11:02:00Z\",\"late\":false,\"daysLate\":0,\"backfill\":{"
                        + "\"receivedOn\":\"2022-07-04\",\"letterNumber\":\"01-12/345\",\"letterDate\":\"2022-07-01\","
                        + "\"recordedBy\":\"coordinator\",\"recordedAt\":\"2026-11-23T06:00:00Z\"}");
        json = replaceOnce(json, "\"period\":\"2021-H2\",\"revision\":1,",
                "\"period\":\"2021-H2\",\"revision\":1,\"receivedOn\":\"2022-01-04\",");

        ConsolidatedContent content = codec.decode(stored(json));

        BackfillView backfill = new BackfillView(LocalDate.of(2022, 7, 4),
                new LetterItem("01-12/345", LocalDate.of(2022, 7, 1)), "coordinator",
                Instant.parse("2026-11-23T06:00:00Z"));
        assertEquals(new Submission("MTBMK", "SUBMITTED", Instant.parse("2022-07-04T11:02:00Z"), false, 0, backfill),
                content.submissions().get(1));
        assertNull(content.submissions().get(0).backfill());
        Entry mtbmk51 = content.tasks().get(1).measures().get(0).executors().get(0).entry();
        assertEquals(LocalDate.of(2022, 1, 4), mtbmk51.receivedOn());
        assertNull(content.tasks().get(0).measures().get(0).executors().get(0).entry().receivedOn());
        assertEquals(content, codec.decode(codec.encode(content).snapshot()));
    }

    @Test
    void aMeasuresCompletionAndAnEntrysCompletedOnAreWrittenInFormat1AndReadBack() throws IOException {
        ConsolidatedContent completed = withCompletionOf5_1(report2022H1());

        String written = json(codec.encode(completed).snapshot());

        var measure51 = new ObjectMapper().readTree(written).get("tasks").get(1).get("measures").get(0);
        assertEquals(1, new ObjectMapper().readTree(written).get("format").intValue());
        assertEquals("{\"period\":\"2021-H2\",\"completedOn\":\"2021-11-15\",\"slipDays\":868}",
                measure51.get("completion").toString());
        assertEquals("2021-11-15", measure51.get("executors").get(0).get("entry").get("completedOn").textValue());
        assertEquals(completed, codec.decode(stored(written)));
    }

    @Test
    void listsMissingFromASnapshotReadAsEmpty() {
        ConsolidatedContent content = codec.decode(stored("{\"format\":1,\"planCode\":\"cybersecurity-2019-2023\","
                + "\"period\":\"2022-H1\",\"asOf\":\"2022-06-30\"}"));

        assertEquals("cybersecurity-2019-2023", content.planCode());
        assertEquals(LocalDate.of(2022, 6, 30), content.asOf());
        assertEquals(List.of(), content.submissions());
        assertEquals(List.of(), content.missingAgencies());
        assertEquals(List.of(), content.tasks());
        assertEquals(List.of(), content.repealed());
        assertNull(content.figures());
    }

    @Test
    void anEntryStatusThatThisCodeDoesNotKnowLeavesTheEntryWithoutAStatusAndTheMeasureWithTheStoredName() {
        String json = json(codec.encode(report2022H1()).snapshot());
        json = replaceOnce(json, "\"status\":\"IN_PROGRESS\",\"progressPercent\":60",
                "\"status\":\"ON_HOLD\",\"progressPercent\":60");
        json = replaceOnce(json, "\"status\":\"IN_PROGRESS\",\"overdue\":true",
                "\"status\":\"ON_HOLD\",\"overdue\":true");

        MeasureRow measure111 = codec.decode(stored(json)).tasks().get(0).measures().get(0);

        assertEquals("ON_HOLD", measure111.status());
        Entry lead = measure111.executors().get(0).entry();
        assertNull(lead.status());
        assertEquals(60, lead.progressPercent());
        assertEquals("Регламент CERT утверждён; учения «Кибер-щит 2022» проведены в мае.", lead.narrative());
        assertEquals(new SpentItem(new BigDecimal("1250000.50"), "KGS", "REPUBLICAN_BUDGET"), lead.spent());
    }

    @Test
    void aSnapshotInANewerFormatIsRefusedWithItsFormat() {
        String json = replaceOnce(json(codec.encode(report2022H1()).snapshot()), "{\"format\":1,", "{\"format\":2,");

        IllegalStateException refused = assertThrows(IllegalStateException.class, () -> codec.decode(stored(json)));

        assertEquals("This consolidated report is stored in snapshot format 2, but this version of the tracker reads "
                + "formats up to 1. Upgrade the tracker to read it.", refused.getMessage());
    }

    @Test
    void whatIsEncodedDecodesToTheSameContent() {
        assertEquals(report2022H1(), codec.decode(codec.encode(report2022H1()).snapshot()));
        ConsolidatedContent first = new ConsolidatedContent("cybersecurity-2019-2023", "2019-H2",
                LocalDate.of(2019, 12, 31), LocalDate.of(2020, 1, 5), LocalDate.of(2020, 1, 25), List.of(), List.of(),
                List.of(), List.of(), new Figures("2019-H2", 0, byStatus(0, 0, 0, 0, 0), new BigDecimal("0.0"), 0, 0, 0,
                        new BigDecimal("0.0")), null);
        assertEquals(first, codec.decode(codec.encode(first).snapshot()));
    }

    @Test
    void theHashIsTheSha256OfTheJsonStored() throws Exception {
        SnapshotCodec.Encoded encoded = codec.encode(report2022H1());

        byte[] json = json(encoded.snapshot()).getBytes(StandardCharsets.UTF_8);

        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json)), encoded.hash());
        assertEquals(encoded.hash(), codec.encode(report2022H1()).hash());
        assertNotEquals(encoded.hash(), codec.encode(new ConsolidatedContent("cybersecurity-2019-2023", "2022-H1",
                LocalDate.of(2022, 6, 30), LocalDate.of(2022, 7, 5), LocalDate.of(2022, 7, 25), List.of(), List.of(),
                List.of(), List.of(), null, null)).hash());
    }

    /**
     * The official report on 2022-H1 of the seeded plan, as a build might give it: a late, an on-time, a draft and a
     * missing submission; entries with evidence (a legal act, a URL), spending and none; an entry from an earlier
     * half-year; an executor answered for by another agency; two repealed measures; this and the previous
     * half-year's figures.
     */
    static ConsolidatedContent report2022H1() {
        Entry ukmk111 = new Entry("2022-H1", 2, "ACCEPTED", EntryStatus.IN_PROGRESS, 60, null,
                "Регламент CERT утверждён; учения «Кибер-щит 2022» проведены в мае.",
                List.of(new EvidenceItem("Приказ ГКНБ о регламенте CERT", "45-п", LocalDate.of(2022, 3, 14), null),
                        new EvidenceItem("Report on the CERT exercise", null, null,
                                "https://cert.gov.kg/reports/2022-h1")),
                new SpentItem(new BigDecimal("1250000.50"), "KGS", "REPUBLICAN_BUDGET"), null);
        Entry mtbmk51 = new Entry("2021-H2", 1, "ACCEPTED", EntryStatus.COMPLETED, 100, null,
                "The national cybersecurity coordination centre was set up.", List.of(),
                new SpentItem(new BigDecimal("480000.00"), "KGS", "DONOR_FUNDS"), null);
        Entry ukmk51 = new Entry("2022-H1", 2, "ACCEPTED", EntryStatus.BLOCKED, 20, null,
                "Waiting for the staff positions to be approved.", List.of(), null, null);
        return new ConsolidatedContent("cybersecurity-2019-2023", "2022-H1",
                LocalDate.of(2022, 6, 30), LocalDate.of(2022, 7, 5), LocalDate.of(2022, 7, 25),
                List.of(new Submission("UKMK", "ACCEPTED", Instant.parse("2022-07-08T09:14:27.512Z"), true, 3, null),
                        new Submission("MTBMK", "SUBMITTED", Instant.parse("2022-07-04T11:02:00Z"), false, 0, null),
                        new Submission("BIM", "DRAFT", null, true, 20, null),
                        new Submission("PDA", "MISSING", null, true, 20, null)),
                List.of("PDA"),
                List.of(new TaskBlock("1", List.of(
                                new MeasureRow("1.11", LocalDate.of(2021, 12, 30), List.of(
                                        new ExecutorRow("UKMK", "UKMK", true, false, ukmk111),
                                        new ExecutorRow("MTBMK", "MTBMK", false, false, null)),
                                        "IN_PROGRESS", true, null))),
                        new TaskBlock("5", List.of(
                                new MeasureRow("5.1", LocalDate.of(2019, 7, 1), List.of(
                                        new ExecutorRow("MTBMK", "MTBMK", true, false, mtbmk51),
                                        new ExecutorRow("UKMK", "UKMK", false, true, ukmk51)),
                                        "COMPLETED", false, null),
                                new MeasureRow("5.2", LocalDate.of(2019, 8, 30), List.of(
                                        new ExecutorRow("PDA", "PDA", true, false, null)),
                                        "NOT_REPORTED", true, null))),
                        new TaskBlock("6", List.of(
                                new MeasureRow("6.1", LocalDate.of(2022, 12, 31), List.of(
                                        new ExecutorRow("BIM", "MTBMK", true, false, null)),
                                        "NOT_REPORTED", false, null)))),
                List.of(new Repealed("1.6", "199", LocalDate.of(2022, 4, 8)),
                        new Repealed("1.9", "199", LocalDate.of(2022, 4, 8))),
                new Figures("2022-H1", 4, byStatus(1, 1, 0, 0, 2), new BigDecimal("25.0"), 2, 4, 1,
                        new BigDecimal("25.0")),
                new Figures("2021-H2", 4, byStatus(1, 2, 0, 0, 1), new BigDecimal("25.0"), 2, 4, 3,
                        new BigDecimal("75.0")));
    }

    /**
     * The report with 5.1 (due 2019-07-01) completed on 2021-11-15, as MTBMK's entry on 2021-H2 says.
     */
    private static ConsolidatedContent withCompletionOf5_1(ConsolidatedContent report) {
        TaskBlock task5 = report.tasks().get(1);
        MeasureRow row = task5.measures().get(0);
        ExecutorRow lead = row.executors().get(0);
        Entry entry = lead.entry();
        Entry dated = new Entry(entry.period(), entry.revision(), entry.reportStatus(), entry.status(),
                entry.progressPercent(), LocalDate.of(2021, 11, 15), entry.narrative(), entry.evidence(),
                entry.spent(), entry.receivedOn());
        MeasureRow completed = new MeasureRow(row.code(), row.dueOn(), List.of(new ExecutorRow(lead.agency(),
                lead.answeringAgency(), lead.lead(), lead.byAgreement(), dated), row.executors().get(1)),
                row.status(), row.overdue(), new Completion("2021-H2", LocalDate.of(2021, 11, 15), 868));
        List<TaskBlock> tasks = List.of(report.tasks().get(0),
                new TaskBlock(task5.code(), List.of(completed, task5.measures().get(1))), report.tasks().get(2));
        return new ConsolidatedContent(report.planCode(), report.period(), report.asOf(), report.agencyReportDue(),
                report.consolidatedReportDue(), report.submissions(), report.missingAgencies(), tasks,
                report.repealed(), report.figures(), report.previousFigures());
    }

    private static Map<String, Integer> byStatus(int completed, int inProgress, int blocked, int notStarted,
            int notReported) {
        Map<String, Integer> byStatus = new LinkedHashMap<>();
        byStatus.put("COMPLETED", completed);
        byStatus.put("IN_PROGRESS", inProgress);
        byStatus.put("BLOCKED", blocked);
        byStatus.put("NOT_STARTED", notStarted);
        byStatus.put("NOT_REPORTED", notReported);
        return byStatus;
    }

    private static String resource(String name) {
        try (InputStream in = SnapshotFormatTest.class.getClassLoader().getResourceAsStream("snapshots/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The column value that holds {@code json}: gzip-compressed and base64-encoded.
     */
    private static String stored(String json) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(json.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getEncoder().encodeToString(compressed.toByteArray());
    }

    /**
     * The JSON that a column value holds.
     */
    private static String json(String stored) {
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(
                Base64.getDecoder().decode(stored)))) {
            return new String(gzip.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String replaceOnce(String text, String target, String replacement) {
        int at = text.indexOf(target);
        assertTrue(at >= 0 && text.indexOf(target, at + 1) < 0, "exactly one " + target + " in " + text);
        return text.replace(target, replacement);
    }
}
