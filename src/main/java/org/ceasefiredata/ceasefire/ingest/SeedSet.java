package org.ceasefiredata.ceasefire.ingest;

import java.util.List;

/**
 * Everything read from a seed directory, parsed and schema-checked but not yet linked: the texts, the annotation files
 * (by file name), and the fingerprint of all of it.
 */
public record SeedSet(List<SeedText> texts, List<NamedFile> annotations, String fingerprint) {

    /** An annotation file with the name it was read from, for error messages. */
    public record NamedFile(String name, Annotations.File content) {
    }
}
