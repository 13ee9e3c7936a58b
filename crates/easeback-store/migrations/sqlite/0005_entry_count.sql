-- Each person's number of diary entries, kept by triggers, so the cap on
-- entries is checked without counting them on every write.
ALTER TABLE users ADD COLUMN entry_count INTEGER NOT NULL DEFAULT 0;
UPDATE users SET entry_count = (SELECT COUNT(*) FROM diary_entries WHERE diary_entries.user_id = users.id);
CREATE TRIGGER diary_entries_counted AFTER INSERT ON diary_entries
BEGIN
  UPDATE users SET entry_count = entry_count + 1 WHERE id = NEW.user_id;
END;
CREATE TRIGGER diary_entries_uncounted AFTER DELETE ON diary_entries
BEGIN
  UPDATE users SET entry_count = entry_count - 1 WHERE id = OLD.user_id;
END;
