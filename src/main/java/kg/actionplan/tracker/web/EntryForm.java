package kg.actionplan.tracker.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import kg.actionplan.tracker.report.ReportRequests.EntryUpdate;
import kg.actionplan.tracker.report.ReportRequests.EvidenceItem;
import kg.actionplan.tracker.report.ReportRequests.SpentItem;
import kg.actionplan.tracker.report.ReportViews.EntryView;

/**
 * An entry as its form holds it: text as typed, so that a form sent back with mistakes shows what was typed. It
 * becomes the API's {@link EntryUpdate}, which the same rules then check.
 */
public record EntryForm(String status, String progressPercent, String completedOn, String narrative,
        String problems, String nextSteps, String spentAmount, String fundingSource, List<EvidenceRow> evidence) {

    /** The currency of every amount, as the API takes it. */
    private static final String CURRENCY = "KGS";

    /** One document of evidence as its row of the form holds it. */
    public record EvidenceRow(String title, String actNumber, String actDate, String url) {

        boolean isBlank() {
            return Stream.of(title, actNumber, actDate, url).allMatch(EntryForm::blank);
        }
    }

    /** The form of a stored entry, with one empty evidence row to add a document. */
    static EntryForm of(EntryView entry) {
        List<EvidenceRow> rows = new ArrayList<>(entry.evidence().stream()
                .map(e -> new EvidenceRow(e.title(), orBlank(e.actNumber()),
                        e.actDate() == null ? "" : e.actDate().toString(), orBlank(e.url())))
                .toList());
        return new EntryForm(entry.status().name(), Integer.toString(entry.progressPercent()),
                entry.completedOn() == null ? "" : entry.completedOn().toString(), orBlank(entry.narrative()),
                orBlank(entry.problems()), orBlank(entry.nextSteps()),
                entry.spent() == null ? "" : entry.spent().amount().toPlainString(),
                entry.spent() == null || entry.spent().fundingSource() == null ? "" : entry.spent().fundingSource(),
                withBlankRow(rows));
    }

    /** The form as sent: the evidence rows come as parallel lists, one value of each per row. */
    static EntryForm sent(String status, String progressPercent, String completedOn, String narrative,
            String problems, String nextSteps, String spentAmount, String fundingSource, List<String> titles,
            List<String> actNumbers, List<String> actDates, List<String> urls) {
        List<EvidenceRow> rows = new ArrayList<>();
        for (int i = 0; i < titles.size(); i++) {
            rows.add(new EvidenceRow(titles.get(i), at(actNumbers, i), at(actDates, i), at(urls, i)));
        }
        return new EntryForm(orBlank(status), orBlank(progressPercent), orBlank(completedOn), orBlank(narrative),
                orBlank(problems), orBlank(nextSteps), orBlank(spentAmount), orBlank(fundingSource),
                rows);
    }

    /** This form with one empty evidence row at the end, to add a document. */
    EntryForm withBlankEvidenceRow() {
        return new EntryForm(status, progressPercent, completedOn, narrative, problems, nextSteps, spentAmount,
                fundingSource, withBlankRow(new ArrayList<>(evidence.stream().filter(row -> !row.isBlank()).toList())));
    }

    /**
     * The update this form asks for; what cannot even be read as a number or a date is added to {@code errors}
     * (the API's own rules are checked afterwards, on the update).
     */
    EntryUpdate toUpdate(List<FieldError> errors) {
        Integer percent = null;
        try {
            percent = Integer.valueOf(progressPercent.strip());
        } catch (NumberFormatException e) {
            errors.add(new FieldError("progressPercent", "must be a whole number from 0 to 100"));
        }
        SpentItem spent = null;
        if (!blank(spentAmount)) {
            try {
                spent = new SpentItem(new BigDecimal(spentAmount.strip().replace(',', '.')), CURRENCY,
                        blank(fundingSource) ? null : fundingSource);
            } catch (NumberFormatException e) {
                errors.add(new FieldError("spentAmount", "must be an amount such as 150000.00"));
            }
        }
        List<EvidenceItem> documents = new ArrayList<>();
        for (int i = 0; i < evidence.size(); i++) {
            EvidenceRow row = evidence.get(i);
            if (!row.isBlank()) {
                documents.add(new EvidenceItem(row.title().strip(), blankToNull(row.actNumber()),
                        PageForms.optionalDate(row.actDate(), "evidence-" + i + "-actDate", errors),
                        blankToNull(row.url())));
            }
        }
        return new EntryUpdate(status, percent, PageForms.optionalDate(completedOn, "completedOn", errors),
                blankToNull(narrative), documents, spent, blankToNull(problems), blankToNull(nextSteps));
    }

    /**
     * The input that shows a rule on {@code id} (as {@link PageForms#id} names it): the form has one input for the
     * amount spent, in the one currency, so the rules on the amount and its currency are shown there.
     */
    static String field(String id) {
        return switch (id) {
            case "spent", "spent-amount", "spent-currency" -> "spentAmount";
            case "spent-fundingSource" -> "fundingSource";
            default -> id;
        };
    }

    private static List<EvidenceRow> withBlankRow(List<EvidenceRow> rows) {
        rows.add(new EvidenceRow("", "", "", ""));
        return List.copyOf(rows);
    }

    private static String at(List<String> values, int index) {
        return index < values.size() ? orBlank(values.get(index)) : "";
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String blankToNull(String value) {
        return blank(value) ? null : value.strip();
    }

    private static String orBlank(String value) {
        return value == null ? "" : value;
    }
}
