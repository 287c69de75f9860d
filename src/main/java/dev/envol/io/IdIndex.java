package dev.envol.io;

import java.util.Arrays;

/**
 * Declared ids with where they were declared (an architecture, or none, and a line), in open
 * addressing over parallel arrays. The load benchmark looks up every link end (30,000 in the
 * 1,000-application estate); a HashMap costs a cache miss for its node and another for the value
 * object on each, which showed as the largest single cost of validation.
 */
final class IdIndex {
    /** What {@link #declare} and {@link #kind} answer for an id of no architecture. */
    static final int NO_KIND = 0;
    /** What {@link #kind} answers for an id never declared. */
    static final int ABSENT = -1;

    private String[] ids = new String[64];
    private int[] hashes = new int[64];
    private byte[] kinds = new byte[64];
    private int[] lines = new int[64];
    private int size;

    /**
     * Declares {@code id}; a kind is a small positive number (or {@link #NO_KIND}). Returns -1,
     * or the slot of the earlier declaration when the id is already used.
     */
    int declare(String id, int kind, int line) {
        int slot = slot(id);
        if (ids[slot] != null) {
            return slot;
        }
        ids[slot] = id;
        hashes[slot] = id.hashCode();
        kinds[slot] = (byte) kind;
        lines[slot] = line;
        if (++size * 2 > ids.length) {
            grow();
        }
        return -1;
    }

    /** The kind of a declared id, or {@link #ABSENT}. */
    int kind(String id) {
        int slot = slot(id);
        return ids[slot] == null ? ABSENT : kinds[slot];
    }

    boolean contains(String id) {
        return ids[slot(id)] != null;
    }

    int kindAt(int slot) {
        return kinds[slot];
    }

    int lineAt(int slot) {
        return lines[slot];
    }

    /** The slot holding {@code id}, or the empty slot where it would go (half full at most). */
    private int slot(String id) {
        int hash = id.hashCode();
        int mask = ids.length - 1;
        int slot = (hash ^ hash >>> 16) & mask;
        while (ids[slot] != null && !(hashes[slot] == hash && ids[slot].equals(id))) {
            slot = slot + 1 & mask;
        }
        return slot;
    }

    private void grow() {
        String[] oldIds = ids;
        int[] oldHashes = hashes;
        byte[] oldKinds = kinds;
        int[] oldLines = lines;
        int capacity = oldIds.length * 2;
        ids = new String[capacity];
        hashes = new int[capacity];
        kinds = new byte[capacity];
        lines = new int[capacity];
        for (int i = 0; i < oldIds.length; i++) {
            if (oldIds[i] != null) {
                int slot = slot(oldIds[i]);
                ids[slot] = oldIds[i];
                hashes[slot] = oldHashes[i];
                kinds[slot] = oldKinds[i];
                lines[slot] = oldLines[i];
            }
        }
    }
}
