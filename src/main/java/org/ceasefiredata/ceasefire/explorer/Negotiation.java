package org.ceasefiredata.ceasefire.explorer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;

/**
 * Server-driven content negotiation (RFC 9110 §12.5.1) over a fixed list of offered media types: the offered type
 * with the highest quality in {@code Accept} wins, the most specific matching range giving a type its quality
 * ({@code text/x-bibliography; style=apa} before {@code text/*} before {@code * /*}); ties go to the earlier offer, so
 * the first offer is what a client that accepts anything gets.
 */
public final class Negotiation {

    private Negotiation() {
    }

    /** The best offer for {@code accept}, or null when none is acceptable (a 406); no header accepts the first offer. */
    public static MediaType choose(String accept, List<MediaType> offered) {
        if (accept == null || accept.isBlank()) {
            return offered.get(0);
        }
        List<Range> ranges = parse(accept);
        MediaType best = null;
        double bestQ = 0;
        for (MediaType offer : offered) {
            double q = quality(offer, ranges);
            if (q > bestQ) {
                best = offer;
                bestQ = q;
            }
        }
        return best;
    }

    /** The range of {@code accept} that selected {@code chosen} (for its parameters, e.g. a style), or null. */
    public static Map<String, String> parameters(String accept, MediaType chosen) {
        if (accept == null) {
            return Map.of();
        }
        Range match = bestRange(chosen, parse(accept));
        return match == null ? Map.of() : match.params();
    }

    private record Range(String type, String subtype, Map<String, String> params, double q) {
        int specificity() {
            return type.equals("*") ? 0 : subtype.equals("*") ? 1 : params.isEmpty() ? 2 : 3;
        }

        boolean matches(MediaType offer) {
            if (!type.equals("*") && !type.equalsIgnoreCase(offer.getType())) {
                return false;
            }
            if (!subtype.equals("*") && !subtype.equalsIgnoreCase(offer.getSubtype())) {
                return false;
            }
            // A parameter of the range that the offer declares must agree; one it does not declare is a choice the
            // client leaves to the server (a style for a formatted reference).
            for (Map.Entry<String, String> p : params.entrySet()) {
                String offered = offer.getParameters().get(p.getKey());
                if (offered != null && !offered.equalsIgnoreCase(p.getValue())) {
                    return false;
                }
            }
            return true;
        }
    }

    private static double quality(MediaType offer, List<Range> ranges) {
        Range best = bestRange(offer, ranges);
        return best == null ? 0 : best.q();
    }

    private static Range bestRange(MediaType offer, List<Range> ranges) {
        Range best = null;
        for (Range r : ranges) {
            if (r.matches(offer) && (best == null || r.specificity() > best.specificity())) {
                best = r;
            }
        }
        return best;
    }

    private static List<Range> parse(String accept) {
        List<Range> ranges = new ArrayList<>();
        for (String part : accept.split(",")) {
            String[] pieces = part.trim().split(";");
            String[] type = pieces[0].trim().toLowerCase(Locale.ROOT).split("/", 2);
            if (type.length != 2 || type[0].isEmpty() || type[1].isEmpty()) {
                continue;
            }
            double q = 1;
            Map<String, String> params = new java.util.LinkedHashMap<>();
            for (int i = 1; i < pieces.length; i++) {
                String[] kv = pieces[i].trim().split("=", 2);
                if (kv.length != 2) {
                    continue;
                }
                String key = kv[0].trim().toLowerCase(Locale.ROOT);
                String value = kv[1].trim().replace("\"", "");
                if (key.equals("q")) {
                    try {
                        q = Math.max(0, Math.min(1, Double.parseDouble(value)));
                    } catch (NumberFormatException e) {
                        q = 0;
                    }
                } else if (!key.equals("charset")) {
                    params.put(key, value);
                }
            }
            ranges.add(new Range(type[0], type[1], Map.copyOf(params), q));
        }
        return ranges;
    }
}
