package com.servelink.adapter.http.web;

import com.servelink.adapter.http.web.view.Texts;
import com.servelink.adapter.http.web.view.Link;

import java.util.List;

/** The navigation of a team's pages, with the page being shown marked. */
final class TeamNav {
    enum Section { DASHBOARD, ADDONS, INVOICES, SUPPORT, WEBHOOKS }

    private TeamNav() {
    }

    static List<Link> of(Texts t, String slug, Section current) {
        return List.of(
                new Link("/", t.get("nav.teams"), false),
                new Link("/teams/" + slug + "/dashboard", t.get("nav.dashboard"), current == Section.DASHBOARD),
                new Link("/teams/" + slug + "/addons", t.get("nav.addons"), current == Section.ADDONS),
                new Link("/teams/" + slug + "/invoices", t.get("nav.invoices"), current == Section.INVOICES),
                new Link("/teams/" + slug + "/support", t.get("nav.support"), current == Section.SUPPORT),
                new Link("/teams/" + slug + "/settings/webhooks", t.get("nav.webhooks"), current == Section.WEBHOOKS));
    }
}
