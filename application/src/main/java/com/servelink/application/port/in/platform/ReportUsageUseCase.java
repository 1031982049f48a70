package com.servelink.application.port.in.platform;

import com.servelink.application.port.in.access.Actor;

import java.math.BigDecimal;
import java.util.List;

/**
 * The operator reports daily usage samples in bulk. Every sample is checked first; any bad one
 * refuses the whole request, naming each bad field as {@code samples[i].field}, and nothing is
 * stored. A sample with the project, day and metric of a stored one replaces it.
 */
public interface ReportUsageUseCase {
    int MAX_SAMPLES = 1000;

    /**
     * One sample as received: {@code project_id} ({@code prj_…}), {@code day} (ISO date, UTC, not
     * in the future), {@code metric} (a {@code UsageMetric} code), {@code amount} (0 or more).
     */
    record UsageSampleInput(String projectId, String day, String metric, BigDecimal amount) {
    }

    record ReportUsageCommand(Actor actor, List<UsageSampleInput> samples) {
    }

    /** Returns how many samples were stored. */
    int report(ReportUsageCommand command);
}
