//! Running other programs, with their command lines echoed.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

pub fn command(program: impl AsRef<std::ffi::OsStr>) -> Command {
    Command::new(program)
}

pub fn cargo() -> Command {
    Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()))
}

/// Runs `cmd` in `dir`, inheriting output; an error names the command.
pub fn run(mut cmd: Command, dir: &Path) -> Result<(), String> {
    let shown = describe(&cmd);
    println!("xtask: $ {shown}");
    let status = cmd
        .current_dir(dir)
        .status()
        .map_err(|e| format!("could not run `{shown}`: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{shown}` failed ({status})"))
    }
}

/// Whether `program` can be started (it answers `--version`).
pub fn answers(program: &str, arg: &str) -> Option<String> {
    Command::new(program)
        .arg(arg)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
}

pub fn describe(cmd: &Command) -> String {
    let mut parts = vec![cmd.get_program().to_string_lossy().into_owned()];
    parts.extend(cmd.get_args().map(|a| a.to_string_lossy().into_owned()));
    parts.join(" ")
}

/// The full path of `program` on PATH or in cargo's own bin folder (where
/// `cargo install` puts it, even when that folder is not on PATH).
pub fn which(program: &str) -> Option<PathBuf> {
    let exe = format!("{program}{}", std::env::consts::EXE_SUFFIX);
    let path = std::env::var_os("PATH").unwrap_or_default();
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cargo")));
    std::env::split_paths(&path)
        .chain(cargo_home.map(|home| home.join("bin")))
        .map(|dir| dir.join(&exe))
        .find(|candidate| candidate.is_file())
}
