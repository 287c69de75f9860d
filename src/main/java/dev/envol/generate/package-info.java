/**
 * Synthetic estates for benchmarks and tests: deterministic for a seed, valid by construction,
 * with realistic on-premise and AWS types, properties and dependencies.
 */
package dev.envol.generate;
