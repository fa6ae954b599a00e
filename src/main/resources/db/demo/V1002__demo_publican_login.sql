-- The demo venue's dashboard login for the local run: publican@the-local.ie / barback.
-- Only the bcrypt hash is stored. Production has no demo data (db/migration only); logins
-- there are made with PUT /api/v1/admin/venues/{venueId}/logins/{username}.
insert into venue_login (username, venue_id, password_hash)
values ('publican@the-local.ie', 'the-local', '{bcrypt}$2a$10$0YlD5mn7si9SsryqUzbWwua6VNsWj3OSP.cgeCoqQL1S3qinROT6K');
