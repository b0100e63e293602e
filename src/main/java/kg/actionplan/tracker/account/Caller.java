package kg.actionplan.tracker.account;

import java.util.Optional;

/**
 * Who is making the current request: the account's username, its role and, for a reporter, its agency; how it
 * signed in, with the id of its token or browser session.
 */
public record Caller(String username, Role role, Optional<String> agency, Credential credential,
        Optional<Long> credentialId) {

    public boolean is(Role candidate) {
        return role == candidate;
    }

    /**
     * Whether the caller may see the work of {@code agencyCode}: a reporter only its own agency's.
     */
    public boolean canSeeAgency(String agencyCode) {
        return role != Role.REPORTER || agency.filter(agencyCode::equals).isPresent();
    }

    /**
     * The browser session this request came with, if it came with one.
     */
    public Optional<Long> sessionId() {
        return credential == Credential.SESSION ? credentialId : Optional.empty();
    }
}
