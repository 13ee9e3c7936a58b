//! The languages Easeback speaks, and how a request picks one: a browser's
//! `Accept-Language`, a `LANG` setting (`es_MX.UTF-8`), or a `lang` field
//! ("es"). Anything unknown falls back to English, which every text has.
//! The surfaces' words are in [`Texts`]; the knowledge base's in `content/`.

mod said;
mod texts;

pub use said::Said;
pub use texts::{FluentArgs, LOCALE_FILES, Texts};

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    En,
    Es,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Es];

    /// The BCP 47 tag for `lang` attributes and `Content-Language`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Es => "es",
        }
    }

    /// The language's own name, for a language switch.
    pub fn name(self) -> &'static str {
        match self {
            Lang::En => "English",
            Lang::Es => "Español",
        }
    }

    /// One language tag or setting: "es", "ES-mx", "es_ES.UTF-8", "spanish".
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let primary = tag
            .trim()
            .split(['-', '_', '.', '@'])
            .next()?
            .to_ascii_lowercase();
        match primary.as_str() {
            "en" | "english" => Some(Lang::En),
            "es" | "spa" | "spanish" | "espanol" | "español" => Some(Lang::Es),
            _ => None,
        }
    }

    /// A language asked for by name (`--lang`, a request's `lang`): one
    /// Easeback speaks, or an error naming the choices.
    pub fn parse(tag: &str) -> Result<Lang, UnknownLang> {
        Lang::from_tag(tag).ok_or_else(|| UnknownLang(tag.to_string()))
    }

    /// The language of an `Accept-Language` header: the one of highest
    /// weight that Easeback speaks, the earlier on a tie; `None` when it
    /// names none of them (a caller then keeps English).
    pub fn from_accept_language(header: &str) -> Option<Lang> {
        let mut best: Option<(f32, Lang)> = None;
        for part in header.split(',').take(32) {
            let mut bits = part.split(';');
            let Some(lang) = bits.next().and_then(Lang::from_tag) else {
                continue;
            };
            let weight = bits
                .find_map(|b| b.trim().strip_prefix("q="))
                .map_or(Some(1.0), |q| q.trim().parse::<f32>().ok())
                .unwrap_or(0.0);
            if weight > 0.0 && best.is_none_or(|(w, _)| weight > w) {
                best = Some((weight, lang));
            }
        }
        best.map(|(_, lang)| lang)
    }
}

/// A language Easeback does not speak, as asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownLang(pub String);

impl std::fmt::Display for UnknownLang {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let choices: Vec<&str> = Lang::ALL.iter().map(|l| l.tag()).collect();
        write!(
            f,
            "unknown language '{}'; use one of: {}",
            self.0,
            choices.join(", ")
        )
    }
}

impl std::error::Error for UnknownLang {}

impl UnknownLang {
    /// The refusal as said in any language.
    pub fn said(&self) -> Said {
        let choices: Vec<&str> = Lang::ALL.iter().map(|l| l.tag()).collect();
        Said::new("error-unknown-lang")
            .with("given", &self.0)
            .with("known", choices.join(", "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rstest::rstest;

    #[rstest]
    #[case("es-MX,es;q=0.9,en;q=0.8", Some(Lang::Es))]
    #[case("en-US,en;q=0.9,es;q=0.8", Some(Lang::En))]
    #[case("fr-FR,es;q=0.5,en;q=0.4", Some(Lang::Es))]
    #[case("de-DE", None)]
    #[case("es;q=0,en", Some(Lang::En))]
    #[case("es;q=0.3,en;q=0.7", Some(Lang::En))]
    #[case("", None)]
    #[case(";;;,,,q=", None)]
    fn the_browser_picks_the_language_of_highest_weight_we_speak(
        #[case] header: &str,
        #[case] want: Option<Lang>,
    ) {
        assert_eq!(Lang::from_accept_language(header), want, "{header:?}");
    }

    #[rstest]
    #[case("es_ES.UTF-8", Some(Lang::Es))]
    #[case("es", Some(Lang::Es))]
    #[case("EN_gb", Some(Lang::En))]
    #[case("C.UTF-8", None)]
    #[case("", None)]
    fn a_lang_setting_names_its_language(#[case] tag: &str, #[case] want: Option<Lang>) {
        assert_eq!(Lang::from_tag(tag), want);
    }
}
