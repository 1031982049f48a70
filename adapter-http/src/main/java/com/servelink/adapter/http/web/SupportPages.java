package com.servelink.adapter.http.web;

import com.servelink.adapter.http.error.Problems;
import com.servelink.adapter.http.server.QueryParameters;
import com.servelink.adapter.http.server.Reply;
import com.servelink.adapter.http.server.Route;
import com.servelink.adapter.http.server.UseCases;
import com.servelink.adapter.http.web.view.FormState;
import com.servelink.adapter.http.web.view.SupportView;
import com.servelink.adapter.http.web.view.TicketPageView;
import com.servelink.adapter.http.web.view.TicketRow;
import com.servelink.application.port.in.support.CreateTicketUseCase.CreateTicketCommand;
import com.servelink.application.port.in.support.GetTicketHistoryUseCase.GetTicketHistoryQuery;
import com.servelink.application.port.in.support.GetTicketUseCase.GetTicketQuery;
import com.servelink.application.port.in.support.ListTicketsUseCase;
import com.servelink.application.port.in.support.ListTicketsUseCase.ListTicketsQuery;
import com.servelink.application.port.in.support.PostMessageUseCase.PostMessageCommand;
import com.servelink.application.port.in.support.TicketScope;
import com.servelink.application.port.in.support.TicketView;
import com.servelink.application.port.in.support.UpdateTicketUseCase.UpdateTicketCommand;
import com.servelink.application.port.in.team.GetTeamOverviewUseCase.GetTeamOverviewQuery;
import com.servelink.application.port.in.team.TeamOverview;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.support.HistoryInterval;
import com.servelink.domain.support.TicketCategory;
import com.servelink.domain.support.TicketEvent;
import com.servelink.domain.support.TicketId;
import com.servelink.domain.support.TicketPriority;
import com.servelink.domain.support.TicketStatus;
import com.servelink.domain.team.TeamSlug;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The team's support pages (seed §4.2): the support settings page (new ticket, filtered and
 * searched list, the "Pro" badge) and the ticket detail page (public thread, reply, resolve,
 * close, the first-response promise), on the same use cases as {@code /api/support/…}; the
 * support page also shows the team's history of the last twelve months.
 */
final class SupportPages {
    private static final List<String> FILTERS = List.of("status", "category", "priority", "q");
    private static final int PAGE_SIZE = 20;

    private final UseCases useCases;
    private final WebUseCases web;
    private final Pages pages;

    SupportPages(UseCases useCases, WebUseCases web, Pages pages) {
        this.useCases = useCases;
        this.web = web;
        this.pages = pages;
    }

    List<Route> routes() {
        return List.of(
                pages.page("/teams/{team_slug}/support", call -> list(call, 200, FormState.EMPTY)),
                pages.action("/teams/{team_slug}/support/tickets", this::create),
                pages.page("/teams/{team_slug}/support/tickets/{ticket_id}",
                        call -> ticket(call, 200, FormState.EMPTY, FormState.EMPTY)),
                pages.action("/teams/{team_slug}/support/tickets/{ticket_id}/messages", this::reply),
                pages.action("/teams/{team_slug}/support/tickets/{ticket_id}/status", this::changeStatus));
    }

    private Reply list(PageCall call, int status, FormState newTicket) {
        TeamSlug slug = call.http().team();
        TeamOverview overview = web.teamOverview().overview(new GetTeamOverviewQuery(call.actor(), slug));
        Map<String, String> filterValues = new LinkedHashMap<>();
        FILTERS.forEach(name -> call.http().query(name).ifPresent(value -> filterValues.put(name, value)));
        String base = "/teams/" + slug.value() + "/support";
        FormState filters = FormStates.values(filterValues);
        List<TicketRow> rows = List.of();
        String next = null;
        int answer = status;
        try {
            var query = new ListTicketsQuery(call.actor(), slug,
                    QueryParameters.code(call.http(), "status", TicketStatus::fromCode),
                    QueryParameters.code(call.http(), "category", TicketCategory::fromCode),
                    QueryParameters.code(call.http(), "priority", TicketPriority::fromCode), call.http().query("q"),
                    PAGE_SIZE,
                    call.http().query("cursor").filter(c -> !c.isEmpty()));
            var page = useCases.listTickets().list(query);
            TicketRows tickets = new TicketRows(call);
            rows = page.tickets().stream().map(v -> tickets.row(v, base + "/tickets/" + v.ticket().id().value()))
                    .toList();
            next = page.nextCursor().map(cursor -> base + "?" + queryString(filterValues) + "cursor="
                    + LocalPaths.encode(cursor)).orElse(null);
        } catch (DomainException refusal) {
            if (refusal.code() != ErrorCode.INVALID_FIELD) {
                throw refusal;
            }
            filters = FormStates.refused(filterValues, refusal, FILTERS);
            answer = Problems.status(refusal.code());
        }
        String notice = call.http().query("notice").filter(n -> n.equals("created"))
                .map(n -> call.t().get("support.notice.created")).orElse(null);
        Labels labels = new Labels(call.t());
        var view = new SupportView(call.chrome(call.t().get("support.title", overview.team().name()),
                TeamNav.of(call.t(), slug.value(), TeamNav.Section.SUPPORT)), labels.team(overview), newTicket,
                filters, labels.statuses(), labels.categories(), labels.priorities(), rows, next, notice,
                new StatsBlocks(call).history("team-history", useCases.ticketHistory().history(
                        new GetTicketHistoryQuery(call.actor(), TicketScope.ofTeam(slug), HistoryInterval.MONTH,
                                Optional.empty(), Optional.empty()))));
        return pages.html(answer, "support.jte", view);
    }

    private static String queryString(Map<String, String> values) {
        StringBuilder query = new StringBuilder();
        values.forEach((name, value) -> {
            if (!value.isEmpty()) {
                query.append(name).append('=').append(LocalPaths.encode(value)).append('&');
            }
        });
        return query.toString();
    }

    private Reply create(PageCall call) {
        TeamSlug slug = call.http().team();
        var form = call.form();
        Map<String, String> typed = new LinkedHashMap<>();
        for (String field : List.of("subject", "description", "category", "priority")) {
            typed.put(field, form.raw(field) == null ? "" : form.raw(field));
        }
        try {
            var created = useCases.createTicket().create(CreateTicketCommand.of(call.actor(), slug,
                    form.raw("subject"), form.raw("description"), form.field("category").orElse(null),
                    form.field("priority").orElse(null)));
            return Pages.redirect("/teams/" + slug.value() + "/support/tickets/" + created.ticket().id().value()
                    + "?notice=created");
        } catch (DomainException refusal) {
            if (refusal.code() == ErrorCode.NOT_FOUND) {
                throw refusal;
            }
            return list(call, Problems.status(refusal.code()), FormStates.refused(typed, refusal));
        }
    }

    private Reply ticket(PageCall call, int status, FormState reply, FormState update) {
        TeamSlug slug = call.http().team();
        TeamOverview overview = web.teamOverview().overview(new GetTeamOverviewQuery(call.actor(), slug));
        TicketId id = call.http().pathId("ticket_id", TicketId::new);
        TicketView view = useCases.getTicket().get(new GetTicketQuery(call.actor(), TicketScope.ofTeam(slug), id));
        TicketRows rows = new TicketRows(call);
        TicketStatus current = view.ticket().status();
        String base = "/teams/" + slug.value() + "/support/tickets/" + id.value();
        String notice = call.http().query("notice").filter(n -> n.equals("created") || n.equals("replied")
                || n.equals("updated")).map(n -> call.t().get("ticket.notice." + n)).orElse(null);
        var page = new TicketPageView(call.chrome(view.ticket().subject(),
                TeamNav.of(call.t(), slug.value(), TeamNav.Section.SUPPORT)), new Labels(call.t()).team(overview),
                rows.ticket(view), view.messages().stream().map(rows::entry).toList(),
                rows.promise(view, call.now()), rows.promiseLate(view, call.now()),
                current.after(TicketEvent.USER_REPLY).isPresent() ? base + "/messages" : null, null,
                current.after(TicketEvent.RESOLVE).isPresent() ? base + "/status" : null,
                current.after(TicketEvent.CLOSE).isPresent() ? base + "/status" : null,
                null, List.of(), List.of(), reply, FormState.EMPTY, update, notice, null, null);
        return pages.html(status, "ticket.jte", page);
    }

    private Reply reply(PageCall call) {
        TeamSlug slug = call.http().team();
        TicketId id = call.http().pathId("ticket_id", TicketId::new);
        String text = call.form().raw("message");
        try {
            useCases.postMessage().post(new PostMessageCommand(call.actor(), TicketScope.ofTeam(slug), id, text,
                    false));
            return Pages.redirect("/teams/" + slug.value() + "/support/tickets/" + id.value() + "?notice=replied");
        } catch (DomainException refusal) {
            if (refusal.code() == ErrorCode.NOT_FOUND) {
                throw refusal;
            }
            return ticket(call, Problems.status(refusal.code()),
                    FormStates.refused(Map.of("message", text == null ? "" : text), refusal), FormState.EMPTY);
        }
    }

    private Reply changeStatus(PageCall call) {
        TeamSlug slug = call.http().team();
        TicketId id = call.http().pathId("ticket_id", TicketId::new);
        String status = call.form().raw("status");
        try {
            useCases.updateTicket().update(new UpdateTicketCommand(call.actor(), TicketScope.ofTeam(slug), id,
                    Optional.of(TicketStatus.fromCode(status == null ? "" : status, "status")), Optional.empty(),
                    Optional.empty()));
            return Pages.redirect("/teams/" + slug.value() + "/support/tickets/" + id.value() + "?notice=updated");
        } catch (DomainException refusal) {
            if (refusal.code() == ErrorCode.NOT_FOUND) {
                throw refusal;
            }
            return ticket(call, Problems.status(refusal.code()), FormState.EMPTY,
                    FormStates.refused(Map.of("status", status == null ? "" : status), refusal));
        }
    }
}
