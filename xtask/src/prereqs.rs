//! Installs what a fresh machine lacks: system libraries (through apt, when
//! root), the wasm target, wasm-bindgen-cli at the version in Cargo.lock,
//! and for tests tauri-driver and WebKitWebDriver.

use std::path::Path;

use crate::shell;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Needs {
    /// Building and opening the app.
    Build,
    /// Also the end-to-end tools.
    Test,
}

/// Debian/Ubuntu packages: Tauri's WebKitGTK stack and Xvfb for a display
/// on machines without one.
const BUILD_PACKAGES: &[&str] = &[
    "libwebkit2gtk-4.1-dev",
    "libsoup-3.0-dev",
    "libgtk-3-dev",
    "librsvg2-dev",
    "libayatana-appindicator3-dev",
    "libssl-dev",
    "pkg-config",
    "xvfb",
];
/// The WebKit driver for the end-to-end tests, and poppler's tools with which
/// the handout tests read the PDFs as text and list their fonts.
const TEST_PACKAGES: &[&str] = &["webkit2gtk-driver", "poppler-utils"];
const TAURI_DRIVER_VERSION: &str = "2.0.4";
const WASM_TARGET: &str = "wasm32-unknown-unknown";

pub fn ensure(root: &Path, needs: Needs) -> Result<(), String> {
    if cfg!(target_os = "linux") {
        system_packages(needs)?;
    }
    wasm_target()?;
    wasm_bindgen_cli(root)?;
    if needs == Needs::Test {
        tauri_driver()?;
    }
    Ok(())
}

fn system_packages(needs: Needs) -> Result<(), String> {
    let mut missing: Vec<&str> = BUILD_PACKAGES
        .iter()
        .copied()
        .filter(|p| !dpkg_installed(p))
        .collect();
    if needs == Needs::Test {
        missing.extend(TEST_PACKAGES.iter().copied().filter(|p| !dpkg_installed(p)));
    }
    if missing.is_empty() {
        return Ok(());
    }
    let install = format!("apt-get install -y {}", missing.join(" "));
    if !is_root() {
        return Err(format!(
            "missing system packages; install them with:\n    sudo apt-get update && sudo {install}"
        ));
    }
    println!("xtask: installing system packages: {}", missing.join(" "));
    let mut update = shell::command("apt-get");
    update.arg("update").arg("-qq");
    shell::run(update, Path::new("/"))?;
    let mut cmd = shell::command("apt-get");
    cmd.args(["install", "-y", "-qq"]).args(&missing);
    cmd.env("DEBIAN_FRONTEND", "noninteractive");
    shell::run(cmd, Path::new("/"))
}

fn dpkg_installed(package: &str) -> bool {
    shell::answers("dpkg-query", "--version").is_some()
        && std::process::Command::new("dpkg-query")
            .args(["-W", "-f=${Status}", package])
            .output()
            .map(|o| String::from_utf8_lossy(&o.stdout).contains("install ok installed"))
            .unwrap_or(false)
}

fn is_root() -> bool {
    shell::answers("id", "-u").is_some_and(|out| out.trim() == "0")
}

fn wasm_target() -> Result<(), String> {
    let installed = std::process::Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .map(|o| {
            String::from_utf8_lossy(&o.stdout)
                .lines()
                .any(|l| l.trim() == WASM_TARGET)
        })
        .unwrap_or(false);
    if installed {
        return Ok(());
    }
    let mut cmd = shell::command("rustup");
    cmd.args(["target", "add", WASM_TARGET]);
    shell::run(cmd, Path::new("."))
}

/// The CLI must match the `wasm-bindgen` crate exactly, or the generated
/// glue does not fit the wasm.
fn wasm_bindgen_cli(root: &Path) -> Result<(), String> {
    let version = locked_version(root, "wasm-bindgen")?;
    let have = shell::answers("wasm-bindgen", "--version").unwrap_or_default();
    if have.split_whitespace().nth(1) == Some(version.as_str()) {
        return Ok(());
    }
    println!("xtask: installing wasm-bindgen-cli {version} (a few minutes, once)");
    let mut cmd = shell::cargo();
    cmd.args(["install", "wasm-bindgen-cli", "--version", &version]);
    shell::run(cmd, root)
}

fn tauri_driver() -> Result<(), String> {
    if shell::which("tauri-driver").is_some() {
        return Ok(());
    }
    let mut cmd = shell::cargo();
    cmd.args(["install", "tauri-driver", "--version", TAURI_DRIVER_VERSION]);
    shell::run(cmd, Path::new("."))
}

/// The version of `package` recorded in Cargo.lock.
pub fn locked_version(root: &Path, package: &str) -> Result<String, String> {
    let lock = std::fs::read_to_string(root.join("Cargo.lock"))
        .map_err(|e| format!("reading Cargo.lock: {e}"))?;
    let wanted = format!("name = \"{package}\"");
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == wanted {
            if let Some(version) = lines
                .next()
                .and_then(|l| l.trim().strip_prefix("version = "))
            {
                return Ok(version.trim_matches('"').to_owned());
            }
        }
    }
    Err(format!("{package} is not in Cargo.lock"))
}

/// binaryen from the npm registry: Debian's (108) cannot parse the wasm
/// that rustc 1.95 and wasm-bindgen emit (`table.fill`), npm's is current.
const BINARYEN_VERSION: &str = "132.0.0";

/// `wasm-opt`, installed under `target/tools` with npm on first use (for
/// release UI builds only; it is rebuilt from the registry when missing).
pub fn wasm_opt(root: &Path) -> Result<std::process::Command, String> {
    let prefix = root.join("target").join("tools").join("binaryen");
    let script = prefix
        .join("node_modules")
        .join("binaryen")
        .join("bin")
        .join("wasm-opt");
    let installed = std::fs::read_to_string(prefix.join("node_modules/binaryen/package.json"))
        .is_ok_and(|json| json.contains(&format!("\"version\": \"{BINARYEN_VERSION}\"")));
    if !installed {
        let npm = shell::which("npm")
            .ok_or("npm is not installed (Node.js and npm are prerequisites)")?;
        println!("xtask: installing binaryen {BINARYEN_VERSION} (wasm-opt) with npm");
        std::fs::create_dir_all(&prefix)
            .map_err(|e| format!("creating {}: {e}", prefix.display()))?;
        let mut cmd = shell::command(npm);
        cmd.args(["install", "--no-audit", "--no-fund", "--prefix"])
            .arg(&prefix)
            .arg(format!("binaryen@{BINARYEN_VERSION}"));
        shell::run(cmd, root)?;
    }
    let node = shell::which("node").ok_or("node is not installed (Node.js is a prerequisite)")?;
    let mut cmd = shell::command(node);
    cmd.arg(script);
    Ok(cmd)
}
