package dev.envol.imports;

/**
 * What a long import tells its caller (a progress bar with a cancel button): rows read so far and
 * the current step; it is asked regularly whether to stop. Called on the importing thread.
 */
public interface ImportProgress {
    /** Ignores progress and never cancels. */
    ImportProgress NONE = (step, done) -> { };

    /**
     * @param step what is being done ("reading", "sizing", "building the model")
     * @param done rows read (reading) or servers handled so far
     */
    void update(String step, long done);

    /** When true the import stops with {@link ImportCancelledException} at the next check. */
    default boolean cancelled() {
        return false;
    }
}
