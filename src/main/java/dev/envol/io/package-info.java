/**
 * The model file {@code *.envol.json}: reading with validation (every problem with its file, JSON
 * path and line:column), deterministic writing, atomic saving with a {@code .bak}, and recovery
 * files for autosave; the JSON Schema of the format ({@link dev.envol.io.ModelSchema}, generated
 * from the readers, the records and the catalog) and the lines of a model's components for
 * reports that point into the file ({@link dev.envol.io.ModelLines}). The only place that binds
 * the model to JSON.
 */
package dev.envol.io;
