-- Supplier invoices: the originals as received (content-addressed), each invoice's status,
-- and the delivery attempts of mails that failed for a passing reason.

create table invoice_document (
    sha256       char(64) primary key check (sha256 ~ '^[0-9a-f]{64}$'),
    media_type   text not null check (media_type in ('application/pdf', 'image/png', 'image/jpeg', 'image/tiff')),
    size_bytes   integer not null check (size_bytes > 0),
    content      bytea not null,
    stored_at    timestamptz not null default now()
);

create table invoice (
    invoice_id       uuid primary key,
    -- null for a mail no venue could be found for (unknown invoice address)
    venue_id         text references venue (id),
    -- null for a mail rejected before any document could be kept (no attachment, unknown sender)
    document_sha256  char(64) references invoice_document (sha256),
    file_name        text,
    status           text not null check (status in ('received', 'applied', 'review', 'rejected', 'duplicate', 'failed')),
    reason           text,
    supplier_name    text,
    supplier_vat     text,
    invoice_number   text,
    invoice_date     date,
    due_date         date,
    currency         char(3),
    net              numeric(14, 2),
    vat              numeric(14, 2),
    gross            numeric(14, 2),
    -- the invoice as read (lines, matches, checks), as the API shows it
    extracted        jsonb,
    duplicate_of     uuid references invoice (invoice_id),
    mail_message_id  text,
    mail_from        text,
    mail_subject     text,
    received_at      timestamptz not null default now(),
    updated_at       timestamptz not null default now()
);

-- one invoice per document per venue: the same PDF mailed twice is recognised
create unique index invoice_venue_document on invoice (venue_id, document_sha256)
    where document_sha256 is not null and status <> 'duplicate';
create index invoice_venue_status on invoice (venue_id, status, received_at desc);
create index invoice_supplier_number on invoice (venue_id, lower(supplier_name), invoice_number)
    where status in ('applied', 'review');

create table mail_attempt (
    message_key      text primary key,
    attempts         integer not null,
    last_error       text,
    next_attempt_at  timestamptz not null,
    updated_at       timestamptz not null default now()
);
