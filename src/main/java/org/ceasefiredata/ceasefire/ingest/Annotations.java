package org.ceasefiredata.ceasefire.ingest;

import java.util.List;

/**
 * The curated annotation format of {@code seeds/annotations/*.yaml}, as mapped after JSON Schema validation (the schema,
 * {@code schema/seed-annotations.schema.json}, is the authority on what is required and allowed).
 */
public final class Annotations {

    private Annotations() {
    }

    /** One annotation file: any of the five sections. */
    public record File(List<Document> documents, List<Participant> participants, List<Meeting> meetings,
            List<Commitment> commitments, List<Deadline> deadlines) {

        public File {
            documents = orEmpty(documents);
            participants = orEmpty(participants);
            meetings = orEmpty(meetings);
            commitments = orEmpty(commitments);
            deadlines = orEmpty(deadlines);
        }
    }

    /** An exact quote of a document; {@code occurrence} (1-based) picks one when the quote occurs several times. */
    public record Citation(String doc, String quote, Integer occurrence) {
    }

    /** {@code basis}: {@code stated} (the default), {@code inferred} or {@code external}; see {@link #basisOf}. */
    public record Claim(String about, String value, String basis, List<Citation> citations) {
    }

    /**
     * A status at one point. {@code asOf} is declared only when the citations are of several publication dates (the note
     * then rests on all of them); it must be the publication date of the latest.
     */
    public record Assessment(String status, String note, String basis, String asOf, List<Citation> citations) {
    }

    public record Document(String slug, String file, String sha256, String title, String outlet, String agency, String url,
            String language, String published, String publishedBasis, String basis, String dateline, String notes) {
    }

    /**
     * Another name. {@code linking} says where occurrences are linked to the participant automatically: {@code all},
     * {@code not-as-place}, {@code cited-documents} or {@code none}; the default depends on the kind (see
     * {@code seeds/README.md}).
     */
    public record Alias(String name, String kind, String since, String linking, List<Citation> citations) {

        public Alias {
            citations = orEmpty(citations);
        }
    }

    public record Office(String title, String of, String during, List<Citation> citations) {
    }

    public record Membership(String group, String role, String since, List<Citation> citations) {
    }

    /** {@code nameLinking} is the {@link Alias#linking} of the preferred name ({@code all} unless given). */
    public record Participant(String slug, String kind, String name, String nameLinking, String description, String basis,
            List<Alias> aliases, List<Office> offices, List<Membership> memberships, List<Citation> citations,
            List<Claim> claims) {

        public Participant {
            aliases = orEmpty(aliases);
            offices = orEmpty(offices);
            memberships = orEmpty(memberships);
            claims = orEmpty(claims);
        }
    }

    public record Participation(String participant, String role, List<Citation> citations) {
    }

    public record Meeting(String slug, String title, String kind, String status, String place, String country, String date,
            String partOf, String outcome, String basis, List<Participation> participants, List<Citation> citations,
            List<Claim> claims) {

        public Meeting {
            participants = orEmpty(participants);
            claims = orEmpty(claims);
        }
    }

    public record Commitment(String slug, String summary, String kind, String meeting, String date, String basis,
            List<String> madeBy, List<String> binds, List<Assessment> status, List<Citation> citations, List<Claim> claims) {

        public Commitment {
            madeBy = orEmpty(madeBy);
            binds = orEmpty(binds);
            status = orEmpty(status);
            claims = orEmpty(claims);
        }
    }

    /** {@code offset}: an ISO 8601 period, or a range {@code min/max} of two signed ones for a vague expression. */
    public record Deadline(String slug, String description, String expression, String commitment, String meeting,
            List<String> setBy, String due, String anchor, String anchorEvent, String offset, String basis,
            List<Assessment> status, List<Citation> citations, List<Claim> claims) {

        public Deadline {
            setBy = orEmpty(setBy);
            status = orEmpty(status);
            claims = orEmpty(claims);
        }
    }

    /** A seed {@code basis} value, {@code stated} when absent. */
    public static String basisOf(String basis) {
        return basis == null ? "stated" : basis;
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
