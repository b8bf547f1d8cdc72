package org.ceasefiredata.ceasefire.export;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The key of an exported row that has no slug: a name-based UUID (RFC 9562 version 5, SHA-1) of the table name and
 * the row's natural key, so that a row keeps its key whatever else is added, removed or edited, and anyone can compute
 * it again from the exported columns.
 */
public final class StableId {

    /** Separates the parts of a name (U+001F, the unit separator, which no curated text contains). */
    public static final String SEPARATOR = "\u001f";
    /** RFC 9562's namespace for names that are URLs. */
    static final UUID URL_NAMESPACE = UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8");
    /** The namespace of every exported id: the version 5 UUID of the dataset's URL. */
    public static final UUID NAMESPACE = v5(URL_NAMESPACE, Dataset.ID);

    private StableId() {
    }

    /**
     * The id of a row of {@code table} whose natural key has these exported values (null written as empty), the
     * {@code n}th row with that natural key (from 1; the later ones only exist if the curated data repeat a record).
     */
    public static String of(String table, List<String> naturalKey, long n) {
        return of(table, name(naturalKey, n));
    }

    /** The id of a row of {@code table} whose natural key, joined as by {@link #name}, is {@code key}. */
    public static String of(String table, String key) {
        // SHA-1 of the namespace and "table␟" is computed once per table; each id clones that state.
        MessageDigest sha1 = clone(PREFIXES.computeIfAbsent(table, t -> {
            MessageDigest prefix = sha1();
            prefix.update(bytes(NAMESPACE));
            prefix.update((t + SEPARATOR).getBytes(StandardCharsets.UTF_8));
            return prefix;
        }));
        return uuid(sha1.digest(key.getBytes(StandardCharsets.UTF_8))).toString();
    }

    private static final Map<String, MessageDigest> PREFIXES = new ConcurrentHashMap<>();

    /** The natural key's values joined by {@link #SEPARATOR}, with {@code #n} appended for the nth repeat (n > 1). */
    static String name(List<String> naturalKey, long n) {
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < naturalKey.size(); i++) {
            if (i > 0) {
                name.append(SEPARATOR);
            }
            String value = naturalKey.get(i);
            name.append(value == null ? "" : value);
        }
        if (n > 1) {
            name.append(SEPARATOR).append('#').append(n);
        }
        return name.toString();
    }

    static UUID v5(UUID namespace, String name) {
        MessageDigest sha1 = sha1();
        sha1.update(bytes(namespace));
        return uuid(sha1.digest(name.getBytes(StandardCharsets.UTF_8)));
    }

    /** The first 16 bytes of a SHA-1 hash, with the version (5) and variant bits of RFC 9562. */
    private static UUID uuid(byte[] hash) {
        hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
        hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
        ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
        return new UUID(bytes.getLong(), bytes.getLong());
    }

    private static byte[] bytes(UUID uuid) {
        return ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits()).putLong(uuid.getLeastSignificantBits())
                .array();
    }

    private static MessageDigest sha1() {
        try {
            return MessageDigest.getInstance("SHA-1");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is a required JDK algorithm", e);
        }
    }

    private static MessageDigest clone(MessageDigest prototype) {
        try {
            return (MessageDigest) prototype.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("the JDK's SHA-1 can be cloned", e);
        }
    }
}
