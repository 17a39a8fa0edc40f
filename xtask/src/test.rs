//! `cargo xtask test`: every check, ending in one `N passed, N failed` line.

use std::io::{BufRead, BufReader};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::summary::Summary;
use crate::{build, display, prereqs, shell};

const DRIVER_PORT: u16 = 4444;

pub fn run(root: &Path) -> Result<(), String> {
    prereqs::ensure(root, prereqs::Needs::Test)?;
    let mut summary = Summary::default();

    let mut fmt = shell::cargo();
    fmt.args(["fmt", "--all", "--check"]);
    summary.check("cargo fmt --check", shell::run(fmt, root));

    // The shell embeds the UI at compile time, so the UI comes first.
    let ui_built = summary.check("build the UI", build::ui(root, build::Ui::E2e).map(|_| ()));

    if ui_built {
        let mut clippy = shell::cargo();
        clippy.args([
            "clippy",
            "--workspace",
            "--exclude",
            "kohtaamo-ui",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ]);
        summary.check("clippy (native)", shell::run(clippy, root));
    }
    let mut clippy_ui = shell::cargo();
    clippy_ui.args([
        "clippy",
        "-p",
        "kohtaamo-ui",
        "--target",
        "wasm32-unknown-unknown",
        "--",
        "-D",
        "warnings",
    ]);
    summary.check("clippy (ui, wasm)", shell::run(clippy_ui, root));

    // The FHIR export's tests validate against the R4 schema from npm; a
    // failed UI build must not leave them without it.
    summary.check("npm packages", crate::assets::install(root));
    let mut unit = shell::cargo();
    unit.args([
        "test",
        "--no-fail-fast",
        "--workspace",
        "--exclude",
        "kohtaamo-ui",
        "--exclude",
        "kohtaamo-e2e",
    ])
    .env(
        "KOHTAAMO_FHIR_SCHEMA",
        crate::assets::fhir_schema_path(root),
    );
    libtest(&mut summary, "unit and integration tests", unit, root);

    let mut locales = shell::cargo();
    locales.args(["test", "-p", "kohtaamo-e2e", "--test", "locales"]);
    libtest(&mut summary, "locale completeness", locales, root);

    if ui_built {
        match build::app(root) {
            Ok(app) => end_to_end(
                &mut summary,
                root,
                &app,
                &root.join("target").join("e2e-screenshots"),
            ),
            Err(e) => {
                summary.check("build the app", Err(e));
            }
        }
    }

    summary.print();
    if summary.failed == 0 && summary.failures.is_empty() {
        Ok(())
    } else {
        Err("some checks failed".into())
    }
}

/// `cargo xtask screenshots`: the end-to-end suite drives the real app
/// through every screen (on the demo store, Finnish for the professional,
/// Finnish and Swedish for the client view) and leaves a PNG of each in
/// `target/screenshots/`.
pub fn screenshots(root: &Path) -> Result<(), String> {
    prereqs::ensure(root, prereqs::Needs::Test)?;
    build::ui(root, build::Ui::E2e)?;
    let app = build::app(root)?;
    let dir = root.join("target").join("screenshots");
    let _ = std::fs::remove_dir_all(&dir);
    let mut summary = Summary::default();
    end_to_end(&mut summary, root, &app, &dir);
    summary.print();
    let mut shots: Vec<_> = std::fs::read_dir(&dir)
        .map(|entries| entries.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    shots.sort();
    for shot in &shots {
        println!("xtask: {}", shot.display());
    }
    if summary.failed == 0 && summary.failures.is_empty() {
        Ok(())
    } else {
        Err("some screens could not be reached".into())
    }
}

/// `cargo xtask measure`: the release app on a 20,000-client demo store,
/// timed from clicking a client to the whole case painted.
pub fn measure(root: &Path) -> Result<(), String> {
    prereqs::ensure(root, prereqs::Needs::Test)?;
    build::ui(root, build::Ui::Release)?;
    let mut cargo = shell::cargo();
    cargo.args([
        "build",
        "--release",
        "-p",
        "kohtaamo",
        "-p",
        "kohtaamo-admin",
    ]);
    shell::run(cargo, root)?;
    let release = root.join("target").join("release");
    let exe = |name: &str| release.join(format!("{name}{}", std::env::consts::EXE_SUFFIX));
    let data = root.join("target").join("measure-data");
    let _ = std::fs::remove_dir_all(&data);
    let mut demo = shell::command(exe("kohtaamo-admin"));
    demo.args(["demo", "--clients", "20000", "--store"])
        .arg(data.join("demo").join("demo.db"))
        .env("KOHTAAMO_PASSPHRASE", "kohtaamo-demo");
    shell::run(demo, root)?;

    let _display = display::ensure()?;
    let log = root.join("target").join("tauri-driver.log");
    let _driver = TauriDriver::start(&log)?;
    let mut run = shell::cargo();
    run.args([
        "run",
        "--quiet",
        "-p",
        "kohtaamo-e2e",
        "--bin",
        "measure-ui",
    ])
    .env("KOHTAAMO_APP", exe("kohtaamo"))
    .env(
        "KOHTAAMO_WEBDRIVER",
        format!("http://127.0.0.1:{DRIVER_PORT}"),
    )
    .env("KOHTAAMO_MEASURE_DATA", &data);
    shell::run(run, root)
}

fn end_to_end(summary: &mut Summary, root: &Path, app: &Path, screenshots: &Path) {
    let display = match display::ensure() {
        Ok(d) => d,
        Err(e) => {
            summary.check("start a display", Err(e));
            return;
        }
    };
    let log = root.join("target").join("tauri-driver.log");
    let driver = match TauriDriver::start(&log) {
        Ok(d) => d,
        Err(e) => {
            summary.check("start tauri-driver", Err(e));
            return;
        }
    };
    let e2e = |filters: &[String]| {
        let mut cmd = shell::cargo();
        // --no-fail-fast: a failure in one test file must not leave the
        // other unrun (and uncounted).
        cmd.args(["test", "--no-fail-fast", "-p", "kohtaamo-e2e"]);
        for file in E2E_FILES {
            cmd.args(["--test", file]);
        }
        cmd.args(["--", "--test-threads=1"])
            .env("KOHTAAMO_APP", app)
            .env(
                "KOHTAAMO_WEBDRIVER",
                format!("http://127.0.0.1:{DRIVER_PORT}"),
            )
            .env("KOHTAAMO_AXE", crate::assets::axe_path(root))
            .env("KOHTAAMO_SCREENSHOTS", screenshots);
        if !filters.is_empty() {
            cmd.arg("--exact").args(filters);
        }
        cmd
    };
    let (output, ok) = run_streaming(e2e(&[]), root);
    // A test binary that crashed (or was killed) prints no result line: its
    // tests are neither passed nor failed, and no retry brings them back.
    let silent = without_result(&output, E2E_FILES.len());
    if silent > 0 {
        summary.check(
            "end-to-end tests",
            Err(format!(
                "{silent} test binary(ies) ended without a result (crashed?)"
            )),
        );
    }
    let failed = failed_tests(&output);
    if ok || failed.is_empty() {
        summary.add_libtest("end-to-end tests", &output, ok);
    } else {
        // A real window under Xvfb now and then loses a start-up or an IPC
        // answer (a WebKitGTK/tauri-driver flake seen here and in CI). Each
        // failed test runs once more on its own; one that fails twice fails,
        // and every retry is printed, so flakes stay visible.
        println!(
            "xtask: retrying {} end-to-end test(s) once: {}",
            failed.len(),
            failed.join(", ")
        );
        let first_passed = count_in(&output, "passed");
        let (mut retry, mut retry_ok) = run_streaming(e2e(&failed), root);
        let mut step = "end-to-end tests (retry)";
        // A test that failed again only because WebKitGTK's wasm trap struck
        // again (the crash notice up, the trap in its output) gets one more
        // run; any other failure stands.
        let again = failed_tests(&retry);
        let trapped = trapped_tests(&retry);
        if !retry_ok && !again.is_empty() && again.iter().all(|t| trapped.contains(t)) {
            println!(
                "xtask: the wasm trap struck {} test(s) again; running them once more: {}",
                again.len(),
                again.join(", ")
            );
            summary.passed += count_in(&retry, "passed");
            (retry, retry_ok) = run_streaming(e2e(&again), root);
            step = "end-to-end tests (second retry after the wasm trap)";
        }
        summary.passed += first_passed;
        summary.add_libtest(step, &retry, retry_ok);
        if retry_ok {
            summary.retried.extend(failed);
        }
    }
    drop(driver);
    drop(display);
    if !summary.retried.is_empty() || summary.failed > 0 {
        print_app_said(&log);
    }
}

/// What the apps said on stderr during the run (the shell's locks among
/// it: lines starting `kohtaamo:`, which carry no client data), so that a
/// failure or a retry can be read against it.
fn print_app_said(log: &Path) {
    let said = std::fs::read_to_string(log).unwrap_or_default();
    let lines: Vec<&str> = said
        .lines()
        .filter_map(|line| line.find("kohtaamo:").map(|at| &line[at..]))
        .collect();
    println!("xtask: the apps said {} line(s) on stderr:", lines.len());
    for line in lines.iter().rev().take(60).rev() {
        println!("  {line}");
    }
}

/// The end-to-end test files, one test binary each. `kill` (21 SIGKILLs
/// right after "Tallennettu") meets the UI's rare wasm trap now and then in
/// its many starts and saves (see the README): a trapped round is counted,
/// printed and made again, and more than three traps fail it.
const E2E_FILES: [&str; 6] = [
    "e2e",
    "joint_appointment",
    "own_store",
    "kill",
    "measures",
    "backup",
];

/// How many of `binaries` test binaries printed no `test result:` line.
fn without_result(output: &str, binaries: usize) -> usize {
    let results = output
        .lines()
        .filter(|line| line.trim().starts_with("test result: "))
        .count();
    binaries.saturating_sub(results)
}

/// Names of the tests libtest reported as FAILED.
fn failed_tests(output: &str) -> Vec<String> {
    output
        .lines()
        .filter_map(|line| {
            let rest = line.trim().strip_prefix("test ")?;
            let name = rest.strip_suffix(" ... FAILED")?;
            Some(name.trim().to_owned())
        })
        .collect()
}

/// What the page prints when WebKitGTK's wasm trap struck it (see the
/// README), as the tests' failure output repeats it.
const TRAP_SIGNATURE: &str = "RuntimeError: Out of bounds memory access";

/// The failed tests whose own failure output shows the wasm trap.
fn trapped_tests(output: &str) -> Vec<String> {
    let mut trapped = Vec::new();
    let mut current: Option<&str> = None;
    for line in output.lines() {
        let line = line.trim();
        if let Some(name) = line
            .strip_prefix("---- ")
            .and_then(|rest| rest.strip_suffix(" stdout ----"))
        {
            current = Some(name);
        } else if line == "failures:" {
            current = None;
        } else if let Some(name) = current {
            if line.contains(TRAP_SIGNATURE) && !trapped.iter().any(|t| t == name) {
                trapped.push(name.to_owned());
            }
        }
    }
    trapped
}

/// Sums `N <label>` over libtest's `test result:` lines.
fn count_in(output: &str, label: &str) -> u64 {
    output
        .lines()
        .filter_map(|line| line.trim().strip_prefix("test result: "))
        .flat_map(|rest| rest.split(';'))
        .filter_map(|part| {
            let mut words = part.split_whitespace().rev();
            match (words.next(), words.next()) {
                (Some(l), Some(n)) if l.trim_end_matches('.') == label => n.parse::<u64>().ok(),
                _ => None,
            }
        })
        .sum()
}

/// Runs a `cargo test`, streaming its output and counting its results.
fn libtest(summary: &mut Summary, step: &str, cmd: Command, root: &Path) {
    let (output, ok) = run_streaming(cmd, root);
    summary.add_libtest(step, &output, ok);
}

/// Runs `cmd`, echoing and collecting its standard output.
fn run_streaming(mut cmd: Command, root: &Path) -> (String, bool) {
    println!("xtask: $ {}", shell::describe(&cmd));
    let child = cmd
        .current_dir(root)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn();
    let mut child = match child {
        Ok(child) => child,
        Err(e) => {
            println!("xtask: could not start: {e}");
            return (String::new(), false);
        }
    };
    let mut output = String::new();
    if let Some(stdout) = child.stdout.take() {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            println!("{line}");
            output.push_str(&line);
            output.push('\n');
        }
    }
    let ok = child.wait().map(|s| s.success()).unwrap_or(false);
    (output, ok)
}

/// tauri-driver, listening on [`DRIVER_PORT`], stopped when dropped.
struct TauriDriver {
    child: Child,
}

impl TauriDriver {
    fn start(log: &Path) -> Result<Self, String> {
        if TcpStream::connect(("127.0.0.1", DRIVER_PORT)).is_ok() {
            return Err(format!(
                "port {DRIVER_PORT} is already taken (an old tauri-driver?); stop it first"
            ));
        }
        let exe = shell::which("tauri-driver").ok_or("tauri-driver is not installed")?;
        let native = shell::which("WebKitWebDriver").ok_or("WebKitWebDriver is not installed")?;
        let log_file =
            std::fs::File::create(log).map_err(|e| format!("creating {}: {e}", log.display()))?;
        let mut child = Command::new(exe)
            .arg("--port")
            .arg(DRIVER_PORT.to_string())
            .arg("--native-driver")
            .arg(native)
            // WEBKIT_DISABLE_COMPOSITING_MODE / _DMABUF_RENDERER, often
            // advised for Xvfb, make WebKitWebDriver's screenshot hang here,
            // while the window renders fine without them: leave them unset.
            .env_remove("WEBKIT_DISABLE_COMPOSITING_MODE")
            .env_remove("WEBKIT_DISABLE_DMABUF_RENDERER")
            .stdout(Stdio::from(
                log_file.try_clone().map_err(|e| e.to_string())?,
            ))
            .stderr(Stdio::from(log_file))
            .spawn()
            .map_err(|e| format!("could not start tauri-driver: {e}"))?;
        let started = Instant::now();
        while TcpStream::connect(("127.0.0.1", DRIVER_PORT)).is_err() {
            if let Ok(Some(status)) = child.try_wait() {
                let said = std::fs::read_to_string(log).unwrap_or_default();
                return Err(format!("tauri-driver exited ({status}): {said}"));
            }
            if started.elapsed() > Duration::from_secs(20) {
                let _ = child.kill();
                return Err("tauri-driver did not listen within 20 s".into());
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        Ok(Self { child })
    }
}

impl Drop for TauriDriver {
    /// A gentle stop first: tauri-driver then ends WebKitWebDriver too, which
    /// would otherwise keep its port and break the next run.
    fn drop(&mut self) {
        if cfg!(unix) {
            let _ = Command::new("kill")
                .args(["-TERM", &self.child.id().to_string()])
                .status();
            let deadline = Instant::now() + Duration::from_secs(5);
            while Instant::now() < deadline {
                if let Ok(Some(_)) = self.child.try_wait() {
                    return;
                }
                std::thread::sleep(Duration::from_millis(100));
            }
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const OUTPUT: &str = "running 3 tests
test a_ok ... ok
test b_flaky ... FAILED
test c_ok ... ok

test result: FAILED. 2 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out; finished in 1.00s
";

    #[test]
    fn only_a_failure_that_shows_the_trap_counts_as_trapped() {
        let output = "test a ... FAILED\ntest b ... FAILED\n\nfailures:\n\n\
            ---- a stdout ----\nerrors that escaped the page's code:\n\
            [wasm memory 0 bytes] RuntimeError: Out of bounds memory access (evaluating)\n\
            ---- b stdout ----\nthread 'b' panicked at tests/src/lib.rs:1:1:\n\
            #x never contained \"y\"\n\nfailures:\n    a\n    b\n";
        assert_eq!(trapped_tests(output), ["a"]);
        assert_eq!(failed_tests(output), ["a", "b"]);
    }

    #[test]
    fn failed_tests_are_read_from_libtest_output() {
        assert_eq!(failed_tests(OUTPUT), ["b_flaky"]);
        assert_eq!(count_in(OUTPUT, "passed"), 2);
        assert_eq!(count_in(OUTPUT, "failed"), 1);
        assert!(failed_tests("test result: ok. 3 passed; 0 failed").is_empty());
    }
}
