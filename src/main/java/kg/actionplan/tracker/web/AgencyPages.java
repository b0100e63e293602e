package kg.actionplan.tracker.web;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Validator;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestPath;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

import kg.actionplan.tracker.account.Role;
import kg.actionplan.tracker.agency.AgencyService;
import kg.actionplan.tracker.agency.AgencyView;
import kg.actionplan.tracker.agency.ContactsUpdate;
import kg.actionplan.tracker.alert.RecipientService;
import kg.actionplan.tracker.alert.RecipientUpdate;
import kg.actionplan.tracker.alert.RecipientView;
import kg.actionplan.tracker.common.Language;
import kg.actionplan.tracker.common.NotFoundException;
import kg.actionplan.tracker.common.ProblemException;

/**
 * Where alerts go, for administrators and the coordinator as in the API: each agency's contact addresses and their
 * language, and the recipients that alerts may be switched off for, with the reason why. Every change goes through
 * the same services, rules and audit as the API; a form that breaks a rule comes back with the reasons and what was
 * typed.
 */
@Path("/admin")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({Role.ADMIN_NAME, Role.COORDINATOR_NAME})
public class AgencyPages {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance agencies(List<AgencyView> agencies, List<RecipientView> recipients,
                List<FieldError> errors);

        static native TemplateInstance contacts(AgencyView agency, String emails, String language,
                List<FieldError> errors, List<Language> languages);
    }

    private final AgencyService agencies;
    private final RecipientService recipients;
    private final PageContext page;
    private final Validator validator;

    AgencyPages(AgencyService agencies, RecipientService recipients, PageContext page, Validator validator) {
        this.agencies = agencies;
        this.recipients = recipients;
        this.page = page;
        this.validator = validator;
    }

    @GET
    @Path("agencies")
    public TemplateInstance agencies() {
        page.requireCaller();
        return Templates.agencies(agencies.listAgencies(), recipients.listRecipients(), List.of());
    }

    @GET
    @Path("agencies/{code}")
    public TemplateInstance contacts(@RestPath String code) {
        page.requireCaller();
        AgencyView agency = findAgency(code);
        return Templates.contacts(agency, String.join("\n", agency.contactEmails()),
                agency.contactLanguage().code(), List.of(), List.of(Language.values()));
    }

    /** Replaces the agency's contact addresses, written one a line, and their language. */
    @POST
    @Path("agencies/{code}")
    public Object updateContacts(@RestPath String code, @RestForm String emails, @RestForm String language) {
        page.requireCaller();
        AgencyView agency = findAgency(code);
        List<String> addresses = Arrays.stream(orBlank(emails).split("[\\s,;]+")).filter(a -> !a.isEmpty()).toList();
        ContactsUpdate update = new ContactsUpdate(addresses, orBlank(language));
        List<FieldError> errors = PageForms.violations(validator.validate(update), AgencyPages::contactField);
        if (errors.isEmpty()) {
            try {
                agencies.updateContacts(code, update);
                return Response.seeOther(URI.create("/admin/agencies#agency-" + code)).build();
            } catch (ProblemException e) {
                if (e.status() != 422) {
                    throw e;
                }
                errors = PageForms.errorsOrDetail(e, AgencyPages::contactField);
            }
        }
        return Response.status(422).entity(Templates.contacts(agency, orBlank(emails), orBlank(language),
                errors, List.of(Language.values()))).build();
    }

    /** Switches an address that alerts go to off or on, with the reason why. */
    @POST
    @Path("recipients")
    public Object switchRecipient(@RestForm String email, @RestForm boolean active, @RestForm String reason) {
        page.requireCaller();
        RecipientUpdate update = new RecipientUpdate(active, blankToNull(reason));
        List<FieldError> errors = PageForms.violations(validator.validate(update), UnaryOperator.identity());
        if (!errors.isEmpty()) {
            return Response.status(422).entity(Templates.agencies(agencies.listAgencies(),
                    recipients.listRecipients(), errors)).build();
        }
        recipients.switchRecipient(orBlank(email), update);
        return Response.seeOther(URI.create("/admin/agencies#recipients")).build();
    }

    private AgencyView findAgency(String code) {
        return agencies.findAgency(code).orElseThrow(() -> new NotFoundException("There is no agency " + code + "."));
    }

    /** Every address of the contacts is typed into the one field emails. */
    private static String contactField(String field) {
        return field.startsWith("emails") ? "emails" : field;
    }

    private static String orBlank(String value) {
        return value == null ? "" : value;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
