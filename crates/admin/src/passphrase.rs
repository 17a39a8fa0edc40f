//! Where a passphrase comes from: standard input when asked
//! (`--passphrase-stdin`), else the environment, else the terminal. Scripts
//! use the first two; a person at a terminal the last, where it is not
//! echoed.

use std::io::BufRead;

use zeroize::Zeroizing;

use crate::failure::Failure;
use crate::StoreArgs;

pub const ENV: &str = "KOHTAAMO_PASSPHRASE";
pub const NEW_ENV: &str = "KOHTAAMO_NEW_PASSPHRASE";

/// The passphrase of an existing store.
pub fn current(args: &StoreArgs) -> Result<Zeroizing<String>, Failure> {
    if args.passphrase_stdin {
        return from_stdin();
    }
    if let Some(value) = from_env(ENV) {
        return Ok(value);
    }
    prompt("Passphrase: ")
}

/// A new passphrase: from `env`, else typed twice at the terminal. With
/// `--passphrase-stdin`, `init` and `restore` read it from standard input.
pub fn new(args: &StoreArgs, env: &str) -> Result<Zeroizing<String>, Failure> {
    let chosen = if args.passphrase_stdin && env == ENV {
        from_stdin()?
    } else if let Some(value) = from_env(env) {
        value
    } else {
        let first = prompt("New passphrase: ")?;
        let again = prompt("New passphrase again: ")?;
        if *first != *again {
            return Err(Failure::Usage("the passphrases differ".into()));
        }
        first
    };
    kohtaamo_model::api::check_new_passphrase(&chosen).map_err(|_| {
        Failure::Usage(format!(
            "the passphrase is too short: use at least {} characters",
            kohtaamo_model::api::MIN_PASSPHRASE_CHARS
        ))
    })?;
    Ok(chosen)
}

fn from_env(name: &str) -> Option<Zeroizing<String>> {
    std::env::var(name)
        .ok()
        .filter(|v| !v.is_empty())
        .map(Zeroizing::new)
}

fn from_stdin() -> Result<Zeroizing<String>, Failure> {
    let mut line = Zeroizing::new(String::new());
    std::io::stdin()
        .lock()
        .read_line(&mut line)
        .map_err(|e| Failure::Usage(format!("cannot read the passphrase from stdin: {e}")))?;
    let trimmed = Zeroizing::new(line.trim_end_matches(['\r', '\n']).to_owned());
    if trimmed.is_empty() {
        return Err(Failure::Usage("no passphrase on stdin".into()));
    }
    Ok(trimmed)
}

fn prompt(text: &str) -> Result<Zeroizing<String>, Failure> {
    rpassword::prompt_password(text)
        .map(Zeroizing::new)
        .map_err(|e| {
            Failure::Usage(format!(
                "cannot ask for the passphrase ({e}); use --passphrase-stdin or {ENV}"
            ))
        })
}
