package dev.envol.imports;

import java.math.BigDecimal;
import java.util.Map;

/**
 * One VM of an inventory, as read (before sizing).
 *
 * @param application the application value as written in the file (not yet an id)
 * @param memoryMib   configured memory in MiB
 * @param provisionedMib provisioned storage in MiB, or {@code null} when the format has none
 * @param usedMib     used storage in MiB, or {@code null}
 * @param cpuUtilPct  peak CPU use in percent, or {@code null} when unknown
 * @param memUtilPct  peak memory use in percent, or {@code null} when unknown
 * @param tags        cluster, host, datacenter... as component tags
 */
record InventoryServer(String name, String application, int cpus, BigDecimal memoryMib,
                       BigDecimal provisionedMib, BigDecimal usedMib, String os,
                       BigDecimal cpuUtilPct, BigDecimal memUtilPct, Map<String, String> tags) {
    boolean windows() {
        return os != null && os.toLowerCase(java.util.Locale.ROOT).contains("windows");
    }
}
