package kg.actionplan.tracker.alert;

import kg.actionplan.tracker.common.Language;

/**
 * An address alerts go to, and the language it reads them in.
 */
record Recipient(String email, Language language) {
}
