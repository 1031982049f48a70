package com.servelink.domain.team;

import com.servelink.domain.shared.DomainException;

import java.util.Locale;

/** A member's role in a team; owners and admins manage billing. */
public enum Role {
    OWNER, ADMIN, MEMBER;

    public boolean managesBilling() {
        return this == OWNER || this == ADMIN;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Role fromCode(String code) {
        for (Role role : values()) {
            if (role.code().equals(code)) {
                return role;
            }
        }
        throw DomainException.invalidField("role", "must be one of owner, admin, member");
    }
}
