package kg.actionplan.tracker.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
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
import kg.actionplan.tracker.agency.ContactsUpdate;
import kg.actionplan.tracker.alert.RecipientService;
import kg.actionplan.tracker.alert.RecipientUpdate;
import kg.actionplan.tracker.alert.RecipientView;
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
 * revoke); and, for administrators and the coordinator as in the API, the agencies' contact addresses and the alert
 * recipients. Every change goes through the same services, rules and audit as the API; a form that breaks a rule
 * comes back with the reasons and what was typed.
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

        static native TemplateInstance agencies(List<AgencyView> agencies, List<RecipientView> recipients,
                List<FieldError> errors);

        static native TemplateInstance contacts(AgencyView agency, String emails, String language,
                List<FieldError> errors, List<Language> languages);
    }

    private final AccountService accounts;
    private final ApiTokenService tokens;
    private final AgencyService agencies;
    private final RecipientService recipients;
    private final PageContext page;
    private final Validator validator;

    AdminPages(AccountService accounts, ApiTokenService tokens, AgencyService agencies, RecipientService recipients,
            PageContext page, Validator validator) {
        this.accounts = accounts;
        this.tokens = tokens;
        this.agencies = agencies;
        this.recipients = recipients;
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
            return Response.status(422).entity(accountsPage(null, form, rules(e, UnaryOperator.identity()), false))
                    .build();
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
        errors.addAll(violations(request, AdminPages::tokenField));
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
                    rules(e, AdminPages::tokenField), form, null)).build();
        }
    }

    @POST
    @Path("accounts/{username}/tokens/{id}/revoke")
    public Response revokeToken(@RestPath String username, @RestPath long id) {
        tokens.revoke(page.requireCaller(), username, id);
        return Response.seeOther(URI.create("/admin/accounts/" + username + "#tokens")).build();
    }

    @GET
    @Path("agencies")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public TemplateInstance agencies() {
        page.requireCaller();
        return Templates.agencies(agencies.listAgencies(), recipients.listRecipients(), List.of());
    }

    @GET
    @Path("agencies/{code}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public TemplateInstance contacts(@RestPath String code) {
        page.requireCaller();
        AgencyView agency = findAgency(code);
        return Templates.contacts(agency, String.join("\n", agency.contactEmails()),
                agency.contactLanguage().code(), List.of(), List.of(Language.values()));
    }

    /** Replaces the agency's contact addresses, written one a line, and their language. */
    @POST
    @Path("agencies/{code}")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public Object updateContacts(@RestPath String code, @RestForm String emails, @RestForm String language) {
        page.requireCaller();
        AgencyView agency = findAgency(code);
        List<String> addresses = Arrays.stream(orBlank(emails).split("[\\s,;]+")).filter(a -> !a.isEmpty()).toList();
        ContactsUpdate update = new ContactsUpdate(addresses, orBlank(language));
        List<FieldError> errors = violations(update, AdminPages::contactField);
        if (errors.isEmpty()) {
            try {
                agencies.updateContacts(code, update);
                return Response.seeOther(URI.create("/admin/agencies#agency-" + code)).build();
            } catch (ProblemException e) {
                if (e.status() != 422) {
                    throw e;
                }
                errors = rules(e, AdminPages::contactField);
            }
        }
        return Response.status(422).entity(Templates.contacts(agency, orBlank(emails), orBlank(language),
                errors, List.of(Language.values()))).build();
    }

    /** Switches an address that alerts go to off or on, with the reason why. */
    @POST
    @Path("recipients")
    @RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
    public Object switchRecipient(@RestForm String email, @RestForm boolean active, @RestForm String reason) {
        page.requireCaller();
        RecipientUpdate update = new RecipientUpdate(active, blankToNull(reason));
        List<FieldError> errors = violations(update, UnaryOperator.identity());
        if (!errors.isEmpty()) {
            return Response.status(422).entity(Templates.agencies(agencies.listAgencies(),
                    recipients.listRecipients(), errors)).build();
        }
        recipients.switchRecipient(orBlank(email), update);
        return Response.seeOther(URI.create("/admin/agencies#recipients")).build();
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
                errors = rules(e, UnaryOperator.identity());
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

    private AgencyView findAgency(String code) {
        return agencies.findAgency(code).orElseThrow(() -> new NotFoundException("There is no agency " + code + "."));
    }

    /** What the API's constraints find wrong with {@code request}, each at the form field {@code field} names. */
    private <T> List<FieldError> violations(T request, UnaryOperator<String> field) {
        return PageForms.violations(validator.validate(request), field);
    }

    /**
     * The rules a service found broken, each at its form field; these pages have no place for a problem's detail
     * besides the list of errors, so a rule without a field is listed as the whole form's.
     */
    private static List<FieldError> rules(ProblemException e, UnaryOperator<String> field) {
        List<FieldError> errors = PageForms.errors(e, field);
        return errors.isEmpty() ? List.of(new FieldError("", e.getMessage())) : errors;
    }

    /** The token form calls the token's name tokenName, so that it differs from other forms' fields on the page. */
    private static String tokenField(String field) {
        return "name".equals(field) ? "tokenName" : field;
    }

    /** Every address of the contacts is typed into the one field emails. */
    private static String contactField(String field) {
        return field.startsWith("emails") ? "emails" : field;
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
