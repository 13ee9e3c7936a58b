//! Signing up, in and out, and the account page with its deletion.

use super::*;

#[derive(Template)]
#[template(path = "auth.html")]
pub(super) struct AuthPage {
    l: Layout,
    heading: String,
    action: String,
    signup: bool,
    email: String,
    error: Option<String>,
    notice: Option<String>,
}

pub(super) fn auth_page(
    st: &AppState,
    signup: bool,
    email: &str,
    error: Option<String>,
) -> AuthPage {
    let heading = if signup {
        "Create an account"
    } else {
        "Sign in"
    };
    AuthPage {
        l: layout(st, heading, None, None),
        heading: page_title(heading),
        action: if signup {
            "/signup".into()
        } else {
            "/signin".into()
        },
        signup,
        email: email.into(),
        error,
        notice: None,
    }
}

pub(super) async fn signup_form(State(st): State<AppState>) -> Page<AuthPage> {
    Page(auth_page(&st, true, "", None))
}

pub(super) async fn signin_form(State(st): State<AppState>) -> Page<AuthPage> {
    Page(auth_page(&st, false, "", None))
}

pub(super) fn with_session(session: &auth::NewSession, to: &str) -> Response {
    let mut res = Redirect::to(to).into_response();
    if let Ok(v) = HeaderValue::from_str(&session.set_cookie) {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
    res
}

pub(super) async fn signup(
    State(st): State<AppState>,
    connection: Option<axum::Extension<axum::extract::ConnectInfo<std::net::SocketAddr>>>,
    headers: HeaderMap,
    Form(form): Form<Pairs>,
) -> PageResult {
    if !same_origin(&headers) {
        return Err(PageError::Expired);
    }
    let email = field(&form, "email");
    let address = st.client_address(connection.as_ref().map(|c| c.0.0.ip()), &headers);
    Ok(
        match auth::register(&st, email, field(&form, "password"), &address).await {
            // the sign-in form next, the email filled in: the same page
            // whether the email was new or not
            Ok(email) => {
                let mut next = auth_page(&st, false, &email, None);
                next.notice = Some(auth::SIGNED_UP.to_string());
                Page(next).into_response()
            }
            Err(e) => (
                e.status,
                Page(auth_page(&st, true, email, Some(e.message()))),
            )
                .into_response(),
        },
    )
}

pub(super) async fn signin(State(st): State<AppState>, req: Request) -> PageResult {
    let ip = client_ip(&st, &req);
    let headers = req.headers().clone();
    if !same_origin(req.headers()) {
        return Err(PageError::Expired);
    }
    let Ok(Form(form)) = Form::<Pairs>::from_request(req, &st).await else {
        let again = auth_page(&st, false, "", Some(t("auth-fill-in")));
        return Ok(Page(again).into_response());
    };
    let email = field(&form, "email");
    match api::verify_login(&st, email, field(&form, "password"), &ip).await {
        Ok(user) => {
            let session = auth::sign_in(&st, &user, &headers).await?;
            let mut res = with_session(&session, "/diary");
            // the language saved in the profile follows the person here
            if let Some(v) = words::saved_language_cookie(&st, &user).await {
                res.headers_mut().append(header::SET_COOKIE, v);
            }
            Ok(res)
        }
        Err(e) => {
            let again = auth_page(&st, false, email, Some(e.message()));
            Ok((e.status, Page(again)).into_response())
        }
    }
}

pub(super) async fn signout(
    State(st): State<AppState>,
    CheckedForm { who, .. }: CheckedForm,
) -> Response {
    let Some(w) = who else {
        return Redirect::to("/").into_response();
    };
    let _ = st.store.delete_auth_session(&w.user, &w.token_hash).await;
    let mut res = Redirect::to("/").into_response();
    if let Ok(v) = HeaderValue::from_str(&auth::clear_cookie(st.secure_cookies)) {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
    res
}

#[derive(Template)]
#[template(path = "account.html")]
pub(super) struct AccountPage {
    l: Layout,
    devices: Vec<DeviceRow>,
    /// What a password change or a sign-out of other devices did.
    notice: Option<String>,
    /// Why a password change was refused, and the field at fault.
    error: Option<(String, String)>,
}

/// A signed-in device, in the person's clock time.
pub(super) struct DeviceRow {
    /// "Signed in …, last used …", in the page's language.
    line: String,
    this_one: bool,
}

/// The account page: exports, password, devices, sign-out and deletion.
async fn account_view(
    st: &AppState,
    w: &SignedIn,
    headers: &HeaderMap,
    notice: Option<String>,
    error: Option<(String, String)>,
) -> PageResult<Page<AccountPage>> {
    let offset = utc_offset(headers);
    let clock = |t| core_diary::entry::local_clock(t, offset).replace('T', " ");
    let devices = st
        .store
        .devices(&w.user)
        .await?
        .into_iter()
        .map(|d| DeviceRow {
            line: t_with(
                "account-device-line",
                &[
                    ("signed_in", &clock(d.created_at)),
                    ("last_used", &clock(d.last_seen_at)),
                ],
            ),
            this_one: w.is_this_device(&d),
        })
        .collect();
    Ok(Page(AccountPage {
        l: layout(st, "Account", Some(w), None),
        devices,
        notice,
        error,
    }))
}

pub(super) async fn account(
    State(st): State<AppState>,
    headers: HeaderMap,
    Member(w): Member,
) -> PageResult<Page<AccountPage>> {
    account_view(&st, &w, &headers, None, None).await
}

/// Change the password (the current one first); other devices are signed out.
pub(super) async fn account_password(
    State(st): State<AppState>,
    headers: HeaderMap,
    MemberForm { who: w, form }: MemberForm,
) -> PageResult<Page<AccountPage>> {
    let changed = auth::change_password(
        &st,
        &w,
        field(&form, "current_password"),
        field(&form, "new_password"),
    )
    .await;
    match changed {
        Ok(n) => {
            let notice = format!("{} {}", t("account-password-changed"), signed_out_words(n));
            account_view(&st, &w, &headers, Some(notice), None).await
        }
        Err(e) if e.body.field.is_some() => {
            let at = e.body.field.clone().unwrap_or_default();
            account_view(&st, &w, &headers, None, Some((at, e.message()))).await
        }
        Err(e) => Err(e.into()),
    }
}

/// Sign out every device but this one.
pub(super) async fn account_devices_end(
    State(st): State<AppState>,
    headers: HeaderMap,
    MemberForm { who: w, .. }: MemberForm,
) -> PageResult<Page<AccountPage>> {
    let n = auth::sign_out_elsewhere(&st, &w).await?;
    account_view(&st, &w, &headers, Some(signed_out_words(n)), None).await
}

fn signed_out_words(n: u64) -> String {
    match n {
        0 => t("account-no-other-device"),
        n => t_count(
            "account-devices-signed-out",
            "count",
            i64::try_from(n).unwrap_or(i64::MAX),
        ),
    }
}

pub(super) async fn account_delete(
    State(st): State<AppState>,
    MemberForm { who: w, form }: MemberForm,
) -> PageResult {
    if field(&form, "confirm") != "yes" {
        return Err(PageError::Expired);
    }
    auth::delete_account(&st, &w).await?;
    let mut res = message(
        &st,
        None,
        &t("account-deleted"),
        &[&t("account-deleted-text")],
        &[("/", &t("link-home"))],
    )
    .into_response();
    if let Ok(v) = HeaderValue::from_str(&auth::clear_cookie(st.secure_cookies)) {
        res.headers_mut().insert(header::SET_COOKIE, v);
    }
    Ok(res)
}
