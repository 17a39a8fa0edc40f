//! `cargo xtask run` and `cargo xtask test`: the two commands in the README.
//!
//! Everything a fresh machine needs beyond a Rust toolchain is installed or
//! named here, so that a developer and CI run exactly the same steps.

mod assets;
mod build;
mod display;
mod prereqs;
mod shell;
mod summary;
mod test;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <command>

commands:
  run        install what is missing, build, open the app on the demo store
  test       fmt, clippy, unit/integration tests and the end-to-end suite
  build-ui   build the UI into ui/dist (add --release for an optimised build,
             --e2e for the optimised one the end-to-end tests drive)
  screenshots  drive the app through every screen; PNGs into target/screenshots/
  measure    time click-a-client-to-case-painted on a 20,000-client demo store";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = workspace_root();
    let result = match args.first().map(String::as_str) {
        Some("run") => run(&root),
        Some("test") => test::run(&root),
        Some("screenshots") => test::screenshots(&root),
        Some("measure") => test::measure(&root),
        Some("build-ui") => {
            let ui = if args.iter().any(|a| a == "--release") {
                build::Ui::Release
            } else if args.iter().any(|a| a == "--e2e") {
                build::Ui::E2e
            } else {
                build::Ui::Debug
            };
            prereqs::ensure(&root, prereqs::Needs::Build)
                .and_then(|_| build::ui(&root, ui).map(|_| ()))
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(root: &std::path::Path) -> Result<(), String> {
    prereqs::ensure(root, prereqs::Needs::Build)?;
    // The UI as shipped: WebKitGTK runs it far more steadily than the
    // debug build (see the README).
    build::ui(root, build::Ui::Release)?;
    let app = build::app(root)?;
    // Without a display (a server, CI), open the window on a virtual one and
    // say how to look at it.
    let _display = display::ensure()?;
    println!("xtask: starting {} --demo", app.display());
    let status = shell::command(&app)
        .arg("--demo")
        .status()
        .map_err(|e| format!("could not start the app: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("the app exited with {status}"))
    }
}

fn workspace_root() -> PathBuf {
    // xtask lives one folder below the workspace root.
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map(PathBuf::from).unwrap_or(manifest)
}
