-- Requests whose till key opened nothing, counted per client address in one window that every
-- replica shares (UnknownKeyLimiter): past the limit, each replica answers that address 429 until
-- the window ends. Rows of windows that have ended are deleted as new failures come.
create table unknown_key_client (
    client       text        primary key,
    window_start timestamptz not null,
    failures     integer     not null
);
create index unknown_key_client_age on unknown_key_client (window_start);
