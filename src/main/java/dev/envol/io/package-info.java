/**
 * The model file {@code *.envol.json}: reading with validation (every problem with its file, JSON
 * path and line:column), deterministic writing, atomic saving with a {@code .bak}, and recovery
 * files for autosave. The only place that binds the model to JSON.
 */
package dev.envol.io;
