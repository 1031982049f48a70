package com.servelink.application.service.kb;

import com.servelink.application.port.in.kb.GetDeflectionUseCase;
import com.servelink.application.port.out.SuggestionOpenings;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.kb.DeflectionFigures;

import java.time.Clock;

/** The deflection figures of the openings made in a period, for staff. */
public final class GetDeflectionService implements GetDeflectionUseCase {
    private final SuggestionOpenings openings;
    private final Clock clock;

    public GetDeflectionService(SuggestionOpenings openings, Clock clock) {
        this.openings = openings;
        this.clock = clock;
    }

    @Override
    public DeflectionFigures deflection(GetDeflectionQuery query) {
        TeamAccess.requireStaff(query.actor());
        return openings.count(query.period().start(), query.period().end(), clock.instant());
    }
}
