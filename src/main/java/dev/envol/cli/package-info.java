/**
 * The command line (picocli): one class per command over the same core as the desktop app. The
 * only package that prints to stdout; errors go to stderr as one line starting {@code envol: }.
 */
package dev.envol.cli;
