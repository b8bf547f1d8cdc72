package org.ceasefiredata.ceasefire.export;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A column of an exported table: its description, whether it always has a value, the table whose primary key it
 * references, and its vocabulary. The Table Schemas of the data package (and from them schema.sql) and the JSON Schema
 * of dataset.json are all read from these annotations, so they cannot disagree.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Column {

    /** What the column holds, for people reading the schema. */
    String value();

    /** True when every row has a value. */
    boolean required() default false;

    /** The exported table whose primary key this column references (empty: none). */
    String references() default "";

    /** Enumerations whose wire spellings are the allowed values, in order, without repeats (none: any value). */
    Class<?>[] vocabulary() default {};

    /** Allowed values spelt out, for a vocabulary that is no enumeration (none: any value). */
    String[] values() default {};
}
