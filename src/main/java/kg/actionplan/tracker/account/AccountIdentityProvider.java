package kg.actionplan.tracker.account;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * Checks HTTP Basic credentials against the stored accounts. A disabled account cannot log in.
 */
@ApplicationScoped
public class AccountIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    /** The security-identity attribute that holds a reporter's agency code. */
    public static final String AGENCY_ATTRIBUTE = "agency";

    private final AccountRepository accounts;
    private final PasswordHasher hasher;

    AccountIdentityProvider(AccountRepository accounts, PasswordHasher hasher) {
        this.accounts = accounts;
        this.hasher = hasher;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        return context.runBlocking(() -> identify(request.getUsername(), new String(request.getPassword().getPassword())));
    }

    private SecurityIdentity identify(String username, String password) {
        record Login(String hash, String role, String agency) {
        }
        Login login = QuarkusTransaction.requiringNew().call(() -> accounts.findByUsername(username)
                .filter(Account::enabled)
                .map(a -> new Login(a.passwordHash(), a.role().name(), a.agency().map(ag -> ag.code()).orElse(null)))
                .orElse(null));
        if (login == null) {
            hasher.matchNothing(password);
            throw new AuthenticationFailedException();
        }
        if (!hasher.matches(password, login.hash())) {
            throw new AuthenticationFailedException();
        }
        QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                .setPrincipal(new QuarkusPrincipal(username))
                .addRole(login.role());
        if (login.agency() != null) {
            identity.addAttribute(AGENCY_ATTRIBUTE, login.agency());
        }
        return identity.build();
    }
}
