package org.ceasefiredata.ceasefire.participant;

import java.time.LocalDate;
import java.util.List;

import org.ceasefiredata.ceasefire.kernel.Checks;
import org.ceasefiredata.ceasefire.kernel.Docs;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.Separator;

/**
 * The filters of the participant list, all of which must hold: the query parameters of
 * {@code GET /api/v1/participants} and the {@code filter} argument of GraphQL's {@code participants}.
 */
@Input("ParticipantFilter")
@Description("Filters of the participant list; all given filters must hold.")
public class ParticipantFilter {

    static final String NAME = "Goes by any of these names, in any spelling the texts use (case, accents and punctuation ignored: 'Sergei Lavrov' finds Sergey Lavrov), or has a name whose words begin with these words, for typeahead ('Lavr' or 'Serg Lav' finds Sergey Lavrov).";
    static final String KIND = "Is of any of these kinds: state, government, international-organization, coalition, working-group, task-force, person, armed-group, opposition, other.";
    static final String MEMBER_OF = "Is a member of any of these groups (slug or any name).";
    static final String TEXT = "Description or any name contains this, ignoring case.";

    @RestQuery("name")
    @Separator(",")
    @Parameter(name = "name", description = NAME, example = "Sergei Lavrov", schema = @Schema(type = SchemaType.STRING))
    @Description(NAME)
    public List<String> name;

    @RestQuery("kind")
    @Separator(",")
    @Parameter(name = "kind", description = KIND, example = "person", schema = @Schema(type = SchemaType.STRING))
    @Description(KIND)
    public List<ParticipantKind> kind;

    @RestQuery("memberOf")
    @Separator(",")
    @Parameter(name = "memberOf", description = MEMBER_OF, example = "issg", schema = @Schema(type = SchemaType.STRING))
    @Description(MEMBER_OF)
    public List<String> memberOf;

    @RestQuery("q")
    @Parameter(name = "q", description = TEXT, example = "minister", schema = @Schema(type = SchemaType.STRING))
    @Description(TEXT)
    public String text;

    @RestQuery("slug")
    @Separator(",")
    @Parameter(name = "slug", description = Docs.SLUG, example = "russia,sergey-lavrov", schema = @Schema(type = SchemaType.STRING))
    @Description(Docs.SLUG)
    public List<String> slug;

    @RestQuery("asOf")
    @Parameter(name = "asOf", description = Docs.AS_OF, example = "2016-07-31", schema = @Schema(type = SchemaType.STRING))
    @Description(Docs.AS_OF)
    public String asOf;

    /** The filters checked, every invalid value reported at once. */
    Checked check() {
        Checks checks = new Checks();
        Checked checked = new Checked(checks.list("name", name), checks.list("kind", kind),
                checks.list("memberOf", memberOf), checks.text("text", text), checks.list("slug", slug),
                checks.date("asOf", asOf, true));
        checks.done();
        return checked;
    }

    record Checked(List<String> name, List<ParticipantKind> kind, List<String> memberOf, String text, List<String> slug,
            LocalDate asOf) {
    }

    /** The day asked for, or null. */
    public LocalDate day() {
        return check().asOf();
    }
}
