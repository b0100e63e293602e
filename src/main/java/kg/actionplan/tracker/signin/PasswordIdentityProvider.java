package kg.actionplan.tracker.signin;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.smallrye.mutiny.Uni;

import kg.actionplan.tracker.account.Credential;
import kg.actionplan.tracker.common.ClientRequest;

/**
 * HTTP Basic: checks the username and password of every request that carries them. Scripts may use it; systems that
 * call often should use an API token, which costs no password hash.
 */
@ApplicationScoped
public class PasswordIdentityProvider implements IdentityProvider<UsernamePasswordAuthenticationRequest> {

    private final PasswordSignIn signIn;

    PasswordIdentityProvider(PasswordSignIn signIn) {
        this.signIn = signIn;
    }

    @Override
    public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
        return UsernamePasswordAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(UsernamePasswordAuthenticationRequest request,
            AuthenticationRequestContext context) {
        String address = ClientRequest.address(request);
        String username = request.getUsername();
        String password = new String(request.getPassword().getPassword());
        return context.runBlocking(() -> signIn.verify(username, password, address, Credential.PASSWORD)
                .identity(Credential.PASSWORD, null));
    }
}
