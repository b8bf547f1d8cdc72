package org.ceasefiredata.ceasefire.export;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An exported table: its file name (without extension), description and key. A table is keyed either by its
 * {@code slug} ({@link #primaryKey}) or, when it has no slug, by an {@code id} derived from its natural key
 * ({@link #naturalKey}: the columns whose exported values identify a row), so that adding, removing or editing one
 * record never changes another row's key.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Table {

    String name();

    String value();

    String primaryKey();

    /** The columns the derived {@code id} is computed from, in order (empty for a table keyed by its slug). */
    String[] naturalKey() default {};
}
