package com.servelink.application.service.billing;

import com.servelink.application.port.in.billing.PreviewCancellationUseCase;
import com.servelink.application.port.out.AdditionalResourceRepository;
import com.servelink.application.port.out.UsageRepository;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.application.service.usage.UsageOutlooks;
import com.servelink.domain.billing.AdditionalResource;
import com.servelink.domain.catalog.PricingCatalog;
import com.servelink.domain.platform.LimitCliff;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;

/** Previews a cancellation: the limits without the add-on, against this month's usage and forecast. */
public final class PreviewCancellationService implements PreviewCancellationUseCase {
    private final TeamAccess access;
    private final PricingCatalog catalog;
    private final AdditionalResourceRepository resources;
    private final UsageOutlooks outlooks;
    private final Clock clock;

    public PreviewCancellationService(TeamAccess access, PricingCatalog catalog,
                                      AdditionalResourceRepository resources, UsageRepository usage, Clock clock) {
        this.access = access;
        this.catalog = catalog;
        this.resources = resources;
        this.outlooks = new UsageOutlooks(usage);
        this.clock = clock;
    }

    @Override
    public CancellationPreview preview(PreviewCancellationQuery query) {
        var team = access.requireMember(query.actor(), query.team()).team();
        AdditionalResource resource = resources.findById(query.resourceId())
                .filter(r -> r.teamId().equals(team.id()))
                .orElseThrow(() -> DomainException.notFound("resource " + query.resourceId()));
        if (!resource.status().isCancellable()) {
            throw new DomainException(ErrorCode.INVALID_TRANSITION,
                    "resource " + resource.id() + " is " + resource.status().code() + " and cannot be cancelled");
        }
        Instant now = clock.instant();
        YearMonth month = UsageOutlooks.monthOf(now);
        var plan = catalog.requirePlan(team.plan());
        var units = resources.countingUnits(team.id(), now);
        var limits = UsageOutlooks.limits(plan, units);
        var outlook = outlooks.of(team.id(), plan, limits, month, UsageOutlooks.asOf(month, now));
        return new CancellationPreview(month, LimitCliff.preview(plan.limits(), units, resource, now, month, outlook));
    }
}
