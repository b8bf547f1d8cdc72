package org.ceasefiredata.ceasefire.participant;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.ceasefiredata.ceasefire.web.BadRequestProblem;
import org.ceasefiredata.ceasefire.web.ListRequest;
import org.ceasefiredata.ceasefire.web.Problem;

/** Resolves the {@code participant} filter: each value a slug or any name of a participant. */
public final class ParticipantRefs {

    private ParticipantRefs() {
    }

    /**
     * The ids of the participants named by the filter, or null when the filter is absent.
     *
     * @throws BadRequestProblem naming a value that is neither a slug nor a name of any participant
     */
    public static Set<Long> resolve(ListRequest request, String filter) {
        List<String> values = request.values(filter);
        if (values.isEmpty()) {
            return null;
        }
        Set<Long> ids = new LinkedHashSet<>();
        List<Problem.Violation> unknown = new ArrayList<>();
        for (String value : values) {
            List<Long> found = Participant.idsBySlugOrName(value);
            if (found.isEmpty()) {
                unknown.add(new Problem.Violation(filter, "no participant has the slug or name '" + value + "'"));
            }
            ids.addAll(found);
        }
        if (!unknown.isEmpty()) {
            throw new BadRequestProblem("Unknown participant: " + unknown.get(0).message() + ".", unknown);
        }
        return ids;
    }
}
