package org.ceasefiredata.ceasefire.web;

import java.util.List;

import org.ceasefiredata.ceasefire.kernel.Basis;
import org.ceasefiredata.ceasefire.kernel.Docs;
import org.ceasefiredata.ceasefire.kernel.PartialDate;
import org.ceasefiredata.ceasefire.kernel.RecordRef;
import org.ceasefiredata.ceasefire.participant.MembershipRole;
import org.ceasefiredata.ceasefire.participant.NameKind;
import org.ceasefiredata.ceasefire.participant.ParticipantDocs;
import org.ceasefiredata.ceasefire.participant.ParticipantKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A participant as served: every name it goes by, offices, memberships, members, and the evidence. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Participant", description = ParticipantDocs.PARTICIPANT)
public record ParticipantView(
        @Schema(description = Docs.SLUG_FIELD, example = "sergey-lavrov") String slug,
        @Schema(description = ParticipantDocs.KIND) ParticipantKind kind,
        @Schema(description = ParticipantDocs.NAME, example = "Sergey Lavrov") String name,
        @Schema(description = ParticipantDocs.DESCRIPTION, example = "Foreign Minister of Russia") String description,
        @Schema(description = Docs.BASIS_OF_PARTICIPANT) Basis basis,
        @Schema(description = ParticipantDocs.NAMES) List<NameView> names,
        @Schema(description = "Offices a person held at the time.") List<OfficeView> offices,
        @Schema(description = "Groups it belongs to. In lists only with include=memberships.") List<MembershipView> memberships,
        @Schema(description = "For a group: its members. In lists only with include=members.") List<MembershipView> members,
        @Schema(description = "Evidence for the participant.") List<CitationView> citations,
        @Schema(description = Docs.CLAIMS) List<ClaimView> claims) {

    /** One name of a participant. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ParticipantName", description = ParticipantDocs.NAME_TYPE)
    @org.eclipse.microprofile.graphql.Type("ParticipantName")
    @Description(ParticipantDocs.NAME_TYPE)
    public record NameView(
            @Description(ParticipantDocs.NAME_NAME) @Schema(description = ParticipantDocs.NAME_NAME, example = "Sergei Lavrov") String name,
            @Description(ParticipantDocs.NAME_KIND) @Schema(description = ParticipantDocs.NAME_KIND) NameKind kind,
            @Description(ParticipantDocs.NAME_SINCE) @Schema(description = ParticipantDocs.NAME_SINCE) PartialDate since) {
    }

    /** An office held. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Office", description = ParticipantDocs.OFFICE)
    public record OfficeView(
            @Schema(description = ParticipantDocs.OFFICE_TITLE, example = "Foreign Minister") String title,
            @Schema(description = "The state or organization.") RecordRef of,
            @Schema(description = ParticipantDocs.OFFICE_DURING) PartialDate during,
            @Schema(description = ParticipantDocs.OFFICE_CITATIONS) List<CitationView> citations) {
    }

    /** A membership, seen from the member or from the group. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Membership", description = ParticipantDocs.MEMBERSHIP)
    public record MembershipView(
            @Schema(description = ParticipantDocs.MEMBER) RecordRef member,
            @Schema(description = ParticipantDocs.GROUP) RecordRef group,
            @Schema(description = ParticipantDocs.MEMBERSHIP_ROLE) MembershipRole role,
            @Schema(description = ParticipantDocs.MEMBERSHIP_SINCE) PartialDate since,
            @Schema(description = ParticipantDocs.MEMBERSHIP_CITATIONS) List<CitationView> citations) {
    }
}
