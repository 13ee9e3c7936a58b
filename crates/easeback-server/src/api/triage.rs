//! The symptom check over JSON: text, ticked findings and answers in; the
//! whole answer out.

use super::*;
use easeback_core::lang::Said;

#[derive(Debug, Deserialize, ToSchema)]
pub struct TriageRequest {
    /// A description in the person's own words.
    pub text: Option<String>,
    /// Structured finding ids, read together with the text.
    pub findings: Option<Vec<String>>,
    /// Answers to the questions of an earlier answer: finding id → yes (true)
    /// or no (false).
    pub answers: Option<std::collections::BTreeMap<String, bool>>,
    /// us, uk, ie, ca, au, nz, eu, es or mx; without it every emergency number is listed.
    pub region: Option<String>,
    /// The person's own maternity unit or care team number: listed first in
    /// `calls` on a same_day answer.
    pub care_team: Option<String>,
    /// en (the default) or es: the language of the answer's words. Free
    /// text sent with "es" gets every warning-sign question, as the reader
    /// reads English only.
    pub lang: Option<String>,
}

/// Check symptoms: the same object as `easeback triage --format json`.
#[utoipa::path(post, path = "/api/v1/triage", request_body = TriageRequest,
    responses((status = 200, description = "The assessment: disposition, findings, actions, set_aside", body = Object), (status = 413, description = "Body too large", body = ErrorBody), (status = 415, description = "Not JSON", body = ErrorBody), (status = 422, description = "Invalid input; the field is named", body = ErrorBody)))]
pub async fn triage(
    State(st): State<AppState>,
    ApiJson(req): ApiJson<TriageRequest>,
) -> ApiResult<Json<Assessment>> {
    let lang = language(req.lang.as_deref())?;
    let content = st.content_in(lang);
    let region = region_field(content, req.region.as_deref())?;
    if req.text.is_none() && req.findings.is_none() && req.answers.is_none() {
        return Err(ApiError::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            Said::new("error-triage-empty"),
        ));
    }
    let mut parsed = Vec::new();
    for id in req.findings.iter().flatten() {
        parsed.push(id.parse::<FindingId>().map_err(|e| {
            ApiError::field(StatusCode::UNPROCESSABLE_ENTITY, "findings", e.said())
        })?);
    }
    let mut answers = Vec::new();
    for (id, &yes) in req.answers.iter().flatten() {
        let id = id
            .parse::<FindingId>()
            .map_err(|e| ApiError::field(StatusCode::UNPROCESSABLE_ENTITY, "answers", e.said()))?;
        answers.push((id, yes));
    }
    let own = match req.care_team.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(n) => Some(PhoneNumber::parse(n).map_err(|e| {
            ApiError::field(StatusCode::UNPROCESSABLE_ENTITY, "care_team", e.said())
        })?),
    };
    let request = check::Request {
        text: req.text.as_deref().unwrap_or(""),
        findings: &parsed,
        answers: &answers,
        region,
        gestation: None,
        care_team: own.as_ref(),
        lang,
    };
    let a = check::check(content, st.intake_in(lang), &request).map_err(|e| match e {
        IntakeError::TooLong { .. } => {
            ApiError::field(StatusCode::PAYLOAD_TOO_LARGE, "text", e.said())
        }
    })?;
    st.metrics.checked(a.disposition.as_str());
    Ok(Json(a))
}
