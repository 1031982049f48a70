-- Auto-renewal of add-ons (issue 15, decisions 195-199): the owner's choice per add-on (off by
-- default), what the provider needs to charge the team again (a Stripe customer, learned from the
-- first payment), and renewal payments: off-session, so without a checkout page, each for the
-- period ending at renewal_of. One renewal per add-on and period, whatever runs race.
alter table additional_resource add column auto_renew boolean not null default false;
alter table additional_resource add column renewal_reference varchar(255);
alter table payment add column renewal_of timestamp with time zone;
alter table payment alter column checkout_url drop not null;
alter table payment add constraint payment_checkout_or_renewal_check
    check ((checkout_url is null) = (renewal_of is not null));
create unique index payment_renewal_once_idx on payment (resource_id, renewal_of);
