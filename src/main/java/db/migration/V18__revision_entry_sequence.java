package db.migration;

import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The keys of report_revision_entry come from a sequence that Hibernate takes 50 at a time (RevisionEntry), so that
 * the entries of a submitted revision are inserted in JDBC batches rather than one by one, as identity keys force.
 *
 * <p>In Java because the sequence has to start above the keys already given out, and neither H2 nor PostgreSQL
 * accepts that as a query in the same statement (PostgreSQL's {@code setval} is unknown to H2, H2's
 * {@code restart with (select …)} unknown to PostgreSQL). It starts a block of 50 above the largest key: Hibernate
 * takes a value of the sequence as the first key of its block (Quarkus' default pooled-lo optimizer), or as the last
 * (the pooled optimizer), and neither then hands out a key in use. The column then takes its default from the same sequence
 * instead of its own identity counter, which would otherwise hand out keys Hibernate has used to anyone who inserts
 * without one (as bench/Limit.java does): nothing is dropped but that counter.
 */
public class V18__revision_entry_sequence extends BaseJavaMigration {

    private static final int ALLOCATION_SIZE = 50;

    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            long largest;
            try (ResultSet rows = statement.executeQuery("select coalesce(max(id), 0) from report_revision_entry")) {
                rows.next();
                largest = rows.getLong(1);
            }
            statement.execute("create sequence report_revision_entry_seq start with " + (largest + ALLOCATION_SIZE)
                    + " increment by " + ALLOCATION_SIZE);
            statement.execute("alter table report_revision_entry alter column id drop identity");
            statement.execute("alter table report_revision_entry alter column id "
                    + "set default nextval('report_revision_entry_seq')");
        }
    }
}
