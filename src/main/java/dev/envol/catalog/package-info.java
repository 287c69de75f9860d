/**
 * The component catalog: every type a model may use (on-premise, AWS, external), with its
 * category, display name, icon key, draw.io shape and property schema. Validation, the palette,
 * the inspector, pricing rules and every export read types from here.
 */
package dev.envol.catalog;
