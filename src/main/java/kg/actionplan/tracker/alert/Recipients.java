package kg.actionplan.tracker.alert;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import kg.actionplan.tracker.account.Account;
import kg.actionplan.tracker.account.AccountRepository;
import kg.actionplan.tracker.account.Role;
import kg.actionplan.tracker.agency.Agency;
import kg.actionplan.tracker.agency.AgencyContact;
import kg.actionplan.tracker.agency.AgencyRepository;
import kg.actionplan.tracker.plan.Plan;

/**
 * Who is told: an agency through its contact addresses (in its contact language) and its reporters' accounts (each
 * in the account's language); the coordinator through the coordinating agency's contact addresses and the
 * committee's accounts. Disabled accounts and switched-off addresses are never among them.
 */
@ApplicationScoped
public class Recipients {

    private final AccountRepository accounts;
    private final AgencyRepository agencies;
    private final RecipientSwitchRepository switches;

    Recipients(AccountRepository accounts, AgencyRepository agencies, RecipientSwitchRepository switches) {
        this.accounts = accounts;
        this.agencies = agencies;
        this.switches = switches;
    }

    /**
     * The reachable people and switched-off addresses as they stand now, read once for all the alerts a transaction
     * decides.
     */
    Directory directory() {
        Map<String, List<Recipient>> contacts = agencies.listContacts().stream()
                .collect(Collectors.groupingBy(AgencyContact::agencyCode, Collectors.mapping(
                        contact -> new Recipient(contact.email().toLowerCase(Locale.ROOT), contact.language()),
                        Collectors.toList())));
        return new Directory(contacts, accounts.listReachable(Role.REPORTER), accounts.listReachable(Role.COORDINATOR),
                switches.switchedOff());
    }

    static final class Directory {

        private final Map<String, List<Recipient>> contacts;
        private final List<Account> reporters;
        private final List<Account> coordinators;
        private final Set<String> switchedOff;

        private Directory(Map<String, List<Recipient>> contacts, List<Account> reporters, List<Account> coordinators,
                Set<String> switchedOff) {
            this.contacts = contacts;
            this.reporters = reporters;
            this.coordinators = coordinators;
            this.switchedOff = switchedOff;
        }

        List<Recipient> ofAgency(Agency agency) {
            List<Recipient> recipients = contacts(agency);
            recipients.addAll(reportersOf(agency));
            return reachable(recipients);
        }

        /**
         * The agency's reporters; its contact addresses when no reporter can be reached, so that someone hears of it.
         */
        List<Recipient> reportersOrContactsOf(Agency agency) {
            List<Recipient> reporters = reachable(reportersOf(agency));
            return reporters.isEmpty() ? reachable(contacts(agency)) : reporters;
        }

        List<Recipient> coordinatorOf(Plan plan) {
            List<Recipient> recipients = contacts(plan.reporting().coordinator());
            coordinators.stream().map(Recipients::of).forEach(recipients::add);
            return reachable(recipients);
        }

        /**
         * The given recipients without repeats and without switched-off addresses.
         */
        List<Recipient> reachable(Collection<Recipient> recipients) {
            Map<String, Recipient> byEmail = new LinkedHashMap<>();
            recipients.stream().filter(recipient -> !switchedOff.contains(recipient.email()))
                    .forEach(recipient -> byEmail.putIfAbsent(recipient.email(), recipient));
            return List.copyOf(byEmail.values());
        }

        private List<Recipient> reportersOf(Agency agency) {
            return reporters.stream()
                    .filter(account -> account.agency().filter(a -> a.code().equals(agency.code())).isPresent())
                    .map(Recipients::of)
                    .toList();
        }

        private List<Recipient> contacts(Agency agency) {
            return new ArrayList<>(contacts.getOrDefault(agency.code(), List.of()));
        }
    }

    private static Recipient of(Account account) {
        return new Recipient(account.email().orElseThrow().toLowerCase(), account.language());
    }
}
