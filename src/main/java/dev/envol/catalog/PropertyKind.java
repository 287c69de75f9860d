package dev.envol.catalog;

/** The value type of a property in the model file. */
public enum PropertyKind {
    /** A non-negative number (quantities, money, sizes). */
    NUMBER,
    /** A non-negative whole number (counts). */
    INTEGER,
    TEXT,
    BOOLEAN,
    /** One of {@link PropertySpec#choices()}. */
    CHOICE
}
