//! Helpers shared by the workspace's integration tests, so that each test
//! file holds tests and nothing else: a temporary folder that removes
//! itself ([`TempDir`]), a runner for the `easeback` binary ([`Cli`]), a
//! plain HTTP/1.1 client ([`http`]) and the binary started as a server on a
//! free port ([`Server`]). A dev-dependency only.

pub mod http;
mod server;

pub use server::Server;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// A temporary folder, removed with everything in it when dropped.
pub struct TempDir(tempfile::TempDir);

impl TempDir {
    /// A new folder whose name starts with `easeback-{label}-`.
    pub fn new(label: &str) -> TempDir {
        TempDir(
            tempfile::Builder::new()
                .prefix(&format!("easeback-{label}-"))
                .tempdir()
                .expect("a temporary folder"),
        )
    }

    pub fn path(&self) -> &Path {
        self.0.path()
    }

    /// A path inside the folder.
    pub fn join(&self, name: &str) -> PathBuf {
        self.0.path().join(name)
    }

    /// A path inside the folder, as a string for a command line.
    pub fn file(&self, name: &str) -> String {
        self.join(name).to_string_lossy().into_owned()
    }
}

/// The `easeback` binary, run as a person would: no database or region from
/// the environment of the test run, no backtraces.
pub struct Cli {
    exe: PathBuf,
    env: Vec<(String, String)>,
}

impl Cli {
    /// `exe` is `env!("CARGO_BIN_EXE_easeback")` in the binary's own tests.
    pub fn new(exe: &str) -> Cli {
        Cli {
            exe: exe.into(),
            env: Vec::new(),
        }
    }

    /// The same runner with one more environment variable set.
    pub fn with_env(mut self, key: &str, value: &str) -> Cli {
        self.env.push((key.into(), value.into()));
        self
    }

    fn command(&self, args: &[&str]) -> Command {
        let mut cmd = Command::new(&self.exe);
        cmd.args(args)
            .env_remove("EASEBACK_DATABASE_URL")
            .env_remove("EASEBACK_REGION")
            .env_remove("EASEBACK_LANG")
            .env_remove("LANG")
            .env("RUST_BACKTRACE", "0");
        for (k, v) in &self.env {
            cmd.env(k, v);
        }
        cmd
    }

    /// Run with no input.
    pub fn run(&self, args: &[&str]) -> Output {
        self.command(args)
            .stdin(Stdio::null())
            .output()
            .expect("the binary runs")
    }

    /// Run with `input` on stdin (written from a thread, so a large input
    /// cannot block against a full stdout pipe).
    pub fn run_with_input(&self, args: &[&str], input: &[u8]) -> Output {
        let mut child = self
            .command(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the binary starts");
        let mut stdin = child.stdin.take().expect("stdin");
        let data = input.to_vec();
        let writer = std::thread::spawn(move || stdin.write_all(&data));
        let out = child.wait_with_output().expect("the binary ends");
        // a program that stops reading early is not a test failure here
        let _ = writer.join();
        out
    }
}
