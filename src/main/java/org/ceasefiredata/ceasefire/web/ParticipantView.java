package org.ceasefiredata.ceasefire.web;

import java.util.List;

import org.ceasefiredata.ceasefire.kernel.PartialDate;
import org.ceasefiredata.ceasefire.kernel.RecordRef;
import org.ceasefiredata.ceasefire.participant.MembershipRole;
import org.ceasefiredata.ceasefire.participant.NameKind;
import org.ceasefiredata.ceasefire.participant.ParticipantKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A participant as served: every name it goes by, offices, memberships, members, and the evidence. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Participant", description = "A state, organization, group, person or armed group in the ceasefire process.")
public record ParticipantView(
        @Schema(description = "Stable identifier, used in URLs.", example = "sergey-lavrov") String slug,
        @Schema(description = "What sort of actor it is.") ParticipantKind kind,
        @Schema(description = "Preferred name.", example = "Sergey Lavrov") String name,
        @Schema(description = "Who or what it is, in brief.", example = "Foreign Minister of Russia") String description,
        @Schema(description = "Every name it goes by in the texts, the preferred one first.") List<NameView> names,
        @Schema(description = "Offices a person held at the time.") List<OfficeView> offices,
        @Schema(description = "Groups it belongs to. In lists only with include=memberships.") List<MembershipView> memberships,
        @Schema(description = "For a group: its members. In lists only with include=members.") List<MembershipView> members,
        @Schema(description = "Evidence for the participant.") List<CitationView> citations,
        @Schema(description = "Statements of single sources where sources differ.") List<ClaimView> claims) {

    /** One name of a participant. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ParticipantName", description = "A name a participant goes by, and how it relates to it.")
    @org.eclipse.microprofile.graphql.Type("ParticipantName")
    @Description("A name a participant goes by, and how it relates to it.")
    public record NameView(
            @Description("The name as spelt in the texts.") @Schema(description = "The name as spelt in the texts.", example = "Sergei Lavrov") String name,
            @Description("How the name relates to the participant.") @Schema(description = "How the name relates to the participant.") NameKind kind,
            @Description("Since when, for a new name.") @Schema(description = "Since when, for a new name.") PartialDate since) {
    }

    /** An office held. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Office", description = "An office a person held at the time of the texts.")
    public record OfficeView(
            @Schema(description = "The office.", example = "Foreign Minister") String title,
            @Schema(description = "The state or organization.") RecordRef of,
            @Schema(description = "When, as far as the sources say.") PartialDate during,
            @Schema(description = "Evidence.") List<CitationView> citations) {
    }

    /** A membership, seen from the member or from the group. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Membership", description = "A participant's place in a group, since when the texts say.")
    public record MembershipView(
            @Schema(description = "The member.") RecordRef member,
            @Schema(description = "The group.") RecordRef group,
            @Schema(description = "Its place in the group.") MembershipRole role,
            @Schema(description = "Since when.") PartialDate since,
            @Schema(description = "Evidence.") List<CitationView> citations) {
    }
}
