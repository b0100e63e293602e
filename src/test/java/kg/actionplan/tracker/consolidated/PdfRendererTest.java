package kg.actionplan.tracker.consolidated;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.Proxy;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import kg.actionplan.tracker.consolidated.ConsolidatedContent.Entry;
import kg.actionplan.tracker.consolidated.ConsolidatedContent.Figures;
import kg.actionplan.tracker.consolidated.ConsolidatedContent.Submission;
import kg.actionplan.tracker.report.EntryStatus;

/**
 * The PDF's own layout of the table of measures: rows follow one another with no measure lost or repeated and the
 * heading row on every page, a cell longer than a page goes on over the next ones, text wraps between words, breaks a
 * word only when it is wider than its cell and starts a new line at each newline, in the embedded font. Plain unit
 * tests on documents made here, so the words of the files are the names of the {@link Labels} methods.
 *
 * <p>That the layout's memory stays bounded shows when a plan of 5 000 measures runs in a small heap, which a table
 * laid out whole (about 0.2 MB a measure) did not survive:
 * {@code ./mvnw test -Dtest=PdfRendererTest -DargLine=-Xmx128m}.
 */
class PdfRendererTest {

    /** The default of tracker.consolidated.pdf-font, as the service tests use it. */
    private static final Path FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final int PER_TASK = 50;
    private static final Pattern MARKER = Pattern.compile("\\[M(\\d{4})]");

    private final PdfRenderer renderer = new PdfRenderer(FONT);

    @Test
    void aPlanOfFiveThousandMeasuresAsDenseAsTheSeedIsRenderedToItsEnd(@TempDir Path directory) throws IOException {
        ConsolidatedDocument document = document(5000);
        Path file = directory.resolve("large.pdf");

        try (OutputStream out = Files.newOutputStream(file)) {
            renderer.stream(document, Wording.of(document, labelsNamedAfterTheirMethods())).write(out);
        }

        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(pdf.getNumberOfPages() - 2);
            String end = stripper.getText(pdf);
            assertThat(end, containsString("[M5000]"));
            assertThat(end, containsString("measuresInForce: 5000"));
        }
    }

    @Test
    void thePartsOfTheTableFollowOneAnotherWithTheHeadingRowOnEveryPage() throws IOException {
        List<String> pages = pagesOf(document(180));

        Numbered measures = numbered(pages, MARKER, "expectedResult");

        assertTrue(pages.size() > 3, "pages: " + pages.size());
        assertEquals(IntStream.rangeClosed(1, 180).boxed().toList(), measures.numbers());
    }

    @Test
    void aNarrativeLongerThanAPageContinuesOnTheNextPageWithNothingLost() throws IOException {
        String narrative = IntStream.rangeClosed(1, 600).mapToObj(i -> String.format("сөз%04d", i))
                .collect(Collectors.joining(" "));

        List<String> pages = pagesOf(oneMeasure("Чара", narrative));

        Numbered words = numbered(pages, Pattern.compile("сөз(\\d{4})"), "narrative");

        assertEquals(IntStream.rangeClosed(1, 600).boxed().toList(), words.numbers());
        assertTrue(words.pages() >= 3, "pages with words of the narrative: " + words.pages());
    }

    @Test
    void aWordWiderThanItsCellIsBrokenBetweenLetters() throws IOException {
        String word = "Киберкоопсуздук".repeat(10);

        List<String> pages = pagesOf(oneMeasure("Чара", word));

        List<String> pieces = pages.stream().flatMap(page -> page.lines()).map(String::strip)
                .filter(line -> !line.isEmpty() && word.contains(line)).toList();
        assertTrue(pieces.size() >= 4, "lines of the word: " + pieces);
        assertTrue(pieces.stream().allMatch(piece -> piece.length() < 40), "lines of the word: " + pieces);
        assertEquals(word, String.join("", pieces));
    }

    @Test
    void explicitNewlinesStartNewLinesWhereSpacesDoNot() throws IOException {
        List<String> pages = pagesOf(oneMeasure("бир эки\nүч\n\nтөрт", null));

        assertThat(pages.get(0), containsString("бир эки\nүч\n"));
        assertThat(pages.get(0), containsString("\nтөрт\n"));
    }

    @Test
    void kyrgyzAndRussianLettersAreWrittenWithTheEmbeddedFont() throws IOException {
        ConsolidatedDocument document = oneMeasure("Өкмөтүнүн токтому: ң ө ү ы",
                "Постановление Правительства: ё ъ щ");
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        renderer.stream(document, Wording.of(document, labelsNamedAfterTheirMethods())).write(out);

        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            for (String word : List.of("Өкмөтүнүн", "токтому:", "ң ө ү ы", "Постановление", "Правительства:",
                    "ё ъ щ")) {
                assertThat(text, containsString(word));
            }
            PDResources resources = pdf.getPage(0).getResources();
            List<PDFont> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
            assertEquals(1, fonts.size());
            assertTrue(fonts.get(0).isEmbedded());
            assertThat(fonts.get(0).getName(), endsWith("+DejaVuSans"));
        }
    }

    /**
     * A report on {@code measureCount} measures in force in tasks of 50, their texts and the lead's narrative taken
     * from the seed's measures in turn; each measure's text starts with its marker, [M0001] for the first.
     */
    private static ConsolidatedDocument document(int measureCount) throws IOException {
        List<JsonNode> seed = seedMeasuresInForce();
        List<ConsolidatedDocument.Task> tasks = new ArrayList<>();
        for (int first = 0; first < measureCount; first += PER_TASK) {
            String task = String.valueOf(first / PER_TASK + 1);
            List<ConsolidatedDocument.Measure> measures = new ArrayList<>();
            for (int m = first; m < Math.min(measureCount, first + PER_TASK); m++) {
                JsonNode source = seed.get(m % seed.size());
                Entry entry = new Entry("2025-H1", 1, "SUBMITTED", EntryStatus.IN_PROGRESS, 40, null,
                        ky(source, "expectedResult"), List.of(), null, null);
                measures.add(new ConsolidatedDocument.Measure(task + "." + (m - first + 1),
                        String.format("[M%04d] ", m + 1) + ky(source, "text"), ky(source, "expectedResult"),
                        LocalDate.parse("2025-06-30"), source.get("deadline").get("wording").get("ky").asText(),
                        List.of(new ConsolidatedDocument.Executor("UKMK", "УКМК", "UKMK", true, false, entry)),
                        EntryStatus.IN_PROGRESS.name(), false, null));
            }
            tasks.add(new ConsolidatedDocument.Task(task, "Милдет " + task, measures));
        }
        return report(tasks, measureCount);
    }

    /**
     * A report on one measure of {@code text}, whose lead executor reported {@code narrative}.
     */
    private static ConsolidatedDocument oneMeasure(String text, String narrative) {
        Entry entry = new Entry("2025-H1", 1, "SUBMITTED", EntryStatus.IN_PROGRESS, 40, null, narrative, List.of(),
                null, null);
        var measure = new ConsolidatedDocument.Measure("1.1", text, "Натыйжа", LocalDate.parse("2025-06-30"),
                "2025-жылдын 30-июну",
                List.of(new ConsolidatedDocument.Executor("UKMK", "УКМК", "UKMK", true, false, entry)),
                EntryStatus.IN_PROGRESS.name(), false, null);
        return report(List.of(new ConsolidatedDocument.Task("1", "Милдет 1", List.of(measure))), 1);
    }

    private static ConsolidatedDocument report(List<ConsolidatedDocument.Task> tasks, int measureCount) {
        var header = new ConsolidatedDocument.Header("large", "Чоң план", "2025-H1",
                List.of(new ConsolidatedDocument.Act("1", LocalDate.parse("2024-02-01"), "Токтом")),
                LocalDate.parse("2025-06-30"), LocalDate.parse("2025-07-05"), LocalDate.parse("2025-07-25"), 1,
                ConsolidatedReport.Kind.ON_DEMAND, Instant.parse("2025-07-20T04:00:00Z"), "coordinator",
                "0".repeat(64), "ky", "Asia/Bishkek");
        Figures figures = new Figures("2025-H1", measureCount, Map.of(EntryStatus.IN_PROGRESS.name(), measureCount),
                BigDecimal.ZERO, 0, 1, 1, new BigDecimal("100.0"));
        return new ConsolidatedDocument(header,
                List.of(new Submission("UKMK", "SUBMITTED", Instant.parse("2025-07-03T04:00:00Z"), false, null, null)),
                List.of(), tasks, List.of(), figures, null, null,
                Map.of("UKMK", new ConsolidatedDocument.Agency("Улуттук коопсуздук мамлекеттик комитети", "УКМК")));
    }

    /**
     * The text of each page of the document's PDF, its lines ended by {@code \n}.
     */
    private record Numbered(List<Integer> numbers, int pages) {
    }

    /**
     * The numbers that {@code marker} finds (its first group), page after page, and on how many pages; a page with one
     * must also show {@code heading}, the table's heading row.
     */
    private static Numbered numbered(List<String> pages, Pattern marker, String heading) {
        List<Integer> numbers = new ArrayList<>();
        int withNumbers = 0;
        for (int page = 0; page < pages.size(); page++) {
            Matcher matcher = marker.matcher(pages.get(page));
            boolean found = false;
            while (matcher.find()) {
                numbers.add(Integer.parseInt(matcher.group(1)));
                found = true;
            }
            if (found) {
                withNumbers++;
                assertThat("page " + (page + 1), pages.get(page), containsString(heading));
            }
        }
        return new Numbered(numbers, withNumbers);
    }

    private List<String> pagesOf(ConsolidatedDocument document) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        renderer.stream(document, Wording.of(document, labelsNamedAfterTheirMethods())).write(out);
        try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setLineSeparator("\n");
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(pdf));
            }
            return pages;
        }
    }

    private static List<JsonNode> seedMeasuresInForce() throws IOException {
        try (InputStream in = PdfRendererTest.class.getClassLoader()
                .getResourceAsStream("seed-data/cybersecurity-2019-2023.json")) {
            List<JsonNode> measures = new ArrayList<>();
            new ObjectMapper().readTree(in).get("plan").get("tasks")
                    .forEach(task -> task.get("measures").forEach(measure -> {
                        if (!measure.has("repeal")) {
                            measures.add(measure);
                        }
                    }));
            return measures;
        }
    }

    private static String ky(JsonNode measure, String field) {
        return measure.get(field).get("ky").asText();
    }

    /**
     * Labels that are the names of their methods ({@code expectedResult}), with the constant for an enum's word
     * ({@code entryStatus_IN_PROGRESS}): the message bundle is there only in the running service.
     */
    private static Labels labelsNamedAfterTheirMethods() {
        return (Labels) Proxy.newProxyInstance(Labels.class.getClassLoader(), new Class<?>[] {Labels.class},
                (proxy, method, args) -> args != null && args.length == 1 && args[0] instanceof Enum<?> constant
                        ? method.getName() + "_" + constant.name()
                        : method.getName());
    }
}
