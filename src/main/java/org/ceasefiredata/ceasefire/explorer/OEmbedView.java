package org.ceasefiredata.ceasefire.explorer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonProperty;

/** An oEmbed 1.0 "rich" response: the card of one record, as an iframe a CMS can paste. */
@Schema(name = "OEmbed", description = "An oEmbed 1.0 response of type rich: the fact card of a record in an iframe.")
public record OEmbedView(
        @Schema(description = "oEmbed version.", example = "1.0") String version,
        @Schema(description = "Always rich: an HTML card.", example = "rich") String type,
        @Schema(description = "The record's title.", example = "ISSG ministerial meeting in Munich") String title,
        @JsonProperty("provider_name") @Schema(description = "Who provides the card.", example = "Syria ceasefire record") String providerName,
        @JsonProperty("provider_url") @Schema(description = "The provider's address.", example = "https://ceasefiredata.org/") String providerUrl,
        @JsonProperty("cache_age") @Schema(description = "Seconds the response may be cached.", example = "3600") int cacheAge,
        @Schema(description = "HTML to embed: an iframe showing the card.", example = "<iframe src=\"https://ceasefiredata.org/embed/meetings/issg-munich-2016-02\" width=\"500\" height=\"320\"></iframe>") String html,
        @Schema(description = "Width of the iframe in pixels.", example = "500") int width,
        @Schema(description = "Height of the iframe in pixels.", example = "320") int height) {
}
