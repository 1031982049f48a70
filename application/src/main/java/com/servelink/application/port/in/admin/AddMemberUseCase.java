package com.servelink.application.port.in.admin;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.team.Membership;
import com.servelink.domain.team.TeamSlug;

/** The operator adds a user to a team with a role, or changes the role of a member. */
public interface AddMemberUseCase {

    record AddMemberCommand(Actor actor, TeamSlug team, long userId, String role) {
    }

    Membership add(AddMemberCommand command);
}
