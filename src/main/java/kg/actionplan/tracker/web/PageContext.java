package kg.actionplan.tracker.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;

import kg.actionplan.tracker.account.AccountIdentity;
import kg.actionplan.tracker.account.Caller;
import kg.actionplan.tracker.account.Credential;
import kg.actionplan.tracker.account.CurrentCaller;
import kg.actionplan.tracker.account.Role;
import kg.actionplan.tracker.common.Language;
import kg.actionplan.tracker.signin.Secrets;

/**
 * What every page needs to know of its request, and templates read as {inject:page}: who is signed in (only a
 * browser session signs pages in), the language to show, the CSRF token its forms carry, and its own address, to
 * come back to after a form.
 */
@Named("page")
@RequestScoped
public class PageContext {

    /** The cookie that remembers the language chosen before signing in (or after signing out). */
    static final String LANGUAGE_COOKIE = "tracker_language";
    /** The cookie that holds the CSRF token of forms sent without a session, such as the sign-in form itself. */
    static final String FORM_COOKIE = "tracker_form";
    /** The form field in which every form of the pages carries its CSRF token. */
    static final String CSRF_FIELD = "csrf";

    private final SecurityIdentity injected;
    private final CurrentCaller caller;
    private final RoutingContext request;
    private SecurityIdentity resolved;
    private String issuedFormToken;

    PageContext(SecurityIdentity identity, CurrentCaller caller, RoutingContext request) {
        this.injected = identity;
        this.caller = caller;
        this.request = request;
    }

    /**
     * Uses {@code identity}, already resolved, from now on: on the I/O thread (a page refused before its resource
     * ran) the injected identity cannot be resolved, since that may block.
     */
    void resolvedAs(SecurityIdentity identity) {
        this.resolved = identity;
    }

    /**
     * The signed-in caller, if a browser session signed this request in. A password or a token in the request does
     * not sign pages in: a browser may send remembered Basic credentials with a form of another site.
     */
    public Optional<Caller> caller() {
        return isSignedIn() ? Optional.of(resolved == null ? caller.get() : CurrentCaller.of(resolved))
                : Optional.empty();
    }

    /**
     * The signed-in caller; a page that needs one sends everyone else to sign in.
     */
    public Caller requireCaller() {
        return caller().orElseThrow(SignInRequiredException::new);
    }

    public boolean isSignedIn() {
        SecurityIdentity identity = identity();
        return !identity.isAnonymous() && identity.getAttribute(AccountIdentity.CREDENTIAL) == Credential.SESSION;
    }

    public String username() {
        return caller().map(Caller::username).orElse("");
    }

    /** Whether the signed-in account has {@code role}, written as its name. */
    public boolean is(String role) {
        return caller().filter(c -> c.role() == Role.valueOf(role)).isPresent();
    }

    /** The coordinating committee's pages are for coordinators, administrators and the Government Apparatus. */
    public boolean isCommittee() {
        return caller().filter(c -> c.role() != Role.REPORTER).isPresent();
    }

    /**
     * The account's language when signed in; otherwise the one chosen on these pages, else the browser's first
     * language the service speaks, else Kyrgyz, the state language.
     */
    public Language language() {
        if (isSignedIn()) {
            return identity().<Language>getAttribute(AccountIdentity.LANGUAGE);
        }
        Cookie chosen = request.request().getCookie(LANGUAGE_COOKIE);
        Optional<Language> remembered = chosen == null ? Optional.empty() : Language.fromCode(chosen.getValue());
        return remembered.or(this::browserLanguage).orElse(Language.KY);
    }

    /** {@link #language()} as the locale that every page's template is worded in (see {@link PageLanguage}). */
    public Locale locale() {
        return Locale.forLanguageTag(language().code());
    }

    public List<Language> languages() {
        return List.of(Language.values());
    }

    /**
     * The token that a form of this page carries in its {@value #CSRF_FIELD} field: the session's; without one, the
     * {@value #FORM_COOKIE} cookie's, or the one issued with this page.
     */
    public String csrfToken() {
        if (isSignedIn()) {
            return identity().getAttribute(AccountIdentity.SESSION_CSRF_TOKEN);
        }
        return formCookie().orElse(issuedFormToken == null ? "" : issuedFormToken);
    }

    /**
     * A new token for the forms of a page shown without a session that has no {@value #FORM_COOKIE} cookie yet: the
     * response sets the cookie, the page's forms carry the same value.
     */
    Optional<String> issueFormToken() {
        if (isSignedIn() || formCookie().isPresent()) {
            return Optional.empty();
        }
        issuedFormToken = Secrets.random();
        return Optional.of(issuedFormToken);
    }

    /** This page's address with its query, for a form to come back to. */
    public String here() {
        String query = request.request().query();
        return request.normalizedPath() + (query == null || query.isEmpty() ? "" : "?" + query);
    }

    /** {@link #here()} as a query parameter's value. */
    public String hereEncoded() {
        return URLEncoder.encode(here(), StandardCharsets.UTF_8);
    }

    private SecurityIdentity identity() {
        return resolved == null ? injected : resolved;
    }

    private Optional<String> formCookie() {
        return formCookie(request);
    }

    /** The token of the {@value #FORM_COOKIE} cookie that {@code request} came with, if any. */
    static Optional<String> formCookie(RoutingContext request) {
        Cookie form = request.request().getCookie(FORM_COOKIE);
        return Optional.ofNullable(form).map(Cookie::getValue).filter(value -> !value.isEmpty());
    }

    private Optional<Language> browserLanguage() {
        String header = request.request().getHeader("Accept-Language");
        if (header == null) {
            return Optional.empty();
        }
        try {
            return Locale.LanguageRange.parse(header).stream()
                    .map(range -> range.getRange().split("-")[0])
                    .map(Language::fromCode).flatMap(Optional::stream).findFirst();
        } catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
    }
}
