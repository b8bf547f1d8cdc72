package org.ceasefiredata.ceasefire.document;

import org.ceasefiredata.ceasefire.kernel.RecordType;

/**
 * A citation as seen from the document it quotes: where the quote stands (code-point offsets of the original text),
 * the segment it lies in when the cleaned text sets that part apart ({@code segmentKind}: caption, teaser...; null for
 * the body), and the fact it supports: the record ({@code type}, {@code slug}, {@code name}) and which of its facts
 * ({@code fact}: {@code record}, {@code participation}, {@code name}, {@code office}, {@code membership},
 * {@code assessment}, {@code claim}) with a short {@code detail} (the role, the name, the assessed status...).
 */
public record QuoteRow(long id, int start, int end, String quote, String segmentKind, RecordType type, String slug,
        String name, String fact, String detail) {
}
