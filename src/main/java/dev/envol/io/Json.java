package dev.envol.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value that remembers where it starts in the file (1-based line and column). Jackson's
 * own tree forgets locations, and validation messages need them.
 */
sealed interface Json {
    int line();

    int column();

    /** The plain Java value (Map, List, String, BigDecimal, Boolean, null) kept in extras. */
    Object plain();

    /** What a person calls this kind of value, for messages. */
    String kind();

    /**
     * An object; members keep the file order. Keys and values sit in two arrays: objects are
     * small, and Jackson interns member names, so a scan by identity beats hashing (this is the
     * hot path of the load benchmark).
     */
    final class Obj implements Json {
        private final String[] keys;
        private final Json[] values;
        private final int size;
        private final int line;
        private final int column;

        /** The arrays may be longer than {@code size}: not trimming saves two copies each. */
        Obj(String[] keys, Json[] values, int size, int line, int column) {
            this.keys = keys;
            this.values = values;
            this.size = size;
            this.line = line;
            this.column = column;
        }

        public Json get(String key) {
            for (int i = 0; i < size; i++) {
                if (keys[i] == key) {
                    return values[i];
                }
            }
            int hash = key.hashCode();
            for (int i = 0; i < size; i++) {
                if (keys[i].hashCode() == hash && keys[i].equals(key)) {
                    return values[i];
                }
            }
            return null;
        }

        public int size() {
            return size;
        }

        public String key(int index) {
            return keys[index];
        }

        public Json value(int index) {
            return values[index];
        }

        @Override
        public int line() {
            return line;
        }

        @Override
        public int column() {
            return column;
        }

        @Override
        public Object plain() {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < size; i++) {
                map.put(keys[i], values[i].plain());
            }
            return map;
        }

        /**
         * The members as a read-only map of plain values, without copying: for a consumer that
         * copies anyway (such as {@code Props.of}).
         */
        public Map<String, Object> plainView() {
            return new java.util.AbstractMap<>() {
                @Override
                public int size() {
                    return size;
                }

                @Override
                public void forEach(java.util.function.BiConsumer<? super String, ? super Object>
                                        action) {
                    for (int i = 0; i < size; i++) {
                        action.accept(keys[i], values[i].plain());
                    }
                }

                @Override
                public java.util.Set<Map.Entry<String, Object>> entrySet() {
                    java.util.Set<Map.Entry<String, Object>> entries =
                        new java.util.LinkedHashSet<>();
                    forEach((k, v) -> entries.add(new java.util.AbstractMap.SimpleEntry<>(k, v)));
                    return entries;
                }
            };
        }

        @Override
        public String kind() {
            return "an object";
        }
    }

    record Arr(List<Json> items, int line, int column) implements Json {
        @Override
        public Object plain() {
            List<Object> list = new ArrayList<>(items.size());
            for (Json item : items) {
                list.add(item.plain());
            }
            return list;
        }

        @Override
        public String kind() {
            return "an array";
        }
    }

    /** A string, a number (BigDecimal, scale kept), a boolean or null. */
    record Scalar(Object value, int line, int column) implements Json {
        @Override
        public Object plain() {
            return value;
        }

        @Override
        public String kind() {
            if (value == null) {
                return "null";
            }
            if (value instanceof String) {
                return "a string";
            }
            if (value instanceof BigDecimal) {
                return "a number";
            }
            return "a boolean";
        }
    }
}
