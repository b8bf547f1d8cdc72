package org.ceasefiredata.ceasefire.explorer;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The service's public address, for the absolute links that leave it (citations, calendar events, embeds):
 * {@code ceasefire.public-url} when set (behind a proxy), otherwise the address the request came to.
 */
@ApplicationScoped
public class PublicUrl {

    @ConfigProperty(name = "ceasefire.public-url")
    Optional<String> configured;

    /** The base URL without a trailing slash: {@code https://ceasefiredata.org}. */
    public String of(UriInfo uri) {
        String base = configured.filter(s -> !s.isBlank()).orElseGet(() -> uri.getBaseUri().toString());
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }
}
