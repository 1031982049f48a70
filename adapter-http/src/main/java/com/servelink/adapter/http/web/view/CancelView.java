package com.servelink.adapter.http.web.view;

import java.util.List;

/**
 * The confirmation step before an add-on is cancelled (immediately, without refund), with what
 * the cancellation would do to this month ({@code preview}; null when it could not be computed,
 * and the step works as before).
 */
public record CancelView(Chrome chrome, TeamHeader team, AddOnsView.Resource resource, String action,
                         String back, Preview preview) {

    /**
     * The limits after the cancellation and, per metric, whether this month's usage or its
     * forecast would then be over; {@code cliffWarning} is set when the add-on's own metric would be.
     */
    public record Preview(String month, boolean cliff, String cliffWarning, List<LimitChange> limits,
                          List<Impact> metrics) {
        public Preview {
            limits = List.copyOf(limits);
            metrics = List.copyOf(metrics);
        }
    }

    /** One of the team's limits, now and after the cancellation. */
    public record LimitChange(String label, String now, String after, boolean changes) {
    }

    /**
     * One metric: used so far, what the month needs (used or forecast, the higher), its limit now
     * and after (null: unlimited); {@code overAfter}: the need would be over the limit after.
     */
    public record Impact(String code, String label, String unit, String used, String need, String limitNow,
                         String limitAfter, boolean overBefore, boolean overAfter, boolean own) {
    }
}
