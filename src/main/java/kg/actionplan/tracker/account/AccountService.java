package kg.actionplan.tracker.account;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import kg.actionplan.tracker.agency.Agency;
import kg.actionplan.tracker.agency.AgencyRepository;
import kg.actionplan.tracker.audit.AuditAction;
import kg.actionplan.tracker.audit.AuditLog;
import kg.actionplan.tracker.common.ConflictException;
import kg.actionplan.tracker.common.Cursor;
import kg.actionplan.tracker.common.InvalidInputException;
import kg.actionplan.tracker.common.Language;
import kg.actionplan.tracker.common.ListPage;
import kg.actionplan.tracker.common.NotFoundException;
import kg.actionplan.tracker.common.PageRequest;
import kg.actionplan.tracker.common.Problem;

/**
 * Creates and maintains accounts. Passwords are hashed before they are stored and never leave the service.
 */
@ApplicationScoped
public class AccountService {

    private final AccountRepository accounts;
    private final AgencyRepository agencies;
    private final PasswordHasher hasher;
    private final AuditLog audit;
    private final Clock clock;
    private final Event<PasswordChanged> passwordChanged;

    AccountService(AccountRepository accounts, AgencyRepository agencies, PasswordHasher hasher, AuditLog audit,
            Clock clock, Event<PasswordChanged> passwordChanged) {
        this.accounts = accounts;
        this.agencies = agencies;
        this.hasher = hasher;
        this.audit = audit;
        this.clock = clock;
        this.passwordChanged = passwordChanged;
    }

    /**
     * The account as signing in sees it, read in a transaction of its own (sign-in runs before any other work of the
     * request).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<SignInAccount> findForSignIn(String username) {
        return accounts.findByUsername(username).map(SignInAccount::of);
    }

    public ListPage<AccountView> listAccounts(PageRequest page) {
        return page.page(accounts.listByUsername(page), account -> Cursor.of(account.username()))
                .map(AccountView::from);
    }

    public Optional<AccountView> findAccount(String username) {
        return accounts.findByUsername(username).map(AccountView::from);
    }

    @Transactional
    public AccountView createAccount(AccountRequests.Create request) {
        if (accounts.findByUsername(request.username()).isPresent()) {
            throw new ConflictException("An account named " + request.username() + " already exists.");
        }
        Role role = Role.valueOf(request.role());
        Account account = new Account(request.username(), hasher.hash(request.password()), role,
                agencyFor(role, request.agency()), request.email(),
                Language.fromCode(request.language()).orElseThrow(), clock.instant());
        accounts.persist(account);
        audit.record(AuditAction.ACCOUNT_CREATED, "ACCOUNT", account.username(), describe(account));
        return AccountView.from(account);
    }

    @Transactional
    public AccountView updateAccount(String username, AccountRequests.Update request) {
        Account account = accounts.findByUsername(username)
                .orElseThrow(() -> new NotFoundException("There is no account " + username + "."));
        String before = describe(account);
        if (request.role() != null || request.agency() != null) {
            Role role = request.role() != null ? Role.valueOf(request.role()) : account.role();
            String agency = request.agency() != null ? request.agency()
                    : role == Role.REPORTER ? account.agency().map(Agency::code).orElse(null) : null;
            account.assign(role, agencyFor(role, agency));
        }
        if (request.password() != null) {
            account.changePasswordHash(hasher.hash(request.password()));
            passwordChanged.fire(new PasswordChanged(account.id(), Optional.empty()));
        }
        if (request.email() != null) {
            account.changeEmail(request.email());
        }
        if (request.language() != null) {
            account.changeLanguage(Language.fromCode(request.language()).orElseThrow());
        }
        if (request.enabled() != null) {
            account.enable(request.enabled());
        }
        audit.record(AuditAction.ACCOUNT_UPDATED, "ACCOUNT", username, before + " → " + describe(account)
                + (request.password() != null ? "; password reset" : ""));
        return AccountView.from(account);
    }

    /**
     * Changes the password of the caller's own account, whose current password the caller has just proved; ends the
     * account's other browser sessions.
     */
    @Transactional
    public void changeOwnPassword(Caller caller, String newPassword) {
        Account account = accounts.findByUsername(caller.username())
                .orElseThrow(() -> new NotFoundException("There is no account " + caller.username() + "."));
        account.changePasswordHash(hasher.hash(newPassword));
        passwordChanged.fire(new PasswordChanged(account.id(), caller.sessionId()));
        audit.record(AuditAction.ACCOUNT_PASSWORD_CHANGED, "ACCOUNT", account.username(),
                "password changed by its owner; other browser sessions ended");
    }

    /**
     * The language in which the caller's own account reads the pages and gets its e-mails.
     */
    @Transactional
    public void changeOwnLanguage(Caller caller, Language language) {
        accounts.findByUsername(caller.username())
                .orElseThrow(() -> new NotFoundException("There is no account " + caller.username() + "."))
                .changeLanguage(language);
    }

    /**
     * Creates the first administrator unless an account named admin exists; returns whether it did.
     */
    @Transactional
    public boolean createAdminIfAbsent(String password) {
        if (accounts.findByUsername("admin").isPresent()) {
            return false;
        }
        Account admin = new Account("admin", hasher.hash(password), Role.ADMIN, null, null, Language.EN, clock.instant());
        accounts.persist(admin);
        audit.record(AuditAction.ACCOUNT_CREATED, "ACCOUNT", "admin", describe(admin) + " (first start)");
        return true;
    }

    private static String describe(Account account) {
        return "role " + account.role() + ", agency " + account.agency().map(Agency::code).orElse("none")
                + ", e-mail " + account.email().orElse("none") + ", language " + account.language().code()
                + (account.enabled() ? ", enabled" : ", disabled");
    }

    private Agency agencyFor(Role role, String agencyCode) {
        if (role != Role.REPORTER) {
            if (agencyCode != null) {
                throw invalid("agency", "only a REPORTER is bound to an agency");
            }
            return null;
        }
        if (agencyCode == null) {
            throw invalid("agency", "a REPORTER must be bound to an agency");
        }
        return agencies.findByCode(agencyCode).orElseThrow(() -> invalid("agency", "unknown agency " + agencyCode));
    }

    private static InvalidInputException invalid(String field, String message) {
        return new InvalidInputException(message + ".", List.of(Problem.Error.inBody(message, field)));
    }
}
