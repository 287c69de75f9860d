/**
 * Inventory imports: one {@link dev.envol.imports.Importer} per format (RVTools vInfo as xlsx or
 * CSV, the AWS Application Discovery Service CSV import template) turning an export into a model
 * with a priced current architecture and a right-sized AWS target, plus a report of what was
 * imported, skipped and chosen. Files are read as streams with hard limits (rows, cell length,
 * POI zip-bomb ratio and entry size, XML without external entities) because inventories come from
 * outside; nothing here writes a file. The only room besides {@code exports} allowed to use POI.
 */
package dev.envol.imports;
