package com.servelink.adapter.http.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.servelink.application.port.in.usage.TeamBillingSnapshot;
import com.servelink.application.port.in.support.TicketView;
import com.servelink.domain.kb.DeflectionFigures;
import com.servelink.domain.support.Message;
import com.servelink.domain.support.SlaTarget;
import com.servelink.domain.support.Ticket;
import com.servelink.domain.support.TicketPriority;
import com.servelink.application.port.in.support.GetTicketHistoryUseCase.TicketHistory;
import com.servelink.domain.support.DurationFigures;
import com.servelink.domain.support.HistoryBucket;
import com.servelink.domain.support.ServiceFigures;
import com.servelink.domain.support.StatisticsPeriod;
import com.servelink.domain.support.TicketStatistics;
import com.servelink.domain.support.TicketStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** JSON shapes of the support desk (seed §2), field for field, plus the first-response and SLA figures. */
public final class SupportViews {
    private SupportViews() {
    }

    public record MessageJson(String id, String ticketId, Long userId, String authorType, String message,
                              @JsonProperty("is_internal") boolean internal, Instant createdAt) {
        public static MessageJson of(Message m) {
            return new MessageJson(m.id().value(), m.ticketId().value(), m.userId().map(u -> u.value()).orElse(null),
                    m.authorType().code(), m.text(), m.internal(), m.createdAt());
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TicketJson(String id, String teamId, long userId, String subject, String description,
                             String status, String priority, String category,
                             @JsonInclude(JsonInclude.Include.ALWAYS) String assignedTo, Instant createdAt,
                             Instant updatedAt, @JsonInclude(JsonInclude.Include.ALWAYS) Instant resolvedAt,
                             @JsonInclude(JsonInclude.Include.ALWAYS) Instant closedAt, Instant firstResponseDueAt,
                             @JsonInclude(JsonInclude.Include.ALWAYS) Instant firstRespondedAt,
                             boolean firstResponseOverdue,
                             @JsonInclude(JsonInclude.Include.ALWAYS) Instant nextResponseDueAt,
                             @JsonInclude(JsonInclude.Include.ALWAYS) Instant resolutionDueAt,
                             List<String> slaBreached, String slaStatus, List<MessageJson> messages,
                             @JsonInclude(JsonInclude.Include.NON_NULL) BillingViews.BillingSnapshotJson billing) {

        /** A ticket in a list: every field, no messages. */
        public static TicketJson summary(TicketView view) {
            return of(view, null, null);
        }

        /** A ticket in detail, with the messages its reader may see. */
        public static TicketJson detail(TicketView view) {
            return of(view, view.messages().stream().map(MessageJson::of).toList(), null);
        }

        /** A ticket in detail for support staff: with its team's billing beside it. */
        public static TicketJson staffDetail(TicketView view, TeamBillingSnapshot billing) {
            return of(view, view.messages().stream().map(MessageJson::of).toList(), BillingViews.BillingSnapshotJson.of(billing));
        }

        private static TicketJson of(TicketView view, List<MessageJson> messages,
                                     BillingViews.BillingSnapshotJson billing) {
            Ticket t = view.ticket();
            return new TicketJson(t.id().value(), t.teamId().value(), t.userId().value(), t.subject(),
                    t.description(), t.status().code(), t.priority().code(), t.category().code(),
                    t.assignedTo().orElse(null), t.createdAt(), t.updatedAt(), t.resolvedAt().orElse(null),
                    t.closedAt().orElse(null), view.firstResponseDueAt(), t.firstRespondedAt().orElse(null),
                    view.firstResponseOverdue(), view.nextResponseDueAt().orElse(null),
                    view.resolutionDueAt().orElse(null),
                    view.slaBreachedInOrder().stream().map(SlaTarget::code).toList(), view.slaStatus().code(),
                    messages, billing);
        }
    }

    /** The creation answer of seed §2.1 ({@code ticket_id} …) followed by every ticket field. */
    public static Map<String, Object> created(TicketView view) {
        Map<String, Object> body = new LinkedHashMap<>();
        Ticket t = view.ticket();
        body.put("ticket_id", t.id().value());
        body.put("status", t.status().code());
        body.put("priority", t.priority().code());
        body.put("category", t.category().code());
        body.put("created_at", t.createdAt());
        @SuppressWarnings("unchecked")
        Map<String, Object> all = com.servelink.adapter.http.json.Json.mapper()
                .convertValue(TicketJson.detail(view), Map.class);
        all.forEach(body::putIfAbsent);
        return body;
    }

    public record TicketListJson(List<TicketJson> tickets, @JsonInclude(JsonInclude.Include.ALWAYS) String nextCursor) {
    }

    /**
     * The seed's statistics (§2.5) and, over the same tickets (those created in {@code period}),
     * the service figures with their method: {@code n}, mean, median and 90th percentile in hours,
     * and the first-contact resolution rate (a fraction from 0 to 1, null when none is resolved).
     */
    public record StatsJson(Map<String, Long> byStatus, Map<String, Long> byPriority, long total, long open,
                            long closed, @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal avgResolutionHours,
                            StatsPeriodJson period, DurationStatsJson resolutionHours,
                            DurationStatsJson firstResponseHours,
                            @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal firstContactResolutionRate,
                            long firstContactResolutions, StatsMethodJson method) {
        public static StatsJson of(TicketStatistics stats, StatisticsPeriod period) {
            Map<String, Long> byStatus = new LinkedHashMap<>();
            for (TicketStatus status : TicketStatus.values()) {
                if (stats.byStatus().containsKey(status)) {
                    byStatus.put(status.code(), stats.byStatus().get(status));
                }
            }
            Map<String, Long> byPriority = new LinkedHashMap<>();
            for (TicketPriority priority : TicketPriority.values()) {
                if (stats.byPriority().containsKey(priority)) {
                    byPriority.put(priority.code(), stats.byPriority().get(priority));
                }
            }
            ServiceFigures service = stats.service();
            return new StatsJson(byStatus, byPriority, stats.total(), stats.open(), stats.closed(),
                    stats.avgResolutionHours().orElse(null), StatsPeriodJson.of(period),
                    DurationStatsJson.of(service.resolution()), DurationStatsJson.of(service.firstResponse()),
                    service.firstContactResolutionRate().orElse(null), service.resolvedAtFirstContact(),
                    StatsMethodJson.STATED);
        }
    }

    /**
     * The staff's statistics: every field of {@link StatsJson}, and the deflection rate of the
     * suggestion openings made in the period with the counts it comes from ({@code deflection_rate}
     * null while no opening is settled).
     */
    public record StaffStatsJson(Map<String, Long> byStatus, Map<String, Long> byPriority, long total, long open,
                                 long closed, @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal avgResolutionHours,
                                 StatsPeriodJson period, DurationStatsJson resolutionHours,
                                 DurationStatsJson firstResponseHours,
                                 @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal firstContactResolutionRate,
                                 long firstContactResolutions, StatsMethodJson method,
                                 @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal deflectionRate,
                                 DeflectionJson deflection) {
        public static StaffStatsJson of(TicketStatistics stats, StatisticsPeriod period, DeflectionFigures figures) {
            StatsJson base = StatsJson.of(stats, period);
            return new StaffStatsJson(base.byStatus(), base.byPriority(), base.total(), base.open(), base.closed(),
                    base.avgResolutionHours(), base.period(), base.resolutionHours(), base.firstResponseHours(),
                    base.firstContactResolutionRate(), base.firstContactResolutions(), base.method(),
                    figures.rate().orElse(null), DeflectionJson.of(figures));
        }
    }

    /** Suggestion openings of the period: deflected, followed by a ticket within the window, still pending. */
    public record DeflectionJson(long opened, long deflected, long followedByTicket, long pending, long windowHours) {
        public static DeflectionJson of(DeflectionFigures figures) {
            return new DeflectionJson(figures.opened(), figures.deflected(), figures.followedByTicket(),
                    figures.pending(), DeflectionFigures.WINDOW.toHours());
        }
    }

    /** The days a figure covers, {@code YYYY-MM-DD} (UTC, both inclusive); null when open. */
    public record StatsPeriodJson(@JsonInclude(JsonInclude.Include.ALWAYS) String from,
                                  @JsonInclude(JsonInclude.Include.ALWAYS) String to) {
        public static StatsPeriodJson of(StatisticsPeriod period) {
            return new StatsPeriodJson(period.from().map(LocalDate::toString).orElse(null),
                    period.to().map(LocalDate::toString).orElse(null));
        }
    }

    /** A duration's figures in hours over {@code n} tickets; the three values are null when {@code n} is 0. */
    public record DurationStatsJson(long n, @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal mean,
                                    @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal median,
                                    @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal p90) {
        public static DurationStatsJson of(DurationFigures figures) {
            return new DurationStatsJson(figures.n(), figures.meanHours().orElse(null),
                    figures.medianHours().orElse(null), figures.p90Hours().orElse(null));
        }
    }

    /** How the figures are computed, in words, so that a reader of the answer need not guess (decision 172). */
    public record StatsMethodJson(String tickets, String resolutionHours, String firstResponseHours,
                                  String percentiles, String rounding, String firstContactResolution) {
        static final StatsMethodJson STATED = new StatsMethodJson(
                "tickets created in the period (from 00:00 UTC on from to the end of to; all time when open)",
                "resolved_at - created_at, over the tickets that have a resolved_at",
                "first_responded_at - created_at, over the tickets that have a first_responded_at",
                "continuous, linear interpolation between the two nearest ranks (SQL PERCENTILE_CONT)",
                "hours to 2 decimals, half up; the rate to 4 decimals, half up; null when n = 0",
                "resolved tickets with exactly one public support reply, over resolved tickets");
    }

    /** A desk's history: {@code interval} {@code week} (ISO weeks) or {@code month}, UTC. */
    public record TicketHistoryJson(String interval, StatsPeriodJson period, List<TicketHistoryBucketJson> buckets) {
        public static TicketHistoryJson of(TicketHistory history) {
            return new TicketHistoryJson(history.interval().code(),
                    new StatsPeriodJson(history.from().toString(), history.to().toString()),
                    history.buckets().stream().map(TicketHistoryBucketJson::of).toList());
        }
    }

    /** One bucket: {@code bucket} is {@code 2026-W49} or {@code 2026-12}; {@code start} and {@code end} its first and last day. */
    public record TicketHistoryBucketJson(String bucket, String start, String end, long created, long resolved,
                                          long backlog,
                                          @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal medianResolutionHours) {
        public static TicketHistoryBucketJson of(HistoryBucket b) {
            return new TicketHistoryBucketJson(b.label(), b.start().toString(), b.end().toString(), b.created(),
                    b.resolved(), b.backlog(), b.medianResolutionHours().orElse(null));
        }
    }
}
