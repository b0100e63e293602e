package kg.actionplan.tracker.alert;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * What a scan did: the plans whose reporting is open, and the alerts it queued by rule. Alerts decided by an
 * earlier scan are not counted again.
 */
@Schema(name = "AlertScan")
public record ScanView(Instant scannedAt, List<String> plans, int queued, Map<AlertRule, Integer> queuedByRule) {

    static ScanView from(AlertScan.Result result) {
        return new ScanView(result.scannedAt(), result.plans(), result.total(), result.queued());
    }
}
