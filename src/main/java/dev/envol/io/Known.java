package dev.envol.io;

import java.util.Set;

/**
 * The member names a record of the model knows; the others go to its {@code extra} map. Jackson
 * interns member names, and literals are interned, so an identity scan answers almost every
 * question without hashing (one per member of every object: it shows in the load benchmark).
 */
final class Known {
    private final String[] names;
    private final Set<String> set;

    private Known(String... names) {
        this.names = names.clone();
        this.set = Set.of(names);
    }

    static Known of(String... names) {
        return new Known(names);
    }

    /** The names in declaration order: the JSON Schema lists a record's members from them. */
    java.util.List<String> names() {
        return java.util.List.of(names);
    }

    boolean contains(String name) {
        for (String n : names) {
            if (n == name) {
                return true;
            }
        }
        return set.contains(name);
    }
}
