package kg.actionplan.tracker.consolidated;

import static kg.actionplan.tracker.consolidated.ConsolidatedFixtures.built;
import static kg.actionplan.tracker.consolidated.ConsolidatedFixtures.file;
import static kg.actionplan.tracker.consolidated.ConsolidatedFixtures.url;
import static kg.actionplan.tracker.report.ReportFixtures.REPORTER_TESTAG;
import static kg.actionplan.tracker.report.ReportFixtures.createReport;
import static kg.actionplan.tracker.report.ReportFixtures.edit;
import static kg.actionplan.tracker.report.ReportFixtures.inProgress;
import static kg.actionplan.tracker.report.ReportFixtures.newPlan;
import static kg.actionplan.tracker.report.ReportFixtures.submit;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

import kg.actionplan.tracker.account.TestAccounts;
import kg.actionplan.tracker.common.MutableClock;
import kg.actionplan.tracker.plan.HalfYear;
import kg.actionplan.tracker.plan.Plan;
import kg.actionplan.tracker.plan.PlanRepository;

/**
 * Reports as large as the report API allows still build and render, and the format a client names is the one it
 * gets.
 */
@QuarkusTest
class ConsolidatedReportLimitsTest {

    static final String UKMK = TestAccounts.REPORTER_UKMK;

    @Inject
    MutableClock clock;

    @Inject
    PlanRepository plans;

    @Inject
    ConsolidatedReportRepository versions;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /**
     * A narrative just under the 20,000 characters an entry may have, ending in {@code marker}.
     */
    private static String longNarrative(String marker) {
        return "Иш жүргүзүлдү. ".repeat(1300) + marker;
    }

    /**
     * A fresh minimal plan on which TESTAG and UKMK both submitted 2025-H1 with the longest narratives on 1.1.
     */
    private String planWithLongNarrativesOn1_1() {
        String plan = newPlan();
        long testag = createReport(REPORTER_TESTAG, plan, "2025-H1", "TESTAG");
        edit(REPORTER_TESTAG, testag, "1.1", inProgress(40, longNarrative("КОНЕЦTESTAG")));
        long ukmk = createReport(UKMK, plan, "2025-H1", "UKMK");
        edit(UKMK, ukmk, "1.1", inProgress(30, longNarrative("КОНЕЦUKMK")));
        clock.set(Instant.parse("2025-07-03T04:00:00Z"));
        submit(REPORTER_TESTAG, testag).statusCode(200);
        submit(UKMK, ukmk).statusCode(200);
        built(plan, "2025-H1");
        return plan;
    }

    @Test
    void longNarrativesOfSeveralExecutorsAreWrittenWholeToTheCsvAndThePdf() throws IOException {
        String plan = planWithLongNarrativesOn1_1();

        String csv = new String(file(plan, "2025-H1", "csv", "ky"), StandardCharsets.UTF_8);
        assertThat(csv, containsString("КОНЕЦTESTAG"));
        assertThat(csv, containsString("КОНЕЦUKMK"));
        try (PDDocument pdf = Loader.loadPDF(file(plan, "2025-H1", "pdf", "ky"))) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text, containsString("КОНЕЦTESTAG"));
            assertThat(text, containsString("КОНЕЦUKMK"));
        }
    }

    @Test
    void longNarrativesOfSeveralExecutorsStillGiveAWorkbook() throws IOException {
        String plan = planWithLongNarrativesOn1_1();

        byte[] bytes = ConsolidatedFixtures.coordinator().queryParam("format", "xlsx").when().get(url(plan, "2025-H1"))
                .then().statusCode(200)
                .extract().asByteArray();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertEquals("1.1", workbook.getSheetAt(0).getRow(11).getCell(0).getStringCellValue());
        }
    }

    @Test
    void aHalfYearWithAsMuchEvidenceAsTheReportApiAcceptsCanStillBeBuilt() {
        String plan = newPlan(document -> {
            ArrayNode measures = (ArrayNode) document.get("plan").get("tasks").get(1).get("measures");
            ObjectNode template = (ObjectNode) measures.get(0);
            for (int i = 2; i <= 9; i++) {
                ObjectNode measure = template.deepCopy();
                measure.put("code", "2." + i);
                ((ArrayNode) measure.get("executors")).removeAll().addObject().put("agency", "TESTAG");
                measures.add(measure);
            }
        });
        long report = createReport(REPORTER_TESTAG, plan, "2025-H1", "TESTAG");
        Random random = new Random(1);
        for (int i = 2; i <= 9; i++) {
            Map<String, Object> body = inProgress(40, "Documents attached");
            List<Map<String, Object>> evidence = new ArrayList<>();
            for (int k = 0; k < 100; k++) {
                StringBuilder link = new StringBuilder("https://docs.example.kg/");
                for (int c = 0; c < 1900; c++) {
                    link.append((char) ('a' + random.nextInt(26)));
                }
                evidence.add(Map.of("title", "Document " + k, "url", link.toString()));
            }
            body.put("evidence", evidence);
            edit(REPORTER_TESTAG, report, "2." + i, body);
        }
        clock.set(Instant.parse("2025-07-03T04:00:00Z"));
        submit(REPORTER_TESTAG, report).statusCode(200);

        built(plan, "2025-H1")
                .body("tasks[1].measures[1].executors[0].entry.evidence.size()", equalTo(100));
    }

    @Test
    void theFormatParameterWinsEvenOverAnAcceptHeaderNamingAnotherType() {
        String plan = newPlan();
        built(plan, "2025-H1");

        ConsolidatedFixtures.coordinator().accept("application/octet-stream").queryParam("format", "pdf")
                .when().get(url(plan, "2025-H1"))
                .then().statusCode(200)
                .header("Content-Type", startsWith("application/pdf"));
    }

    /**
     * 5,000 measures with 99 agencies give a snapshot of about 13 million characters, more than a bounded column
     * (V6's ten million) holds. Stored directly rather than built, so that the test takes seconds.
     */
    @Test
    void aSnapshotOfMoreThanTenMillionCharactersIsStoredAndReadBackWhole() {
        String planCode = newPlan();
        HalfYear period = HalfYear.parse("2025-H1").orElseThrow();
        StringBuilder text = new StringBuilder(13_000_000);
        Random random = new Random(1);
        while (text.length() < 13_000_000) {
            text.append((char) ('A' + random.nextInt(26)));
        }
        String snapshot = text.toString();

        QuarkusTransaction.requiringNew().run(() -> {
            Plan plan = plans.getByCode(planCode);
            versions.persist(new ConsolidatedReport(plan, period, 1, ConsolidatedReport.Kind.ON_DEMAND, null,
                    LocalDate.parse("2025-06-30"), Instant.parse("2025-07-03T04:00:00Z"), "coordinator", "0".repeat(64),
                    snapshot));
        });
        String stored = QuarkusTransaction.requiringNew().call(() -> versions
                .findVersion(plans.getByCode(planCode), period, 1).orElseThrow().snapshot());

        assertEquals(snapshot.length(), stored.length());
        // Not assertEquals: a failure would print 26 million characters.
        assertTrue(snapshot.equals(stored), "the stored snapshot differs from the one written");
    }
}
