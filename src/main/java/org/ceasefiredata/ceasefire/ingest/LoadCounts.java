package org.ceasefiredata.ceasefire.ingest;

/** How many rows of each kind a load wrote. */
public record LoadCounts(int documents, int participants, int meetings, int commitments, int deadlines, int citations,
        int mentions) {

    @Override
    public String toString() {
        return documents + " documents, " + participants + " participants, " + meetings + " meetings, " + commitments
                + " commitments, " + deadlines + " deadlines, " + citations + " citations, " + mentions + " mentions";
    }
}
