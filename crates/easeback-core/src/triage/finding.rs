//! The finding ids of `triage-rules.md`, kept exactly as written there: they
//! are a public contract (API, CLI `--findings`, diary, JSON output). Each
//! id's disposition is fixed here, in code, so that a content edit cannot
//! lower a red flag's urgency; the content loader checks that
//! `findings.toml` agrees.

use super::Disposition;
use serde::Serialize;

macro_rules! findings {
    ($($variant:ident => $id:literal, $disp:ident;)*) => {
        /// A clinical finding Easeback can recognise.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum FindingId { $($variant,)* }

        impl FindingId {
            /// Every finding, most urgent group first (the order of triage-rules.md).
            pub const ALL: &'static [FindingId] = &[$(FindingId::$variant,)*];

            /// The stable id used in the API, CLI and JSON.
            pub fn as_str(self) -> &'static str {
                match self { $(FindingId::$variant => $id,)* }
            }

            /// The finding's own disposition when it stands alone.
            pub fn disposition(self) -> Disposition {
                match self { $(FindingId::$variant => Disposition::$disp,)* }
            }
        }
    };
}

findings! {
    BladderControlLoss => "bladder_control_loss", Emergency;
    BowelControlLoss => "bowel_control_loss", Emergency;
    SaddleNumbness => "saddle_numbness", Emergency;
    HotSwollenLeg => "hot_swollen_leg", Emergency;
    HeavyBleeding => "heavy_bleeding", Emergency;
    ChestPainOrBreathless => "chest_pain_or_breathless", Emergency;
    SeizureOrFainting => "seizure_or_fainting", Emergency;
    SevereAbdominalPain => "severe_abdominal_pain", Emergency;
    SelfHarmThoughts => "self_harm_thoughts", Emergency;
    SevereBloodPressure => "severe_blood_pressure", Emergency;
    RhythmicTightening => "rhythmic_tightening", SameDay;
    VaginalBleeding => "vaginal_bleeding", SameDay;
    FluidLeak => "fluid_leak", SameDay;
    Fever => "fever", SameDay;
    BurningUrination => "burning_urination", SameDay;
    NewNumbness => "new_numbness", SameDay;
    LegWeakness => "leg_weakness", SameDay;
    NervePain => "nerve_pain", SameDay;
    ReducedFetalMovement => "reduced_fetal_movement", SameDay;
    PreeclampsiaSigns => "preeclampsia_signs", SameDay;
    PersistentVomiting => "persistent_vomiting", SameDay;
    RaisedBloodPressure => "raised_blood_pressure", SameDay;
    Itching => "itching", SameDay;
    NightWaking => "night_waking", Review;
    WorseningWeekly => "worsening_weekly", Review;
    FrequentRecurrence => "frequent_recurrence", Review;
    FearAvoidance => "fear_avoidance", Review;
    SeverePain => "severe_pain", SelfCare;
}

/// An id that is not one of [`FindingId::ALL`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown finding id '{given}'; valid ids: {}", valid_list())]
pub struct UnknownFinding {
    pub given: String,
}

impl UnknownFinding {
    /// The refusal as said in any language.
    pub fn said(&self) -> crate::lang::Said {
        crate::lang::Said::new("error-unknown-finding")
            .with("given", &self.given)
            .with("valid", valid_list())
    }
}

fn valid_list() -> String {
    FindingId::ALL
        .iter()
        .map(|f| f.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

impl std::str::FromStr for FindingId {
    type Err = UnknownFinding;

    /// Accepts the id in any case, with `-` or spaces for `_`.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().to_ascii_lowercase().replace(['-', ' '], "_");
        FindingId::ALL
            .iter()
            .copied()
            .find(|f| f.as_str() == wanted)
            .ok_or_else(|| UnknownFinding {
                given: s.to_string(),
            })
    }
}

impl std::fmt::Display for FindingId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

impl<'de> serde::Deserialize<'de> for FindingId {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl Serialize for FindingId {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}
