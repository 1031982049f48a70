package com.servelink.application.port.in.team;

import com.servelink.application.port.in.access.Actor;

import java.util.List;

/** The teams a user belongs to, with the role and plan of each: the start page of a member. */
public interface ListMyTeamsUseCase {
    List<TeamOverview> listTeams(Actor actor);
}
