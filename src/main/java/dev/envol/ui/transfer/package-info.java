/**
 * File > Import and File > Export: the dialogs (Views) and their ViewModels. The work itself is
 * the core's ({@link dev.envol.imports.Importer}, {@link dev.envol.exports.ExportJob}); this room
 * only gathers the choices, runs it off the UI thread with progress and Cancel, and shows what
 * came out.
 */
package dev.envol.ui.transfer;
