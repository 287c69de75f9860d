package dev.envol.plan;

import dev.envol.model.Application;
import dev.envol.model.InputException;
import dev.envol.model.Wave;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads an application's {@code wave} pin as a 1-based wave number. */
final class WavePins {
    private static final Pattern WAVE_ID = Pattern.compile("wave-([1-9][0-9]{0,3})");

    private WavePins() {
    }

    /**
     * {@code wave-N} is wave N; another id names a saved wave of the model and stands for its
     * place in the saved list (so a plan saved with custom ids can be planned again).
     *
     * @return the wave number, or {@code null} when the application is not pinned
     */
    static Integer waveNumber(Application application, List<Wave> savedWaves) {
        String pin = application.wave();
        if (pin == null || pin.isBlank()) {
            return null;
        }
        Matcher m = WAVE_ID.matcher(pin);
        if (m.matches()) {
            return Integer.parseInt(m.group(1));
        }
        for (int i = 0; i < savedWaves.size(); i++) {
            if (savedWaves.get(i).id().equals(pin)) {
                return i + 1;
            }
        }
        throw new InputException("application '" + application.id() + "': wave '" + pin
            + "' is neither a wave id like wave-3 nor a saved wave of the model");
    }

    static String id(int waveNumber) {
        return "wave-" + waveNumber;
    }

    static String name(int waveNumber) {
        return "Wave " + waveNumber;
    }
}
