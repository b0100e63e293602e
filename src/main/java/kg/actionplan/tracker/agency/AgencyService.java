package kg.actionplan.tracker.agency;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import kg.actionplan.tracker.audit.AuditAction;
import kg.actionplan.tracker.audit.AuditLog;
import kg.actionplan.tracker.common.InvalidInputException;
import kg.actionplan.tracker.common.Language;
import kg.actionplan.tracker.common.NotFoundException;
import kg.actionplan.tracker.common.Problem;

/**
 * Reads the agencies, and keeps their contact addresses.
 */
@ApplicationScoped
public class AgencyService {

    private final AgencyRepository agencies;
    private final AuditLog audit;

    AgencyService(AgencyRepository agencies, AuditLog audit) {
        this.agencies = agencies;
        this.audit = audit;
    }

    public List<AgencyView> listAgencies() {
        return agencies.listInCodeOrder().stream().map(AgencyView::from).toList();
    }

    public Optional<AgencyView> findAgency(String code) {
        return agencies.findByCode(code).map(AgencyView::from);
    }

    @Transactional
    public AgencyView updateContacts(String code, ContactsUpdate update) {
        Agency agency = agencies.findByCode(code).orElseThrow(() -> new NotFoundException("There is no agency " + code + "."));
        List<String> emails = update.emails().stream().map(e -> e.strip().toLowerCase(Locale.ROOT)).toList();
        for (int i = 0; i < emails.size(); i++) {
            if (emails.indexOf(emails.get(i)) != i) {
                throw new InvalidInputException("An address is listed twice.",
                        List.of(Problem.Error.inBody("is listed twice", "emails", i)));
            }
        }
        String before = agency.contactEmails() + " in " + agency.contactLanguage().code();
        agency.changeContacts(emails, Language.fromCode(update.language()).orElseThrow());
        audit.record(AuditAction.AGENCY_CONTACTS_CHANGED, "AGENCY", code,
                before + " → " + emails + " in " + update.language());
        return AgencyView.from(agency);
    }
}
