//! The words of the surfaces (command line, pages) in each language, from
//! the Fluent files of `locales/` embedded at build time. The knowledge
//! base's words live in `content/` instead; these are the words around them
//! ("When:", "What to do now:"). A message missing in a language falls back
//! to English, and a test keeps the languages' message ids and variables
//! the same.

use super::Lang;
pub use fluent_bundle::FluentArgs;
use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use std::borrow::Cow;
use std::sync::OnceLock;

/// Each language's Fluent files, embedded.
pub const LOCALE_FILES: &[(Lang, &str, &str)] = &[
    (
        Lang::En,
        "en/core.ftl",
        include_str!("../../../../locales/en/core.ftl"),
    ),
    (
        Lang::En,
        "en/cli.ftl",
        include_str!("../../../../locales/en/cli.ftl"),
    ),
    (
        Lang::En,
        "en/pages.ftl",
        include_str!("../../../../locales/en/pages.ftl"),
    ),
    (
        Lang::En,
        "en/errors.ftl",
        include_str!("../../../../locales/en/errors.ftl"),
    ),
    (
        Lang::Es,
        "es/core.ftl",
        include_str!("../../../../locales/es/core.ftl"),
    ),
    (
        Lang::Es,
        "es/cli.ftl",
        include_str!("../../../../locales/es/cli.ftl"),
    ),
    (
        Lang::Es,
        "es/pages.ftl",
        include_str!("../../../../locales/es/pages.ftl"),
    ),
    (
        Lang::Es,
        "es/errors.ftl",
        include_str!("../../../../locales/es/errors.ftl"),
    ),
    // the command line's help in Spanish; English help is the doc comments
    (
        Lang::Es,
        "es/help.ftl",
        include_str!("../../../../locales/es/help.ftl"),
    ),
];

/// Every language's messages, ready to format.
pub struct Texts {
    bundles: Vec<(Lang, FluentBundle<FluentResource>)>,
    /// Per language, the messages `js-…` (without the prefix) as one JSON
    /// object: what the pages' scripts say, formatted once.
    script_words: Vec<(Lang, String)>,
}

impl Texts {
    /// The built-in texts. Their syntax is checked by a test, so the
    /// `expect` can only fire on a build that failed its tests.
    pub fn builtin() -> &'static Texts {
        static TEXTS: OnceLock<Texts> = OnceLock::new();
        TEXTS.get_or_init(|| Texts::new(None).expect("locales are checked by tests"))
    }

    /// The texts with every message passed through `transform` — a
    /// pseudo-locale for tests that look for words left untranslated.
    pub fn new(transform: Option<fn(&str) -> Cow<'_, str>>) -> Result<Texts, String> {
        let mut bundles = Vec::new();
        for lang in Lang::ALL {
            let id: unic_langid::LanguageIdentifier = lang
                .tag()
                .parse()
                .map_err(|e| format!("{}: {e}", lang.tag()))?;
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // isolation marks (U+2068/U+2069) around every variable would
            // end up in terminals and in `tel:` labels
            bundle.set_use_isolating(false);
            bundle.set_transform(transform);
            for (_, file, text) in LOCALE_FILES.iter().filter(|(l, ..)| *l == lang) {
                let resource = FluentResource::try_new(text.to_string())
                    .map_err(|(_, errors)| format!("{file}: {errors:?}"))?;
                bundle
                    .add_resource(resource)
                    .map_err(|errors| format!("{file}: {errors:?}"))?;
            }
            bundles.push((lang, bundle));
        }
        let mut texts = Texts {
            bundles,
            script_words: Vec::new(),
        };
        texts.script_words = Lang::ALL
            .into_iter()
            .map(|lang| {
                let words: serde_json::Map<String, serde_json::Value> = Texts::ids(lang)
                    .into_iter()
                    .filter_map(|id| {
                        let key = id.strip_prefix("js-")?.to_string();
                        Some((key, texts.get(lang, &id).into()))
                    })
                    .collect();
                (lang, serde_json::Value::Object(words).to_string())
            })
            .collect();
        Ok(texts)
    }

    /// The pages' scripts' words in `lang` (the messages `js-…`, without
    /// the prefix) as a JSON object.
    pub fn script_words(&self, lang: Lang) -> &str {
        self.script_words
            .iter()
            .find(|(l, _)| *l == lang)
            .map_or("{}", |(_, json)| json)
    }

    fn bundle(&self, lang: Lang) -> &FluentBundle<FluentResource> {
        &self
            .bundles
            .iter()
            .find(|(l, _)| *l == lang)
            .unwrap_or(&self.bundles[0])
            .1
    }

    /// Message `id` in `lang` (English if `lang` lacks it; the id itself
    /// if no language has it, which a test rules out for the ids in use).
    pub fn get(&self, lang: Lang, id: &str) -> String {
        self.format(lang, id, None)
    }

    /// Message `id` with its variables: `t.with(lang, "term-when", &[("when", "Now")])`.
    pub fn with(&self, lang: Lang, id: &str, args: &[(&str, &str)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, *value);
        }
        self.format(lang, id, Some(&fluent_args))
    }

    /// Message `id` with variables of any kind: numbers choose plural
    /// forms (`args.set("days", 3)`).
    pub fn with_args(&self, lang: Lang, id: &str, args: &FluentArgs<'_>) -> String {
        self.format(lang, id, Some(args))
    }

    fn format(&self, lang: Lang, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        for bundle in [self.bundle(lang), self.bundle(Lang::En)] {
            if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
                let mut errors = Vec::new();
                return bundle
                    .format_pattern(pattern, args, &mut errors)
                    .into_owned();
            }
        }
        id.to_string()
    }

    /// The message ids of `lang`, for the tests that compare languages.
    pub fn ids(lang: Lang) -> Vec<String> {
        LOCALE_FILES
            .iter()
            .filter(|(l, ..)| *l == lang)
            .flat_map(|(_, _, text)| message_ids(text))
            .collect()
    }
}

/// The ids of the messages in Fluent source `text` (lines `id = …`).
fn message_ids(text: &str) -> Vec<String> {
    text.lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
        .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim().to_string()))
        .collect()
}

/// The variables (`{ $name }`) a Fluent message uses, sorted.
#[cfg(test)]
fn variables(text: &str, id: &str) -> Vec<String> {
    let mut lines = text
        .lines()
        .skip_while(|l| !l.starts_with(&format!("{id} =")));
    let mut body = lines.next().unwrap_or_default().to_string();
    body.extend(
        lines
            .take_while(|l| l.starts_with(' '))
            .map(|l| l.to_string()),
    );
    let mut vars: Vec<String> = body
        .split("{ $")
        .skip(1)
        .filter_map(|rest| rest.split([' ', '}']).next().map(str::to_string))
        .collect();
    vars.sort();
    vars.dedup();
    vars
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_message_with_the_same_variables() {
        let texts = Texts::new(None).expect("every .ftl file parses");
        let en = Texts::ids(Lang::En);
        assert!(!en.is_empty());
        for lang in Lang::ALL {
            // `help-` messages are the command line's help (es/help.ftl):
            // its English is the doc comments clap reads, not Fluent, so
            // only the other languages have them (the binary's own test
            // checks them against the commands)
            let mut ids: Vec<String> = Texts::ids(lang)
                .into_iter()
                .filter(|id| !id.starts_with("help-"))
                .collect();
            ids.sort();
            let mut want = en.clone();
            want.sort();
            assert_eq!(ids, want, "{lang:?} has other messages than English");
            let source = |l: Lang| -> String {
                LOCALE_FILES
                    .iter()
                    .filter(|(x, ..)| *x == l)
                    .map(|(_, _, t)| *t)
                    .collect()
            };
            for id in &en {
                assert_eq!(
                    variables(&source(lang), id),
                    variables(&source(Lang::En), id),
                    "{lang:?} {id}"
                );
                assert!(!texts.get(lang, id).trim().is_empty(), "{lang:?} {id}");
            }
        }
    }

    #[test]
    fn spanish_words_are_spanish_and_variables_are_filled_without_marks() {
        let texts = Texts::builtin();
        let when = texts.with(Lang::Es, "term-when", &[("when", "Ahora")]);
        assert!(
            when.contains("Ahora") && !when.contains('\u{2068}'),
            "{when:?}"
        );
        assert_ne!(
            texts.get(Lang::Es, "term-what-now"),
            texts.get(Lang::En, "term-what-now")
        );
        assert_eq!(texts.get(Lang::Es, "no-such-message"), "no-such-message");
    }

    #[test]
    fn the_pseudo_locale_changes_every_letter_it_can() {
        let pseudo =
            Texts::new(Some(|s| fluent_pseudo::transform(s, false, false))).expect("parses");
        let said = pseudo.get(Lang::En, "term-what-now");
        assert_ne!(said, Texts::builtin().get(Lang::En, "term-what-now"));
    }
}
