package com.servelink.adapter.http.web;

import com.servelink.application.port.in.access.GetSessionUseCase;
import com.servelink.application.port.in.access.SignInUseCase;
import com.servelink.application.port.in.access.SignOutUseCase;
import com.servelink.application.port.in.team.GetTeamOverviewUseCase;
import com.servelink.application.port.in.team.ListMyTeamsUseCase;

/** The inbound ports only the pages drive (sign-in, sessions, a member's teams); the composition root fills it. */
public record WebUseCases(SignInUseCase signIn, GetSessionUseCase sessions, SignOutUseCase signOut,
                          ListMyTeamsUseCase myTeams, GetTeamOverviewUseCase teamOverview) {
}
