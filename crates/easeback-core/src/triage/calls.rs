//! The numbers a card offers, in the order a person should try them, each
//! as a tap-to-call link: the emergency number first on an emergency card,
//! the person's own maternity unit first on a same_day card, crisis lines
//! first when thoughts of self-harm are present. With no region known every
//! region's emergency number is its own link (regions.md), never one link
//! holding them all and never an empty `tel:`.

use super::{Disposition, FindingId};
use crate::content::{Content, Region};
use crate::phone::{PhoneNumber, dial_digits};
use serde::Serialize;

/// What kind of line a number is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CallKind {
    Emergency,
    CareTeam,
    Advice,
    Crisis,
}

/// One number on a card.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Call {
    pub kind: CallKind,
    /// Whom it reaches, in words ("NHS 111", "Emergency (Ireland)").
    pub label: String,
    /// As it is written ("116 123").
    pub number: String,
    /// As a `tel:` link dials it: digits and at most a leading +.
    pub tel: String,
}

/// The numbers for a card of `disposition`, most useful first.
pub fn calls(
    content: &Content,
    disposition: Disposition,
    present: &dyn Fn(FindingId) -> bool,
    region: Option<&Region>,
    care_team: Option<&PhoneNumber>,
) -> Vec<Call> {
    let m = &content.messages;
    let line = |kind, label: &str, number: &str| Call {
        kind,
        label: label.to_string(),
        number: number.to_string(),
        tel: dial_digits(number),
    };
    let emergency: Vec<Call> = match region {
        Some(r) => r
            .emergency
            .iter()
            .map(|n| line(CallKind::Emergency, &m.call_emergency, n))
            .collect(),
        // one link per number, naming every region it serves: "911
        // (United States, Canada)"
        None => {
            let mut numbers: Vec<(&str, Vec<&str>)> = Vec::new();
            for r in &content.regions {
                let n = r.emergency[0].as_str();
                match numbers.iter_mut().find(|(x, _)| *x == n) {
                    Some((_, names)) => names.push(&r.name),
                    None => numbers.push((n, vec![&r.name])),
                }
            }
            numbers
                .iter()
                .map(|(n, names)| {
                    let label = format!("{} ({})", m.call_emergency, names.join(", "));
                    line(CallKind::Emergency, &label, n)
                })
                .collect()
        }
    };
    let own = care_team.map(|n| Call {
        kind: CallKind::CareTeam,
        label: m.call_care_team.clone(),
        number: n.written().to_string(),
        tel: n.dial().to_string(),
    });
    let advice = region.into_iter().flat_map(|r| {
        r.advice_lines
            .iter()
            .map(|l| line(CallKind::Advice, &l.name, &l.number))
    });
    let crisis: Vec<Call> = region
        .filter(|_| present(FindingId::SelfHarmThoughts))
        .into_iter()
        .flat_map(|r| &r.crisis_lines)
        .map(|l| line(CallKind::Crisis, &l.name, &l.number))
        .collect();
    let mut out: Vec<Call> = crisis;
    if disposition == Disposition::Emergency {
        out.extend(emergency);
        out.extend(own);
    } else {
        out.extend(own);
        out.extend(advice);
        out.extend(emergency);
    }
    // one link per number: "112" may be both the emergency and the crisis line
    let mut seen = std::collections::HashSet::new();
    out.retain(|c| seen.insert(c.tel.clone()));
    out
}
