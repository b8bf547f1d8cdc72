package org.ceasefiredata.ceasefire.graph;

import org.ceasefiredata.ceasefire.commitment.CommitmentOrderField;
import org.ceasefiredata.ceasefire.commitment.DeadlineOrderField;
import org.ceasefiredata.ceasefire.document.DocumentOrderField;
import org.ceasefiredata.ceasefire.meeting.MeetingOrderField;
import org.ceasefiredata.ceasefire.paging.SortField;
import org.ceasefiredata.ceasefire.paging.SortKey;
import org.ceasefiredata.ceasefire.participant.ParticipantOrderField;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * The {@code orderBy} inputs of the root lists (GitHub's shape: {@code {field: DATE, direction: DESC}}), one per list
 * because each list has its own enum of fields; the fields are the REST lists' {@code sort=} fields.
 */
final class Orders {

    static final String FIELD = "The field to order by.";
    static final String DIRECTION = "Ascending (the default) or descending.";

    private Orders() {
    }

    /** The direction of one sort key. */
    @Description("The direction of one sort key (REST: a '-' before the field for descending).")
    public enum OrderDirection {
        ASC, DESC
    }

    /** One key of an {@code orderBy}. */
    interface Order {
        SortKey key();
    }

    static SortKey key(SortField.Choice field, OrderDirection direction) {
        return new SortKey(field.field(), direction == OrderDirection.DESC);
    }

    @Input("MeetingOrder")
    @Description("A sort key of the meeting list: a field and a direction.")
    public static class MeetingOrder implements Order {
        @NonNull
        @Description(FIELD)
        public MeetingOrderField field;
        @DefaultValue("ASC")
        @Description(DIRECTION)
        public OrderDirection direction;

        @Override
        public SortKey key() {
            return Orders.key(field, direction);
        }
    }

    @Input("ParticipantOrder")
    @Description("A sort key of the participant list: a field and a direction.")
    public static class ParticipantOrder implements Order {
        @NonNull
        @Description(FIELD)
        public ParticipantOrderField field;
        @DefaultValue("ASC")
        @Description(DIRECTION)
        public OrderDirection direction;

        @Override
        public SortKey key() {
            return Orders.key(field, direction);
        }
    }

    @Input("CommitmentOrder")
    @Description("A sort key of the commitment list: a field and a direction.")
    public static class CommitmentOrder implements Order {
        @NonNull
        @Description(FIELD)
        public CommitmentOrderField field;
        @DefaultValue("ASC")
        @Description(DIRECTION)
        public OrderDirection direction;

        @Override
        public SortKey key() {
            return Orders.key(field, direction);
        }
    }

    @Input("DeadlineOrder")
    @Description("A sort key of the deadline list: a field and a direction.")
    public static class DeadlineOrder implements Order {
        @NonNull
        @Description(FIELD)
        public DeadlineOrderField field;
        @DefaultValue("ASC")
        @Description(DIRECTION)
        public OrderDirection direction;

        @Override
        public SortKey key() {
            return Orders.key(field, direction);
        }
    }

    @Input("SourceDocumentOrder")
    @Description("A sort key of the source document list: a field and a direction.")
    public static class DocumentOrder implements Order {
        @NonNull
        @Description(FIELD)
        public DocumentOrderField field;
        @DefaultValue("ASC")
        @Description(DIRECTION)
        public OrderDirection direction;

        @Override
        public SortKey key() {
            return Orders.key(field, direction);
        }
    }
}
