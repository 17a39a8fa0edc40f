//! `kohtaamo-admin`: the case store for IT staff and scripts.
//!
//! Every subcommand works on one store file (`--store PATH`) as its owner,
//! the passphrase holder; reads and writes of client data are logged like
//! the app's, with the channel `cli`. Exit codes: 0 ok, 1 failure (such as
//! damage found by `verify`), 2 usage, 3 wrong passphrase.

mod commands;
mod failure;
mod passphrase;
mod private_file;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser)]
#[command(
    name = "kohtaamo-admin",
    version,
    about = "Administer a Kohtaamo case store"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

/// Options every subcommand takes.
#[derive(clap::Args, Clone)]
pub struct StoreArgs {
    /// The store file (its key file sits beside it, with the extension .key)
    #[arg(long, value_name = "PATH")]
    pub store: PathBuf,
    /// Read the passphrase from the first line of standard input instead of
    /// the terminal (or KOHTAAMO_PASSPHRASE)
    #[arg(long)]
    pub passphrase_stdin: bool,
    /// Why the data is used, for the access log
    #[arg(long, value_enum, default_value_t = Why::Administration)]
    pub why: Why,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum Why {
    Administration,
    Care,
    ClientRequest,
}

/// A client register, for the FHIR export.
#[derive(Clone, Copy, ValueEnum)]
pub enum RegisterArg {
    HealthCare,
    SocialWelfare,
}

/// The language of a handout.
#[derive(Clone, Copy, ValueEnum)]
pub enum LangArg {
    Fi,
    Sv,
    En,
}

/// What a handout subcommand takes besides the store.
#[derive(clap::Args)]
pub struct HandoutArgs {
    #[arg(long, value_name = "ID")]
    pub client: kohtaamo_model::ClientId,
    /// The handout's language [default: the client's own, and their plain
    /// Finnish preference]
    #[arg(long, value_enum)]
    pub lang: Option<LangArg>,
    /// In plain Finnish (selkosuomi); with Finnish only
    #[arg(long)]
    pub selko: bool,
    /// The PDF file to write (must not exist; made owner-only)
    #[arg(long, value_name = "FILE.pdf")]
    pub out: PathBuf,
}

#[derive(Subcommand)]
enum Command {
    /// Create a new, empty store
    Init {
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Fill a store with synthetic clients (created if missing)
    Demo {
        #[command(flatten)]
        store: StoreArgs,
        /// How many clients to add
        #[arg(long, default_value_t = 200)]
        clients: usize,
        /// Seed for the synthetic data, for repeatable stores
        #[arg(long, default_value_t = 2026)]
        seed: u64,
    },
    /// Check SQLCipher page authentication, structure and the access log chain
    Verify {
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Write an encrypted, verified backup to FILE (which must not exist)
    Backup {
        #[command(flatten)]
        store: StoreArgs,
        #[arg(long, value_name = "FILE")]
        to: PathBuf,
    },
    /// Restore a backup as a new store at --store (which must not exist)
    Restore {
        #[command(flatten)]
        store: StoreArgs,
        #[arg(long, value_name = "FILE")]
        from: PathBuf,
    },
    /// Change the passphrase (the new one from the terminal or KOHTAAMO_NEW_PASSPHRASE)
    Rekey {
        #[command(flatten)]
        store: StoreArgs,
    },
    /// Counts and sizes
    Stats {
        #[command(flatten)]
        store: StoreArgs,
    },
    /// One client a line: id, a tab, the name
    List {
        #[command(flatten)]
        store: StoreArgs,
    },
    /// One client's data as JSON
    Dump {
        #[command(flatten)]
        store: StoreArgs,
        #[arg(long, value_name = "ID")]
        client: kohtaamo_model::ClientId,
    },
    /// Who has used one client's data, when and why (the client's right to know)
    AccessLog {
        #[command(flatten)]
        store: StoreArgs,
        #[arg(long, value_name = "ID")]
        client: kohtaamo_model::ClientId,
    },
    /// One client's case as a FHIR R4 Bundle (JSON) for a client register:
    /// the other register's notes and entries only under the client's
    /// consent. Logged as a disclosure; written to FILE (which must not
    /// exist, made owner-only) or to stdout
    Fhir {
        #[command(flatten)]
        store: StoreArgs,
        #[arg(long, value_name = "ID")]
        client: kohtaamo_model::ClientId,
        /// The register the export is for [default: the owner's own]
        #[arg(long, value_enum)]
        register: Option<RegisterArg>,
        /// The file to write (to stdout without)
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
    },
    /// Write the client's copy of their agreed plan as a PDF: what the
    /// shared screen shows, with the team's contact details the team gave
    /// the client. Logged as a disclosure to the client
    Handout {
        #[command(flatten)]
        store: StoreArgs,
        #[command(flatten)]
        handout: HandoutArgs,
    },
    /// Write the one-page info sheet for a new joint client (what joint
    /// clientship means, the team and how to reach it) as a PDF. Logged as
    /// a disclosure to the client
    InfoSheet {
        #[command(flatten)]
        store: StoreArgs,
        #[command(flatten)]
        handout: HandoutArgs,
    },
    /// Import the organisation's directory file (people and organisations);
    /// the same key updates the same person. A file with any bad entry
    /// changes nothing.
    ImportDirectory {
        #[command(flatten)]
        store: StoreArgs,
        #[arg(long, value_name = "FILE")]
        from: PathBuf,
    },
    /// Import the organisation's settings file (segments, review intervals,
    /// idle-lock limits, register custodians, the client-experience
    /// statement). A file with any bad field changes nothing.
    ImportSettings {
        #[command(flatten)]
        store: StoreArgs,
        #[arg(long, value_name = "FILE")]
        from: PathBuf,
    },
    /// Import a unit's own instrument file (a PROM, say): a file with a bad
    /// field is refused with the field named, and a version already in the
    /// store with other content is refused too.
    ImportInstrument {
        #[command(flatten)]
        store: StoreArgs,
        #[arg(long, value_name = "FILE")]
        from: PathBuf,
    },
    /// The figures of the store's cases over a period: aggregates only,
    /// small counts suppressed (logged once, as knowledge management)
    Report {
        #[command(flatten)]
        store: StoreArgs,
        /// The first day, YYYY-MM-DD
        #[arg(long, value_name = "DATE")]
        from: String,
        /// The last day, YYYY-MM-DD
        #[arg(long, value_name = "DATE")]
        to: String,
        /// CSV instead of text
        #[arg(long)]
        csv: bool,
    },
    /// Measure opening, searching and saving on this machine
    Bench {
        #[command(flatten)]
        store: StoreArgs,
        /// Clients in the benchmark stores
        #[arg(long, default_value_t = 20_000)]
        clients: usize,
        /// Timed repetitions of each operation
        #[arg(long, default_value_t = 200)]
        rounds: usize,
    },
}

fn main() -> ExitCode {
    // clap exits with 2 on usage errors itself, after printing them.
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Init { store } => commands::init(&store),
        Command::Demo {
            store,
            clients,
            seed,
        } => commands::demo(&store, clients, seed),
        Command::Verify { store } => commands::verify(&store),
        Command::Backup { store, to } => commands::backup(&store, &to),
        Command::Restore { store, from } => commands::restore(&store, &from),
        Command::Rekey { store } => commands::rekey(&store),
        Command::Stats { store } => commands::stats(&store),
        Command::List { store } => commands::list(&store),
        Command::Dump { store, client } => commands::dump(&store, client),
        Command::AccessLog { store, client } => commands::access_log(&store, client),
        Command::Fhir {
            store,
            client,
            register,
            out,
        } => commands::fhir(&store, client, register, out.as_deref()),
        Command::Handout { store, handout } => commands::handout(
            &store,
            &handout,
            kohtaamo_model::case::handout::HandoutKind::Plan,
        ),
        Command::InfoSheet { store, handout } => commands::handout(
            &store,
            &handout,
            kohtaamo_model::case::handout::HandoutKind::InfoSheet,
        ),
        Command::ImportDirectory { store, from } => commands::import_directory(&store, &from),
        Command::ImportSettings { store, from } => commands::import_settings(&store, &from),
        Command::ImportInstrument { store, from } => commands::import_instrument(&store, &from),
        Command::Report {
            store,
            from,
            to,
            csv,
        } => commands::report(&store, &from, &to, csv),
        Command::Bench {
            store,
            clients,
            rounds,
        } => commands::bench(&store, clients, rounds),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(failure) => {
            eprintln!("kohtaamo-admin: {failure}");
            failure.exit_code()
        }
    }
}
