package dev.envol.imports;

/** A row of the inventory that did not become a server, and why (template, powered off...). */
public record SkippedVm(String name, long row, String reason) {
}
