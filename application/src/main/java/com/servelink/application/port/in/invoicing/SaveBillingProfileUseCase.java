package com.servelink.application.port.in.invoicing;

import com.servelink.application.port.in.access.Actor;
import com.servelink.domain.invoicing.BillingParty;
import com.servelink.domain.invoicing.CountryCode;
import com.servelink.domain.invoicing.VatId;
import com.servelink.domain.shared.DomainException;
import com.servelink.domain.shared.ErrorCode;
import com.servelink.domain.shared.FieldChecks;
import com.servelink.domain.shared.FieldError;
import com.servelink.domain.team.TeamSlug;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An owner or admin replaces the team's billing profile whole: billing name, postal address,
 * country and an optional VAT number. Invoices already issued keep the buyer they printed.
 */
public interface SaveBillingProfileUseCase {
    record SaveBillingProfileCommand(Actor actor, TeamSlug team, BillingParty profile) {
        public SaveBillingProfileCommand {
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(team, "team");
            Objects.requireNonNull(profile, "profile");
            if (!profile.hasAddress()) {
                throw DomainException.invalidField("address", "is required");
            }
        }

        /**
         * Reads the fields as a client sent them, every mistake named at once: {@code name} and
         * {@code address} required, {@code country} an ISO code, {@code vat_id} empty or an EU VAT
         * number of that country's format and of that country.
         */
        public static SaveBillingProfileCommand of(Actor actor, TeamSlug team, String name, String address,
                                                   String country, String vatId) {
            FieldChecks checks = new FieldChecks().text(name, "name", 1, BillingParty.NAME_MAX)
                    .text(address, "address", 1, BillingParty.ADDRESS_MAX);
            CountryCode code = country == null ? null : attempt(checks, () -> CountryCode.parse(country));
            if (country == null) {
                checks.add(new FieldError("country", "is required"));
            }
            Optional<VatId> vat = vatId == null || vatId.isBlank() ? Optional.empty()
                    : Optional.ofNullable(attempt(checks, () -> VatId.parse(vatId)));
            checks.throwIfAny();
            return new SaveBillingProfileCommand(actor, team, new BillingParty(name.strip(), address.strip(), code,
                    vat));
        }

        private static <T> T attempt(FieldChecks checks, Supplier<T> parse) {
            try {
                return parse.get();
            } catch (DomainException e) {
                if (e.code() != ErrorCode.INVALID_FIELD) {
                    throw e;
                }
                e.fieldErrors().forEach(checks::add);
                return null;
            }
        }
    }

    BillingParty save(SaveBillingProfileCommand command);
}
