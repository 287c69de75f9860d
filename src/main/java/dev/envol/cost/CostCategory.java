package dev.envol.cost;

import java.util.Locale;

/** What a cost line pays for, the way a budget groups it. */
public enum CostCategory {
    COMPUTE, DATABASE, STORAGE, NETWORK, SECURITY, MANAGEMENT, SUPPORT, LICENCES, FACILITIES,
    PEOPLE;

    /** {@code compute}, {@code licences}, ...: the spelling in JSON, CSV and tables. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
