/**
 * The Envol model: immutable records for a project (settings, applications, the current and the
 * target architecture, saved waves). Depends on {@code java.*} only; JSON binding lives in
 * {@code dev.envol.io}, prices in {@code dev.envol.pricing}.
 *
 * <p>Every record carries {@code extra}: the JSON fields this build does not know, kept in their
 * original order so that a newer file opened by an older build loses nothing. Values there are
 * plain JSON values: {@code null}, {@link java.lang.Boolean}, {@link java.math.BigDecimal},
 * {@link java.lang.String}, {@link java.util.List} and {@link java.util.Map}.
 */
package dev.envol.model;
