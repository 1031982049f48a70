package com.servelink.application.port.out;

import com.servelink.domain.team.Role;
import com.servelink.domain.team.TeamId;
import com.servelink.domain.team.User;

import java.util.List;

/** The people an event's e-mail can go to: a team's members with their roles, and the support staff. */
public interface NotificationRecipients {
    record Member(User user, Role role) {
    }

    /** The team's members, by user id. */
    List<Member> members(TeamId team);

    /** Every user with the staff flag, by user id. */
    List<User> staff();
}
