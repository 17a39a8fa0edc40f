//! Builds the UI (wasm + wasm-bindgen glue + static files) and the app.

use std::fs;
use std::path::{Path, PathBuf};

use crate::{assets, prereqs, shell};

const UI_STATIC: &[&str] = &["index.html", "boot.js", "crash.js", "styles.css"];

/// Which build of the UI.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Ui {
    /// Unoptimised, quick to build: what `build-ui` makes by default.
    Debug,
    /// As shipped: optimised for size, then `wasm-opt -Oz`.
    Release,
    /// As shipped, plus the tests' hook that makes the page panic. The
    /// end-to-end tests drive this one: under WebKitGTK the debug build's
    /// 12 MB module met the engine's wasm trap (see the README) far more
    /// often than the shipped one.
    E2e,
}

/// Builds `ui` for wasm32 into `ui/dist`, which the shell embeds.
pub fn ui(root: &Path, build: Ui) -> Result<PathBuf, String> {
    assets::install(root)?;
    let release = build != Ui::Debug;
    let profile = if release { "release" } else { "debug" };
    let mut cargo = shell::cargo();
    cargo.args([
        "build",
        "-p",
        "kohtaamo-ui",
        "--target",
        "wasm32-unknown-unknown",
    ]);
    if release {
        cargo.arg("--release");
    }
    if build == Ui::E2e {
        cargo.args(["--features", "e2e"]);
    }
    shell::run(cargo, root)?;

    let dist = root.join("ui").join("dist");
    let staging = root.join("target").join("ui-staging");
    let _ = fs::remove_dir_all(&staging);
    fs::create_dir_all(&staging).map_err(|e| format!("creating {}: {e}", staging.display()))?;
    let wasm = target_dir(root)
        .join("wasm32-unknown-unknown")
        .join(profile)
        .join("kohtaamo-ui.wasm");
    let bindgen = shell::which("wasm-bindgen").ok_or("wasm-bindgen is not installed")?;
    let mut cmd = shell::command(bindgen);
    cmd.args([
        "--target",
        "web",
        "--no-typescript",
        "--out-name",
        "kohtaamo_ui",
        "--out-dir",
    ])
    .arg(&staging)
    .arg(&wasm);
    shell::run(cmd, root)?;

    if release {
        let out = staging.join("kohtaamo_ui_bg.wasm");
        let mut cmd = prereqs::wasm_opt(root)?;
        // The features rustc's wasm32 target emits by default.
        cmd.args([
            "-Oz",
            "--enable-bulk-memory",
            "--enable-nontrapping-float-to-int",
            "--enable-sign-ext",
            "--enable-mutable-globals",
            "--enable-reference-types",
            "--enable-multivalue",
        ])
        .arg(&out)
        .arg("-o")
        .arg(&out);
        shell::run(cmd, root)?;
        report_size(&out)?;
    }
    assets::copy_into(root, &staging)?;
    for name in UI_STATIC {
        fs::copy(root.join("ui").join(name), staging.join(name))
            .map_err(|e| format!("copying ui/{name}: {e}"))?;
    }
    sync_dir(&staging, &dist)?;
    Ok(dist)
}

/// Replaces `dist` by `staging`, touching only files whose bytes changed, so
/// that an unchanged UI does not force the shell to be rebuilt.
fn sync_dir(staging: &Path, dist: &Path) -> Result<(), String> {
    fs::create_dir_all(dist).map_err(|e| format!("creating {}: {e}", dist.display()))?;
    let mut changed = false;
    let entries = fs::read_dir(staging).map_err(|e| format!("reading staging: {e}"))?;
    let mut names = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| format!("reading staging: {e}"))?;
        let name = entry.file_name();
        let new = fs::read(entry.path()).map_err(|e| format!("reading {name:?}: {e}"))?;
        let target = dist.join(&name);
        if fs::read(&target).ok().as_deref() != Some(new.as_slice()) {
            fs::write(&target, &new).map_err(|e| format!("writing {}: {e}", target.display()))?;
            changed = true;
        }
        names.push(name);
    }
    for entry in fs::read_dir(dist)
        .map_err(|e| format!("reading dist: {e}"))?
        .flatten()
    {
        if !names.contains(&entry.file_name()) {
            let _ = fs::remove_file(entry.path());
            changed = true;
        }
    }
    if changed {
        // The UI is embedded by a macro in the shell; make cargo rebuild it.
        let main = dist
            .join("..")
            .join("..")
            .join("src-tauri")
            .join("src")
            .join("main.rs");
        if let Ok(text) = fs::read(&main) {
            let _ = fs::write(&main, text);
        }
    }
    Ok(())
}

/// Builds the desktop app (debug profile) and returns its path.
pub fn app(root: &Path) -> Result<PathBuf, String> {
    let mut cargo = shell::cargo();
    cargo.args(["build", "-p", "kohtaamo"]);
    shell::run(cargo, root)?;
    let exe = target_dir(root)
        .join("debug")
        .join(format!("kohtaamo{}", std::env::consts::EXE_SUFFIX));
    if exe.exists() {
        Ok(exe)
    } else {
        Err(format!("the build did not produce {}", exe.display()))
    }
}

/// Prints the release wasm's size, raw and gzip-compressed (by the system's
/// gzip when there is one): the figure the README tracks.
fn report_size(wasm: &Path) -> Result<(), String> {
    let raw = std::fs::metadata(wasm)
        .map_err(|e| format!("reading {}: {e}", wasm.display()))?
        .len();
    let gzipped = std::process::Command::new("gzip")
        .args(["-9", "-c"])
        .arg(wasm)
        .output()
        .ok()
        .filter(|o| o.status.success())
        .map(|o| o.stdout.len());
    match gzipped {
        Some(gz) => println!(
            "xtask: release UI wasm: {} KiB, {} KiB with gzip -9",
            raw / 1024,
            gz / 1024
        ),
        None => println!(
            "xtask: release UI wasm: {} KiB (no gzip to measure the compressed size)",
            raw / 1024
        ),
    }
    Ok(())
}

/// Where cargo puts what it builds: `CARGO_TARGET_DIR` when set (relative
/// to the repository), else `target/`.
pub fn target_dir(root: &Path) -> PathBuf {
    match std::env::var_os("CARGO_TARGET_DIR") {
        Some(dir) if !dir.is_empty() => root.join(dir),
        _ => root.join("target"),
    }
}
