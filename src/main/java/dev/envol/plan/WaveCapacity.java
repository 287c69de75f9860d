package dev.envol.plan;

import dev.envol.model.InputException;
import dev.envol.model.Settings;

/**
 * How much one wave can take: applications (migration units) and, optionally, servers.
 *
 * @param maxServers {@code null} when waves are not limited by server count
 */
record WaveCapacity(int maxApplications, Integer maxServers) {

    static WaveCapacity of(Settings settings) {
        if (settings.maxApplicationsPerWave() < 1) {
            throw new InputException("settings.maxApplicationsPerWave must be at least 1, not "
                + settings.maxApplicationsPerWave());
        }
        if (settings.maxServersPerWave() != null && settings.maxServersPerWave() < 1) {
            throw new InputException("settings.maxServersPerWave must be at least 1, not "
                + settings.maxServersPerWave());
        }
        if (settings.waveLengthMonths() < 1) {
            throw new InputException("settings.waveLengthMonths must be at least 1, not "
                + settings.waveLengthMonths());
        }
        return new WaveCapacity(settings.maxApplicationsPerWave(), settings.maxServersPerWave());
    }

    boolean fits(int applications, int servers) {
        return applications <= maxApplications && (maxServers == null || servers <= maxServers);
    }

    String describe() {
        return maxApplications + " applications"
            + (maxServers == null ? "" : " / " + maxServers + " servers");
    }
}
