package com.servelink.adapter.http.web.view;

import java.util.List;

/** The start page of a member: its teams. */
public record HomeView(Chrome chrome, List<TeamHeader> teams) {
    public HomeView {
        teams = List.copyOf(teams);
    }
}
