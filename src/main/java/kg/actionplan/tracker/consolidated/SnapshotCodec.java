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

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Turns report content into its stored form and back: JSON, hashed with SHA-256, gzip-compressed and base64-encoded,
 * so that snapshots stay small in databases that store text uncompressed.
 */
@ApplicationScoped
public class SnapshotCodec {

    /**
     * The stored form of some content: its snapshot and the hash of its JSON.
     */
    public record Encoded(String snapshot, String hash) {
    }

    private final ObjectMapper mapper;

    SnapshotCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public Encoded encode(ConsolidatedContent content) {
        try {
            byte[] json = mapper.writeValueAsBytes(content);
            ByteArrayOutputStream compressed = new ByteArrayOutputStream();
            try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
                gzip.write(json);
            }
            return new Encoded(Base64.getEncoder().encodeToString(compressed.toByteArray()), sha256(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ConsolidatedContent decode(String snapshot) {
        try (GZIPInputStream gzip = new GZIPInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(snapshot)))) {
            return mapper.readValue(gzip.readAllBytes(), ConsolidatedContent.class);
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
