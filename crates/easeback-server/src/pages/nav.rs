//! The main navigation: three links in the header's first line, the rest
//! under "More", and the page being shown marked for "where am I".

/// One link of the main navigation, as the layout shows it.
pub struct NavItem {
    pub href: &'static str,
    pub label: String,
    /// Shown in the header's first line; the rest sit under "More".
    pub primary: bool,
    /// This is the page being shown.
    pub current: bool,
}

/// Who a link is for.
#[derive(Clone, Copy, PartialEq)]
enum For {
    Anyone,
    SignedIn,
    SignedOut,
}

struct Link {
    href: &'static str,
    /// The Fluent message of its label.
    label: &'static str,
    /// The titles of the pages this link leads to.
    titles: &'static [&'static str],
    primary: bool,
    shown_to: For,
}

const fn link(
    href: &'static str,
    label: &'static str,
    titles: &'static [&'static str],
    primary: bool,
    shown_to: For,
) -> Link {
    Link {
        href,
        label,
        titles,
        primary,
        shown_to,
    }
}

const LINKS: &[Link] = &[
    link(
        "/check",
        "nav-check",
        &["Check symptoms", "A few questions first"],
        true,
        For::Anyone,
    ),
    link(
        "/session",
        "nav-relief",
        &["Relief session", "That helped"],
        true,
        For::Anyone,
    ),
    link(
        "/diary",
        "nav-diary",
        &["Diary", "Edit entry"],
        true,
        For::SignedIn,
    ),
    link("/signin", "nav-sign-in", &["Sign in"], true, For::SignedOut),
    link(
        "/quick",
        "nav-quick-actions",
        &["Quick actions"],
        false,
        For::Anyone,
    ),
    link(
        "/exercises",
        "nav-exercises",
        &["Exercises"],
        false,
        For::Anyone,
    ),
    link(
        "/routine",
        "nav-daily-routine",
        &["Daily routine"],
        false,
        For::Anyone,
    ),
    link(
        "/tightenings",
        "nav-tightening-timer",
        &["Tightening timer"],
        false,
        For::Anyone,
    ),
    link(
        "/insights",
        "nav-insights",
        &["Insights"],
        false,
        For::SignedIn,
    ),
    link("/report", "nav-report", &["Report"], false, For::SignedIn),
    link(
        "/settings",
        "nav-settings",
        &["Settings"],
        false,
        For::SignedIn,
    ),
    link(
        "/account",
        "nav-account",
        &["Account"],
        false,
        For::SignedIn,
    ),
    link(
        "/signup",
        "nav-create-account",
        &["Create an account"],
        false,
        For::SignedOut,
    ),
    link(
        "/about",
        "nav-about",
        &["About these checks"],
        false,
        For::Anyone,
    ),
];

/// The navigation for a page with this title, for a person signed in or not.
pub fn nav(title: &str, signed_in: bool) -> Vec<NavItem> {
    let audience = if signed_in {
        For::SignedIn
    } else {
        For::SignedOut
    };
    LINKS
        .iter()
        .filter(|l| l.shown_to == For::Anyone || l.shown_to == audience)
        .map(|l| NavItem {
            href: l.href,
            label: super::t(l.label),
            primary: l.primary,
            current: l.titles.contains(&title),
        })
        .collect()
}
