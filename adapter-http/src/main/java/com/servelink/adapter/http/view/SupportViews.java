package com.servelink.adapter.http.view;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.servelink.application.port.in.usage.TeamBillingSnapshot;
import com.servelink.application.port.in.support.TicketView;
import com.servelink.domain.support.Message;
import com.servelink.domain.support.SlaTarget;
import com.servelink.domain.support.Ticket;
import com.servelink.domain.support.TicketPriority;
import com.servelink.domain.support.TicketStatistics;
import com.servelink.domain.support.TicketStatus;

import java.math.BigDecimal;
import java.time.Instant;
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

    public record StatsJson(Map<String, Long> byStatus, Map<String, Long> byPriority, long total, long open,
                            long closed, @JsonInclude(JsonInclude.Include.ALWAYS) BigDecimal avgResolutionHours) {
        public static StatsJson of(TicketStatistics stats) {
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
            return new StatsJson(byStatus, byPriority, stats.total(), stats.open(), stats.closed(),
                    stats.avgResolutionHours().orElse(null));
        }
    }
}
