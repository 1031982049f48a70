package com.servelink.application.inmemory;

import com.servelink.application.port.out.NotificationRecipients;
import com.servelink.domain.team.TeamId;
import com.servelink.domain.team.User;

import java.util.Comparator;
import java.util.List;

/** The recipients read from the in-memory users and memberships. */
public final class InMemoryNotificationRecipients implements NotificationRecipients {
    private final InMemoryUserRepository users;
    private final InMemoryMembershipRepository memberships;

    public InMemoryNotificationRecipients(InMemoryUserRepository users, InMemoryMembershipRepository memberships) {
        this.users = users;
        this.memberships = memberships;
    }

    @Override
    public List<Member> members(TeamId team) {
        return memberships.all().stream().filter(membership -> membership.teamId().equals(team))
                .flatMap(membership -> users.findById(membership.userId())
                        .map(user -> new Member(user, membership.role())).stream())
                .sorted(Comparator.comparingLong(member -> member.user().id().value()))
                .toList();
    }

    @Override
    public List<User> staff() {
        return users.all().stream().filter(User::support)
                .sorted(Comparator.comparingLong(user -> user.id().value())).toList();
    }
}
