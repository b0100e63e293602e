package kg.actionplan.tracker.consolidated;

import jakarta.enterprise.context.ApplicationScoped;

import kg.actionplan.tracker.common.Language;

/**
 * Renders a version in one of the formats.
 */
@ApplicationScoped
public class ConsolidatedRenderer {

    private final ConsolidatedDocuments documents;
    private final CsvRenderer csv;
    private final XlsxRenderer xlsx;
    private final PdfRenderer pdf;

    ConsolidatedRenderer(ConsolidatedDocuments documents, CsvRenderer csv, XlsxRenderer xlsx, PdfRenderer pdf) {
        this.documents = documents;
        this.csv = csv;
        this.xlsx = xlsx;
        this.pdf = pdf;
    }

    public ConsolidatedDocument document(ConsolidatedReport version, Language language) {
        return documents.of(version, language);
    }

    /**
     * The rendering as a response's entity: the document itself for JSON, bytes for CSV and XLSX, and for PDF its
     * pages, written to the response as they are laid out.
     */
    public Object render(ConsolidatedReport version, Language language, ReportFormat format) {
        ConsolidatedDocument document = documents.of(version, language);
        return switch (format) {
            case JSON -> document;
            case CSV, XLSX -> file(document, format);
            case PDF -> pdf.stream(document);
        };
    }

    /**
     * A file rendering whole, as an e-mail attaches it.
     */
    public byte[] file(ConsolidatedReport version, Language language, ReportFormat format) {
        return file(documents.of(version, language), format);
    }

    private byte[] file(ConsolidatedDocument document, ReportFormat format) {
        return switch (format) {
            case CSV -> csv.render(document);
            case XLSX -> xlsx.render(document);
            case PDF -> pdf.render(document);
            case JSON -> throw new IllegalArgumentException("JSON is the document itself, not a file");
        };
    }
}
