-- Sign-in sessions: only a hash of the token is stored.
CREATE TABLE auth_sessions (
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  token_hash TEXT NOT NULL,
  csrf_token TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  last_seen_at BIGINT NOT NULL,
  PRIMARY KEY (user_id, token_hash)
);
CREATE UNIQUE INDEX auth_sessions_by_token ON auth_sessions (token_hash);
