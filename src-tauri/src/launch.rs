//! Command-line options and where the app keeps its stores.

use std::ffi::OsString;
use std::path::PathBuf;

use kohtaamo_model::settings::IdleLock;

pub struct Options {
    pub data_dir: PathBuf,
    /// Start on the demo store (what `cargo xtask run` does).
    pub demo: bool,
    pub idle: IdleLimits,
    /// The file dialogs' answers given beforehand (debug builds; see `dialog`).
    pub dialog: crate::dialog::Answers,
}

/// How long without input before the store locks itself. An organisation
/// sets these in its settings file; a machine's own options (a shortcut's
/// arguments or the environment) win over it, so IT can set one machine
/// apart. Neither is a setting a user changes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IdleLimits {
    /// `--idle-lock-seconds N` (or `KOHTAAMO_IDLE_LOCK_SECONDS`).
    pub ordinary: Option<u32>,
    /// `--appointment-idle-lock-seconds N` (or
    /// `KOHTAAMO_APPOINTMENT_IDLE_LOCK_SECONDS`): while a joint appointment
    /// is running, when people talk more than they type. Unless set, never
    /// shorter than the ordinary limit.
    pub appointment: Option<u32>,
}

impl IdleLimits {
    /// The limits in force: this machine's options where given, else the
    /// organisation's settings.
    pub fn resolve(&self, organisation: &IdleLock) -> (u32, u32) {
        let ordinary = self.ordinary.unwrap_or(organisation.seconds);
        let appointment = self
            .appointment
            .unwrap_or_else(|| ordinary.max(organisation.appointment_seconds));
        (ordinary, appointment)
    }
}

impl Options {
    /// `--data-dir PATH` (or `KOHTAAMO_DATA_DIR`) moves every store, which
    /// tests use to work in a folder of their own; `--demo` opens the demo store.
    pub fn from_env() -> Result<Self, String> {
        Self::parse(std::env::args_os().skip(1), |name| std::env::var_os(name))
    }

    /// The options from `args` (without the program's name), falling back
    /// to `env` for what the arguments leave out.
    fn parse(
        args: impl IntoIterator<Item = OsString>,
        env: impl Fn(&str) -> Option<OsString>,
    ) -> Result<Self, String> {
        let mut data_dir = env("KOHTAAMO_DATA_DIR").map(PathBuf::from);
        let mut demo = false;
        let seconds_from_env = |name: &str| {
            env(name)
                .map(|text| parse_seconds(&text.to_string_lossy()))
                .transpose()
        };
        let mut ordinary = seconds_from_env("KOHTAAMO_IDLE_LOCK_SECONDS")?;
        let mut appointment = seconds_from_env("KOHTAAMO_APPOINTMENT_IDLE_LOCK_SECONDS")?;
        let mut dialog = crate::dialog::Answers::from_env(&env);
        let mut args = args.into_iter();
        while let Some(arg) = args.next() {
            if dialog.parse_arg(&arg.to_string_lossy(), || args.next())? {
                continue;
            }
            let mut seconds = |flag: &str| match args.next() {
                Some(n) => parse_seconds(&n.to_string_lossy()).map(Some),
                None => Err(format!("{flag} needs a number of seconds")),
            };
            match arg.to_str() {
                Some("--demo") => demo = true,
                Some(flag @ "--idle-lock-seconds") => ordinary = seconds(flag)?,
                Some(flag @ "--appointment-idle-lock-seconds") => appointment = seconds(flag)?,
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
            idle: IdleLimits {
                ordinary,
                appointment,
            },
            dialog,
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

#[cfg(test)]
mod tests {
    use super::*;

    /// The limits in force on a store with the built-in settings.
    fn limits(options: &Options) -> (u32, u32) {
        options
            .idle
            .resolve(&kohtaamo_model::settings::OrganisationSettings::default().idle_lock)
    }

    fn parse(args: &[&str], env: &[(&str, &str)]) -> Result<Options, String> {
        let env: Vec<(String, OsString)> = env
            .iter()
            .map(|(k, v)| ((*k).to_owned(), OsString::from(v)))
            .collect();
        Options::parse(
            ["--data-dir", "/tmp/k"]
                .iter()
                .chain(args)
                .map(OsString::from),
            |name| env.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()),
        )
    }

    #[test]
    fn without_options_the_limits_are_five_and_twenty_minutes() {
        assert_eq!(limits(&parse(&[], &[]).unwrap()), (300, 1200));
    }

    #[test]
    fn a_long_ordinary_limit_lengthens_the_appointment_one_unless_it_is_set() {
        let options = parse(&["--idle-lock-seconds", "1800"], &[]).unwrap();
        assert_eq!(limits(&options), (1800, 1800));
        let options = parse(
            &[
                "--idle-lock-seconds",
                "1800",
                "--appointment-idle-lock-seconds",
                "600",
            ],
            &[],
        )
        .unwrap();
        assert_eq!(limits(&options), (1800, 600));
    }

    #[test]
    fn arguments_win_over_the_environment() {
        let env = [
            ("KOHTAAMO_IDLE_LOCK_SECONDS", "60"),
            ("KOHTAAMO_APPOINTMENT_IDLE_LOCK_SECONDS", "900"),
        ];
        assert_eq!(limits(&parse(&[], &env).unwrap()), (60, 900));
        let options = parse(&["--appointment-idle-lock-seconds", "90"], &env).unwrap();
        assert_eq!(limits(&options), (60, 90));
    }

    #[test]
    fn the_organisations_settings_apply_unless_the_machine_says_otherwise() {
        let organisation = IdleLock {
            seconds: 600,
            appointment_seconds: 2400,
        };
        let options = parse(&[], &[]).unwrap();
        assert_eq!(options.idle.resolve(&organisation), (600, 2400));
        let options = parse(&["--idle-lock-seconds", "120"], &[]).unwrap();
        assert_eq!(options.idle.resolve(&organisation), (120, 2400));
    }

    #[test]
    fn a_bad_number_is_refused_with_what_was_given() {
        let error = parse(&["--appointment-idle-lock-seconds", "0"], &[])
            .err()
            .unwrap();
        assert!(error.contains("\"0\""), "{error}");
        let error = parse(&[], &[("KOHTAAMO_IDLE_LOCK_SECONDS", "5 min")])
            .err()
            .unwrap();
        assert!(error.contains("5 min"), "{error}");
        let error = parse(&["--idle-lock-seconds"], &[]).err().unwrap();
        assert!(error.contains("--idle-lock-seconds"), "{error}");
    }
}
