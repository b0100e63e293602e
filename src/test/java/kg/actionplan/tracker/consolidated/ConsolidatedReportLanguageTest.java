package kg.actionplan.tracker.consolidated;

import static kg.actionplan.tracker.consolidated.ConsolidatedFixtures.SEEDED;
import static kg.actionplan.tracker.consolidated.ConsolidatedFixtures.built;
import static kg.actionplan.tracker.consolidated.ConsolidatedFixtures.file;
import static kg.actionplan.tracker.consolidated.ConsolidatedFixtures.seededBuilt;
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
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.mailer.Mail;
import io.quarkus.test.junit.QuarkusTest;

import kg.actionplan.tracker.common.Language;
import kg.actionplan.tracker.common.MutableClock;

/**
 * The files of a consolidated report speak the reader's language all through: agencies by their name or
 * abbreviation in that language, never by the internal code; statuses and kinds as words; times in the plan's time
 * zone, written as people write them; PDF table headings broken between words only. JSON keeps the codes, as
 * identifiers, and names the agencies beside them.
 *
 * <p>The seeded plan's 2023-H1 has every one of its agencies expected and none reporting. On a fresh minimal plan
 * (whose UKMK is the seeded plan's, names and all) TESTAG submits 2025-H1 on 3 July 2025 at 10:00 Bishkek time
 * (04:00 UTC) with 1.1 in progress, UKMK never; it is built on 20 July 2025 at 12:00 Bishkek time.
 */
@QuarkusTest
class ConsolidatedReportLanguageTest {

    /** The internal codes of the seeded plan's agencies. */
    static final List<String> CODES = List.of("UKMK", "MTBMK", "MDD", "MKK", "BP", "IIM", "MMTM", "BIM", "PDA");
    /** The English abbreviations of these two agencies are the letters of their codes. */
    static final Set<String> ENGLISH_LIKE_THE_CODE = Set.of("MDD", "PDA");
    static final List<String> RAW_CODES = List.of("SUBMITTED", "MISSING", "ON_DEMAND", "IN_PROGRESS", "NOT_REPORTED",
            "TESTAG");

    private static boolean seededBuilt;

    @Inject
    MutableClock clock;

    @Inject
    OfficialReportMail officialMail;

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
        edit(REPORTER_TESTAG, report, "1.1", inProgress(40, "Draft law prepared"));
        clock.set(Instant.parse("2025-07-03T04:00:00Z"));
        submit(REPORTER_TESTAG, report).statusCode(200);
        clock.set(Instant.parse("2025-07-20T06:00:00Z"));
        built(plan, "2025-H1");
        return plan;
    }

    // Agencies

    @Test
    void noInternalAgencyCodeAppearsInARussianOrEnglishCsvWorkbookOrPdf() {
        for (String lang : List.of("ru", "en")) {
            for (String format : List.of("csv", "xlsx", "pdf")) {
                String text = text(format, file(SEEDED, "2023-H1", format, lang));
                for (String code : CODES) {
                    if (lang.equals("en") && ENGLISH_LIKE_THE_CODE.contains(code)) {
                        continue;
                    }
                    assertFalse(Pattern.compile("(?<![\\p{L}\\p{N}])" + code + "(?![\\p{L}\\p{N}])").matcher(text)
                            .find(), code + " in the " + lang + " " + format);
                }
            }
        }
    }

    @Test
    void executorsAndTheAgenciesAnsweringForThemAreNamedByTheirAbbreviationInTheLanguageAskedFor() {
        // 5.1 is led by MTBMK, whose duties passed to MDD in 2021
        assertThat(text("csv", file(SEEDED, "2023-H1", "csv", "ru")), containsString(",ГКИТС,да,нет,МЦР,"));
        assertThat(text("csv", file(SEEDED, "2023-H1", "csv", "en")), containsString(",SCITC,yes,no,MDD,"));
        assertThat(text("pdf", file(SEEDED, "2023-H1", "pdf", "ru")), containsString("ГКИТС → МЦР"));
    }

    @Test
    void theAgenciesThatDidNotReportAreNamedByTheirAbbreviation() {
        String plan = reportedPlan();

        assertThat(text("pdf", file(plan, "2025-H1", "pdf", "ru")), containsString("Не представили отчёт: ГКНБ"));
        assertThat(text("pdf", file(plan, "2025-H1", "pdf", "ky")), containsString("Отчет бербеген мекемелер: УКМК"));
        assertThat(text("pdf", file(plan, "2025-H1", "pdf", "en")),
                containsString("Agencies that did not report: SCNS"));
    }

    @Test
    void narrativesArePrefixedWithTheAbbreviationOfTheAgencyThatWroteThem() {
        String plan = reportedPlan();

        assertThat(text("xlsx", file(plan, "2025-H1", "xlsx", "en")), containsString("TA: Draft law prepared"));
        assertThat(text("pdf", file(plan, "2025-H1", "pdf", "ru")), containsString("ТА: Draft law prepared"));
    }

    @Test
    void theJsonKeepsTheCodesAndNamesEveryAgencyItMentions() {
        String plan = reportedPlan();

        ConsolidatedFixtures.coordinator().queryParam("lang", "ru").when().get(url(plan, "2025-H1"))
                .then().statusCode(200)
                .body("submissions.agency", equalTo(List.of("TESTAG", "UKMK")))
                .body("missingAgencies", equalTo(List.of("UKMK")))
                .body("agencies.TESTAG.name", equalTo("Тестовое агентство"))
                .body("agencies.TESTAG.abbreviation", equalTo("ТА"))
                .body("agencies.UKMK.name",
                        equalTo("Государственный комитет национальной безопасности Кыргызской Республики"))
                .body("agencies.UKMK.abbreviation", equalTo("ГКНБ"))
                .body("agencies.size()", equalTo(2))
                .body("header.timeZone", equalTo("Asia/Bishkek"))
                .body("header.generatedAt", equalTo("2025-07-20T06:00:00Z"));
    }

    // Statuses and kinds

    /**
     * The words one language has for what the minimal plan's report shows.
     */
    record Words(String lang, String testag, String submitted, String ukmk, String notSubmitted, String inProgress,
            String notReported, String version, String yes, String no) {
    }

    static final List<Words> WORDS = List.of(
            new Words("ky", "Сыноо агенттиги (СА)", "Тапшырылды",
                    "Кыргыз Республикасынын Улуттук коопсуздук мамлекеттик кызматы (УКМК)", "Тапшырыла элек",
                    "Аткарылууда", "Маалымат жок", "1 (суроо боюнча)", "ооба", "жок"),
            new Words("ru", "Тестовое агентство (ТА)", "Представлен",
                    "Государственный комитет национальной безопасности Кыргызской Республики (ГКНБ)", "Не представлен",
                    "Выполняется", "Нет сведений", "1 (по запросу)", "да", "нет"),
            new Words("en", "Test agency (TA)", "Submitted",
                    "State Committee for National Security of the Kyrgyz Republic (SCNS)", "Not submitted",
                    "In progress", "Not reported", "1 (on request)", "yes", "no"));

    @Test
    void thePdfShowsSubmissionsMeasureStatusesAndTheVersionKindInWords() {
        String plan = reportedPlan();

        for (Words words : WORDS) {
            String text = text("pdf", file(plan, "2025-H1", "pdf", words.lang()));

            assertThat(text, containsString(words.testag() + " " + words.submitted() + " 03.07.2025 10:00 "
                    + words.no() + " 0"));
            assertThat(text, containsString(words.ukmk() + " " + words.notSubmitted() + " " + words.yes() + " 15"));
            assertThat(text, containsString(words.inProgress()));
            assertThat(text, containsString(words.notReported()));
            assertThat(text, containsString(": " + words.version()));
            for (String code : RAW_CODES) {
                assertThat(words.lang(), text, not(containsString(code)));
            }
        }
    }

    @Test
    void theWorkbookShowsSubmissionsMeasureStatusesAndTheVersionKindInWords() throws IOException {
        String plan = reportedPlan();

        for (Words words : WORDS) {
            byte[] bytes = file(plan, "2025-H1", "xlsx", words.lang());
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
                Sheet measures = workbook.getSheetAt(0);
                Sheet submissions = workbook.getSheetAt(1);
                assertThat(measures.getRow(5).getCell(1).getStringCellValue(), equalTo(words.version()));
                assertThat(measures.getRow(11).getCell(9).getStringCellValue(), equalTo(words.inProgress()));
                assertThat(measures.getRow(12).getCell(9).getStringCellValue(), equalTo(words.notReported()));
                assertThat(submissions.getRow(1).getCell(0).getStringCellValue(), equalTo(words.testag()));
                assertThat(submissions.getRow(1).getCell(1).getStringCellValue(), equalTo(words.submitted()));
                assertThat(submissions.getRow(2).getCell(0).getStringCellValue(), equalTo(words.ukmk()));
                assertThat(submissions.getRow(2).getCell(1).getStringCellValue(), equalTo(words.notSubmitted()));
            }
            String text = text("xlsx", bytes);
            for (String code : RAW_CODES) {
                assertThat(words.lang(), text, not(containsString(code)));
            }
        }
    }

    @Test
    void theCsvShowsStatusesAndYesOrNoInWords() {
        String plan = reportedPlan();

        for (Words words : WORDS) {
            String csv = text("csv", file(plan, "2025-H1", "csv", words.lang()));

            // 1.1 led by TESTAG: its status, not overdue, TESTAG the lead and not by agreement, the submitted report
            assertThat(csv, containsString("," + words.inProgress() + "," + words.no() + ","));
            assertThat(csv, containsString(",2025-H1," + words.submitted() + ",," + words.inProgress() + ",40,"));
            assertThat(csv, containsString("," + words.notReported() + ","));
            for (String code : RAW_CODES) {
                assertThat(words.lang(), csv, not(containsString(code)));
            }
        }
    }

    @Test
    void theMailThatCarriesTheOfficialVersionIsWrittenInTheRecipientsLanguage() {
        String plan = reportedPlan();

        Mail mail = officialMail.compose(plan, "2025-H1", 1, Language.RU, "apparatus@gov.kg");

        assertThat(mail.getSubject(), equalTo("Сводный отчёт о ходе реализации Плана мероприятий: " + plan
                + ", 2025-H1"));
        assertThat(mail.getText(), containsString("Версия: 1\nХеш содержания: "));
        assertThat(mail.getAttachments().stream().map(a -> a.getName()).toList(), equalTo(List.of(
                "consolidated-" + plan + "-2025-H1-v1-ru.xlsx", "consolidated-" + plan + "-2025-H1-v1-ru.pdf")));
    }

    // Times

    @Test
    void timesAreShownInThePlansTimeZoneNamedOnce() throws IOException {
        String plan = reportedPlan();

        String pdf = text("pdf", file(plan, "2025-H1", "pdf", "en"));
        assertThat(pdf, containsString("Generated at: 20.07.2025 12:00 Time zone: Asia/Bishkek (UTC+06:00)"));
        assertThat(pdf, containsString("Submitted 03.07.2025 10:00"));
        assertThat(pdf, not(containsString("2025-07-03T04:00:00Z")));
        assertThat(pdf, not(containsString("2025-07-20T06:00:00Z")));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file(plan, "2025-H1", "xlsx", "ru")))) {
            assertThat(row(workbook.getSheetAt(0), 6), equalTo(List.of("Сформирован", "20.07.2025 12:00")));
            assertThat(row(workbook.getSheetAt(0), 7), equalTo(List.of("Часовой пояс", "Asia/Bishkek (UTC+06:00)")));
            assertThat(row(workbook.getSheetAt(1), 1).get(2), equalTo("03.07.2025 10:00"));
        }
    }

    // PDF headings

    static final List<List<String>> HEADINGS = List.of(
            List.of("Чара", "Күтүлүүчү натыйжа", "Ишке ашыруу мөөнөтү", "Жооптуу аткаруучулар", "Абалы",
                    "Аткарылышы, %", "Аткарылган иштер", "Мөөнөтү өткөн", "Мекеме", "Тапшырылган убакыт",
                    "Кагаз түрүндө алынган", "Кечиккен", "Кечиккен күндөр"),
            List.of("Мероприятие", "Ожидаемый результат", "Срок исполнения", "Ответственные исполнители", "Статус",
                    "Выполнение, %", "Проделанная работа", "Просрочено", "Орган", "Дата представления",
                    "Получен на бумаге", "С опозданием", "Дней опоздания"),
            List.of("Measure", "Expected result", "Deadline", "Responsible executors", "Status", "Progress, %",
                    "Work done", "Overdue", "Agency", "Submitted at", "Received on paper", "Late", "Days late"));

    @Test
    void pdfTableHeadingsWrapBetweenWordsNeverInsideAWord() {
        String plan = reportedPlan();
        List<String> langs = List.of("ky", "ru", "en");

        for (int i = 0; i < langs.size(); i++) {
            String text = text("pdf", file(plan, "2025-H1", "pdf", langs.get(i)));
            for (String heading : HEADINGS.get(i)) {
                assertThat(text, containsString(heading));
                for (String word : heading.split(" ")) {
                    for (int cut = 1; cut < word.length(); cut++) {
                        String broken = word.substring(0, cut) + " " + word.substring(cut);
                        assertThat(langs.get(i) + " " + word, text, not(containsString(broken)));
                    }
                }
            }
        }
        assertThat(text("pdf", file(plan, "2025-H1", "pdf", "ky")), not(containsString("Аткары лышы")));
    }

    /**
     * The text of a file, whitespace (line ends included) run together into single spaces.
     */
    private static String text(String format, byte[] bytes) {
        try {
            return switch (format) {
                case "csv" -> new String(bytes, StandardCharsets.UTF_8);
                case "xlsx" -> xlsxText(bytes);
                case "pdf" -> pdfText(bytes);
                default -> throw new IllegalArgumentException(format);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String pdfText(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
    }

    /**
     * Every sheet's name and every cell's text.
     */
    private static String xlsxText(byte[] bytes) throws IOException {
        StringBuilder text = new StringBuilder();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : workbook) {
                text.append(sheet.getSheetName()).append('\n');
                for (Row row : sheet) {
                    text.append(String.join("\t", row(sheet, row.getRowNum()))).append('\n');
                }
            }
        }
        return text.toString();
    }

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
}
