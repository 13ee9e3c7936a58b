-- Account deletion finds a person's sign-in email by the user.
CREATE INDEX sign_in_emails_by_user ON sign_in_emails (user_id);
