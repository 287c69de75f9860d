package dev.envol.ui;

import java.util.Locale;
import java.util.prefs.Preferences;

/** The desktop app's own preferences: language and theme (the model holds no UI state). */
public final class AppSettings {
    private final Preferences prefs;

    public AppSettings(Preferences prefs) {
        this.prefs = prefs;
    }

    public Preferences preferences() {
        return prefs;
    }

    /** The chosen language, else the system's when it is French, else English. */
    public Locale locale() {
        String tag = prefs.get("language", null);
        Locale locale = tag != null ? Locale.forLanguageTag(tag) : Locale.getDefault();
        return locale.getLanguage().equals("fr") ? Locale.FRENCH : Locale.ENGLISH;
    }

    public void setLocale(Locale locale) {
        prefs.put("language", locale.toLanguageTag());
    }

    public ThemeChoice theme() {
        return ThemeChoice.valueOf(prefs.get("theme", ThemeChoice.LIGHT.name()));
    }

    public void setTheme(ThemeChoice theme) {
        prefs.put("theme", theme.name());
    }
}
