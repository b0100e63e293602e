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
     * The rendering: the document itself for JSON, bytes for the file formats.
     */
    public Object render(ConsolidatedReport version, Language language, ReportFormat format) {
        ConsolidatedDocument document = documents.of(version, language);
        return switch (format) {
            case JSON -> document;
            case CSV -> csv.render(document);
            case XLSX -> xlsx.render(document);
            case PDF -> pdf.render(document);
        };
    }
}
