package com.servelink.adapter.http.web;

import com.servelink.adapter.http.web.view.Texts;
import com.servelink.adapter.http.web.view.Option;
import com.servelink.adapter.http.web.view.TeamHeader;
import com.servelink.application.port.in.team.TeamOverview;
import com.servelink.domain.billing.ResourceStatus;
import com.servelink.domain.platform.AlertLevel;
import com.servelink.domain.platform.UsageMetric;
import com.servelink.domain.support.AuthorType;
import com.servelink.domain.support.SlaStatus;
import com.servelink.domain.support.SlaTarget;
import com.servelink.domain.support.TicketCategory;
import com.servelink.domain.support.TicketPriority;
import com.servelink.domain.support.TicketStatus;

import java.util.Arrays;
import java.util.List;

/** The words for the domain's codes in the reader's language, and the choices of the pages' selects. */
final class Labels {
    private final Texts t;

    Labels(Texts t) {
        this.t = t;
    }

    String status(TicketStatus status) {
        return t.get("ticket.status." + status.code());
    }

    String priority(TicketPriority priority) {
        return t.get("ticket.priority." + priority.code());
    }

    String category(TicketCategory category) {
        return t.get("ticket.category." + category.code());
    }

    String resourceStatus(ResourceStatus status) {
        return t.get("addon.status." + status.code());
    }

    /** A usage metric's name, such as "Trafic". */
    String metric(UsageMetric metric) {
        return t.get("usage.metric." + metric.code());
    }

    /** The unit a metric's figures are in, such as "Go". */
    String unit(UsageMetric metric) {
        return t.get("usage.unit." + metric.code());
    }

    String alertLevel(AlertLevel level) {
        return t.get("usage.level." + level.code());
    }

    String slaStatus(SlaStatus status) {
        return t.get("sla.status." + status.code());
    }

    String slaTarget(SlaTarget target) {
        return t.get("sla.target." + target.code());
    }

    String author(AuthorType author) {
        return t.get("ticket.author." + author.code());
    }

    List<Option> statuses() {
        return Arrays.stream(TicketStatus.values()).map(s -> new Option(s.code(), status(s))).toList();
    }

    List<Option> categories() {
        return Arrays.stream(TicketCategory.values()).map(c -> new Option(c.code(), category(c))).toList();
    }

    List<Option> priorities() {
        return Arrays.stream(TicketPriority.values()).map(p -> new Option(p.code(), priority(p))).toList();
    }

    TeamHeader team(TeamOverview overview) {
        return new TeamHeader(overview.team().slug().value(), overview.team().name(), overview.plan().name(),
                overview.prioritySupport(), t.get("team.role." + overview.role().code()));
    }
}
