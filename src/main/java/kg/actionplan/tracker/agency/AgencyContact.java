package kg.actionplan.tracker.agency;

import kg.actionplan.tracker.common.Language;

/**
 * One contact address of an agency, with the language the agency is written to in.
 */
public record AgencyContact(String agencyCode, Language language, String email) {
}
