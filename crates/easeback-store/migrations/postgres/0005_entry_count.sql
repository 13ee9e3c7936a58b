-- Each person's number of diary entries, kept by a trigger, so the cap on
-- entries is checked without counting them on every write.
ALTER TABLE users ADD COLUMN entry_count BIGINT NOT NULL DEFAULT 0;
UPDATE users SET entry_count = (SELECT COUNT(*) FROM diary_entries WHERE diary_entries.user_id = users.id);
CREATE FUNCTION easeback_count_entries() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE users SET entry_count = entry_count + 1 WHERE id = NEW.user_id;
    RETURN NEW;
  END IF;
  UPDATE users SET entry_count = entry_count - 1 WHERE id = OLD.user_id;
  RETURN OLD;
END $$;
CREATE TRIGGER diary_entries_counted AFTER INSERT OR DELETE ON diary_entries
  FOR EACH ROW EXECUTE FUNCTION easeback_count_entries();
