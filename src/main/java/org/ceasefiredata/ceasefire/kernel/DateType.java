package org.ceasefiredata.ceasefire.kernel;

import org.eclipse.microprofile.graphql.Description;

/** Whether a date is named outright or counted from another one. */
@Description("ABSOLUTE: the source names the date ('Feb. 25'); RELATIVE: it counts from another date ('within six months', 'last month').")
public enum DateType {
    ABSOLUTE, RELATIVE
}
