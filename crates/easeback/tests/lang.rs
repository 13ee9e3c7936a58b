//! The command line in Spanish: `--lang es` or a Spanish `LANG` gives the
//! same answer with Spanish words; an unknown `--lang` is a usage error.

use easeback_testkit::Cli;
use std::process::Output;

fn easeback(args: &[&str]) -> Output {
    Cli::new(env!("CARGO_BIN_EXE_easeback")).run(args)
}

fn stdout(out: &Output) -> String {
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn the_card_speaks_spanish_with_the_same_answer_and_numbers() {
    let es = stdout(&easeback(&[
        "--lang",
        "es",
        "triage",
        "--findings",
        "fever",
        "--region",
        "mx",
    ]));
    for words in ["URGENTE", "Cuándo:", "Qué hacer ahora:", "Fiebre", "911"] {
        assert!(es.contains(words), "{words:?} missing:\n{es}");
    }
    for english in [
        "When:",
        "What to do now:",
        "Warning signs",
        "Fever",
        " your ",
    ] {
        assert!(!es.contains(english), "{english:?} left in English:\n{es}");
    }
    let json = |lang: &str| -> serde_json::Value {
        let out = easeback(&[
            "--lang",
            lang,
            "triage",
            "--findings",
            "fever,severe_pain",
            "--region",
            "es",
            "--format",
            "json",
        ]);
        serde_json::from_str(&stdout(&out)).expect("JSON")
    };
    let (en, es) = (json("en"), json("es"));
    assert_eq!(en["disposition"], "emergency");
    assert_eq!(en["disposition"], es["disposition"]);
    assert_eq!(en["calls"][0]["tel"], es["calls"][0]["tel"]);
    assert_eq!(es["calls"][0]["number"], "112");
    assert_ne!(en["title"], es["title"]);
}

#[test]
fn a_spanish_lang_setting_is_followed_and_free_text_gets_the_whole_screen() {
    let out = Cli::new(env!("CARGO_BIN_EXE_easeback"))
        .with_env("LANG", "es_MX.UTF-8")
        .run(&["triage", "me duele mucho la espalda", "--format", "json"]);
    let a: serde_json::Value = serde_json::from_str(&stdout(&out)).expect("JSON");
    let asked: Vec<&str> = a["questions"]
        .as_array()
        .expect("questions")
        .iter()
        .filter_map(|q| q["finding"].as_str())
        .collect();
    for urgent in [
        "bladder_control_loss",
        "self_harm_thoughts",
        "vaginal_bleeding",
        "fever",
    ] {
        assert!(asked.contains(&urgent), "{urgent} not asked: {asked:?}");
    }
    assert!(
        a["actions"].to_string().contains("todavía no sabe leer"),
        "{}",
        a["actions"]
    );
}

#[test]
fn an_unknown_language_is_a_usage_error_naming_the_choices() {
    let out = easeback(&["--lang", "fr", "triage", "--findings", "fever"]);
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("en, es"), "{err}");
}
