package kg.actionplan.tracker.common;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * A position in a listing: the sort keys of the last item of a page. Clients get it as an opaque token in the next
 * page's link and send it back unchanged; what it holds is the service's business, so that the order of a listing
 * can change without breaking clients.
 */
public record Cursor(List<String> keys) {

    private static final String NOT_OURS = "after must be the cursor of a next link this listing gave; start again "
            + "without it";

    public Cursor {
        keys = List.copyOf(keys);
    }

    public static Cursor of(Object... keys) {
        List<String> texts = new ArrayList<>();
        for (Object key : keys) {
            texts.add(key.toString());
        }
        return new Cursor(texts);
    }

    /**
     * Reads a token that {@link #token()} wrote; anything else is the client's mistake (400).
     */
    public static Cursor parse(String token) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(Base64.getUrlDecoder().decode(token)))) {
            int count = in.readUnsignedByte();
            List<String> keys = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                keys.add(in.readUTF());
            }
            if (in.read() != -1) {
                throw new InvalidParameterException(PageRequest.AFTER, NOT_OURS);
            }
            return new Cursor(keys);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidParameterException(PageRequest.AFTER, NOT_OURS);
        }
    }

    public String token() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(keys.size());
            for (String key : keys) {
                out.writeUTF(key);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes.toByteArray());
    }

    public String text(int index) {
        if (index >= keys.size()) {
            throw new InvalidParameterException(PageRequest.AFTER, NOT_OURS);
        }
        return keys.get(index);
    }

    public long number(int index) {
        try {
            return Long.parseLong(text(index));
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(PageRequest.AFTER, NOT_OURS);
        }
    }

    public Instant instant(int index) {
        try {
            return Instant.parse(text(index));
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException(PageRequest.AFTER, NOT_OURS);
        }
    }
}
