//! The command line in Spanish: `--lang es` or a Spanish `LANG` gives the
//! same answer with Spanish words; an unknown `--lang` is a usage error.
//! Every command family (diary, session, quick and exercises, profile and
//! tightenings, report and backups, the refusals) is run once in Spanish,
//! looking for its Spanish words and for the English labels it must not keep;
//! so is the help (`--help`), which stays clap's English without a language.

use easeback_testkit::{Cli, TempDir};
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

/// `easeback --lang es ARGS` with `input` on stdin.
fn es(args: &[&str], input: &str) -> Output {
    Cli::new(env!("CARGO_BIN_EXE_easeback"))
        .run_with_input(&[&["--lang", "es"], args].concat(), input.as_bytes())
}

/// `text` has every Spanish phrase and none of the English ones.
fn spanish(text: &str, want: &[&str], english: &[&str]) {
    for words in want {
        assert!(text.contains(words), "{words:?} missing:\n{text}");
    }
    for words in english {
        assert!(!text.contains(words), "{words:?} left in English:\n{text}");
    }
}

/// A refusal: exit 2, with its Spanish words on stderr.
fn refused(out: &Output, want: &str) {
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains(want), "{want:?} missing: {err}");
}

#[test]
fn the_diary_commands_speak_spanish() {
    let dir = TempDir::new("lang-diary");
    let db = dir.file("diary.db");
    let db = db.as_str();
    let logged = stdout(&es(
        &[
            "log", "--pain", "6", "--woke", "--where", "low_back", "--db", db,
        ],
        "",
    ));
    spanish(&logged, &["Anotado", "(dolor 6/10)"], &["Logged", "pain"]);
    let id = logged
        .split_whitespace()
        .nth(1)
        .expect("the entry's id")
        .to_string();
    let day = stdout(&es(&["day", "--water", "2", "--db", db], ""));
    spanish(&day, &["Guardado el"], &["Saved"]);
    let list = stdout(&es(&["diary", "--db", db], ""));
    spanish(
        &list,
        &["dolor  6/10", "zona lumbar", "me despertó"],
        &["pain", "low back", "woke me"],
    );
    let insights = stdout(&es(&["insights", "--db", db], ""));
    spanish(
        &insights,
        &[
            "Diario de espasmos: las últimas 8 semanas (1 episodio)",
            "Episodios por semana",
            "Dolor medio por semana",
            "Dónde:",
            "Revisión del diario:",
        ],
        &["Spasm diary", "Episodes per week", "Where:", "Diary check"],
    );
    refused(
        &es(&["edit-entry", "nope", "--pain", "3", "--db", db], ""),
        "no hay ninguna anotación del diario con el id nope",
    );
    refused(
        &es(&["insights", "--weeks", "0", "--db", db], ""),
        "semanas: indica de 1 a",
    );
    // the core's validation, said in Spanish with the flag to retype
    refused(
        &es(&["log", "--pain", "11", "--db", db], ""),
        "(--pain): tiene que ser de 0 a 10, y es 11",
    );
    refused(
        &es(&["day", "--water", "9", "--db", db], ""),
        "tiene que ser de 0 a 3, y es 9",
    );
    let deleted = stdout(&es(&["delete-entry", &id, "--db", db], ""));
    spanish(&deleted, &["Borrado"], &["Deleted"]);
    let empty = stdout(&es(&["diary", "--db", db], ""));
    spanish(
        &empty,
        &["El diario está vacío", "`easeback log`"],
        &["empty"],
    );
}

#[test]
fn a_session_is_guided_in_spanish_and_reads_new_signs_in_spanish() {
    let dir = TempDir::new("lang-session");
    let db = dir.file("diary.db");
    // pain, then two check-ins answered with Spanish keys, then finish
    let input = "7\n6\nn\nn\n\n4\ns\nn\n\nf\n";
    let text = stdout(&es(&["session", "--time-scale", "0", "--db", &db], input));
    spanish(
        &text,
        &[
            "¿Cuánto te duele ahora mismo, de 0 a 10?",
            "Paso 1 de 8:",
            "Cuánto:",
            "Cuidado:",
            "Temporizador: 1:00 (hecho).",
            "(s/n)",
            "Descríbelo, o pulsa Intro",
            "Sesión terminada.",
            "Dolor: 7/10 al empezar, 4/10 al terminar.",
            "Guardado en tu diario.",
        ],
        &[
            "Step 1 of",
            "How much:",
            "Take care:",
            "Timer:",
            "(y/n)",
            "Saved",
        ],
    );
    for line in text.lines() {
        assert!(line.chars().count() <= 80, "wider than 80 columns: {line}");
    }
    let past = stdout(&es(&["sessions", "--db", &db], ""));
    spanish(&past, &["dolor 7 → 4", "ayudó: heat"], &["pain", "helped:"]);
    // a red flag told in Spanish stops the session with the card
    let stopped = stdout(&es(
        &["session", "--time-scale", "0", "--no-save", "--db", &db],
        "6\n5\nn\nn\ntengo fiebre\n",
    ));
    spanish(&stopped, &["Fiebre", "URGENTE"], &["Session over"]);
}

#[test]
fn quick_actions_and_exercises_speak_spanish() {
    let menu = stdout(&es(&["quick"], ""));
    spanish(
        &menu,
        &["¿Qué desencadenó el espasmo?", "`easeback quick NÚMERO`"],
        &["What set", "Run `easeback quick"],
    );
    let quick = stdout(&es(&["quick", "1"], ""));
    spanish(
        &quick,
        &[
            "Por qué se desencadena:",
            "Acción rápida:",
            "Primeros pasos",
        ],
        &["Why it flares", "Quick action", "First steps"],
    );
    let plank = stdout(&es(
        &["exercise", "side_plank_knees", "--time-scale", "0"],
        "",
    ));
    spanish(
        &plank,
        &[
            "Posición:",
            "Movimiento:",
            "Respiración:",
            "Serie 1 de 2, lado izquierdo:",
            "repeticiones lentas",
            "Muy bien.",
        ],
        &[
            "Start:",
            "Move:",
            "Breathe:",
            "Set 1",
            "left side",
            "Well done",
        ],
    );
    refused(
        &es(&["quick", "nope"], ""),
        "desencadenante desconocido 'nope'",
    );
    refused(
        &es(&["exercise", "nope"], ""),
        "ejercicio desconocido 'nope'",
    );
}

#[test]
fn the_profile_reminders_and_tightening_timer_speak_spanish() {
    let dir = TempDir::new("lang-profile");
    let db = dir.file("diary.db");
    let db = db.as_str();
    let profile = stdout(&es(&["profile", "--db", db], ""));
    spanish(
        &profile,
        &[
            "Región: sin indicar",
            "Equipo de atención:",
            "Fecha prevista de parto:",
        ],
        &["Region:", "not set", "Care team", "Due date"],
    );
    refused(
        &es(&["profile", "--due-date", "2099-01-01", "--db", db], ""),
        "a más de 40 semanas",
    );
    refused(
        &es(&["profile", "--care-team", "12+3", "--db", db], ""),
        "care-team: el + solo puede ir al principio",
    );
    refused(
        &es(&["reminders", "--ics", "--every", "90"], ""),
        "indica de 30 a 45 minutos",
    );
    // four tightenings five minutes apart: a regular pattern
    let mut input = String::new();
    for start in [0, 5, 10, 15] {
        input += &format!("start 2026-11-25T20:{start:02}:00Z\n");
        input += &format!("stop 2026-11-25T20:{:02}:00Z\n", start + 1);
    }
    let timer = stdout(&es(&["tightenings", "--region", "uk", "--db", db], &input));
    spanish(
        &timer,
        &[
            "Cronómetro de contracciones.",
            "Empezó una contracción.",
            "Duró 60 s; 5.0 min desde que empezó la anterior.",
            "Estas contracciones llegan con regularidad (4 en la última hora",
            "URGENTE",
        ],
        &["Tightening", "Lasted", "coming regularly"],
    );
    let one = stdout(&es(
        &["tightenings", "--db", db],
        "start 2026-11-25T20:00:00Z\nstop 2026-11-25T20:01:00Z\nq\n",
    ));
    spanish(&one, &["1 contracción cronometrada"], &["timed"]);
}

#[test]
fn the_report_and_backups_speak_spanish_and_so_do_refusals() {
    let dir = TempDir::new("lang-report");
    let db = dir.file("diary.db");
    let db = db.as_str();
    stdout(&es(&["log", "--pain", "5", "--db", db], ""));
    let pdf = dir.file("report.pdf");
    let report = stdout(&es(&["report", "--weeks", "4", "-o", &pdf, "--db", db], ""));
    spanish(
        &report,
        &["Informe guardado en", "(4 semanas, 1 episodio)"],
        &["Wrote"],
    );
    let copy = dir.file("copy.db");
    let backup = stdout(&es(&["backup", "--out", &copy, "--db", db], ""));
    spanish(&backup, &["Copia de", "guardada en"], &["Backed up"]);
    let restore = stdout(&es(&["restore", "--from", &copy, "--db", db], ""));
    spanish(&restore, &["Restaurado"], &["Restored"]);
    refused(
        &es(&["restore", "--from", &dir.file("none.db"), "--db", db], ""),
        "no hay ninguna copia en",
    );
    refused(
        &es(&["content", "--format", "text"], ""),
        "el contenido solo se muestra en JSON",
    );
    refused(
        &es(&["triage", "--findings", "nope"], ""),
        "id de hallazgo desconocido 'nope'",
    );
    refused(
        &es(&["triage", "--findings", "fever", "--region", "zz"], ""),
        "región desconocida 'zz'",
    );
    // a Spanish yes is read as yes
    let answered = stdout(&es(
        &[
            "triage",
            "--findings",
            "fever",
            "--answers",
            "bladder_control_loss=sí",
            "--format",
            "json",
        ],
        "",
    ));
    assert!(answered.contains("\"emergency\""), "{answered}");
}

#[test]
fn eval_reports_in_spanish_and_counts_in_json_in_any_language() {
    let batch = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../eval/es/batches/es01-whatsapp-mx.tsv"
    );
    let report = stdout(&es(&["eval", batch], ""));
    spanish(
        &report,
        &["etiqueta", "exactas:", "infratriaje: 0", "sobretriaje:"],
        &["sensitivity", "under-triage:", "over-triage:"],
    );
    let json = |lang: &str| -> serde_json::Value {
        let out = easeback(&["--lang", lang, "eval", "--format", "json", batch]);
        serde_json::from_str(&stdout(&out)).expect("JSON")
    };
    let es = json("es");
    assert_eq!(es["total"]["n"], 60);
    assert_eq!(
        es["total"]["under"], 0,
        "the Spanish set is held at no under-triage"
    );
    assert_eq!(es["files"][0]["n"], 60);
    // the counts are read the same way whatever the language
    assert!(json("en")["total"]["exact"].is_u64());
}

#[test]
fn the_help_speaks_spanish_and_stays_english_without_a_language() {
    let top = stdout(&es(&["--help"], ""));
    spanish(
        &top,
        &[
            "Uso:",
            "Órdenes:",
            "Opciones:",
            "Espasmos de espalda en el embarazo",
            "Anota un espasmo en el diario",
            "Muestra la ayuda",
            "Muestra la versión",
        ],
        &[
            "Usage:",
            "Commands:",
            "Options:",
            "Back spasms in pregnancy",
            "Log a spasm",
            "Print help",
            "[env:",
        ],
    );
    let log = stdout(&es(&["log", "--help"], ""));
    spanish(
        &log,
        &[
            "Uso:",
            "Anota un espasmo en el diario",
            "El dolor en su peor momento, de 0 a 10",
            "Base de datos:",
            "--pain-after <PAIN_AFTER>",
        ],
        &[
            "Usage:",
            "Log a spasm in the diary",
            "Pain at its worst",
            "Database:",
        ],
    );
    // a Spanish LANG, the language given after the command, and `-h`
    let triage = Cli::new(env!("CARGO_BIN_EXE_easeback"))
        .with_env("LANG", "es_ES.UTF-8")
        .run(&["triage", "-h"]);
    spanish(
        &stdout(&triage),
        &["Argumentos:", "Revisa tus síntomas", "[por defecto: text]"],
        &["Arguments:", "Check symptoms", "[default:"],
    );
    let diary = stdout(&easeback(&["diary", "--help", "--lang=es"]));
    spanish(
        &diary,
        &["Muestra las últimas anotaciones"],
        &["Show recent"],
    );
    // no language: clap's English help from the doc comments, as before
    let en = stdout(&easeback(&["--help"]));
    spanish(
        &en,
        &[
            "Back spasms in pregnancy: check warning signs, get relief, keep a diary.",
            "Usage:",
            "Commands:",
            "  log           Log a spasm in the diary (asks in a terminal; flags for scripts)",
            "  -h, --help         Print help",
        ],
        &["Uso:", "Espasmos", "Órdenes:"],
    );
}
