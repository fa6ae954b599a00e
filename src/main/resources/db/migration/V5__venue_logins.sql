-- The publican's sign-in to the dashboard at /. A login belongs to one venue. It is not a till
-- key: a till key opens no session and a login cannot post sales. Passwords are kept as
-- Spring Security's delegating encoding ({bcrypt}$2a$…), never in clear.
create table venue_login (
    username         text primary key
                     check (username = lower(username) and length(username) between 3 and 100),
    venue_id         text not null references venue (id),
    password_hash    text not null check (password_hash like '{%}%'),
    created_at       timestamptz not null default now(),
    password_set_at  timestamptz not null default now(),
    disabled_at      timestamptz,
    last_sign_in_at  timestamptz
);

create index venue_login_venue on venue_login (venue_id);
