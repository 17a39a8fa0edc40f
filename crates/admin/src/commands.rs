//! One function per subcommand. Output meant for scripts (list, dump,
//! access-log, stats) goes to stdout; everything else to stderr.

use std::path::Path;

use kohtaamo_model::ClientId;
use kohtaamo_store::backup;
use kohtaamo_store::{demo, Channel, KdfParams, Purpose, Store, StoreError, StorePaths};

use crate::failure::Failure;
use crate::passphrase;
use crate::{RegisterArg, StoreArgs, Why};

fn paths(args: &StoreArgs) -> StorePaths {
    StorePaths::for_db(&args.store)
}

fn purpose(args: &StoreArgs) -> Purpose {
    match args.why {
        Why::Administration => Purpose::Administration,
        Why::Care => Purpose::Care,
        Why::ClientRequest => Purpose::ClientRequest,
    }
}

fn open(args: &StoreArgs) -> Result<Store, Failure> {
    let paths = paths(args);
    if !paths.exists() {
        return Err(Failure::Failed(format!(
            "no store at {} (create one with `kohtaamo-admin init`)",
            paths.db().display()
        )));
    }
    let passphrase = passphrase::current(args)?;
    Ok(Store::unlock(&paths, &passphrase, Channel::Cli)?)
}

pub fn init(args: &StoreArgs) -> Result<(), Failure> {
    let paths = paths(args);
    if paths.exists() {
        return Err(Failure::Failed(format!(
            "a store already exists at {}; init never overwrites one",
            paths.db().display()
        )));
    }
    let passphrase = passphrase::new(args, passphrase::ENV)?;
    Store::create(&paths, &passphrase, KdfParams::DEFAULT, Channel::Cli)?;
    eprintln!("created {}", paths.db().display());
    Ok(())
}

pub fn demo(args: &StoreArgs, clients: usize, seed: u64) -> Result<(), Failure> {
    let paths = paths(args);
    let mut store = if paths.exists() {
        open(args)?
    } else {
        let passphrase = passphrase::new(args, passphrase::ENV)?;
        let mut store = Store::create(&paths, &passphrase, KdfParams::DEFAULT, Channel::Cli)?;
        // A store made for the demo takes synthetic people only.
        store.mark_as_demo()?;
        store
    };
    let added = demo::populate(&mut store, clients, seed)?;
    eprintln!(
        "added {added} synthetic clients (temporary henkilötunnus codes only) to {}",
        paths.db().display()
    );
    Ok(())
}

pub fn verify(args: &StoreArgs) -> Result<(), Failure> {
    let store = open(args)?;
    let report = store.verify()?;
    if report.is_ok() {
        eprintln!(
            "ok: every page authenticated, structure intact, {} access log entries chained",
            report.log_entries
        );
        return Ok(());
    }
    for problem in &report.problems {
        eprintln!("damage: {problem}");
    }
    Err(Failure::Failed(format!(
        "{} problem(s) found in {}",
        report.problems.len(),
        args.store.display()
    )))
}

/// A backup's or a restore's progress on one line of the terminal, when
/// stderr is one (scripts reading stderr see only the final message).
fn terminal_progress(p: kohtaamo_model::backup::BackupProgress) {
    use std::io::{IsTerminal, Write};
    let mut err = std::io::stderr();
    if err.is_terminal() {
        let _ = write!(err, "\r{:?}: {:>3} %", p.stage, p.percent());
        if p.percent() == 100 {
            let _ = writeln!(err);
        }
    }
}

pub fn backup(args: &StoreArgs, to: &Path) -> Result<(), Failure> {
    let mut store = open(args)?;
    let summary = store.backup_to(to, purpose(args), &terminal_progress)?;
    eprintln!(
        "backed up {} clients and {} access log entries to {} ({} bytes, verified)",
        summary.clients,
        summary.log_entries,
        summary.path.display(),
        summary.bytes
    );
    Ok(())
}

pub fn restore(args: &StoreArgs, from: &Path) -> Result<(), Failure> {
    let paths = paths(args);
    if paths.exists() {
        return Err(Failure::Failed(format!(
            "a store already exists at {}; restore never touches an existing store — \
             choose a new path",
            paths.db().display()
        )));
    }
    let passphrase = passphrase::current(args)?;
    let store = backup::restore(from, &paths, &passphrase, Channel::Cli, &terminal_progress)?;
    eprintln!(
        "restored {} clients to {} (verified)",
        store.count_clients()?,
        paths.db().display()
    );
    Ok(())
}

pub fn rekey(args: &StoreArgs) -> Result<(), Failure> {
    let paths = paths(args);
    // Opening proves the passphrase and takes the lock, so the app cannot
    // have the store open while its key file is replaced.
    let current = passphrase::current(args)?;
    let store = Store::unlock(&paths, &current, Channel::Cli)?;
    let new = passphrase::new(args, passphrase::NEW_ENV)?;
    Store::change_passphrase(&paths, &current, &new)?;
    drop(store);
    eprintln!("the passphrase of {} was changed", paths.db().display());
    Ok(())
}

pub fn stats(args: &StoreArgs) -> Result<(), Failure> {
    let store = open(args)?;
    let stats = store.stats()?;
    let size = |p: &Path| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0);
    let paths = store.paths();
    println!("schema version\t{}", stats.schema_version);
    println!("clients\t{}", stats.clients);
    println!("access log entries\t{}", stats.log_entries);
    println!("store bytes\t{}", size(paths.db()));
    println!("wal bytes\t{}", size(&paths.wal()));
    println!(
        "kdf\targon2id m={} KiB t={} p={}",
        stats.kdf.m_cost_kib, stats.kdf.t_cost, stats.kdf.p_cost
    );
    for (pragma, value) in store.security_settings()? {
        println!("{pragma}\t{value}");
    }
    Ok(())
}

pub fn list(args: &StoreArgs) -> Result<(), Failure> {
    let mut store = open(args)?;
    for (id, name) in store.list_clients(purpose(args))? {
        println!("{}\t{}", id.0, name);
    }
    Ok(())
}

pub fn dump(args: &StoreArgs, client: ClientId) -> Result<(), Failure> {
    let mut store = open(args)?;
    let case = store
        .case_export(client, purpose(args))
        .map_err(not_found(client))?;
    println!("{}", to_json(&case)?);
    Ok(())
}

pub fn access_log(args: &StoreArgs, client: ClientId) -> Result<(), Failure> {
    let mut store = open(args)?;
    let entries = store
        .access_log_for(client, purpose(args))
        .map_err(not_found(client))?;
    println!("{}", to_json(&entries)?);
    Ok(())
}

pub fn fhir(
    args: &StoreArgs,
    client: ClientId,
    register: Option<RegisterArg>,
    out: Option<&Path>,
) -> Result<(), Failure> {
    use kohtaamo_model::case::register::Register;
    // Checked before anything is read, so a refusal discloses nothing.
    if let Some(out) = out {
        if out.exists() {
            return Err(Failure::Failed(format!(
                "{} exists; the FHIR export never overwrites a file — choose a new one",
                out.display()
            )));
        }
    }
    let register = register.map(|r| match r {
        RegisterArg::HealthCare => Register::HealthCare,
        RegisterArg::SocialWelfare => Register::SocialWelfare,
    });
    let mut store = open(args)?;
    let bundle = store
        .fhir_bundle(client, register, chrono::Utc::now(), purpose(args))
        .map_err(not_found(client))?;
    let json = to_json(&bundle)?;
    match out {
        None => println!("{json}"),
        Some(out) => {
            crate::private_file::write_new(out, format!("{json}\n").as_bytes())
                .map_err(|e| Failure::Failed(format!("cannot write {}: {e}", out.display())))?;
            eprintln!("wrote the FHIR bundle to {}", out.display());
        }
    }
    Ok(())
}

/// `handout` and `info-sheet`: the same selection, log entry and layout as
/// the app's, written to a new owner-only file.
pub fn handout(
    args: &StoreArgs,
    handout: &crate::HandoutArgs,
    kind: kohtaamo_model::case::handout::HandoutKind,
) -> Result<(), Failure> {
    use kohtaamo_handout::{Options, Wording};
    // Checked before anything is read, so a refusal discloses nothing.
    if handout.out.exists() {
        return Err(Failure::Failed(format!(
            "{} exists; a handout never overwrites a file — choose a new one",
            handout.out.display()
        )));
    }
    let wording = match (handout.lang, handout.selko) {
        (Some(crate::LangArg::Fi), selko) | (None, selko @ true) => {
            Some(if selko { Wording::FiSelko } else { Wording::Fi })
        }
        (Some(crate::LangArg::Sv), false) => Some(Wording::Sv),
        (Some(crate::LangArg::En), false) => Some(Wording::En),
        (Some(_), true) => {
            return Err(Failure::Usage(
                "--selko is plain Finnish: use it with --lang fi or without --lang".into(),
            ))
        }
        (None, false) => None,
    };
    let today = chrono::Local::now().date_naive();
    let mut store = open(args)?;
    let case = store
        .handout_case(handout.client, kind, today, purpose(args))
        .map_err(not_found(handout.client))?;
    let options = Options {
        wording: wording.unwrap_or_else(|| {
            Wording::for_client(case.client.language, case.client.plain_language)
        }),
        today,
    };
    let pdf = match kind {
        kohtaamo_model::case::handout::HandoutKind::Plan => {
            kohtaamo_handout::plan_pdf(&case, &options)
        }
        kohtaamo_model::case::handout::HandoutKind::InfoSheet => {
            kohtaamo_handout::info_sheet_pdf(&case, &options)
        }
    }
    .map_err(|e| Failure::Failed(e.to_string()))?;
    crate::private_file::write_new(&handout.out, &pdf)
        .map_err(|e| Failure::Failed(format!("cannot write {}: {e}", handout.out.display())))?;
    eprintln!("wrote {} ({} bytes)", handout.out.display(), pdf.len());
    Ok(())
}

/// A period's first and last day, checked before the store is opened.
fn period(from: &str, to: &str) -> Result<(chrono::NaiveDate, chrono::NaiveDate), Failure> {
    let day = |name: &str, text: &str| {
        chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| {
            Failure::Usage(format!(
                "--{name} {text:?} is not a date written YYYY-MM-DD"
            ))
        })
    };
    let (from, to) = (day("from", from)?, day("to", to)?);
    if to < from {
        return Err(Failure::Usage(format!(
            "the period ends ({to}) before it starts ({from})"
        )));
    }
    Ok((from, to))
}

pub fn report(args: &StoreArgs, from: &str, to: &str, csv: bool) -> Result<(), Failure> {
    let (from, to) = period(from, to)?;
    let mut store = open(args)?;
    let figures = store.figures(from, to, chrono::Local::now().date_naive())?;
    if csv {
        print!("{}", kohtaamo_model::figures_report::csv(&figures));
    } else {
        print!("{}", kohtaamo_model::figures_report::text(&figures));
    }
    Ok(())
}

pub fn import_directory(args: &StoreArgs, from: &Path) -> Result<(), Failure> {
    let text = std::fs::read_to_string(from)
        .map_err(|e| Failure::Failed(format!("cannot read {}: {e}", from.display())))?;
    let directory = match kohtaamo_model::directory::parse_directory(&text) {
        Ok(directory) => directory,
        Err(errors) => {
            for error in &errors {
                eprintln!("bad entry: {error}");
            }
            return Err(Failure::Failed(format!(
                "{} bad entries in {}; nothing was imported",
                errors.len(),
                from.display()
            )));
        }
    };
    let mut store = open(args)?;
    let done = store.import_directory(&directory)?;
    eprintln!(
        "imported {}: {} people added, {} updated; {} organisations added, {} updated",
        from.display(),
        done.people_added,
        done.people_updated,
        done.organisations_added,
        done.organisations_updated
    );
    Ok(())
}

pub fn import_settings(args: &StoreArgs, from: &Path) -> Result<(), Failure> {
    let text = std::fs::read_to_string(from)
        .map_err(|e| Failure::Failed(format!("cannot read {}: {e}", from.display())))?;
    let settings = match kohtaamo_model::settings::parse_settings(&text) {
        Ok(settings) => settings,
        Err(problems) => {
            for problem in &problems {
                eprintln!("bad setting: {problem}");
            }
            return Err(Failure::Failed(format!(
                "{} problems in {}; nothing was changed",
                problems.len(),
                from.display()
            )));
        }
    };
    let mut store = open(args)?;
    store.save_organisation_settings(&settings)?;
    eprintln!(
        "imported {}: idle lock {} s ({} s during a joint appointment)",
        from.display(),
        settings.idle_lock.seconds,
        settings.idle_lock.appointment_seconds
    );
    Ok(())
}

pub fn import_instrument(args: &StoreArgs, from: &Path) -> Result<(), Failure> {
    let text = std::fs::read_to_string(from)
        .map_err(|e| Failure::Failed(format!("cannot read {}: {e}", from.display())))?;
    // Checked before the passphrase is asked: a bad file needs no store.
    if let Err(problem) = kohtaamo_model::measure::instrument_file::parse_instrument(&text) {
        return Err(Failure::Failed(format!(
            "{}: {problem}; nothing was imported",
            from.display()
        )));
    }
    let mut store = open(args)?;
    let (instrument, added) = store.import_instrument(&text)?;
    eprintln!(
        "{} {} version {} ({} items)",
        if added { "imported" } else { "already there:" },
        instrument.id,
        instrument.version,
        instrument.items.len()
    );
    Ok(())
}

pub fn bench(args: &StoreArgs, clients: usize, rounds: usize) -> Result<(), Failure> {
    let dir = &args.store;
    if dir.exists() {
        return Err(Failure::Usage(format!(
            "--store {} exists; bench builds its own stores in a new folder",
            dir.display()
        )));
    }
    eprintln!(
        "building an encrypted and a plain store with {clients} clients in {} …",
        dir.display()
    );
    let report = kohtaamo_store::bench::run(dir, clients, rounds)?;
    println!("{report}");
    Ok(())
}

fn not_found(id: ClientId) -> impl FnOnce(StoreError) -> Failure {
    move |error| match error {
        StoreError::ClientNotFound(_) => Failure::Failed(format!("no client with id {id}")),
        other => other.into(),
    }
}

fn to_json(value: &impl serde::Serialize) -> Result<String, Failure> {
    serde_json::to_string_pretty(value).map_err(|e| Failure::Failed(e.to_string()))
}
