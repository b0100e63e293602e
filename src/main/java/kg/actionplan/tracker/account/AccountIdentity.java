package kg.actionplan.tracker.account;

import java.util.Optional;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/**
 * The security identity of a signed-in account, whatever the credential: its role, its agency and how it signed in.
 */
public final class AccountIdentity {

    /** The attribute that holds a reporter's agency code. */
    public static final String AGENCY = "agency";
    /** The attribute that holds the {@link Credential}. */
    public static final String CREDENTIAL = "credential";
    /** The attribute that holds the id of the token or the browser session, when the credential is one. */
    public static final String CREDENTIAL_ID = "credential-id";
    /** The attribute that holds a browser session's CSRF token, which the forms of its pages carry. */
    public static final String SESSION_CSRF_TOKEN = "session-csrf-token";
    /** The attribute that holds a browser session's account's {@link kg.actionplan.tracker.common.Language}. */
    public static final String LANGUAGE = "language";

    private AccountIdentity() {
    }

    public static SecurityIdentity of(String username, Role role, Optional<String> agency, Credential credential,
            Long credentialId) {
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(username))
                .addRole(role.name())
                .addAttribute(CREDENTIAL, credential);
        agency.ifPresent(code -> identity.addAttribute(AGENCY, code));
        if (credentialId != null) {
            identity.addAttribute(CREDENTIAL_ID, credentialId);
        }
        return identity.build();
    }
}
