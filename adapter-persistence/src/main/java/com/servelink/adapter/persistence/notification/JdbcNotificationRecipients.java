package com.servelink.adapter.persistence.notification;

import com.servelink.adapter.persistence.tx.JpaTransactions;
import com.servelink.application.port.out.NotificationRecipients;
import com.servelink.domain.team.Role;
import com.servelink.domain.team.TeamId;
import com.servelink.domain.team.User;
import com.servelink.domain.team.UserId;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** A team's members and the staff, read in one query each from {@code team_membership} and {@code app_user}. */
public final class JdbcNotificationRecipients implements NotificationRecipients {
    private final JpaTransactions tx;

    public JdbcNotificationRecipients(JpaTransactions tx) {
        this.tx = tx;
    }

    @Override
    public List<Member> members(TeamId team) {
        return tx.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("""
                    select u.id, u.email, u.name, u.is_support, m.role
                    from team_membership m join app_user u on u.id = m.user_id
                    where m.team_id = ? order by u.id""")) {
                statement.setString(1, team.value());
                try (ResultSet row = statement.executeQuery()) {
                    List<Member> members = new ArrayList<>();
                    while (row.next()) {
                        members.add(new Member(user(row), Role.fromCode(row.getString(5))));
                    }
                    return members;
                }
            }
        });
    }

    @Override
    public List<User> staff() {
        return tx.withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "select id, email, name, is_support from app_user where is_support order by id")) {
                try (ResultSet row = statement.executeQuery()) {
                    List<User> staff = new ArrayList<>();
                    while (row.next()) {
                        staff.add(user(row));
                    }
                    return staff;
                }
            }
        });
    }

    private static User user(ResultSet row) throws java.sql.SQLException {
        return new User(new UserId(row.getLong(1)), row.getString(2), row.getString(3), row.getBoolean(4));
    }
}
