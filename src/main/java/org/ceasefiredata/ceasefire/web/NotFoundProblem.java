package org.ceasefiredata.ceasefire.web;

import java.time.LocalDate;

/** A 404: the message names what was asked for and not found. */
public class NotFoundProblem extends RuntimeException {

    public NotFoundProblem(String message) {
        super(message);
    }

    /** No record of this kind with this slug (known as of the given day, when there is one). */
    public static NotFoundProblem of(String kind, String slug, LocalDate asOf) {
        return new NotFoundProblem("No " + kind + " with slug '" + slug + "'"
                + (asOf == null ? "." : " was known from sources published by " + asOf + "."));
    }
}
