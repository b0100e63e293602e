package kg.actionplan.tracker.alert;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.mailer.Mail;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.Variant;

import kg.actionplan.tracker.agency.Agency;
import kg.actionplan.tracker.common.Language;
import kg.actionplan.tracker.plan.Measure;
import kg.actionplan.tracker.plan.MeasureRepository;
import kg.actionplan.tracker.plan.Plan;

/**
 * The digest e-mail: every alert of one recipient in one message, in the recipient's language, as plain text and
 * HTML from the templates {@code AlertMail/digest_<language>.txt|html}.
 */
@ApplicationScoped
public class AlertMail {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final int MEASURE_TEXT_LENGTH = 240;

    @CheckedTemplate
    static class Templates {

        static native TemplateInstance digest_ky(Digest digest);

        static native TemplateInstance digest_ru(Digest digest);

        static native TemplateInstance digest_en(Digest digest);
    }

    /**
     * One line of the digest. {@code days} counts to the deadline when it is ahead, since it when it has passed.
     */
    public record Item(String plan, String planTitle, String period, String agency, String agencyName, String measure,
            String measureText, String dueOn, long days, String detail) {
    }

    /**
     * The digest's sections, in the order the templates show them; an empty section is left out.
     */
    public record Digest(String date, List<Item> submissionReminders, List<Item> missedSubmissions,
            List<Item> approachingMeasures, List<Item> overdueMeasures, List<Item> consolidatedDue,
            List<Item> returnedReports) {
    }

    private final MeasureRepository measures;

    AlertMail(MeasureRepository measures) {
        this.measures = measures;
    }

    Mail digest(String recipient, Language language, List<Alert> alerts, LocalDate today) {
        Map<AlertRule, List<Item>> sections = new EnumMap<>(AlertRule.class);
        for (Alert alert : alerts) {
            sections.computeIfAbsent(alert.rule(), rule -> new ArrayList<>()).add(item(alert, language, today));
        }
        Digest digest = new Digest(DATE.format(today), section(sections, AlertRule.SUBMISSION_REMINDER),
                section(sections, AlertRule.SUBMISSION_MISSED), section(sections, AlertRule.MEASURE_DEADLINE_APPROACHING),
                section(sections, AlertRule.MEASURE_OVERDUE), section(sections, AlertRule.CONSOLIDATED_DUE),
                section(sections, AlertRule.REPORT_RETURNED));
        TemplateInstance template = switch (language) {
            case KY -> Templates.digest_ky(digest);
            case RU -> Templates.digest_ru(digest);
            case EN -> Templates.digest_en(digest);
        };
        return Mail.withText(recipient, subject(language, digest.date(), alerts.size()), render(template, "text/plain"))
                .setHtml(render(template, "text/html"));
    }

    private static String subject(Language language, String date, int count) {
        return switch (language) {
            case KY -> "Иш-чаралар планы: мөөнөттөр боюнча эскертүүлөр (" + count + "), " + date;
            case RU -> "План мероприятий: уведомления о сроках (" + count + "), " + date;
            case EN -> "Action plan: deadline alerts (" + count + "), " + date;
        };
    }

    private Item item(Alert alert, Language language, LocalDate today) {
        Plan plan = alert.plan();
        String measureText = alert.measureCode().flatMap(code -> measures.findByPlanAndCode(plan, code))
                .map(Measure::text).map(text -> shorten(text.in(language))).orElse(null);
        long days = alert.dueOn().map(due -> Math.abs(ChronoUnit.DAYS.between(today, due))).orElse(0L);
        return new Item(plan.code(), plan.title().in(language), alert.period().orElse(null),
                alert.agency().map(Agency::code).orElse(null),
                alert.agency().map(agency -> agency.name().in(language)).orElse(null),
                alert.measureCode().orElse(null), measureText, alert.dueOn().map(DATE::format).orElse(null), days,
                alert.detail().orElse(null));
    }

    private static List<Item> section(Map<AlertRule, List<Item>> sections, AlertRule rule) {
        return sections.getOrDefault(rule, List.of());
    }

    private static String shorten(String text) {
        return text == null || text.length() <= MEASURE_TEXT_LENGTH ? text
                : text.substring(0, MEASURE_TEXT_LENGTH - 1).strip() + "…";
    }

    private static String render(TemplateInstance template, String contentType) {
        return template.setAttribute(TemplateInstance.SELECTED_VARIANT, Variant.forContentType(contentType)).render();
    }
}
