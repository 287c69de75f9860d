package dev.envol.archfixture.model;

import com.fasterxml.jackson.databind.ObjectMapper;

/** A model record that binds itself to JSON: model must stay java.* only. */
public final class ModelWithLibrary {
    public ObjectMapper mapper() {
        return new ObjectMapper();
    }
}
