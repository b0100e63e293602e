package kg.actionplan.tracker.consolidated;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import kg.actionplan.tracker.agency.Agency;
import kg.actionplan.tracker.agency.AgencyRepository;
import kg.actionplan.tracker.common.Language;
import kg.actionplan.tracker.common.LocalizedText;
import kg.actionplan.tracker.consolidated.ConsolidatedContent.Figures;
import kg.actionplan.tracker.plan.LegalAct;
import kg.actionplan.tracker.plan.Measure;
import kg.actionplan.tracker.plan.Plan;

/**
 * Joins a version's stored content with the plan's and agencies' texts in the language asked for.
 */
@ApplicationScoped
public class ConsolidatedDocuments {

    private final ConsolidatedReportService reports;
    private final AgencyRepository agencies;

    ConsolidatedDocuments(ConsolidatedReportService reports, AgencyRepository agencies) {
        this.reports = reports;
        this.agencies = agencies;
    }

    public ConsolidatedDocument of(ConsolidatedReport version, Language language) {
        ConsolidatedContent content = reports.content(version);
        Plan plan = version.plan();
        Map<String, Measure> measures = plan.measures().stream().collect(Collectors.toMap(Measure::code, Function.identity()));
        Map<String, Agency> byCode = agencies.listInCodeOrder().stream()
                .collect(Collectors.toMap(Agency::code, Function.identity()));
        var header = new ConsolidatedDocument.Header(plan.code(), text(plan.title(), language), content.period(),
                plan.legalBasis().stream().map(act -> act(act, language)).toList(), content.asOf(),
                content.agencyReportDue(), content.consolidatedReportDue(), version.number(), version.kind(),
                version.generatedAt(), version.generatedBy(), version.contentHash(), language.code(),
                plan.reporting().timeZone().getId());
        List<ConsolidatedDocument.Task> tasks = content.tasks().stream()
                .map(task -> new ConsolidatedDocument.Task(task.code(),
                        text(plan.task(task.code()).orElseThrow().title(), language),
                        task.measures().stream().map(row -> {
                            Measure measure = measures.get(row.code());
                            return new ConsolidatedDocument.Measure(row.code(), text(measure.text(), language),
                                    text(measure.expectedResult(), language), row.dueOn(),
                                    text(measure.deadline().wording(), language),
                                    row.executors().stream().map(e -> new ConsolidatedDocument.Executor(e.agency(),
                                            text(byCode.get(e.agency()).abbreviation(), language), e.answeringAgency(),
                                            e.lead(), e.byAgreement(), e.entry())).toList(),
                                    row.status(), row.overdue(), row.completion());
                        }).toList()))
                .toList();
        List<ConsolidatedDocument.Repealed> repealed = content.repealed().stream()
                .map(r -> {
                    Measure measure = measures.get(r.code());
                    return new ConsolidatedDocument.Repealed(r.code(), act(measure.repealedBy().orElseThrow(), language),
                            text(measure.repealNote(), language));
                })
                .toList();
        return new ConsolidatedDocument(header, content.submissions(), content.missingAgencies(), tasks, repealed,
                content.figures(), content.previousFigures(), change(content.figures(), content.previousFigures()),
                named(content, byCode, language));
    }

    /**
     * The agencies the content mentions, in code order, named in {@code language}.
     */
    private static Map<String, ConsolidatedDocument.Agency> named(ConsolidatedContent content,
            Map<String, Agency> byCode, Language language) {
        Stream<String> codes = Stream.of(
                content.submissions().stream().map(ConsolidatedContent.Submission::agency),
                content.missingAgencies().stream(),
                content.tasks().stream().flatMap(task -> task.measures().stream())
                        .flatMap(row -> row.executors().stream())
                        .flatMap(e -> Stream.of(e.agency(), e.answeringAgency())))
                .flatMap(Function.identity());
        Map<String, ConsolidatedDocument.Agency> named = new TreeMap<>();
        codes.forEach(code -> named.computeIfAbsent(code, c -> new ConsolidatedDocument.Agency(
                text(byCode.get(c).name(), language), text(byCode.get(c).abbreviation(), language))));
        return named;
    }

    private static ConsolidatedDocument.Change change(Figures now, Figures before) {
        if (before == null) {
            return null;
        }
        return new ConsolidatedDocument.Change(now.shareCompleted().subtract(before.shareCompleted()),
                now.overdue() - before.overdue(), now.onTimeRate().subtract(before.onTimeRate()));
    }

    private static ConsolidatedDocument.Act act(LegalAct act, Language language) {
        return new ConsolidatedDocument.Act(act.number(), act.adoptedOn(), text(act.title(), language));
    }

    private static String text(LocalizedText text, Language language) {
        return text == null ? null : text.in(language);
    }
}
