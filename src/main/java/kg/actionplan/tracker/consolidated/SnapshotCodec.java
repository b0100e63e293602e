package kg.actionplan.tracker.consolidated;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * Turns report content into its stored form and back: a {@link Snapshot} as JSON, hashed with SHA-256,
 * gzip-compressed and base64-encoded, so that snapshots stay small in databases that store text uncompressed.
 */
@ApplicationScoped
public class SnapshotCodec {

    /**
     * The stored form of some content: its snapshot and the hash of its JSON.
     */
    public record Encoded(String snapshot, String hash) {
    }

    /**
     * The codec has its own mapper, not the application's: how the API reads request bodies (it refuses unknown
     * fields and conversions between JSON types) must not change how stored reports are written or read. Dates are
     * ISO text, as they have always been stored. Reading skips fields it does not know, so that a snapshot written
     * by a newer build in the same format can still be read.
     */
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL,
                    JsonInclude.Include.NON_NULL))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /**
     * Only the format number of a snapshot. It is read before the rest, so that a newer format is refused before
     * its fields are read.
     */
    private record Format(int format) {
    }

    public Encoded encode(ConsolidatedContent content) {
        try {
            byte[] json = MAPPER.writeValueAsBytes(Snapshot.of(content));
            ByteArrayOutputStream compressed = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
                gzip.write(json);
            }
            return new Encoded(Base64.getEncoder().encodeToString(compressed.toByteArray()), sha256(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads a snapshot of any format up to {@link Snapshot#FORMAT}. A snapshot without a number is format 0, from
     * before formats were numbered. A newer format is refused with an exception and is not read. Its fields may
     * mean something else (amounts in another unit, say), and an official report that is read wrongly would be
     * worse than one that cannot be read until the service is upgraded.
     */
    public ConsolidatedContent decode(String snapshot) {
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(snapshot)))) {
            byte[] json = gzip.readAllBytes();
            int format = MAPPER.readValue(json, Format.class).format();
            if (format > Snapshot.FORMAT) {
                throw new IllegalStateException("This consolidated report is stored in snapshot format " + format
                        + ", but this version of the tracker reads formats up to " + Snapshot.FORMAT
                        + ". Upgrade the tracker to read it.");
            }
            return MAPPER.readValue(json, Snapshot.class).content();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
