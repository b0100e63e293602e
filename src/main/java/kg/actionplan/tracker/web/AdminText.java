package kg.actionplan.tracker.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

import kg.actionplan.tracker.account.Role;
import kg.actionplan.tracker.token.TokenViews;

/**
 * The fixed words of the administration pages (accounts, their tokens, agencies' contacts and alert recipients), in
 * messages/admin_{ky,ru,en}.properties; templates use them as {admin:key}. A method that takes an enum gives the
 * word for each constant, from the keys {@code method_CONSTANT}.
 */
@MessageBundle("admin")
public interface AdminText {

    @Message
    String navAgencies();

    @Message
    String accounts();

    @Message
    String account(String username);

    @Message
    String backToAccounts();

    @Message
    String noAccounts();

    @Message
    String nextPage();

    @Message
    String username();

    @Message
    String usernameHelp();

    @Message
    String initialPassword();

    @Message
    String newPassword();

    @Message
    String passwordHelp();

    @Message
    String role();

    @Message
    String roleName(Role role);

    @Message
    String agency();

    @Message
    String noAgency();

    @Message
    String agencyHelp();

    @Message
    String email();

    @Message
    String emailHelp();

    @Message
    String language();

    @Message
    String state();

    @Message
    String enabled(boolean enabled);

    @Message
    String createdAt();

    @Message
    String newAccount();

    @Message
    String createAccount();

    @Message
    String usernameTaken(String username);


    @Message
    String details();

    @Message
    String saveChanges();

    @Message
    String access();

    @Message
    String disable();

    @Message
    String enable();

    @Message
    String disableHelp();

    @Message
    String resetPassword();

    @Message
    String resetPasswordHelp();

    @Message
    String tokens();

    @Message
    String tokensHelp();

    @Message
    String noTokens();

    @Message
    String tokenName();

    @Message
    String tokenPrefix();

    @Message
    String expiresOn();

    @Message
    String expiresOnHelp();

    @Message
    String lastUsedAt();

    @Message
    String tokenStatus(TokenViews.Status status);

    @Message
    String revokedBy(String username);

    @Message
    String revoke();

    @Message
    String revokeToken(String name);

    @Message
    String issueToken();

    @Message
    String issuedToken(String name);

    @Message
    String issuedTokenHelp();

    @Message
    String agencies();

    @Message
    String code();

    @Message
    String name();

    @Message
    String contacts();

    @Message
    String contactLanguage();

    @Message
    String noContacts();

    @Message
    String editContacts();

    @Message
    String editContactsOf(String code);

    @Message
    String contactEmails();

    @Message
    String contactEmailsHelp();

    @Message
    String saveContacts();

    @Message
    String backToAgencies();

    @Message
    String recipients();

    @Message
    String recipientsHelp();

    @Message
    String noRecipients();

    @Message
    String sources();

    @Message
    String active(boolean active);

    @Message
    String changedBy(String username);

    @Message
    String reason();

    @Message
    String reasonFor(String email);

    @Message
    String switchOff();

    @Message
    String switchOn();
}
