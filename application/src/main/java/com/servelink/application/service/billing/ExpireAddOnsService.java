package com.servelink.application.service.billing;

import com.servelink.application.port.in.billing.ExpireAddOnsUseCase;
import com.servelink.application.port.out.AdditionalResourceRepository;
import com.servelink.application.port.out.Transactions;

import java.time.Clock;

/**
 * Expires add-ons past their time in one set-based change. Limits never wait for it (an add-on
 * stops counting at {@code expires_at}); it keeps statuses truthful for lists and reports.
 */
public final class ExpireAddOnsService implements ExpireAddOnsUseCase {
    private final AdditionalResourceRepository resources;
    private final Transactions transactions;
    private final Clock clock;

    public ExpireAddOnsService(AdditionalResourceRepository resources, Transactions transactions, Clock clock) {
        this.resources = resources;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public int expireDue() {
        return transactions.inTransaction(() -> resources.expireDue(clock.instant()));
    }
}
