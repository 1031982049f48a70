package com.servelink.domain.platform;

/** How a month-end forecast was computed (decisions.md states each rule). */
public enum ForecastMethod {
    /** Flows: the month's total so far, divided by the days up to the last report, times the month's days. */
    LINEAR_DAILY_RATE("linear_daily_rate"),
    /** Memory peaks: the month's peak so far stands (a peak does not trend). */
    PEAK_SO_FAR("peak_so_far"),
    /** Storage: the level's growth from the month's first report to its last, carried on to the month's end. */
    LEVEL_TREND("level_trend");

    private final String code;

    ForecastMethod(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    static ForecastMethod of(UsageMetric metric) {
        return switch (metric) {
            case CPU_CORE_HOURS, TRAFFIC_GB -> LINEAR_DAILY_RATE;
            case MEMORY_MB_PEAK -> PEAK_SO_FAR;
            case STORAGE_MB -> LEVEL_TREND;
        };
    }
}
