package kg.actionplan.tracker.consolidated;

import static kg.actionplan.tracker.consolidated.ConsolidatedFixtures.SEEDED;
import static kg.actionplan.tracker.consolidated.ConsolidatedFixtures.XLSX;
import static kg.actionplan.tracker.consolidated.ConsolidatedFixtures.built;
import static kg.actionplan.tracker.consolidated.ConsolidatedFixtures.file;
import static kg.actionplan.tracker.consolidated.ConsolidatedFixtures.seededBuilt;
import static kg.actionplan.tracker.consolidated.ConsolidatedFixtures.url;
import static kg.actionplan.tracker.report.ReportFixtures.REPORTER_TESTAG;
import static kg.actionplan.tracker.report.ReportFixtures.backfilled;
import static kg.actionplan.tracker.report.ReportFixtures.completed;
import static kg.actionplan.tracker.report.ReportFixtures.createReport;
import static kg.actionplan.tracker.report.ReportFixtures.edit;
import static kg.actionplan.tracker.report.ReportFixtures.inProgress;
import static kg.actionplan.tracker.report.ReportFixtures.newPlan;
import static kg.actionplan.tracker.report.ReportFixtures.submit;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import kg.actionplan.tracker.account.TestAccounts;
import kg.actionplan.tracker.common.MutableClock;

/**
 * The file renderings of a consolidated report: CSV for Excel (UTF-8 with BOM, CRLF, no formulas), XLSX laid out
 * like the plan's table, and PDF with an embedded font that covers Kyrgyz and Russian.
 *
 * <p>Most tests use a fresh minimal plan on which TESTAG submitted 2025-H1 on time (2025-07-03) with measure 1.1
 * IN_PROGRESS 40 %, a narrative that a spreadsheet would run as a formula and 1500 KGS spent; UKMK never reported;
 * the report is built on 2025-07-20. The Kyrgyz-letter checks use the seeded plan (2023-H1), read only.
 * The back-fill test has a plan of its own.
 */
@QuarkusTest
class ConsolidatedReportFormatsTest {

    static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"click\")";
    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private static boolean seededBuilt;

    @Inject
    MutableClock clock;

    @BeforeEach
    void buildTheSeededPlanOnce() {
        if (!seededBuilt) {
            seededBuilt("2023-H1");
            seededBuilt = true;
        }
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String reportedPlan() {
        String plan = newPlan();
        long report = createReport(REPORTER_TESTAG, plan, "2025-H1", "TESTAG");
        Map<String, Object> body = inProgress(40, FORMULA);
        body.put("spent", Map.of("amount", 1500, "currency", "KGS"));
        edit(REPORTER_TESTAG, report, "1.1", body);
        clock.set(Instant.parse("2025-07-03T04:00:00Z"));
        submit(REPORTER_TESTAG, report).statusCode(200);
        clock.set(Instant.parse("2025-07-20T06:00:00Z"));
        built(plan, "2025-H1");
        return plan;
    }

    /**
     * A fresh minimal plan on which TESTAG reports 1.1 (due 2025-06-30) COMPLETED on 2025-06-24 in its 2025-H1
     * report, submitted on 2025-07-03; built on 2025-07-20.
     */
    private String completedPlan() {
        String plan = newPlan();
        long report = createReport(REPORTER_TESTAG, plan, "2025-H1", "TESTAG");
        clock.set(Instant.parse("2025-07-03T04:00:00Z"));
        edit(REPORTER_TESTAG, report, "1.1", completed("Law adopted", "2025-06-24"));
        submit(REPORTER_TESTAG, report).statusCode(200);
        clock.set(Instant.parse("2025-07-20T06:00:00Z"));
        built(plan, "2025-H1");
        return plan;
    }

    private static String csvText(byte[] bytes) {
        return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }

    // CSV

    @Test
    void csvIsServedAsTextCsvAndStartsWithTheUtf8ByteOrderMark() {
        String plan = reportedPlan();

        byte[] bytes = ConsolidatedFixtures.coordinator().queryParam("format", "csv").when().get(url(plan, "2025-H1"))
                .then().statusCode(200)
                .header("Content-Type", startsWith("text/csv"))
                .extract().asByteArray();

        assertArrayEquals(BOM, Arrays.copyOf(bytes, 3));
    }

    @Test
    void csvHasOneHeaderLineAndOneLinePerExecutorAllEndingInCrLf() {
        String plan = reportedPlan();

        String csv = csvText(file(plan, "2025-H1", "csv", "ky"));

        assertTrue(csv.endsWith("\r\n"));
        assertFalse(csv.replace("\r\n", "").contains("\n"), "no bare LF");
        assertFalse(csv.replace("\r\n", "").contains("\r"), "no bare CR");
        List<String> lines = Arrays.asList(csv.split("\r\n"));
        assertEquals("Милдет,№,Чара,Мөөнөтү (күнү),Ишке ашыруу мөөнөтү,Аткарылган күнү,"
                + "Аткарылганы көрсөтүлгөн отчеттун мезгили,\"Мөөнөттөн четтөө, күн\",Абалы,Мөөнөтү өткөн,Аткаруучу,"
                + "Башкы аткаруучу,Макулдашуу боюнча,Жооп берүүчү мекеме,Маалыматтын мезгили,Отчеттун абалы,"
                + "Кагаз түрүндө алынган,Аткаруучунун маалыматы боюнча абалы,\"Аткарылышы, %\",Аткарылган иштер,"
                + "Сарпталды,Валюта",
                lines.get(0));
        // 1.1: TESTAG (СА) and UKMK (УКМК); 2.1: UKMK; neither reported completed
        assertEquals(4, lines.size());
        assertEquals("1,1.1,Иш-чара,2025-06-30,2025-жылдын 30-июну,,,,Аткарылууда,жок,СА,ооба,жок,СА,2025-H1,"
                + "Тапшырылды,,Аткарылууда,40,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",1500.00,KGS",
                lines.get(1));
        assertEquals("1,1.1,Иш-чара,2025-06-30,2025-жылдын 30-июну,,,,Аткарылууда,жок,УКМК,жок,ооба,УКМК,,,,,,,,",
                lines.get(2));
        assertEquals("2,2.1,Иш-чара,2028-12-31,2024-2028-жылдар,,,,Маалымат жок,жок,УКМК,ооба,жок,УКМК,,,,,,,,",
                lines.get(3));
    }

    /**
     * TESTAG's report on 2025-H1 reached the committee on paper on 4 July 2025, with letter No. 12-3/456 of 2 July;
     * the coordinator entered and submitted it on 2026-11-23 at 12:00 in Bishkek.
     */
    @Test
    void aBackFilledReportIsMarkedInEveryFileWithItsReceiptItsLetterAndWhoEnteredIt() throws IOException {
        String plan = newPlan();
        long report = backfilled(plan, "2025-H1", "TESTAG", "2025-07-04", "2025-07-02");
        edit(TestAccounts.COORDINATOR, report, "1.1", inProgress(40, "Draft law prepared"));
        submit(TestAccounts.COORDINATOR, report).statusCode(200);
        built(plan, "2025-H1");

        List<String> csv = Arrays.asList(csvText(file(plan, "2025-H1", "csv", "en")).split("\r\n"));
        assertThat(csv.get(0), containsString(",Report status,Received on paper,Status reported,"));
        assertThat(csv.get(1), containsString(",2025-H1,Submitted,2025-07-04,In progress,40,Draft law prepared,"));
        assertEquals("1,1.1,Measure,2025-06-30,30 June 2025,,,,In progress,no,SCNS,no,yes,SCNS,,,,,,,,", csv.get(2));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file(plan, "2025-H1", "xlsx", "en")))) {
            Sheet submissions = workbook.getSheetAt(1);
            assertEquals(List.of("Agency", "Status", "Submitted at", "Received on paper", "Late", "Days late"),
                    row(submissions, 0));
            assertEquals(List.of("Submitted", "23.11.2026 12:00",
                    "04.07.2025, letter No. 12-3/456 of 02.07.2025; entered by coordinator, 23.11.2026 12:00", "no",
                    "0"), row(submissions, 1).subList(1, 6));
            assertEquals("", row(submissions, 2).get(3));
        }
        assertThat(pdfText(file(plan, "2025-H1", "pdf", "ru")).replaceAll("\\s+", " "),
                containsString("04.07.2025, письмо № 12-3/456 от 02.07.2025; внёс coordinator, 23.11.2026 12:00"));
    }

    @Test
    void csvShowsEachMeasuresDeadlineReportedCompletionAndSlip() {
        String csv = csvText(file(completedPlan(), "2025-H1", "csv", "en"));

        List<String> lines = Arrays.asList(csv.split("\r\n"));
        assertThat(lines.get(0), startsWith("Task,№,Measure,Due date,Deadline,Completed on,Completion reported for,"
                + "\"Slip, days\",Status,"));
        // both executors' rows of 1.1 carry the measure's completion, 6 days before the deadline: a plain number
        assertThat(lines.get(1), startsWith("1,1.1,Measure,2025-06-30,30 June 2025,2025-06-24,2025-H1,-6,Completed,"));
        assertThat(lines.get(2), startsWith("1,1.1,Measure,2025-06-30,30 June 2025,2025-06-24,2025-H1,-6,Completed,"));
        assertThat(lines.get(3), startsWith("2,2.1,Measure,2028-12-31,2024–2028,,,,Not reported,"));
    }

    @Test
    void aNarrativeThatASpreadsheetWouldRunAsAFormulaIsWrittenWithALeadingApostrophe() {
        String plan = reportedPlan();

        String csv = csvText(file(plan, "2025-H1", "csv", "ky"));

        assertThat(csv, containsString(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\","));
        assertThat(csv, not(containsString(",=HYPERLINK")));
        assertThat(csv, not(containsString(",\"=HYPERLINK")));
    }

    @Test
    void narrativesStartingWithPlusMinusOrAtAreGuardedToo() {
        for (String narrative : List.of("+1+2", "-1+2", "@SUM(A1:A2)")) {
            String plan = newPlan();
            long report = createReport(REPORTER_TESTAG, plan, "2025-H1", "TESTAG");
            edit(REPORTER_TESTAG, report, "1.1", inProgress(40, narrative));
            clock.set(Instant.parse("2025-07-03T04:00:00Z"));
            submit(REPORTER_TESTAG, report).statusCode(200);
            built(plan, "2025-H1");

            String csv = csvText(file(plan, "2025-H1", "csv", "ky"));

            assertThat(csv, containsString(",40,'" + narrative + ",,\r\n"));
        }
    }

    @Test
    void csvOfTheSeededPlanCarriesItsKyrgyzTextsIntact() {
        byte[] bytes = file(SEEDED, "2023-H1", "csv", "ky");
        assertArrayEquals(BOM, Arrays.copyOf(bytes, 3));

        String csv = csvText(bytes);

        assertThat(csv, containsString("киберкоопсуздукту камсыздоо"));
        assertThat(csv, containsString("деңгээлин"));
        assertTrue(csv.contains("ң") && csv.contains("ө") && csv.contains("ү"), "Kyrgyz letters ң, ө, ү");
        // a text with quotes and commas is quoted, its quotes doubled
        assertThat(csv, containsString(",\"\"\"Киберкоопсуздук\"\", \"\"санариптик сабаттуулук\"\""));
        // 5.1 is led by MTBMK, whose duties passed to MDD in 2021
        assertThat(csv, containsString(",МТБМК,ооба,жок,СӨМ,"));
    }

    @Test
    void csvInRussianCarriesTheRussianTexts() {
        String csv = csvText(file(SEEDED, "2023-H1", "csv", "ru"));

        assertThat(csv, containsString("кибербезопасности"));
        assertThat(csv, not(containsString("киберкоопсуздукту")));
    }

    // XLSX

    private static List<String> row(Sheet sheet, int index) {
        DataFormatter formatter = new DataFormatter();
        Row row = sheet.getRow(index);
        List<String> cells = new ArrayList<>();
        for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : formatter.formatCellValue(cell));
        }
        return cells;
    }

    @Test
    void xlsxHasThePlanTableTheSubmissionsAndTheFiguresAsSheetsNamedInTheLanguageAskedFor() throws IOException {
        String plan = reportedPlan();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file(plan, "2025-H1", "xlsx", "ru")))) {
            assertEquals(3, workbook.getNumberOfSheets());
            assertEquals("Мероприятие", workbook.getSheetName(0));
            assertEquals("Отчёты органов", workbook.getSheetName(1));
            assertEquals("Ключевые показатели", workbook.getSheetName(2));
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file(plan, "2025-H1", "xlsx", "ky")))) {
            assertEquals(List.of("Чара", "Мекемелердин отчеттору", "Негизги көрсөткүчтөр"),
                    List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)));
        }
    }

    @Test
    void xlsxPlanSheetHasTheHeaderThenOneRowPerMeasureThenTheRepealedOnes() throws IOException {
        String plan = reportedPlan();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file(plan, "2025-H1", "xlsx", "ru")))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(List.of("Сводный отчёт о ходе реализации Плана мероприятий"), row(sheet, 0));
            assertEquals(List.of("Тестовый план"), row(sheet, 1));
            assertEquals(List.of("Отчётный период", "2025-H1"), row(sheet, 2));
            assertEquals(List.of("По состоянию на", "30.06.2025"), row(sheet, 4));
            assertEquals(List.of("Версия", "1 (по запросу)"), row(sheet, 5));
            assertEquals(List.of("Сформирован", "20.07.2025 12:00"), row(sheet, 6));
            assertEquals(List.of("Часовой пояс", "Asia/Bishkek (UTC+06:00)"), row(sheet, 7));
            assertEquals(List.of("№", "Задача", "Мероприятие", "Ожидаемый результат", "Срок исполнения",
                    "Дата выполнения", "Выполнение отражено в отчёте за", "Отклонение от срока, дней",
                    "Ответственные исполнители", "Статус", "Выполнение, %", "Проделанная работа", "Просрочено"),
                    row(sheet, 10));
            assertEquals(List.of("1.1", "Первая задача", "Мероприятие", "Результат", "30 июня 2025 года", "", "", "",
                    "ТА, ГКНБ (по согласованию)", "Выполняется", "40", "ТА: " + FORMULA, "нет"), row(sheet, 11));
            assertEquals(List.of("2.1", "Вторая задача", "Мероприятие", "Результат", "2024-2028 годы", "", "", "",
                    "ГКНБ", "Нет сведений", "", "", "нет"), row(sheet, 12));
            assertEquals(List.of("1.2", "", "Утратил силу"), row(sheet, 13));
            assertEquals(13, sheet.getLastRowNum());
        }
    }

    @Test
    void xlsxShowsTheReportedCompletionAndTheSlipAsANumber() throws IOException {
        String plan = completedPlan();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file(plan, "2025-H1", "xlsx", "ru")))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals(List.of("1.1", "Первая задача", "Мероприятие", "Результат", "30 июня 2025 года", "24.06.2025",
                    "2025-H1", "-6", "ТА, ГКНБ (по согласованию)", "Выполнено", "100", "ТА: Law adopted", "нет"),
                    row(sheet, 11));
            Cell slip = sheet.getRow(11).getCell(7);
            assertEquals(CellType.NUMERIC, slip.getCellType());
            assertEquals(-6.0, slip.getNumericCellValue());
        }
    }

    @Test
    void xlsxShowsMeasureStatusesAsWordsInTheLanguageAskedFor() throws IOException {
        String plan = reportedPlan();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file(plan, "2025-H1", "xlsx", "ky")))) {
            assertEquals("Аткарылууда", workbook.getSheetAt(0).getRow(11).getCell(9).getStringCellValue());
            assertEquals("Маалымат жок", workbook.getSheetAt(0).getRow(12).getCell(9).getStringCellValue());
            assertEquals("Маалымат жок", workbook.getSheetAt(2).getRow(6).getCell(0).getStringCellValue());
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file(plan, "2025-H1", "xlsx", "en")))) {
            assertEquals("In progress", workbook.getSheetAt(0).getRow(11).getCell(9).getStringCellValue());
            assertEquals("Not reported", workbook.getSheetAt(0).getRow(12).getCell(9).getStringCellValue());
            assertEquals("Blocked", workbook.getSheetAt(2).getRow(4).getCell(0).getStringCellValue());
            assertEquals("Not started", workbook.getSheetAt(2).getRow(5).getCell(0).getStringCellValue());
        }
    }

    @Test
    void aNarrativeThatLooksLikeAFormulaIsTextInTheWorkbookNotAFormula() throws IOException {
        String plan = reportedPlan();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file(plan, "2025-H1", "xlsx", "ru")))) {
            Cell narrative = workbook.getSheetAt(0).getRow(11).getCell(11);
            assertEquals(CellType.STRING, narrative.getCellType());
        }
    }

    @Test
    void xlsxSubmissionsSheetHasOneRowPerExpectedAgencyByNameWithItsStatusInWords() throws IOException {
        String plan = reportedPlan();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file(plan, "2025-H1", "xlsx", "ru")))) {
            Sheet sheet = workbook.getSheetAt(1);
            assertEquals(List.of("Орган", "Статус", "Дата представления", "Получен на бумаге", "С опозданием",
                    "Дней опоздания"), row(sheet, 0));
            assertEquals(List.of("Тестовое агентство (ТА)", "Представлен", "03.07.2025 10:00", "", "нет", "0"),
                    row(sheet, 1));
            // UKMK came with the seeded plan, under its own name
            assertEquals(List.of("Государственный комитет национальной безопасности Кыргызской Республики (ГКНБ)",
                    "Не представлен", "", "", "да", "15"), row(sheet, 2));
            assertEquals(2, sheet.getLastRowNum());
        }
    }

    @Test
    void xlsxFiguresSheetHasThisAndThePreviousHalfYearsFiguresAsNumbers() throws IOException {
        String plan = reportedPlan();

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file(plan, "2025-H1", "xlsx", "ru")))) {
            Sheet sheet = workbook.getSheetAt(2);
            assertEquals(List.of("", "2025-H1", "Предыдущий период 2024-H2"), row(sheet, 0));
            assertEquals("Действующие мероприятия", sheet.getRow(1).getCell(0).getStringCellValue());
            assertEquals(2.0, sheet.getRow(1).getCell(1).getNumericCellValue());
            assertEquals(2.0, sheet.getRow(1).getCell(2).getNumericCellValue());
            assertEquals("Выполнено", sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals(0.0, sheet.getRow(2).getCell(1).getNumericCellValue());
            assertEquals("Выполняется", sheet.getRow(3).getCell(0).getStringCellValue());
            assertEquals(1.0, sheet.getRow(3).getCell(1).getNumericCellValue());
            assertEquals("Нет сведений", sheet.getRow(6).getCell(0).getStringCellValue());
            assertEquals(1.0, sheet.getRow(6).getCell(1).getNumericCellValue());
            assertEquals(2.0, sheet.getRow(6).getCell(2).getNumericCellValue());
            assertEquals("Отчёты представлены в срок, %", sheet.getRow(9).getCell(0).getStringCellValue());
            assertEquals(50.0, sheet.getRow(9).getCell(1).getNumericCellValue());
            assertEquals(0.0, sheet.getRow(9).getCell(2).getNumericCellValue());
        }
    }

    // PDF

    private static String pdfText(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    @Test
    void pdfInKyrgyzShowsTheKyrgyzLettersOfTheSeededPlan() throws IOException {
        byte[] bytes = file(SEEDED, "2023-H1", "pdf", "ky");
        assertEquals("%PDF-", new String(bytes, 0, 5, StandardCharsets.US_ASCII));

        String text = pdfText(bytes);

        assertTrue(text.contains("ң") && text.contains("ө") && text.contains("ү"), "Kyrgyz letters ң, ө, ү");
        assertThat(text, containsString("жүрүшү жөнүндө жалпыланган отчет"));
        assertThat(text, containsString("деңгээлин"));
        // nobody reported on the seeded plan's 2023-H1: its measures show "no information" in Kyrgyz
        assertThat(text, containsString("Маалымат жок"));
    }

    @Test
    void pdfInRussianShowsTheRussianLabelsAndTexts() throws IOException {
        String text = pdfText(file(SEEDED, "2023-H1", "pdf", "ru"));

        assertThat(text, containsString("Сводный отчёт о ходе реализации Плана мероприятий"));
        assertThat(text, containsString("Ключевые показатели"));
        assertThat(text, containsString("Отчёты органов"));
        assertThat(text, containsString("кибербезопасности"));
    }

    @Test
    void pdfShowsTheStatusesTheSubmissionsAndTheFigures() throws IOException {
        String plan = reportedPlan();

        String text = pdfText(file(plan, "2025-H1", "pdf", "en"));

        assertThat(text, containsString("Consolidated report on the implementation of the action plan"));
        // 1.1 led by TESTAG in progress, 2.1 without a word from UKMK: statuses in words, not codes
        assertThat(text, containsString("In progress"));
        assertThat(text, containsString("Not reported"));
        assertThat(text, not(containsString("IN_PROGRESS")));
        assertThat(text, containsString("Measures in force: 2; Completed 0, In progress 1, Blocked 0, Not started 0, "
                + "Not reported 1"));
        assertThat(text, containsString("Agencies that did not report: SCNS"));
        assertThat(text, containsString("Reports on time, %: 50.0"));
        assertThat(text, containsString("Repealed measures: 1.2 — Repealed"));
    }

    @Test
    void pdfShowsTheDayOfCompletionWithItsHalfYear() throws IOException {
        String text = pdfText(file(completedPlan(), "2025-H1", "pdf", "en"));

        assertThat(text, containsString("24.06.2025"));
        assertThat(text, containsString("(2025-H1)"));
    }

    @Test
    void everyFontInThePdfIsEmbedded() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(file(SEEDED, "2023-H1", "pdf", "ky"))) {
            int fonts = 0;
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is embedded");
                    assertThat(font.getName(), containsString("DejaVuSans"));
                    fonts++;
                }
            }
            assertTrue(fonts > 0, "the pages use fonts");
        }
    }

    // Choosing the format

    @Test
    void acceptApplicationPdfGivesThePdf() {
        String plan = reportedPlan();

        byte[] bytes = ConsolidatedFixtures.coordinator().accept("application/pdf").when().get(url(plan, "2025-H1"))
                .then().statusCode(200)
                .header("Content-Type", startsWith("application/pdf"))
                .header("Content-Disposition", equalTo("attachment; filename=\"consolidated-" + plan
                        + "-2025-H1-v1-ky.pdf\""))
                .extract().asByteArray();

        assertEquals("%PDF-", new String(bytes, 0, 5, StandardCharsets.US_ASCII));
    }

    @Test
    void acceptTextCsvGivesTheCsv() {
        String plan = reportedPlan();

        byte[] bytes = ConsolidatedFixtures.coordinator().accept("text/csv").when().get(url(plan, "2025-H1"))
                .then().statusCode(200)
                .header("Content-Type", startsWith("text/csv"))
                .header("Content-Disposition", equalTo("attachment; filename=\"consolidated-" + plan
                        + "-2025-H1-v1-ky.csv\""))
                .extract().asByteArray();

        assertArrayEquals(BOM, Arrays.copyOf(bytes, 3));
    }

    @Test
    void acceptTheSpreadsheetTypeGivesTheWorkbookNamedForVersionAndLanguage() {
        String plan = reportedPlan();

        byte[] bytes = ConsolidatedFixtures.coordinator().accept(XLSX).queryParam("lang", "ru")
                .when().get(url(plan, "2025-H1"))
                .then().statusCode(200)
                .header("Content-Type", startsWith(XLSX))
                .header("Content-Disposition", equalTo("attachment; filename=\"consolidated-" + plan
                        + "-2025-H1-v1-ru.xlsx\""))
                .extract().asByteArray();

        assertEquals("PK", new String(bytes, 0, 2, StandardCharsets.US_ASCII));
    }

    @Test
    void jsonIsTheDefaultAndIsNoAttachment() {
        String plan = reportedPlan();

        ConsolidatedFixtures.coordinator().when().get(url(plan, "2025-H1"))
                .then().statusCode(200)
                .header("Content-Type", startsWith("application/json"))
                .header("Content-Disposition", equalTo(null))
                .body("header.version", equalTo(1));
        ConsolidatedFixtures.coordinator().accept("*/*").when().get(url(plan, "2025-H1"))
                .then().statusCode(200)
                .header("Content-Type", startsWith("application/json"));
        ConsolidatedFixtures.coordinator().queryParam("format", "json").when().get(url(plan, "2025-H1"))
                .then().statusCode(200)
                .header("Content-Type", startsWith("application/json"));
    }

    @Test
    void theFormatParameterWinsOverTheAcceptHeader() {
        String plan = reportedPlan();

        ConsolidatedFixtures.coordinator().accept("application/pdf").queryParam("format", "csv")
                .when().get(url(plan, "2025-H1"))
                .then().statusCode(200)
                .header("Content-Type", startsWith("text/csv"))
                .header("Content-Disposition", containsString(".csv\""));
    }

    @Test
    void anOlderVersionIsRenderedAndNamedAsThatVersion() {
        String plan = reportedPlan();
        // a day later UKMK is a day later still: the content changed, version 2
        clock.set(Instant.parse("2025-07-21T06:00:00Z"));
        built(plan, "2025-H1");

        ConsolidatedFixtures.coordinator().queryParam("format", "xlsx")
                .when().get(url(plan, "2025-H1") + "/versions/1")
                .then().statusCode(200)
                .header("Content-Type", startsWith(XLSX))
                .header("Content-Disposition", equalTo("attachment; filename=\"consolidated-" + plan
                        + "-2025-H1-v1-ky.xlsx\""));
    }

    @Test
    void anAcceptHeaderNamingNoRenderedTypeIsNotAcceptable() {
        String plan = reportedPlan();

        ConsolidatedFixtures.coordinator().accept("application/xml").when().get(url(plan, "2025-H1"))
                .then().statusCode(406)
                .header("Content-Type", startsWith(ConsolidatedFixtures.PROBLEM_JSON))
                .body("type", equalTo("urn:tracker:problem:not-acceptable"))
                .body("status", equalTo(406));
    }

    @Test
    void anUnknownFormatIsABadRequest() {
        String plan = reportedPlan();

        ConsolidatedFixtures.coordinator().queryParam("format", "doc").when().get(url(plan, "2025-H1"))
                .then().statusCode(400)
                .header("Content-Type", startsWith(ConsolidatedFixtures.PROBLEM_JSON))
                .body("type", equalTo("urn:tracker:problem:invalid-parameter"))
                .body("errors[0].path", equalTo("format"));
    }

    @Test
    void anUnknownLanguageIsABadRequest() {
        String plan = reportedPlan();

        ConsolidatedFixtures.coordinator().queryParam("lang", "de").when().get(url(plan, "2025-H1"))
                .then().statusCode(400)
                .header("Content-Type", startsWith(ConsolidatedFixtures.PROBLEM_JSON))
                .body("type", equalTo("urn:tracker:problem:invalid-parameter"))
                .body("errors[0].path", equalTo("lang"));
        ConsolidatedFixtures.coordinator().queryParam("lang", "de").queryParam("format", "pdf")
                .when().get(url(plan, "2025-H1") + "/versions/1")
                .then().statusCode(400)
                .body("errors[0].path", equalTo("lang"));
    }
}
