/**
 * Test-only classes that break each layer rule on purpose, laid out like the product's packages
 * under this base, so that ArchitectureTest shows every rule can fail. Never imported by the
 * product rules (test classes are excluded there).
 */
package dev.envol.archfixture;
