package kg.actionplan.tracker.common;

import org.hibernate.SessionFactory;
import org.hibernate.stat.CollectionStatistics;
import org.hibernate.stat.EntityStatistics;
import org.hibernate.stat.Statistics;

/**
 * Counts the SQL statements that a piece of work prepares, from Hibernate's statistics (on in the test profile), and
 * keeps what they were for the message of a failed count, so that the N+1 that broke it shows.
 *
 * <p>The statistics are global to the service: the work must run on the test's thread with nothing else of the test
 * running. A scheduled job or the alert sender could still query meanwhile; should one coincide, the message lists
 * every statement counted, so the stranger shows.
 */
public final class StatementCount {

    private final SessionFactory sessions;
    private String last = "";

    public StatementCount(SessionFactory sessions) {
        this.sessions = sessions;
    }

    /**
     * Runs {@code work} and returns the statements it prepared.
     */
    public long of(Runnable work) {
        Statistics statistics = sessions.getStatistics();
        statistics.clear();
        work.run();
        last = describe(statistics);
        return statistics.getPrepareStatementCount();
    }

    /**
     * What the work last counted did: the queries and how often each ran, then the entities and collections fetched,
     * loaded and written.
     */
    public String last() {
        return last;
    }

    private static String describe(Statistics statistics) {
        StringBuilder text = new StringBuilder();
        for (String query : statistics.getQueries()) {
            append(text, statistics.getQueryStatistics(query).getExecutionCount(), query);
        }
        for (String entity : statistics.getEntityNames()) {
            EntityStatistics of = statistics.getEntityStatistics(entity);
            append(text, of.getFetchCount(), "fetch of " + entity);
            append(text, of.getLoadCount(), "load of " + entity);
            append(text, of.getInsertCount(), "insert of " + entity);
            append(text, of.getUpdateCount(), "update of " + entity);
        }
        for (String role : statistics.getCollectionRoleNames()) {
            CollectionStatistics of = statistics.getCollectionStatistics(role);
            append(text, of.getFetchCount(), "fetch of " + role);
            append(text, of.getRecreateCount(), "recreate of " + role);
            append(text, of.getRemoveCount(), "removal of " + role);
            append(text, of.getUpdateCount(), "update of " + role);
        }
        return text.toString();
    }

    private static void append(StringBuilder text, long count, String what) {
        if (count > 0) {
            text.append("\n  ").append(count).append("× ").append(what);
        }
    }
}
