package com.servelink.application.port.in.billing;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.billing.ResourceId;
import com.servelink.domain.platform.LimitCliff;
import com.servelink.domain.team.TeamSlug;

import java.time.YearMonth;
import java.util.Objects;

/**
 * What cancelling an add-on now would do: the team's limits after, and per metric whether this
 * month's usage or its forecast would then be over. Advice for a member; the cancellation itself
 * is not gated by it. An add-on that cannot be cancelled is a conflict, as the cancellation is.
 */
public interface PreviewCancellationUseCase {

    record PreviewCancellationQuery(Actor actor, TeamSlug team, ResourceId resourceId) {
    }

    record CancellationPreview(YearMonth month, LimitCliff.Preview preview) {
        public CancellationPreview {
            Objects.requireNonNull(month, "month");
            Objects.requireNonNull(preview, "preview");
        }
    }

    CancellationPreview preview(PreviewCancellationQuery query);
}
