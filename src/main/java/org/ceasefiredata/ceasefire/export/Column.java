package org.ceasefiredata.ceasefire.export;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A column of an exported table: its description, whether it always has a value, the table whose primary key it
 * references, and its vocabulary. The Table Schemas of the data package and the JSON Schema of dataset.json are both
 * read from these annotations, so the two cannot disagree.
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

    /** The enumeration whose wire spellings are the allowed values (Void: any). */
    Class<?> vocabulary() default Void.class;
}
