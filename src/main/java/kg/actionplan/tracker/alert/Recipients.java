package kg.actionplan.tracker.alert;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import kg.actionplan.tracker.account.Account;
import kg.actionplan.tracker.account.AccountRepository;
import kg.actionplan.tracker.account.Role;
import kg.actionplan.tracker.agency.Agency;
import kg.actionplan.tracker.plan.Plan;

/**
 * Who is told: an agency through its contact addresses (in its contact language) and its reporters' accounts (each
 * in the account's language); the coordinator through the coordinating agency's contact addresses and the
 * committee's accounts. Disabled accounts are not written to. Switched-off addresses are left out by the outbox.
 */
@ApplicationScoped
public class Recipients {

    private final AccountRepository accounts;

    Recipients(AccountRepository accounts) {
        this.accounts = accounts;
    }

    List<Recipient> ofAgency(Agency agency) {
        List<Recipient> recipients = contacts(agency);
        recipients.addAll(reportersOf(agency));
        return distinct(recipients);
    }

    /**
     * The agency's reporters; its contact addresses when no reporter can be reached, so that someone hears of it.
     */
    List<Recipient> reportersOrContactsOf(Agency agency) {
        List<Recipient> reporters = reportersOf(agency);
        return reporters.isEmpty() ? contacts(agency) : reporters;
    }

    List<Recipient> coordinatorOf(Plan plan) {
        List<Recipient> recipients = contacts(plan.reporting().coordinator());
        accounts.listReachable(Role.COORDINATOR).stream().map(Recipients::of).forEach(recipients::add);
        return distinct(recipients);
    }

    private List<Recipient> reportersOf(Agency agency) {
        return accounts.listReachable(Role.REPORTER).stream()
                .filter(account -> account.agency().filter(a -> a.code().equals(agency.code())).isPresent())
                .map(Recipients::of)
                .toList();
    }

    private static List<Recipient> contacts(Agency agency) {
        List<Recipient> recipients = new ArrayList<>();
        agency.contactEmails().forEach(email -> recipients.add(new Recipient(email.toLowerCase(), agency.contactLanguage())));
        return recipients;
    }

    private static Recipient of(Account account) {
        return new Recipient(account.email().orElseThrow().toLowerCase(), account.language());
    }

    private static List<Recipient> distinct(List<Recipient> recipients) {
        Map<String, Recipient> byEmail = new LinkedHashMap<>();
        recipients.forEach(recipient -> byEmail.putIfAbsent(recipient.email(), recipient));
        return List.copyOf(byEmail.values());
    }
}
