package kg.actionplan.tracker.common;

import java.io.IOException;

/**
 * A request body went past its limit while a resource read it (BodySizeLimit counts HTTP/2 bodies of undeclared
 * length so). An IOException, unlike the domain's failures: Jackson passes a failed read on as it is, where it would
 * wrap any other exception as a value it could not accept.
 */
public class PayloadTooLargeException extends IOException {

    public PayloadTooLargeException(String detail) {
        super(detail);
    }
}
