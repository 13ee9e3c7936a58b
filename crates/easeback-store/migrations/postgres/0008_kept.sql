-- Short-lived values kept for whoever holds their token (a check's answer,
-- a relief session in a browser, a diary entry deleted a moment ago), so
-- that any server behind a load balancer can find them. The server seals
-- each value with a key derived from the token, which is never stored:
-- a row, a copy of the file or a backup holds only ciphertext. Rows are
-- keyed by a hash of the token; old rows go by age and by a per-kind
-- budget of rows and bytes.
CREATE TABLE kept (
  id_hash TEXT NOT NULL PRIMARY KEY,
  kind TEXT NOT NULL,
  sealed BYTEA NOT NULL,
  bytes BIGINT NOT NULL,
  written_at BIGINT NOT NULL
);
CREATE INDEX kept_by_kind_age ON kept (kind, written_at, bytes);
