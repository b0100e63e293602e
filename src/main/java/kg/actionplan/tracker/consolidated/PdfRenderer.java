package kg.actionplan.tracker.consolidated;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.StreamingOutput;

import com.lowagie.text.pdf.BaseFont;

import kg.actionplan.tracker.common.TrackerConfig;
import kg.actionplan.tracker.consolidated.ConsolidatedContent.Completion;
import kg.actionplan.tracker.consolidated.ConsolidatedContent.Entry;
import kg.actionplan.tracker.consolidated.ConsolidatedContent.Figures;
import kg.actionplan.tracker.consolidated.ConsolidatedContent.Submission;

/**
 * The consolidated report as a landscape PDF. The font is embedded, and must cover Kyrgyz letters (ң, ө, ү) and
 * Russian: DejaVu Sans by default (Debian's fonts-dejavu-core).
 *
 * <p>This class says what is on the pages; {@link PdfTable} lays the tables out and {@link PdfPages} draws them with
 * OpenPDF's low-level writer. OpenPDF's own tables are not used: they looked every character's width up in hash maps
 * and laid each cell out twice, about 15 seconds for the national plan. The table of measures is drawn a row at a
 * time and the pages are written out as they are finished: a plan of thousands of measures takes no more memory than
 * a small one.
 */
@ApplicationScoped
public class PdfRenderer {

    private static final float TITLE_SIZE = 13;
    private static final Color TASK = new Color(245, 245, 245);

    private final Path fontFile;

    @Inject
    PdfRenderer(TrackerConfig config) {
        this(config.consolidated().pdfFont());
    }

    PdfRenderer(Path fontFile) {
        this.fontFile = fontFile;
    }

    /**
     * The PDF whole, as an e-mail attaches it.
     */
    public byte[] render(ConsolidatedDocument document) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(document, Wording.of(document), font(), out);
        return out.toByteArray();
    }

    /**
     * The PDF for a response, written to it page by page as it is laid out. The font is read here, so that a missing
     * one fails the request before any of the file has been sent.
     */
    public StreamingOutput stream(ConsolidatedDocument document) {
        return stream(document, Wording.of(document));
    }

    /**
     * The same in {@code words}, which a plain unit test makes itself (the message bundle is there only in the running
     * service).
     */
    StreamingOutput stream(ConsolidatedDocument document, Wording words) {
        BaseFont base = font();
        return out -> write(document, words, base, out);
    }

    /**
     * Writes the PDF to {@code out}, which it leaves open.
     */
    private static void write(ConsolidatedDocument document, Wording words, BaseFont base, OutputStream out) {
        PdfPages pages = new PdfPages(out, new PdfFont(base));
        header(pages, document, words);
        measures(pages, document, words);
        submissions(pages, document, words);
        figures(pages, document, words);
        pages.close();
    }

    private BaseFont font() {
        if (!Files.isReadable(fontFile)) {
            throw new IllegalStateException("The PDF font " + fontFile + " is missing: install fonts-dejavu-core or set "
                    + "tracker.consolidated.pdf-font to a TrueType font that covers Kyrgyz and Russian");
        }
        try {
            return BaseFont.createFont(fontFile.toString(), BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void header(PdfPages pages, ConsolidatedDocument document, Wording words) {
        Labels labels = words.labels();
        ConsolidatedDocument.Header header = document.header();
        pages.paragraph(labels.title(), TITLE_SIZE, true);
        text(pages, header.planTitle());
        text(pages, labels.period() + ": " + header.period() + "   "
                + labels.asOf() + ": " + words.date(header.asOf()) + "   "
                + labels.version() + ": " + header.version() + " (" + words.kind(header.kind()) + ")");
        text(pages, labels.legalBasis() + ": " + header.legalBasis().stream()
                .map(act -> "№ " + act.number() + ", " + words.date(act.date()) + " — " + act.title())
                .collect(Collectors.joining("; ")));
        text(pages, labels.generatedAt() + ": " + words.time(header.generatedAt()) + "   "
                + labels.timeZone() + ": " + words.zone(header.generatedAt()) + "   "
                + labels.contentHash() + ": " + header.contentHash());
        text(pages, " ");
    }

    private static void measures(PdfPages pages, ConsolidatedDocument document, Wording words) {
        Labels labels = words.labels();
        List<String> headings = List.of("№", labels.measure(), labels.expectedResult(), labels.deadline(),
                labels.completedOn(), labels.slipDays(), labels.executors(), labels.status(), labels.progress(),
                labels.narrative(), labels.overdue());
        List<ConsolidatedDocument.Measure> all = document.tasks().stream().flatMap(task -> task.measures().stream())
                .toList();
        List<String> statuses = all.stream().map(measure -> words.measureStatus(measure.status())).distinct().toList();
        List<String> completions = all.stream().map(measure -> completion(measure.completion(), words)).distinct()
                .toList();
        PdfTable table = new PdfTable(pages, headings, new float[] {4, 21, 14, 8, 7, 5, 11, 8, 5, 16, 5},
                Map.of(4, completions, 7, statuses, 8, List.of("100%"), 10, List.of(labels.yes(), labels.no())),
                pages.width());
        for (ConsolidatedDocument.Task task : document.tasks()) {
            table.span(task.code() + ". " + task.title(), TASK);
            for (ConsolidatedDocument.Measure measure : task.measures()) {
                Entry lead = measure.executors().get(0).entry();
                Completion completion = measure.completion();
                table.row(measure.code(), measure.text(), measure.expectedResult(), measure.deadline(),
                        completion(completion, words),
                        completion == null || completion.slipDays() == null ? ""
                                : String.valueOf(completion.slipDays()),
                        XlsxRenderer.executors(measure, words), words.measureStatus(measure.status()),
                        lead == null ? "" : lead.progressPercent() + "%", XlsxRenderer.narratives(measure, words),
                        words.yesOrNo(measure.overdue()));
            }
        }
        table.end();
        if (!document.repealed().isEmpty()) {
            text(pages, labels.repealed() + ": " + document.repealed().stream()
                    .map(r -> r.code() + " — " + r.note()).collect(Collectors.joining("; ")));
        }
    }

    /**
     * When a measure was reported completed: the day, then the half-year of the report in brackets; only the half-year
     * when the entry did not give the day.
     */
    private static String completion(Completion completion, Wording words) {
        if (completion == null) {
            return "";
        }
        return completion.completedOn() == null ? completion.period()
                : words.date(completion.completedOn()) + " (" + completion.period() + ")";
    }

    private static void submissions(PdfPages pages, ConsolidatedDocument document, Wording words) {
        Labels labels = words.labels();
        text(pages, " ");
        pages.paragraph(labels.submissions(), PdfPages.SIZE, true);
        List<String> headings = List.of(labels.agency(), labels.status(), labels.submittedAt(),
                labels.receivedOnPaper(), labels.late(), labels.daysLate());
        List<String> statuses = document.submissions().stream().map(s -> words.reportStatus(s.status())).distinct()
                .toList();
        PdfTable table = new PdfTable(pages, headings, new float[] {20, 10, 10, 20, 8, 8}, Map.of(1, statuses),
                pages.width() * 0.9f);
        for (Submission s : document.submissions()) {
            table.row(words.fullName(s.agency()), words.reportStatus(s.status()), words.time(s.submittedAt()),
                    words.backfill(s.backfill()), s.late() == null ? "" : words.yesOrNo(s.late()),
                    s.daysLate() == null ? "" : String.valueOf(s.daysLate()));
        }
        table.end();
        if (!document.missingAgencies().isEmpty()) {
            text(pages, labels.missing() + ": " + document.missingAgencies().stream()
                    .map(words::abbreviation).collect(Collectors.joining(", ")));
        }
    }

    private static void figures(PdfPages pages, ConsolidatedDocument document, Wording words) {
        Labels labels = words.labels();
        Figures now = document.figures();
        Figures before = document.previousFigures();
        text(pages, " ");
        pages.paragraph(labels.figures(), PdfPages.SIZE, true);
        String previous = before == null ? "" : "   (" + labels.previous() + " " + before.period() + ": ";
        text(pages, labels.measuresInForce() + ": " + now.measuresInForce() + "; "
                + now.byStatus().entrySet().stream().map(e -> words.measureStatus(e.getKey()) + " " + e.getValue())
                        .collect(Collectors.joining(", ")));
        text(pages, labels.shareCompleted() + ": " + now.shareCompleted()
                + (before == null ? "" : previous + before.shareCompleted() + ")"));
        text(pages, labels.overdueCount() + ": " + now.overdue()
                + (before == null ? "" : previous + before.overdue() + ")"));
        text(pages, labels.onTimeRate() + ": " + now.onTimeRate()
                + (before == null ? "" : previous + before.onTimeRate() + ")"));
    }

    /**
     * A paragraph of regular text.
     */
    private static void text(PdfPages pages, String text) {
        pages.paragraph(text, PdfPages.SIZE, false);
    }
}
