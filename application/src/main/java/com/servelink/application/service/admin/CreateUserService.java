package com.servelink.application.service.admin;

import com.servelink.application.port.in.admin.CreateUserUseCase;
import com.servelink.application.port.out.Transactions;
import com.servelink.application.port.out.UserRepository;
import com.servelink.application.service.access.TeamAccess;
import com.servelink.domain.team.User;

/** Registers a user; an e-mail already registered (in any case) is a conflict. */
public final class CreateUserService implements CreateUserUseCase {
    private final UserRepository users;
    private final Transactions transactions;

    public CreateUserService(UserRepository users, Transactions transactions) {
        this.users = users;
        this.transactions = transactions;
    }

    @Override
    public User create(CreateUserCommand command) {
        TeamAccess.requireOperator(command.actor());
        return transactions.inTransaction(() -> {
            User user = new User(users.nextUserId(), command.email(), command.name(), command.support());
            users.save(user);
            return user;
        });
    }
}
