package com.servelink.application.service.notification;

import com.servelink.application.port.in.notification.UnsubscribeUseCase;
import com.servelink.application.port.out.NotificationPreferencesRepository;
import com.servelink.application.port.out.Transactions;
import com.servelink.application.port.out.UserRepository;
import com.servelink.domain.notification.NotificationPreferences;
import com.servelink.domain.team.User;

import java.util.Optional;

/** Turns one category off for the user a signed unsubscribe token names; nothing for any other token. */
public final class UnsubscribeService implements UnsubscribeUseCase {
    private final UnsubscribeTokens tokens;
    private final UserRepository users;
    private final NotificationPreferencesRepository preferences;
    private final Transactions transactions;

    public UnsubscribeService(UnsubscribeTokens tokens, UserRepository users,
                              NotificationPreferencesRepository preferences, Transactions transactions) {
        this.tokens = tokens;
        this.users = users;
        this.preferences = preferences;
        this.transactions = transactions;
    }

    @Override
    public Optional<Unsubscription> check(String token) {
        return tokens.verify(token).flatMap(claim -> users.findById(claim.user()).map(user ->
                new Unsubscription(claim.category(), user.email(), preferencesOf(user).language())));
    }

    @Override
    public Optional<Unsubscription> unsubscribe(String token) {
        return tokens.verify(token).flatMap(claim -> transactions.inTransaction(() ->
                users.findById(claim.user()).map(user -> {
                    NotificationPreferences off = preferencesOf(user).with(claim.category(), false);
                    preferences.save(user.id(), off);
                    return new Unsubscription(claim.category(), user.email(), off.language());
                })));
    }

    private NotificationPreferences preferencesOf(User user) {
        return preferences.find(user.id()).orElseGet(NotificationPreferences::defaults);
    }
}
