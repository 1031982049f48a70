package com.servelink.adapter.persistence.team;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** Row of {@code team_membership}. */
@Entity
@Table(name = "team_membership")
public class MembershipEntity {

    /** Primary key: team and user. */
    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "team_id", length = 80)
        String teamId;

        @Column(name = "user_id")
        long userId;

        protected Key() {
        }

        Key(String teamId, long userId) {
            this.teamId = teamId;
            this.userId = userId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && other.teamId.equals(teamId) && other.userId == userId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(teamId, userId);
        }
    }

    @EmbeddedId
    Key key;

    @Column(name = "role", nullable = false, length = 16)
    String role;

    @Column(name = "created_at", nullable = false)
    Instant createdAt;

    protected MembershipEntity() {
    }
}
