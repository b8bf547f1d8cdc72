package org.ceasefiredata.ceasefire.web;

/** A 404: the message names what was asked for and not found. */
public class NotFoundProblem extends RuntimeException {

    public NotFoundProblem(String message) {
        super(message);
    }
}
