package org.harbormaster.server.security;

/**
 * Whose work a user sees by default: a region and a team (either may be null, meaning all), and the work queue's
 * filters as the user last set them (a query string, or null).
 */
public record WorkScope(String region, String team, String queueFilters) {

    public static final WorkScope EVERYTHING = new WorkScope(null, null, null);

    public WorkScope {
        region = blankToNull(region);
        team = blankToNull(team);
        queueFilters = blankToNull(queueFilters);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
