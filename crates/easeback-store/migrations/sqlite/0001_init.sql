-- Easeback schema, SQLite. Add-only: later migrations add, never change.
-- Every user-owned table has user_id in its primary key (distributable by user).
CREATE TABLE users (
  id TEXT PRIMARY KEY,
  email TEXT UNIQUE,
  password_hash TEXT,
  created_at INTEGER NOT NULL
);

CREATE TABLE profiles (
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  region TEXT,
  due_date TEXT,
  preferences TEXT NOT NULL DEFAULT '{}',
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (user_id)
);

CREATE TABLE diary_entries (
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  started_at INTEGER NOT NULL,
  utc_offset_minutes INTEGER NOT NULL,
  duration_minutes INTEGER,
  locations TEXT NOT NULL,
  side TEXT,
  intensity INTEGER NOT NULL CHECK (intensity BETWEEN 0 AND 10),
  pain_after INTEGER CHECK (pain_after BETWEEN 0 AND 10),
  triggers TEXT NOT NULL,
  context TEXT NOT NULL,
  tried TEXT NOT NULL,
  woke_from_sleep INTEGER NOT NULL,
  notes TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (user_id, id)
);
CREATE INDEX diary_entries_by_time ON diary_entries (user_id, started_at DESC);

CREATE TABLE daily_factors (
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  day TEXT NOT NULL,
  water INTEGER,
  sleep_position TEXT,
  activity INTEGER,
  stress INTEGER,
  PRIMARY KEY (user_id, day)
);

CREATE TABLE session_outcomes (
  user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  id TEXT NOT NULL,
  started_at INTEGER NOT NULL,
  ended_at INTEGER,
  pain_before INTEGER,
  pain_after INTEGER,
  helped_step TEXT,
  escalated TEXT,
  steps TEXT NOT NULL DEFAULT '[]',
  PRIMARY KEY (user_id, id)
);
