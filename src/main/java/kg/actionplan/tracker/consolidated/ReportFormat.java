package kg.actionplan.tracker.consolidated;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import jakarta.ws.rs.core.MediaType;

import kg.actionplan.tracker.common.InvalidParameterException;

/**
 * The renderings of a consolidated report, chosen by {@code format=} or else by the Accept header.
 */
public enum ReportFormat {
    JSON(MediaType.APPLICATION_JSON, "json"),
    CSV(Types.CSV, "csv"),
    XLSX(Types.XLSX, "xlsx"),
    PDF(Types.PDF, "pdf");

    /**
     * The media types as constants, for the contract's annotations.
     */
    static final class Types {
        static final String CSV = "text/csv";
        static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        static final String PDF = "application/pdf";

        private Types() {
        }
    }

    private final String mediaType;
    private final String extension;

    ReportFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /**
     * The format asked for: the {@code format} parameter wins; otherwise the first acceptable media type this
     * service renders; JSON when the client accepts anything.
     */
    public static Optional<ReportFormat> choose(String format, List<MediaType> accepted) {
        if (format != null) {
            return Optional.of(Arrays.stream(values()).filter(f -> f.extension.equals(format)).findFirst()
                    .orElseThrow(() -> new InvalidParameterException("format", "format must be json, csv, xlsx or pdf")));
        }
        if (accepted.isEmpty()) {
            return Optional.of(JSON);
        }
        for (MediaType type : accepted) {
            for (ReportFormat candidate : values()) {
                if (type.isCompatible(MediaType.valueOf(candidate.mediaType))) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
