-- The person's own maternity unit or care team number, offered first on
-- a same_day card (checked before it is saved; kept as written).
ALTER TABLE profiles ADD COLUMN care_team_phone TEXT;
