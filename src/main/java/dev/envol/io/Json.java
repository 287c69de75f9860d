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

    /** An object; members keep the file order. */
    record Obj(Map<String, Json> members, int line, int column) implements Json {
        public Json get(String key) {
            return members.get(key);
        }

        @Override
        public Object plain() {
            Map<String, Object> map = new LinkedHashMap<>();
            members.forEach((k, v) -> map.put(k, v.plain()));
            return map;
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
