package dev.envol.imports;

import java.nio.file.Path;

/**
 * Reads one inventory format into a model: the current architecture (one {@code onprem.server}
 * per VM), a right-sized AWS target and a report. Never writes a file: callers save the project
 * (atomically) once they are happy with it. Bad input is an
 * {@link dev.envol.model.InputException} whose message names the file and the place.
 * ({@code import} is a Java keyword, hence {@code importFile}.)
 */
public interface Importer {
    /** The format key used on the command line: {@code rvtools}, {@code ads}. */
    String format();

    /**
     * @throws dev.envol.model.InputException on a missing, unreadable, hostile or invalid file
     * @throws ImportCancelledException when {@code options.progress()} asked to stop
     */
    ImportResult importFile(Path file, ImportOptions options);

    /** The importer of {@code format}, for front ends that let the user pick. */
    static Importer of(String format) {
        return switch (format) {
            case "rvtools" -> new RvToolsImporter();
            case "ads" -> new AdsImporter();
            default -> throw new dev.envol.model.InputException("unknown inventory format \""
                + format + "\" (rvtools, ads)");
        };
    }
}
