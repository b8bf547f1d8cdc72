package org.ceasefiredata.ceasefire.paging;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import org.ceasefiredata.ceasefire.kernel.InvalidInput;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A position in a sorted list: the sort values and id of the row it is next to, the direction to read in, and the
 * query it belongs to. Opaque to clients (base64url JSON); a cursor of another query is refused.
 */
public record Cursor(List<String> values, long id, boolean backward, String query) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public String encode() {
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(this));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param query the identity of the query being run (its filters and sort)
     * @param parameter the name of the cursor argument in the API that received it ({@code cursor}, {@code after})
     * @throws InvalidInput when the text is not a cursor, or is one of another query
     */
    public static Cursor decode(String text, String query, String parameter) {
        Cursor cursor = null;
        try {
            cursor = JSON.readValue(Base64.getUrlDecoder().decode(text), Cursor.class);
        } catch (IllegalArgumentException | java.io.IOException e) {
            // reported below
        }
        // A forged cursor may carry nulls or control characters where sort values go: refused here, not in SQL (#11).
        if (cursor == null || cursor.values() == null
                || cursor.values().stream().anyMatch(v -> v == null || v.chars().anyMatch(c -> c < 0x20 || c == 0x7F))) {
            throw InvalidInput.of(parameter, "is not a cursor this service issued (use the one a previous page gave)");
        }
        if (!query.equals(cursor.query())) {
            throw InvalidInput.of(parameter,
                    "belongs to another query (other filters or sort): start again without a cursor");
        }
        return cursor;
    }

    static Cursor after(List<Object> values, long id, boolean backward, String query) {
        List<String> strings = new ArrayList<>(values.size());
        values.forEach(v -> strings.add(String.valueOf(v)));
        return new Cursor(strings, id, backward, query);
    }

    /** A short, stable identity of a query's text (filters, sort, list), which its cursors carry. */
    public static String identity(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 9));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
