//! Security events, logged as structured events under the target
//! `easeback::security`: sign-ins and their failures, throttling, password
//! changes, devices signed out, accounts created and deleted, refused
//! cross-site writes. Each names the account by its id and the client by
//! its address — never an email, a password, a token or anything from the
//! diary.

use easeback_store::UserId;

/// What happened.
#[derive(Debug, Clone, Copy)]
pub enum Event {
    SignedIn,
    SignInFailed,
    /// An address refused for too many wrong passwords.
    SignInRefused,
    /// A sign-in to an account with many wrong passwords made to wait.
    SignInSlowed,
    AccountCreated,
    /// Too many new accounts from one address.
    SignUpRefused,
    /// A sign-up for an email that already has an account (answered as
    /// any sign-up is, so the answer does not reveal it).
    SignUpForExistingEmail,
    PasswordChanged,
    PasswordChangeFailed,
    DevicesSignedOut,
    AccountDeleted,
    CrossSiteRefused,
}

impl Event {
    fn name(self) -> &'static str {
        match self {
            Event::SignedIn => "sign_in",
            Event::SignInFailed => "sign_in_failed",
            Event::SignInRefused => "sign_in_refused",
            Event::SignInSlowed => "sign_in_slowed",
            Event::AccountCreated => "account_created",
            Event::SignUpRefused => "sign_up_refused",
            Event::SignUpForExistingEmail => "sign_up_for_existing_email",
            Event::PasswordChanged => "password_changed",
            Event::PasswordChangeFailed => "password_change_failed",
            Event::DevicesSignedOut => "devices_signed_out",
            Event::AccountDeleted => "account_deleted",
            Event::CrossSiteRefused => "cross_site_refused",
        }
    }
}

/// Log `event` for `user` (when known) from `address` (when known).
pub fn log(event: Event, user: Option<&UserId>, address: Option<&str>) {
    let user = user.map_or("", |u| u.0.as_str());
    let address = address.unwrap_or("");
    match event {
        Event::SignInFailed
        | Event::SignInRefused
        | Event::SignInSlowed
        | Event::SignUpRefused
        | Event::SignUpForExistingEmail
        | Event::PasswordChangeFailed
        | Event::CrossSiteRefused => {
            tracing::warn!(target: "easeback::security", event = event.name(), user, address);
        }
        _ => tracing::info!(target: "easeback::security", event = event.name(), user, address),
    }
}
