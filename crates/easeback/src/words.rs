//! The command line's own words ("Logged …", "Step 2 of 8") in the
//! person's language, from `locales/*/cli.ftl`; the core's refusals say
//! themselves in it (`said().in_lang(lang)`, from `locales/*/errors.ftl`).

/// Message `id` in `lang`: `say!(lang, "term-id")`, or with variables
/// `say!(lang, "term-id", name = value, …)`; a number value (not a string)
/// chooses the plural form.
macro_rules! say {
    ($lang:expr, $id:expr) => {
        easeback_core::lang::Texts::builtin().get($lang, $id)
    };
    ($lang:expr, $id:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = easeback_core::lang::FluentArgs::new();
        $(args.set(stringify!($name), $value);)+
        easeback_core::lang::Texts::builtin().with_args($lang, $id, &args)
    }};
}
pub(crate) use say;

/// A user error (exit 2) with words already in the person's language.
pub(crate) fn usage(message: impl Into<String>) -> anyhow::Error {
    crate::UsageError(message.into()).into()
}

/// A yes typed at a prompt, in English or Spanish (y, yes, s, si, sí).
pub(crate) fn is_yes(answer: &str) -> bool {
    matches!(
        answer.trim().to_lowercase().as_str(),
        "y" | "yes" | "s" | "si" | "sí"
    )
}

/// A no typed at a prompt (n and no in both languages).
pub(crate) fn is_no(answer: &str) -> bool {
    matches!(answer.trim().to_lowercase().as_str(), "n" | "no")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yes_and_no_are_read_in_both_languages() {
        for yes in ["y", "Yes", "s", "sí", "SÍ", "si"] {
            assert!(is_yes(yes), "{yes}");
        }
        for no in ["n", "No"] {
            assert!(is_no(no) && !is_yes(no), "{no}");
        }
    }
}
