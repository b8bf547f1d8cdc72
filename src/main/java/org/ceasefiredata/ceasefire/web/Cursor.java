package org.ceasefiredata.ceasefire.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A position in a sorted list: the sort values and id of the row it is next to, the direction to read in, and the
 * query it belongs to. Opaque to clients (base64url JSON); a cursor from another query is refused.
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
     * @throws BadRequestProblem when the text is not a cursor, or is one of another query
     */
    public static Cursor decode(String text, String query) {
        Cursor cursor;
        try {
            cursor = JSON.readValue(Base64.getUrlDecoder().decode(text), Cursor.class);
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw new BadRequestProblem("Invalid cursor: use the 'next' or 'prev' cursor of a previous page as it was given.",
                    List.of(new Problem.Violation("cursor", "is not a cursor this service issued")));
        }
        // A forged cursor may carry nulls or control characters where sort values go: refused here, not in SQL (#11).
        if (cursor == null || cursor.values() == null
                || cursor.values().stream().anyMatch(v -> v == null || v.chars().anyMatch(c -> c < 0x20 || c == 0x7F))) {
            throw new BadRequestProblem("Invalid cursor: use the 'next' or 'prev' cursor of a previous page as it was given.",
                    List.of(new Problem.Violation("cursor", "is not a cursor this service issued")));
        }
        if (!query.equals(cursor.query())) {
            throw new BadRequestProblem(
                    "Invalid cursor: it belongs to a list with other filters or another sort; start again without a cursor.",
                    List.of(new Problem.Violation("cursor", "belongs to another query")));
        }
        return cursor;
    }

    static Cursor after(List<Object> values, long id, boolean backward, String query) {
        List<String> strings = new ArrayList<>(values.size());
        values.forEach(v -> strings.add(String.valueOf(v)));
        return new Cursor(strings, id, backward, query);
    }

    static String queryIdentity(String text) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(
                java.util.Arrays.copyOf(sha256(text.getBytes(StandardCharsets.UTF_8)), 9));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
