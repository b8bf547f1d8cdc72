package org.ceasefiredata.ceasefire.graph;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;

/**
 * How many fields an operation has once its fragments are expanded, computed without expanding them: each fragment's
 * size is computed once and reused wherever it is spread (sizes saturate at a cap), so that a document spreading
 * fragments into each other (a "fragment bomb": {@code F1 { ...F0 ...F0 } ... F30}) is measured in time linear in its
 * text, and refused before the engine (whose validation and execution would expand it) sees it.
 */
final class DocumentSize {

    private final Map<String, FragmentDefinition> fragments = new HashMap<>();
    private final Map<String, Long> sizes = new HashMap<>();
    private final Set<String> visiting = new HashSet<>();
    private final long cap;

    private DocumentSize(Document document, long cap) {
        this.cap = cap;
        document.getDefinitionsOfType(FragmentDefinition.class).forEach(f -> fragments.put(f.getName(), f));
    }

    /**
     * The expanded number of fields of the operation named {@code operationName} (or of the largest operation when
     * null), at most {@code cap + 1}; a fragment spreading itself counts as over the cap.
     */
    static long of(Document document, String operationName, long cap) {
        DocumentSize size = new DocumentSize(document, cap);
        long largest = 0;
        for (OperationDefinition op : document.getDefinitionsOfType(OperationDefinition.class)) {
            if (operationName == null || operationName.equals(op.getName())) {
                largest = Math.max(largest, size.of(op.getSelectionSet()));
            }
        }
        return largest;
    }

    private long of(SelectionSet set) {
        if (set == null) {
            return 0;
        }
        long total = 0;
        for (Selection<?> selection : set.getSelections()) {
            if (selection instanceof Field field) {
                total = add(total, add(1, of(field.getSelectionSet())));
            } else if (selection instanceof InlineFragment inline) {
                total = add(total, of(inline.getSelectionSet()));
            } else if (selection instanceof FragmentSpread spread) {
                total = add(total, fragment(spread.getName()));
            }
        }
        return total;
    }

    private long fragment(String name) {
        Long known = sizes.get(name);
        if (known != null) {
            return known;
        }
        FragmentDefinition definition = fragments.get(name);
        if (definition == null) {
            return 0; // reported by validation
        }
        if (!visiting.add(name)) {
            return cap + 1; // a cycle: validation refuses it too, but it must not recurse here
        }
        long size = of(definition.getSelectionSet());
        visiting.remove(name);
        sizes.put(name, size);
        return size;
    }

    private long add(long a, long b) {
        long sum = a + b;
        return sum > cap || sum < 0 ? cap + 1 : sum;
    }
}
