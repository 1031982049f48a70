package com.servelink.adapter.http.routes;

import com.servelink.adapter.http.json.JsonBody;
import com.servelink.adapter.http.server.Access;
import com.servelink.adapter.http.server.Call;
import com.servelink.adapter.http.server.QueryParameters;
import com.servelink.adapter.http.server.Reply;
import com.servelink.adapter.http.server.Route;
import com.servelink.adapter.http.server.UseCases;
import com.servelink.adapter.http.view.SupportViews;
import com.servelink.adapter.http.view.SupportViews.MessageJson;
import com.servelink.adapter.http.view.SupportViews.StatsJson;
import com.servelink.adapter.http.view.SupportViews.TicketHistoryJson;
import com.servelink.adapter.http.view.SupportViews.TicketJson;
import com.servelink.adapter.http.view.SupportViews.TicketListJson;
import com.servelink.application.port.in.usage.GetTeamBillingSnapshotUseCase.GetTeamBillingSnapshotQuery;
import com.servelink.application.port.in.support.CreateTicketUseCase.CreateTicketCommand;
import com.servelink.application.port.in.support.ExportTicketsUseCase.ExportTicketsQuery;
import com.servelink.application.port.in.support.GetStaffQueueUseCase.GetStaffQueueQuery;
import com.servelink.application.port.in.support.GetTicketHistoryUseCase.GetTicketHistoryQuery;
import com.servelink.application.port.in.support.GetTicketHistoryUseCase.TicketHistory;
import com.servelink.application.port.in.support.GetTicketStatisticsUseCase.GetTicketStatisticsQuery;
import com.servelink.application.port.in.support.GetTicketUseCase.GetTicketQuery;
import com.servelink.application.port.in.kb.GetDeflectionUseCase.GetDeflectionQuery;
import com.servelink.application.port.in.support.ListTicketsUseCase;
import com.servelink.application.port.in.support.ListTicketsUseCase.ListTicketsQuery;
import com.servelink.application.port.in.support.PostMessageUseCase.PostMessageCommand;
import com.servelink.application.port.in.support.TicketScope;
import com.servelink.application.port.in.support.UpdateTicketUseCase.UpdateTicketCommand;
import com.servelink.domain.support.HistoryInterval;
import com.servelink.domain.support.StatisticsPeriod;
import com.servelink.domain.support.TicketCategory;
import com.servelink.domain.support.TicketId;
import com.servelink.domain.support.TicketPriority;
import com.servelink.domain.support.TicketStatus;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The support desk over HTTP: a team's routes for its members (seed §2) and the staff routes
 * (queue, any ticket, internal notes, global statistics, their history and its CSV export). Both
 * doors share the handlers; the use cases decide what each caller may see and do.
 */
public final class SupportRoutes {
    private final UseCases useCases;

    public SupportRoutes(UseCases useCases) {
        this.useCases = useCases;
    }

    public List<Route> routes() {
        return List.of(
                new Route("POST", "/api/support/{team_slug}/tickets", Access.USER, this::create),
                new Route("GET", "/api/support/{team_slug}/tickets", Access.USER, this::list),
                new Route("GET", "/api/support/{team_slug}/tickets/export.csv", Access.USER, this::export),
                new Route("GET", "/api/support/{team_slug}/tickets/{ticket_id}", Access.USER,
                        call -> get(call, teamScope(call))),
                new Route("POST", "/api/support/{team_slug}/tickets/{ticket_id}/messages", Access.USER,
                        call -> post(call, teamScope(call))),
                new Route("PATCH", "/api/support/{team_slug}/tickets/{ticket_id}", Access.USER,
                        call -> update(call, teamScope(call))),
                new Route("GET", "/api/support/{team_slug}/stats", Access.USER,
                        call -> stats(call, teamScope(call))),
                new Route("GET", "/api/support/{team_slug}/stats/history", Access.USER,
                        call -> history(call, teamScope(call))),
                new Route("GET", "/api/staff/queue", Access.USER, this::queue),
                new Route("GET", "/api/staff/tickets/{ticket_id}", Access.USER, this::staffGet),
                new Route("PATCH", "/api/staff/tickets/{ticket_id}", Access.USER,
                        call -> update(call, TicketScope.staff())),
                new Route("POST", "/api/staff/tickets/{ticket_id}/messages", Access.USER,
                        call -> post(call, TicketScope.staff())),
                new Route("GET", "/api/staff/stats", Access.USER, call -> stats(call, TicketScope.staff())),
                new Route("GET", "/api/staff/stats/history", Access.USER, call -> history(call, TicketScope.staff())),
                new Route("GET", "/api/staff/stats/export.csv", Access.USER, this::exportStaffStatistics));
    }

    private static TicketScope teamScope(Call call) {
        return TicketScope.ofTeam(call.team());
    }

    /** The ticket list's filters, as the list and the export read them from the query string. */
    private record TicketFilters(Optional<TicketStatus> status, Optional<TicketCategory> category,
                                 Optional<TicketPriority> priority, Optional<String> text) {
        static TicketFilters of(Call call) {
            return new TicketFilters(QueryParameters.code(call, "status", TicketStatus::fromCode),
                    QueryParameters.code(call, "category", TicketCategory::fromCode),
                    QueryParameters.code(call, "priority", TicketPriority::fromCode), call.query("q"));
        }
    }

    private static TicketId ticketId(Call call) {
        return call.pathId("ticket_id", TicketId::new);
    }

    private Reply create(Call call) {
        var team = call.team();
        JsonBody body = call.json();
        String subject = body.text("subject");
        String description = body.text("description");
        String category = body.text("category");
        String priority = body.text("priority");
        body.requireValid();
        var created = useCases.createTicket().create(CreateTicketCommand.of(call.actor(), team, subject, description,
                category, priority));
        return Reply.created(SupportViews.created(created));
    }

    private Reply list(Call call) {
        var team = call.team();
        var filters = TicketFilters.of(call);
        var query = new ListTicketsQuery(call.actor(), team, filters.status(), filters.category(), filters.priority(),
                filters.text(),
                QueryParameters.limit(call, ListTicketsUseCase.DEFAULT_LIMIT, ListTicketsUseCase.MAX_LIMIT),
                call.query("cursor").filter(c -> !c.isEmpty()));
        var page = useCases.listTickets().list(query);
        return Reply.ok(new TicketListJson(page.tickets().stream().map(TicketJson::summary).toList(),
                page.nextCursor().orElse(null)));
    }

    /** All the tickets the list's filters match, as a streamed CSV file; refusals answer before it starts. */
    private Reply export(Call call) {
        var team = call.team();
        var filters = TicketFilters.of(call);
        var query = new ExportTicketsQuery(call.actor(), team, filters.status(), filters.category(),
                filters.priority(), filters.text());
        var export = useCases.exportTickets().prepare(query);
        String file = export.team().slug().value() + "-tickets.csv";
        return Reply.streamed(Csv.CONTENT_TYPE, Map.of("Content-Disposition", "attachment; filename=\"" + file + "\""),
                out -> TicketCsv.write(export, out));
    }

    private Reply get(Call call, TicketScope scope) {
        TicketId id = ticketId(call);
        return Reply.ok(TicketJson.detail(useCases.getTicket().get(new GetTicketQuery(call.actor(), scope, id))));
    }

    /** The staff ticket view: the ticket and its thread, and its team's billing beside it. */
    private Reply staffGet(Call call) {
        TicketId id = ticketId(call);
        var view = useCases.getTicket().get(new GetTicketQuery(call.actor(), TicketScope.staff(), id));
        var billing = useCases.billingSnapshot().snapshot(new GetTeamBillingSnapshotQuery(call.actor(),
                view.ticket().teamId()));
        return Reply.ok(TicketJson.staffDetail(view, billing));
    }

    private Reply post(Call call, TicketScope scope) {
        TicketId id = ticketId(call);
        JsonBody body = call.json();
        String text = body.text("message");
        Boolean internal = body.bool("is_internal");
        body.requireValid();
        var message = useCases.postMessage().post(new PostMessageCommand(call.actor(), scope, id, text,
                Boolean.TRUE.equals(internal)));
        return Reply.created(MessageJson.of(message));
    }

    private Reply update(Call call, TicketScope scope) {
        TicketId id = ticketId(call);
        JsonBody body = call.json();
        String status = body.text("status");
        String priority = body.text("priority");
        String assignee = body.text("assigned_to");
        body.requireValid();
        Optional<Optional<String>> assignment = body.has("assigned_to")
                ? Optional.of(Optional.ofNullable(assignee)) : Optional.empty();
        var command = new UpdateTicketCommand(call.actor(), scope, id,
                Optional.ofNullable(status).map(s -> TicketStatus.fromCode(s, "status")),
                Optional.ofNullable(priority).map(p -> TicketPriority.fromCode(p, "priority")),
                assignment);
        var updated = useCases.updateTicket().update(command);
        var withMessages = useCases.getTicket().get(new GetTicketQuery(call.actor(), scope, updated.ticket().id()));
        return Reply.ok(TicketJson.detail(withMessages));
    }

    private Reply stats(Call call, TicketScope scope) {
        StatisticsPeriod period = QueryParameters.period(call);
        var statistics = useCases.statistics().statistics(new GetTicketStatisticsQuery(call.actor(), scope, period));
        if (scope.team().isPresent()) {
            return Reply.ok(StatsJson.of(statistics, period));
        }
        var deflection = useCases.deflection().deflection(new GetDeflectionQuery(call.actor(), period));
        return Reply.ok(SupportViews.StaffStatsJson.of(statistics, period, deflection));
    }

    /** The history asked for: {@code interval} {@code week} or {@code month} (default), {@code from}, {@code to}. */
    private static GetTicketHistoryQuery historyQuery(Call call, TicketScope scope) {
        HistoryInterval interval = QueryParameters.interval(call);
        StatisticsPeriod days = QueryParameters.period(call);
        return new GetTicketHistoryQuery(call.actor(), scope, interval, days.from(), days.to());
    }

    private Reply history(Call call, TicketScope scope) {
        return Reply.ok(TicketHistoryJson.of(useCases.ticketHistory().history(historyQuery(call, scope))));
    }

    private Reply exportStaffStatistics(Call call) {
        TicketHistory history = useCases.ticketHistory().history(historyQuery(call, TicketScope.staff()));
        String file = "ticket-statistics-" + history.interval().code() + "-" + history.from() + "-" + history.to()
                + ".csv";
        return Reply.streamed(StatisticsCsv.CONTENT_TYPE,
                Map.of("Content-Disposition", "attachment; filename=\"" + file + "\""),
                out -> StatisticsCsv.write(history, out));
    }

    private Reply queue(Call call) {
        var minPriority = QueryParameters.code(call, "min_priority", TicketPriority::fromCode)
                .orElse(TicketPriority.HIGH);
        var queue = useCases.staffQueue().queue(new GetStaffQueueQuery(call.actor(), minPriority,
                QueryParameters.page(call)));
        return Reply.ok(new TicketListJson(queue.items().stream().map(TicketJson::summary).toList(),
                queue.nextCursor().orElse(null)));
    }
}
