package dev.envol.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The UI texts of one language (resource bundle {@code dev/envol/ui/messages}). */
public final class Messages {
    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("dev.envol.ui.messages", locale);
    }

    /** The language asked for (the bundle's own locale is ROOT for English: numbers need this). */
    public Locale locale() {
        return locale;
    }

    public String get(String key, Object... args) {
        String text = bundle.containsKey(key) ? bundle.getString(key) : key;
        return args.length == 0 ? text : MessageFormat.format(text, args);
    }
}
