package dev.envol.imports;

/** The caller's {@link ImportProgress} asked to stop: nothing was produced. */
public final class ImportCancelledException extends RuntimeException {
    public ImportCancelledException(String file) {
        super("import of " + file + " cancelled");
    }
}
