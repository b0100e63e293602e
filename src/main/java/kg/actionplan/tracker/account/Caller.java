package kg.actionplan.tracker.account;

import java.util.Optional;

/**
 * Who is making the current request: the account's username, its role and, for a reporter, its agency.
 */
public record Caller(String username, Role role, Optional<String> agency) {

    public boolean is(Role candidate) {
        return role == candidate;
    }

    /**
     * Whether the caller may see the work of {@code agencyCode}: a reporter only its own agency's.
     */
    public boolean canSeeAgency(String agencyCode) {
        return role != Role.REPORTER || agency.filter(agencyCode::equals).isPresent();
    }
}
