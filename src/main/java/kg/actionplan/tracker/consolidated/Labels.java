package kg.actionplan.tracker.consolidated;

import java.util.Map;

import kg.actionplan.tracker.common.Language;
import kg.actionplan.tracker.common.LocalizedText;

/**
 * The fixed words of the rendered reports in the service's three languages.
 */
final class Labels {

    private static final Map<String, LocalizedText> WORDS = Map.ofEntries(
            Map.entry("title", new LocalizedText("Иш-чаралар планын ишке ашыруунун жүрүшү жөнүндө жалпыланган отчет",
                    "Сводный отчёт о ходе реализации Плана мероприятий",
                    "Consolidated report on the implementation of the action plan")),
            Map.entry("period", new LocalizedText("Отчеттук мезгил", "Отчётный период", "Reporting period")),
            Map.entry("legalBasis", new LocalizedText("Укуктук негиз", "Правовое основание", "Legal basis")),
            Map.entry("asOf", new LocalizedText("Абалы боюнча", "По состоянию на", "As of")),
            Map.entry("version", new LocalizedText("Версия", "Версия", "Version")),
            Map.entry("generatedAt", new LocalizedText("Түзүлгөн убакыты", "Сформирован", "Generated at")),
            Map.entry("contentHash", new LocalizedText("Мазмунунун хеши", "Хеш содержания", "Content hash")),
            Map.entry("task", new LocalizedText("Милдет", "Задача", "Task")),
            Map.entry("measure", new LocalizedText("Чара", "Мероприятие", "Measure")),
            Map.entry("expectedResult", new LocalizedText("Күтүлүүчү натыйжа", "Ожидаемый результат", "Expected result")),
            Map.entry("deadline", new LocalizedText("Ишке ашыруу мөөнөтү", "Срок исполнения", "Deadline")),
            Map.entry("executors", new LocalizedText("Жооптуу аткаруучулар", "Ответственные исполнители", "Responsible executors")),
            Map.entry("status", new LocalizedText("Абалы", "Статус", "Status")),
            Map.entry("progress", new LocalizedText("Аткарылышы, %", "Выполнение, %", "Progress, %")),
            Map.entry("narrative", new LocalizedText("Аткарылган иштер", "Проделанная работа", "Work done")),
            Map.entry("overdue", new LocalizedText("Мөөнөтү өткөн", "Просрочено", "Overdue")),
            Map.entry("yes", new LocalizedText("ооба", "да", "yes")),
            Map.entry("no", new LocalizedText("жок", "нет", "no")),
            Map.entry("submissions", new LocalizedText("Мекемелердин отчеттору", "Отчёты органов", "Agency reports")),
            Map.entry("agency", new LocalizedText("Мекеме", "Орган", "Agency")),
            Map.entry("submittedAt", new LocalizedText("Тапшырылган убакыт", "Дата представления", "Submitted at")),
            Map.entry("late", new LocalizedText("Кечиккен", "С опозданием", "Late")),
            Map.entry("daysLate", new LocalizedText("Кечиккен күндөр", "Дней опоздания", "Days late")),
            Map.entry("missing", new LocalizedText("Отчет бербеген мекемелер", "Не представили отчёт", "Agencies that did not report")),
            Map.entry("figures", new LocalizedText("Негизги көрсөткүчтөр", "Ключевые показатели", "Key figures")),
            Map.entry("measuresInForce", new LocalizedText("Күчүндөгү чаралар", "Действующие мероприятия", "Measures in force")),
            Map.entry("shareCompleted", new LocalizedText("Аткарылгандардын үлүшү, %", "Доля выполненных, %", "Share completed, %")),
            Map.entry("overdueCount", new LocalizedText("Мөөнөтү өткөн чаралар", "Просроченные мероприятия", "Overdue measures")),
            Map.entry("onTimeRate", new LocalizedText("Өз убагында тапшырылган отчеттор, %", "Отчёты представлены в срок, %", "Reports on time, %")),
            Map.entry("previous", new LocalizedText("Мурунку мезгил", "Предыдущий период", "Previous period")),
            Map.entry("repealed", new LocalizedText("Күчүн жоготкон чаралар", "Утратившие силу мероприятия", "Repealed measures")),
            Map.entry("byAgreement", new LocalizedText("макулдашуу боюнча", "по согласованию", "by agreement")),
            Map.entry("COMPLETED", new LocalizedText("Аткарылды", "Выполнено", "Completed")),
            Map.entry("IN_PROGRESS", new LocalizedText("Аткарылууда", "Выполняется", "In progress")),
            Map.entry("BLOCKED", new LocalizedText("Токтоп калды", "Приостановлено", "Blocked")),
            Map.entry("NOT_STARTED", new LocalizedText("Башталган жок", "Не начато", "Not started")),
            Map.entry("NOT_REPORTED", new LocalizedText("Маалымат жок", "Нет сведений", "Not reported")));

    private Labels() {
    }

    static String of(String key, Language language) {
        return WORDS.get(key).in(language);
    }

    /**
     * A measure's status in words; a code without words is shown as it is.
     */
    static String status(String code, Language language) {
        LocalizedText words = WORDS.get(code);
        return words == null ? code : words.in(language);
    }
}
