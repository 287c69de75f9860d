/** Model files seen from the desktop app: reading and saving through io, recent files, startup. */
package dev.envol.ui.files;
