-- Ready for several app servers on one database, and later for a database
-- spread over nodes by user (Citus, distributed by user_id):
-- * a sign-in session is found by (user, token hash): the cookie carries
--   the user id beside the token, so the index on the token alone goes;
-- * an email is kept unique in a table of its own, keyed by the email:
--   a database spread by user cannot keep a unique index on users.email;
-- * the sign-in and sign-up throttles are kept here, so every server
--   counts the same wrong passwords.
-- The migration runner turns foreign keys off while a migration runs
-- (dropping the old users table must not cascade) and checks them after.
DROP INDEX auth_sessions_by_token;

CREATE TABLE sign_in_emails (
  email TEXT NOT NULL PRIMARY KEY,
  user_id TEXT NOT NULL
);
INSERT INTO sign_in_emails (email, user_id)
  SELECT email, id FROM users WHERE email IS NOT NULL;

DROP TRIGGER diary_entries_counted;
DROP TRIGGER diary_entries_uncounted;
CREATE TABLE users_without_email (
  id TEXT PRIMARY KEY,
  password_hash TEXT,
  created_at INTEGER NOT NULL,
  entry_count INTEGER NOT NULL DEFAULT 0
);
INSERT INTO users_without_email (id, password_hash, created_at, entry_count)
  SELECT id, password_hash, created_at, entry_count FROM users;
DROP TABLE users;
ALTER TABLE users_without_email RENAME TO users;
CREATE TRIGGER diary_entries_counted AFTER INSERT ON diary_entries
BEGIN
  UPDATE users SET entry_count = entry_count + 1 WHERE id = NEW.user_id;
END;
CREATE TRIGGER diary_entries_uncounted AFTER DELETE ON diary_entries
BEGIN
  UPDATE users SET entry_count = entry_count - 1 WHERE id = OLD.user_id;
END;

-- Attempts per (scope, hashed key) in a fixed window: the key (an email
-- or an address) is stored only as a SHA-256 hash, whatever its length.
CREATE TABLE throttles (
  scope TEXT NOT NULL,
  key_hash TEXT NOT NULL,
  attempts INTEGER NOT NULL,
  window_started_at INTEGER NOT NULL,
  last_at INTEGER NOT NULL,
  PRIMARY KEY (key_hash, scope)
);
CREATE INDEX throttles_by_age ON throttles (last_at);
