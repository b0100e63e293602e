package kg.actionplan.tracker.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import kg.actionplan.tracker.account.AccountRequests;
import kg.actionplan.tracker.account.AccountService;
import kg.actionplan.tracker.account.AccountView;
import kg.actionplan.tracker.account.Role;
import kg.actionplan.tracker.agency.AgencyService;
import kg.actionplan.tracker.agency.AgencyView;
import kg.actionplan.tracker.common.ConflictException;
import kg.actionplan.tracker.common.Language;
import kg.actionplan.tracker.common.ListPage;
import kg.actionplan.tracker.common.NotFoundException;
import kg.actionplan.tracker.common.PageRequest;
import kg.actionplan.tracker.common.ProblemException;
import kg.actionplan.tracker.token.ApiTokenService;
import kg.actionplan.tracker.token.TokenViews;

/**
 * The administrator's pages: accounts (create, change, disable, reset a password) and their API tokens (issue,
 * revoke). Every change goes through the same services, rules and audit as the API; a form that breaks a rule comes
 * back with the reasons and what was typed. The agencies' contacts and the alert recipients are {@link AgencyPages}.
 */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed(Role.ADMIN_NAME)
public class AdminPages {

    /** Accounts shown per page of the list. */
    private static final int PAGE = 50;

    /** An account as its form holds it: text as typed, blank where nothing was chosen. */
    public record AccountForm(String username, String role, String agency, String email, String language) {

        static AccountForm of(AccountView account) {
            return new AccountForm(account.username(), account.role().name(), orBlank(account.agency()),
                    orBlank(account.email()), account.language().code());
        }
    }

    /** A token as its form holds it. */
    public record TokenForm(String name, String expiresOn) {

        static final TokenForm BLANK = new TokenForm("", "");
    }

    /** What a page's lists of choices offer. */
    public record Choices(List<Role> roles, List<Language> languages, List<AgencyView> agencies) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance accounts(List<AccountView> accounts, String next, AccountForm form,
                List<FieldError> errors, boolean taken, Choices choices);

        static native TemplateInstance account(AccountView account, AccountForm form, List<FieldError> errors,
                List<TokenViews.TokenView> tokens, TokenForm tokenForm, TokenViews.Issued issued, Choices choices);
    }

    private final AccountService accounts;
    private final ApiTokenService tokens;
    private final AgencyService agencies;
    private final PageContext page;
    private final Validator validator;

    AdminPages(AccountService accounts, ApiTokenService tokens, AgencyService agencies, PageContext page,
            Validator validator) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.agencies = agencies;
        this.page = page;
        this.validator = validator;
    }

    @GET
    @Path("accounts")
    public TemplateInstance accounts(@RestQuery String after) {
        page.requireCaller();
        AccountForm blank = new AccountForm("", "", "", "", page.language().code());
        return accountsPage(after, blank, List.of(), false);
    }

    /** Creates an account from its form, and goes on to the account's page. */
    @POST
    @Path("accounts")
    public Object createAccount(@RestForm String username, @RestForm String password, @RestForm String role,
            @RestForm String agency, @RestForm String email, @RestForm String language) {
        page.requireCaller();
        AccountForm form = new AccountForm(orBlank(username).strip(), orBlank(role), orBlank(agency),
                orBlank(email).strip(), orBlank(language));
        AccountRequests.Create request = new AccountRequests.Create(form.username(), orBlank(password), form.role(),
                blankToNull(form.agency()), blankToNull(form.email()), form.language());
        List<FieldError> errors = violations(request, UnaryOperator.identity());
        if (!errors.isEmpty()) {
            return Response.status(422).entity(accountsPage(null, form, errors, false)).build();
        }
        try {
            accounts.createAccount(request);
        } catch (ConflictException e) {
            return Response.status(e.status()).entity(accountsPage(null, form, List.of(), true)).build();
        } catch (ProblemException e) {
            if (e.status() != 422) {
                throw e;
            }
            List<FieldError> rules = PageForms.errorsOrDetail(e, UnaryOperator.identity());
            return Response.status(422).entity(accountsPage(null, form, rules, false)).build();
        }
        return seeAccount(form.username());
    }

    @GET
    @Path("accounts/{username}")
    public TemplateInstance account(@RestPath String username) {
        page.requireCaller();
        AccountView account = find(username);
        return accountPage(account, AccountForm.of(account), List.of(), TokenForm.BLANK, null);
    }

    /** Changes the account's role and agency, e-mail and language. */
    @POST
    @Path("accounts/{username}")
    public Object updateAccount(@RestPath String username, @RestForm String role, @RestForm String agency,
            @RestForm String email, @RestForm String language) {
        page.requireCaller();
        AccountView account = find(username);
        AccountForm form = new AccountForm(username, orBlank(role), orBlank(agency), orBlank(email).strip(),
                orBlank(language));
        AccountRequests.Update request = new AccountRequests.Update(null, form.role(), blankToNull(form.agency()),
                blankToNull(form.email()), form.language(), null);
        return update(account, form, request);
    }

    @POST
    @Path("accounts/{username}/enabled")
    public Response enableAccount(@RestPath String username, @RestForm boolean enabled) {
        page.requireCaller();
        accounts.updateAccount(username, new AccountRequests.Update(null, null, null, null, null, enabled));
        return seeAccount(username);
    }

    /** Sets a new password; the service ends the account's browser sessions. */
    @POST
    @Path("accounts/{username}/password")
    public Object resetPassword(@RestPath String username, @RestForm String password) {
        page.requireCaller();
        AccountView account = find(username);
        return update(account, AccountForm.of(account),
                new AccountRequests.Update(orBlank(password), null, null, null, null, null));
    }

    /**
     * Issues a token, as the API does for a caller who signed in with a password: the answer is the page that shows
     * its secret, once; it is never put in an address, and the browser is told not to keep the page.
     */
    @POST
    @Path("accounts/{username}/tokens")
    public Response issueToken(@RestPath String username, @RestForm String name, @RestForm String expiresOn) {
        AccountView account = find(username);
        TokenForm form = new TokenForm(orBlank(name), orBlank(expiresOn));
        List<FieldError> errors = new ArrayList<>();
        LocalDate lastDay = PageForms.date(form.expiresOn(), "expiresOn", errors);
        TokenViews.Issue request = new TokenViews.Issue(form.name(), lastDay);
        PageForms.addViolations(errors, validator.validate(request), AdminPages::tokenField);
        if (!errors.isEmpty()) {
            return Response.status(422).entity(accountPage(account, AccountForm.of(account), errors, form, null))
                    .build();
        }
        try {
            TokenViews.Issued issued = tokens.issue(page.requireCaller(), username, request);
            return Response.ok(accountPage(account, AccountForm.of(account), List.of(), TokenForm.BLANK, issued))
                    .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
        } catch (ProblemException e) {
            if (e.status() != 422) {
                throw e;
            }
            return Response.status(422).entity(accountPage(account, AccountForm.of(account),
                    PageForms.errorsOrDetail(e, AdminPages::tokenField), form, null)).build();
        }
    }

    @POST
    @Path("accounts/{username}/tokens/{id}/revoke")
    public Response revokeToken(@RestPath String username, @RestPath long id) {
        tokens.revoke(page.requireCaller(), username, id);
        return Response.seeOther(URI.create("/admin/accounts/" + username + "#tokens")).build();
    }

    private Object update(AccountView account, AccountForm form, AccountRequests.Update request) {
        List<FieldError> errors = violations(request, UnaryOperator.identity());
        if (errors.isEmpty()) {
            try {
                accounts.updateAccount(account.username(), request);
                return seeAccount(account.username());
            } catch (ProblemException e) {
                if (e.status() != 422) {
                    throw e;
                }
                errors = PageForms.errorsOrDetail(e, UnaryOperator.identity());
            }
        }
        return Response.status(422).entity(accountPage(account, form, errors, TokenForm.BLANK, null)).build();
    }

    private TemplateInstance accountsPage(String after, AccountForm form, List<FieldError> errors, boolean taken) {
        ListPage<AccountView> found = accounts.listAccounts(PageRequest.of(Integer.toString(PAGE), after, PAGE));
        return Templates.accounts(found.items(), found.next().map(cursor -> cursor.token()).orElse(""), form,
                errors, taken, choices());
    }

    private TemplateInstance accountPage(AccountView account, AccountForm form, List<FieldError> errors,
            TokenForm tokenForm, TokenViews.Issued issued) {
        return Templates.account(account, form, errors, tokens.list(page.requireCaller(), account.username()),
                tokenForm, issued, choices());
    }


    private Choices choices() {
        return new Choices(List.of(Role.values()), List.of(Language.values()), agencies.listAgencies());
    }

    private AccountView find(String username) {
        return accounts.findAccount(username)
                .orElseThrow(() -> new NotFoundException("There is no account " + username + "."));
    }

    /** What the API's constraints find wrong with {@code request}, each at the form field {@code field} names. */
    private <T> List<FieldError> violations(T request, UnaryOperator<String> field) {
        return PageForms.violations(validator.validate(request), field);
    }

    /** The token form calls the token's name tokenName, so that it differs from other forms' fields on the page. */
    private static String tokenField(String field) {
        return "name".equals(field) ? "tokenName" : field;
    }

    private static Response seeAccount(String username) {
        return Response.seeOther(URI.create("/admin/accounts/" + username)).build();
    }

    private static String orBlank(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
