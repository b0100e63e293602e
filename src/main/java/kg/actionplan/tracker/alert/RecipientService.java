package kg.actionplan.tracker.alert;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import kg.actionplan.tracker.account.Account;
import kg.actionplan.tracker.account.AccountRepository;
import kg.actionplan.tracker.account.CurrentCaller;
import kg.actionplan.tracker.agency.Agency;
import kg.actionplan.tracker.agency.AgencyRepository;
import kg.actionplan.tracker.audit.AuditAction;
import kg.actionplan.tracker.audit.AuditLog;
import kg.actionplan.tracker.common.NotFoundException;

/**
 * The addresses alerts go to, and switching one off or on again. A switched-off address keeps its alerts' history;
 * it only stops getting new ones.
 */
@ApplicationScoped
public class RecipientService {

    private final AgencyRepository agencies;
    private final AccountRepository accounts;
    private final RecipientSwitchRepository switches;
    private final CurrentCaller caller;
    private final AuditLog audit;
    private final Clock clock;

    RecipientService(AgencyRepository agencies, AccountRepository accounts, RecipientSwitchRepository switches,
            CurrentCaller caller, AuditLog audit, Clock clock) {
        this.agencies = agencies;
        this.accounts = accounts;
        this.switches = switches;
        this.caller = caller;
        this.audit = audit;
        this.clock = clock;
    }

    public List<RecipientView> listRecipients() {
        Map<String, RecipientSwitch> switched = switches.byEmail();
        Map<String, List<String>> sources = sources();
        switched.keySet().forEach(email -> sources.putIfAbsent(email, List.of()));
        return sources.entrySet().stream()
                .map(entry -> view(entry.getKey(), entry.getValue(), Optional.ofNullable(switched.get(entry.getKey()))))
                .toList();
    }

    @Transactional
    public RecipientView switchRecipient(String email, RecipientUpdate update) {
        String address = email.strip().toLowerCase(Locale.ROOT);
        Map<String, List<String>> sources = sources();
        Optional<RecipientSwitch> existing = switches.findByEmail(address);
        if (!sources.containsKey(address) && existing.isEmpty()) {
            throw new NotFoundException("No agency or account has the address " + address + ".");
        }
        RecipientSwitch recipient = existing.orElseGet(() -> new RecipientSwitch(address));
        boolean before = recipient.active();
        recipient.set(update.active(), update.reason(), clock.instant(), caller.get().username());
        if (existing.isEmpty()) {
            // Stored once set: its row is inserted at once (identity key), and who switched it when may not be null.
            switches.persist(recipient);
        }
        audit.record(AuditAction.ALERT_RECIPIENT_SWITCHED, "ALERT_RECIPIENT", address,
                (before ? "on" : "off") + " → " + (update.active() ? "on" : "off")
                        + (update.reason() == null ? "" : ": " + update.reason()));
        return view(address, sources.getOrDefault(address, List.of()), Optional.of(recipient));
    }

    private Map<String, List<String>> sources() {
        Map<String, List<String>> sources = new TreeMap<>();
        for (Agency agency : agencies.listInCodeOrder()) {
            agency.contactEmails().forEach(email -> add(sources, email, "agency:" + agency.code()));
        }
        for (Account account : accounts.listByUsername()) {
            account.email().ifPresent(email -> add(sources, email, "account:" + account.username()));
        }
        return sources;
    }

    private static void add(Map<String, List<String>> sources, String email, String source) {
        sources.computeIfAbsent(email.toLowerCase(Locale.ROOT), e -> new ArrayList<>()).add(source);
    }

    private static RecipientView view(String email, List<String> sources, Optional<RecipientSwitch> switched) {
        return new RecipientView(email, List.copyOf(sources), switched.map(RecipientSwitch::active).orElse(true),
                switched.map(RecipientSwitch::changedAt).orElse(null),
                switched.map(RecipientSwitch::changedBy).orElse(null),
                switched.flatMap(RecipientSwitch::reason).orElse(null));
    }
}
