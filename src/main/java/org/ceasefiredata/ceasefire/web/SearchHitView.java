package org.ceasefiredata.ceasefire.web;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One search result: which record or document, how well it matched, and a highlighted snippet. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "SearchHit", description = "A record or document matching a search, with a snippet where the matched words are wrapped in <mark>…</mark>.")
public record SearchHitView(
        @Schema(description = "Kind of record.", enumeration = {
                "meeting", "participant", "commitment", "deadline", "document"}) String type,
        @Schema(description = "Slug of the record.", example = "issg-overview-2016") String slug,
        @Schema(description = "Title, name or summary of the record.", example = "The International Syria Support Group and the ceasefire process") String title,
        @Schema(description = "Text around the matched words, which are wrapped in <mark>…</mark>.", example = "excluded UNSC-designated terrorist groups ISIS and Jabhat al-<mark>Nusra</mark>") String snippet,
        @Schema(description = "Relevance; higher is better (PostgreSQL ts_rank_cd, title matches weigh most).", example = "0.42") double rank,
        @Schema(description = "Path of the record in this API.", example = "/api/v1/documents/issg-overview-2016") String href){
}
