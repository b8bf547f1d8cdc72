package org.ceasefiredata.ceasefire.explorer;

import java.time.LocalDate;
import java.util.List;

import org.ceasefiredata.ceasefire.document.DocumentRow;
import org.ceasefiredata.ceasefire.kernel.PartialDate;
import org.ceasefiredata.ceasefire.meeting.ParticipantRole;
import org.ceasefiredata.ceasefire.web.CommitmentView;
import org.ceasefiredata.ceasefire.web.DeadlineView;
import org.ceasefiredata.ceasefire.web.DocumentView;
import org.ceasefiredata.ceasefire.web.MeetingView;
import org.ceasefiredata.ceasefire.web.ParticipantView;

/** What the explorer's templates show: one record per page, each with the {@link Frame} every page shares. */
public final class Pages {

    private Pages() {
    }

    /**
     * What every page shares: its title and description, its path (the "as known on" form submits to it), the day it
     * shows the record as of (null: as it stands), the query parameters to keep when that day changes, the
     * alternates (the REST JSON, oEmbed) and the permalink.
     */
    public record Frame(String title, String description, String path, LocalDate asOf, List<Param> keep, String json,
            String oembed, String permalink) {

        /** The path with the kept parameters and no day: the record as it stands. */
        public String withoutAsOf() {
            StringBuilder s = new StringBuilder(path);
            char sep = '?';
            for (Param p : keep) {
                s.append(sep).append(Links.encode(p.name())).append('=').append(Links.encode(p.value()));
                sep = '&';
            }
            return s.toString();
        }

        /** {@code ?asOf=day} or nothing, for links that start a query. */
        public String asOfQuery() {
            return Links.asOf(asOf, '?');
        }
    }

    /** A query parameter. */
    public record Param(String name, String value) {
    }

    /** The formatted references and the downloadable forms of one thing cited. */
    public record CiteBox(String apa, String chicago, String bibtex, String ris, String cslJson, String api) {
    }

    /** The home page: the timeline, its filters, the list beneath it, and the source documents. */
    public record Home(Frame frame, Timeline.Drawing timeline, List<Timeline.Bar> entries, List<DocumentRow> documents,
            String from, String to, String participant, List<String> types, long total, boolean focused,
            boolean whole, CiteBox cite) {
        public boolean shows(String type) {
            return types.isEmpty() || types.contains(type);
        }
    }

    /** A meeting's page. */
    public record Meeting(Frame frame, MeetingView meeting, CiteBox cite) {
    }

    /** A participant's meeting, with the roles it played there. */
    public record Attended(String slug, String title, PartialDate date, List<ParticipantRole> roles) {
    }

    /** A participant's page. */
    public record Participant(Frame frame, ParticipantView participant, List<Attended> meetings,
            List<CommitmentView> commitments, List<DeadlineView> deadlines, CiteBox cite) {
    }

    /** A commitment's page. */
    public record Commitment(Frame frame, CommitmentView commitment, CiteBox cite) {
    }

    /** A deadline's page. */
    public record Deadline(Frame frame, DeadlineView deadline, CiteBox cite) {
    }

    /** One fact a quote supports: the record, which fact of it, and its page. */
    public record Fact(String type, String name, String fact, String detail, String href) {
    }

    /** A quote of a source and every fact it supports. */
    public record Quote(String key, int start, int end, String text, String segmentKind, List<Fact> facts) {
    }

    /** A source page: the document, its text with every quote highlighted, and the quotes with their facts. */
    public record Source(Frame frame, DocumentView document, String html, List<Quote> quotes, CiteBox cite) {
    }

    /** One search result. */
    public record Hit(String type, String title, String snippet, String href) {
    }

    /** The search page. */
    public record Search(Frame frame, String q, List<Hit> hits, long total, String next, String problem) {
    }

    /** An error page. */
    public record Error(Frame frame, int status, String heading, String message) {
    }
}
