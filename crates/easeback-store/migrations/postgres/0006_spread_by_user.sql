-- Ready for several app servers on one database, and later for a database
-- spread over nodes by user (Citus, distributed by user_id):
-- * a sign-in session is found by (user, token hash): the cookie carries
--   the user id beside the token, so the index on the token alone goes;
-- * an email is kept unique in a table of its own, keyed by the email:
--   a database spread by user cannot keep a unique index on users.email;
-- * the sign-in and sign-up throttles are kept here, so every server
--   counts the same wrong passwords.
DROP INDEX auth_sessions_by_token;

CREATE TABLE sign_in_emails (
  email TEXT NOT NULL PRIMARY KEY,
  user_id TEXT NOT NULL
);
INSERT INTO sign_in_emails (email, user_id)
  SELECT email, id FROM users WHERE email IS NOT NULL;
ALTER TABLE users DROP COLUMN email;

-- Attempts per (scope, hashed key) in a fixed window: the key (an email
-- or an address) is stored only as a SHA-256 hash, whatever its length.
CREATE TABLE throttles (
  scope TEXT NOT NULL,
  key_hash TEXT NOT NULL,
  attempts INTEGER NOT NULL,
  window_started_at BIGINT NOT NULL,
  last_at BIGINT NOT NULL,
  PRIMARY KEY (key_hash, scope)
);
CREATE INDEX throttles_by_age ON throttles (last_at);
