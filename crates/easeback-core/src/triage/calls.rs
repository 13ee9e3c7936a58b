//! The numbers a card offers, in the order a person should try them, each
//! as a tap-to-call link: the emergency number first on an emergency card,
//! the person's own maternity unit first on a same_day card, crisis lines
//! first when thoughts of self-harm are present. With no region known every
//! region's emergency number is its own link (regions.md), never one link
//! holding them all and never an empty `tel:`.

use super::shared::Shared;
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

/// The numbers for a card of `disposition`, most useful first. The lists
/// without a care-team number are built once when content loads (one per
/// region, disposition and crisis line), so a check only copies one.
pub fn calls(
    content: &Content,
    disposition: Disposition,
    present: &dyn Fn(FindingId) -> bool,
    region: Option<&Region>,
    care_team: Option<&PhoneNumber>,
) -> Shared<Vec<Call>> {
    let crisis = present(FindingId::SelfHarmThoughts);
    let slot = match region {
        None => Some(content.regions.len()),
        Some(r) => content.regions.iter().position(|x| x.id == r.id),
    };
    let shared = match slot.and_then(|i| content.region_calls.get(i)) {
        Some(lists) => lists[list_index(disposition, crisis)].clone(),
        None => Shared::new(build(content, disposition, crisis, region)),
    };
    // (the person's own number makes a list of this answer's own)
    if let Some(n) = care_team
        && !shared.iter().any(|c| c.tel == n.dial())
    {
        let mut out = shared.to_vec();
        let own = Call {
            kind: CallKind::CareTeam,
            label: content.messages.call_care_team.clone(),
            number: n.written().to_string(),
            tel: n.dial().to_string(),
        };
        // after the crisis lines; on an emergency card after the emergency
        // numbers too
        let at = out
            .iter()
            .position(|c| match disposition {
                Disposition::Emergency => !matches!(c.kind, CallKind::Crisis | CallKind::Emergency),
                _ => c.kind != CallKind::Crisis,
            })
            .unwrap_or(out.len());
        out.insert(at, own);
        return Shared::new(out);
    }
    shared
}

fn list_index(disposition: Disposition, crisis: bool) -> usize {
    disposition as usize * 2 + usize::from(crisis)
}

/// Every region's lists (and, last, those for no region), by
/// disposition and whether a crisis line leads: built at load.
pub(crate) fn render_region_calls(content: &Content) -> Vec<Vec<Shared<Vec<Call>>>> {
    content
        .regions
        .iter()
        .map(Some)
        .chain([None])
        .map(|region| {
            let mut lists = vec![Shared::default(); 8];
            for d in Disposition::ALL {
                for crisis in [false, true] {
                    lists[list_index(d, crisis)] = Shared::new(build(content, d, crisis, region));
                }
            }
            lists
        })
        .collect()
}

/// The numbers of one region (or of no region) for one kind of card.
fn build(
    content: &Content,
    disposition: Disposition,
    crisis: bool,
    region: Option<&Region>,
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
    let advice = region.into_iter().flat_map(|r| {
        r.advice_lines
            .iter()
            .map(|l| line(CallKind::Advice, &l.name, &l.number))
    });
    let mut out: Vec<Call> = region
        .filter(|_| crisis)
        .into_iter()
        .flat_map(|r| &r.crisis_lines)
        .map(|l| line(CallKind::Crisis, &l.name, &l.number))
        .collect();
    if disposition == Disposition::Emergency {
        out.extend(emergency);
    } else {
        out.extend(advice);
        out.extend(emergency);
    }
    // one link per number: "112" may be both the emergency and the crisis line
    let mut seen: Vec<String> = Vec::new();
    out.retain(|c| {
        let new = !seen.contains(&c.tel);
        seen.push(c.tel.clone());
        new
    });
    out
}
