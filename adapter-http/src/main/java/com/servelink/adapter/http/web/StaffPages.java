package com.servelink.adapter.http.web;

import com.servelink.adapter.http.error.Problems;
import com.servelink.adapter.http.server.QueryParameters;
import com.servelink.adapter.http.server.Reply;
import com.servelink.adapter.http.server.Route;
import com.servelink.adapter.http.server.UseCases;
import com.servelink.adapter.http.web.view.BillingPanel;
import com.servelink.adapter.http.web.view.FormState;
import com.servelink.adapter.http.web.view.Link;
import com.servelink.adapter.http.web.view.Option;
import com.servelink.adapter.http.web.view.QueueView;
import com.servelink.adapter.http.web.view.StatsView;
import com.servelink.adapter.http.web.view.TicketPageView;
import com.servelink.application.port.in.usage.GetTeamBillingSnapshotUseCase.GetTeamBillingSnapshotQuery;
import com.servelink.application.port.in.usage.TeamBillingSnapshot;
import com.servelink.application.port.in.support.GetStaffQueueUseCase;
import com.servelink.application.port.in.support.GetStaffQueueUseCase.GetStaffQueueQuery;
import com.servelink.application.port.in.support.GetTicketHistoryUseCase.GetTicketHistoryQuery;
import com.servelink.application.port.in.support.GetTicketStatisticsUseCase.GetTicketStatisticsQuery;
import com.servelink.application.port.in.support.GetTicketUseCase.GetTicketQuery;
import com.servelink.application.port.in.support.PostMessageUseCase.PostMessageCommand;
import com.servelink.application.port.in.support.TicketScope;
import com.servelink.application.port.in.support.TicketView;
import com.servelink.application.port.in.support.UpdateTicketUseCase.UpdateTicketCommand;
import com.servelink.domain.billing.PaymentRefunds;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.Money;
import com.servelink.domain.support.HistoryInterval;
import com.servelink.domain.support.StatisticsPeriod;
import com.servelink.domain.kb.DeflectionFigures;
import com.servelink.application.port.in.kb.GetDeflectionUseCase.GetDeflectionQuery;
import com.servelink.domain.support.TicketEvent;
import com.servelink.domain.support.TicketId;
import com.servelink.domain.support.TicketPriority;
import com.servelink.domain.support.TicketStatus;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The staff desk: the priority queue with overdue flags, a ticket's full thread with the
 * internal notes marked, where staff reply, write notes, and change status, priority and
 * assignee, and the statistics page; the same use cases as {@code /api/staff/…}, which refuse
 * anyone but staff.
 */
final class StaffPages {
    private final UseCases useCases;
    private final Pages pages;

    StaffPages(UseCases useCases, Pages pages) {
        this.useCases = useCases;
        this.pages = pages;
    }

    List<Route> routes() {
        return List.of(
                pages.page("/staff/queue", this::queue),
                pages.page("/staff/stats", this::stats),
                pages.page("/staff/tickets/{ticket_id}",
                        call -> ticket(call, 200, FormState.EMPTY, FormState.EMPTY, FormState.EMPTY)),
                pages.action("/staff/tickets/{ticket_id}/messages", this::post),
                pages.action("/staff/tickets/{ticket_id}/update", this::update));
    }

    private static List<Link> nav(PageCall call, boolean queue) {
        return nav(call, queue, false);
    }

    private static List<Link> nav(PageCall call, boolean queue, boolean stats) {
        return List.of(new Link("/staff/queue", call.t().get("nav.queue"), queue),
                new Link("/staff/stats", call.t().get("nav.stats"), stats),
                new Link("/staff/kb", call.t().get("nav.kb"), false));
    }

    private static final List<String> STATS_FIELDS = List.of("from", "to", "interval");

    /**
     * The statistics of all teams over the period asked for, their method, and the history by
     * week or month; a refused period shows the form again with its errors, and no figure.
     */
    private Reply stats(PageCall call) {
        Map<String, String> typed = new LinkedHashMap<>();
        STATS_FIELDS.forEach(name -> call.http().query(name).ifPresent(value -> typed.put(name, value)));
        StatsBlocks blocks = new StatsBlocks(call);
        FormState form = FormStates.values(typed);
        StatsView.Summary summary = null;
        StatsView.HistoryBlock history = null;
        StatsView.Deflection deflection = null;
        String export = null;
        int status = 200;
        try {
            HistoryInterval interval = QueryParameters.interval(call.http());
            StatisticsPeriod period = QueryParameters.period(call.http());
            var stats = useCases.statistics().statistics(new GetTicketStatisticsQuery(call.actor(),
                    TicketScope.staff(), period));
            var ticketHistory = useCases.ticketHistory().history(new GetTicketHistoryQuery(call.actor(),
                    TicketScope.staff(), interval, period.from(), period.to()));
            summary = blocks.summary(stats, period);
            DeflectionFigures figures = useCases.deflection().deflection(new GetDeflectionQuery(call.actor(), period));
            deflection = new StatsView.Deflection(figures.rate().map(call.formats()::percent).orElse(null),
                    call.t().get("stats.deflection.detail", figures.deflected(), figures.opened(),
                            figures.followedByTicket(), figures.pending()));
            history = blocks.history("staff-history", ticketHistory);
            export = "/api/staff/stats/export.csv?interval=" + ticketHistory.interval().code() + "&from="
                    + ticketHistory.from() + "&to=" + ticketHistory.to();
        } catch (DomainException refusal) {
            if (refusal.code() != ErrorCode.INVALID_FIELD) {
                throw refusal;
            }
            form = FormStates.refused(typed, refusal, STATS_FIELDS);
            status = Problems.status(refusal.code());
        }
        var t = call.t();
        List<Option> intervals = List.of(new Option("month", t.get("stats.interval.month.choice")),
                new Option("week", t.get("stats.interval.week.choice")));
        return pages.html(status, "staff/stats.jte", new StatsView(call.chrome(t.get("stats.title"),
                nav(call, false, true)), form, intervals, summary, history, export, deflection));
    }

    private Reply queue(PageCall call) {
        TicketPriority min = QueryParameters.code(call.http(), "min_priority", TicketPriority::fromCode)
                .orElse(TicketPriority.HIGH);
        var queue = useCases.staffQueue().queue(new GetStaffQueueQuery(call.actor(), min,
                GetStaffQueueUseCase.DEFAULT_LIMIT));
        TicketRows rows = new TicketRows(call);
        var tickets = queue.items().stream().map(v -> rows.row(v, "/staff/tickets/" + v.ticket().id().value())).toList();
        int overdue = (int) tickets.stream().filter(row -> row.overdue()).count();
        return pages.html(200, "staff/queue.jte", new QueueView(call.chrome(call.t().get("queue.title"),
                nav(call, true)), tickets, new Labels(call.t()).priorities(), min.code(), overdue));
    }

    private Reply ticket(PageCall call, int status, FormState reply, FormState note, FormState update) {
        TicketId id = call.http().pathId("ticket_id", TicketId::new);
        TicketView view = useCases.getTicket().get(new GetTicketQuery(call.actor(), TicketScope.staff(), id));
        TicketRows rows = new TicketRows(call);
        TicketStatus current = view.ticket().status();
        String base = "/staff/tickets/" + id.value();
        String notice = call.http().query("notice").filter(n -> n.equals("replied") || n.equals("noted")
                || n.equals("updated")).map(n -> call.t().get("ticket.notice." + n)).orElse(null);
        Labels labels = new Labels(call.t());
        var page = new TicketPageView(call.chrome(view.ticket().subject(), nav(call, false)), null,
                rows.ticket(view), view.messages().stream().map(rows::entry).toList(),
                rows.promise(view, call.now()), rows.promiseLate(view, call.now()),
                current.after(TicketEvent.STAFF_PUBLIC_REPLY).isPresent() ? base + "/messages" : null,
                current.after(TicketEvent.INTERNAL_NOTE).isPresent() ? base + "/messages" : null,
                null, null, current == TicketStatus.CLOSED ? null : base + "/update",
                labels.statuses(), labels.priorities(), reply, note, update, notice, rows.sla(view),
                billing(call, useCases.billingSnapshot().snapshot(new GetTeamBillingSnapshotQuery(call.actor(),
                        view.ticket().teamId()))));
        return pages.html(status, "staff/ticket.jte", page);
    }

    /** The side panel: the snapshot's figures in the reader's language and formats. */
    private static BillingPanel billing(PageCall call, TeamBillingSnapshot s) {
        var t = call.t();
        Formats f = call.formats();
        Labels labels = new Labels(t);
        List<BillingPanel.LimitLine> limits = s.usage().stream().map(o -> new BillingPanel.LimitLine(
                o.metric().code(), labels.metric(o.metric()), f.number(o.used()),
                o.limit().map(f::number).orElse(t.get("dashboard.unlimited")), labels.unit(o.metric()),
                o.percent().map(f::percent).orElse(null),
                o.percent().map(p -> p.min(BigDecimal.valueOf(100)).max(BigDecimal.ZERO).toPlainString()).orElse(null),
                o.percent().map(p -> p.compareTo(BigDecimal.valueOf(100)) >= 0).orElse(false))).toList();
        return new BillingPanel(s.team().name(), s.team().slug().value(), s.plan().name(), s.plan().id().value(),
                f.month(s.month()),
                s.activeAddOns().stream().map(a -> a.resource()).map(r -> new BillingPanel.AddOn(r.id().value(),
                        t.get("billing.type." + r.type().code()), r.type().code(), r.quantity().value(),
                        r.expiresAt().map(f::dateTime).orElse(null), r.expiresAt().map(f::iso).orElse(null))).toList(),
                limits,
                s.openAlerts().stream().map(a -> new BillingPanel.Alert(a.id().value(), a.level().code(),
                        labels.alertLevel(a.level()), labels.metric(a.metric()), f.date(a.createdAt()),
                        f.iso(a.createdAt()))).toList(),
                s.lastPayments().stream().map(p -> {
                    Money givenBack = new PaymentRefunds(p, s.refundsOf(p)).givenBack();
                    return new BillingPanel.Payment(p.id().value(), f.money(p.amount()), p.status().code(),
                            t.get("billing.payment." + p.status().code()), f.dateTime(p.createdAt()),
                            f.iso(p.createdAt()), givenBack.isZero() ? null : f.money(givenBack));
                }).toList());
    }

    private Reply post(PageCall call) {
        TicketId id = call.http().pathId("ticket_id", TicketId::new);
        String text = call.form().raw("message");
        boolean internal = "true".equals(call.form().raw("is_internal"));
        try {
            useCases.postMessage().post(new PostMessageCommand(call.actor(), TicketScope.staff(), id, text, internal));
            return Pages.redirect("/staff/tickets/" + id.value() + "?notice=" + (internal ? "noted" : "replied"));
        } catch (DomainException refusal) {
            if (refusal.code() == ErrorCode.NOT_FOUND || refusal.code() == ErrorCode.FORBIDDEN) {
                throw refusal;
            }
            FormState refused = FormStates.refused(Map.of("message", text == null ? "" : text), refusal);
            return ticket(call, Problems.status(refusal.code()), internal ? FormState.EMPTY : refused,
                    internal ? refused : FormState.EMPTY, FormState.EMPTY);
        }
    }

    private Reply update(PageCall call) {
        TicketId id = call.http().pathId("ticket_id", TicketId::new);
        var form = call.form();
        Map<String, String> typed = new LinkedHashMap<>();
        for (String field : List.of("status", "priority", "assigned_to")) {
            if (form.raw(field) != null) {
                typed.put(field, form.raw(field));
            }
        }
        try {
            var command = new UpdateTicketCommand(call.actor(), TicketScope.staff(), id,
                    Optional.ofNullable(form.raw("status")).map(s -> TicketStatus.fromCode(s, "status")),
                    Optional.ofNullable(form.raw("priority")).map(p -> TicketPriority.fromCode(p, "priority")),
                    form.raw("assigned_to") == null ? Optional.empty()
                            : Optional.of(Optional.of(form.raw("assigned_to").strip()).filter(a -> !a.isEmpty())));
            useCases.updateTicket().update(command);
            return Pages.redirect("/staff/tickets/" + id.value() + "?notice=updated");
        } catch (DomainException refusal) {
            if (refusal.code() == ErrorCode.NOT_FOUND || refusal.code() == ErrorCode.FORBIDDEN) {
                throw refusal;
            }
            return ticket(call, Problems.status(refusal.code()), FormState.EMPTY, FormState.EMPTY,
                    FormStates.refused(typed, refusal));
        }
    }
}
