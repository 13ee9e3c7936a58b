-- Tightenings timed on a signed-in person's device: the timer keeps its
-- history in the diary. A start is one tightening, so a retried save
-- stores it once.
CREATE TABLE tightenings (
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  started_at BIGINT NOT NULL,
  ended_at BIGINT NOT NULL,
  utc_offset_minutes INTEGER NOT NULL,
  PRIMARY KEY (user_id, started_at)
);
