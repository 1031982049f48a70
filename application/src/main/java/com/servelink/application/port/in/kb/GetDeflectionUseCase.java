package com.servelink.application.port.in.kb;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.kb.DeflectionFigures;
import com.servelink.domain.support.StatisticsPeriod;

import java.util.Objects;

/** Staff read how many suggestion openings of a period deflected a ticket (the openings made in the period). */
public interface GetDeflectionUseCase {

    record GetDeflectionQuery(Actor actor, StatisticsPeriod period) {
        public GetDeflectionQuery {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(period, "period");
        }
    }

    DeflectionFigures deflection(GetDeflectionQuery query);
}
