//! Command-line options and where the app keeps its stores.

use std::path::PathBuf;

pub struct Options {
    pub data_dir: PathBuf,
    /// Start on the demo store (what `cargo xtask run` does).
    pub demo: bool,
    /// `--idle-lock-seconds N` (or `KOHTAAMO_IDLE_LOCK_SECONDS`): how long
    /// without input before the store locks itself.
    pub idle_lock_seconds: u32,
}

impl Options {
    /// `--data-dir PATH` (or `KOHTAAMO_DATA_DIR`) moves every store, which
    /// tests use to work in a folder of their own; `--demo` opens the demo store.
    pub fn from_env() -> Result<Self, String> {
        let mut data_dir = std::env::var_os("KOHTAAMO_DATA_DIR").map(PathBuf::from);
        let mut demo = false;
        let mut idle_lock_seconds = match std::env::var("KOHTAAMO_IDLE_LOCK_SECONDS") {
            Ok(text) => parse_seconds(&text)?,
            Err(_) => kohtaamo_model::api::DEFAULT_IDLE_LOCK_SECONDS,
        };
        let mut args = std::env::args_os().skip(1);
        while let Some(arg) = args.next() {
            match arg.to_str() {
                Some("--demo") => demo = true,
                Some("--idle-lock-seconds") => match args.next() {
                    Some(n) => idle_lock_seconds = parse_seconds(&n.to_string_lossy())?,
                    None => return Err("--idle-lock-seconds needs a number".into()),
                },
                Some("--data-dir") => match args.next() {
                    Some(dir) => data_dir = Some(PathBuf::from(dir)),
                    None => return Err("--data-dir needs a folder".into()),
                },
                _ => return Err(format!("unknown argument {}", arg.to_string_lossy())),
            }
        }
        let data_dir = match data_dir {
            Some(dir) => dir,
            None => default_data_dir()?,
        };
        Ok(Self {
            data_dir,
            demo,
            idle_lock_seconds,
        })
    }
}

fn parse_seconds(text: &str) -> Result<u32, String> {
    match text.trim().parse::<u32>() {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err(format!(
            "the idle lock time must be a whole number of seconds, not {text:?}"
        )),
    }
}

/// The platform's per-user, non-roaming data folder: a case store belongs to
/// one machine and must not be synced to others by a roaming profile.
fn default_data_dir() -> Result<PathBuf, String> {
    directories::ProjectDirs::from("fi", "Kohtaamo", "Kohtaamo")
        .map(|dirs| dirs.data_local_dir().to_owned())
        .ok_or_else(|| "no home folder to keep the store in".to_owned())
}
