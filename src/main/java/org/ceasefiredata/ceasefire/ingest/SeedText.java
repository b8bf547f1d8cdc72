package org.ceasefiredata.ceasefire.ingest;

/** One source text of the seed corpus as read from disk: its file name, exact text and SHA-256 of its bytes. */
public record SeedText(String fileName, String text, String sha256) {
}
