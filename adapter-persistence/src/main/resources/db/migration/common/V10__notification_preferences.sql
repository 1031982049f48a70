-- E-mail notifications (issue 14): each user's choice of e-mails, and the expiry each add-on's
-- "expiring soon" e-mail was announced for (once per expiry, even when two job runs race).

create table notification_preference (
    user_id    bigint      not null primary key references app_user (id) on delete cascade,
    -- the categories turned off, comma-separated codes (ticket_replies,payments); empty: all on
    off        varchar(400) not null,
    language   varchar(2)  not null,
    updated_at timestamp with time zone not null,
    constraint notification_preference_language_check check (language in ('fr', 'en'))
);

alter table additional_resource add column expiry_announced_for timestamp with time zone;
