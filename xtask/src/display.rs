//! A display for the app's window: the user's own, or a virtual one (Xvfb)
//! on machines without one, such as CI.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Keeps Xvfb alive while held; stops it when dropped.
pub struct Display {
    xvfb: Option<Child>,
}

impl Drop for Display {
    fn drop(&mut self) {
        if let Some(mut child) = self.xvfb.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// Makes sure `DISPLAY` points at a running X server, starting Xvfb when
/// there is none. Sets `DISPLAY` for this process and its children.
pub fn ensure() -> Result<Display, String> {
    if !cfg!(target_os = "linux") || std::env::var_os("DISPLAY").is_some_and(|d| !d.is_empty()) {
        return Ok(Display { xvfb: None });
    }
    let number = (99..140)
        .find(|n| {
            !Path::new(&format!("/tmp/.X11-unix/X{n}")).exists()
                && !Path::new(&format!("/tmp/.X{n}-lock")).exists()
        })
        .ok_or("no free X display number between :99 and :139")?;
    let name = format!(":{number}");
    let child = Command::new("Xvfb")
        .args([
            name.as_str(),
            "-screen",
            "0",
            "1280x800x24",
            "-nolisten",
            "tcp",
            // Without it the server resets whenever its last client leaves
            // (every app a test closes or kills) and drops the connections
            // that arrive meanwhile: the next app's GTK then fails to open
            // the display and WebDriver waits for a window that never comes.
            "-noreset",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("could not start Xvfb: {e}"))?;
    let display = Display { xvfb: Some(child) };
    let socket = format!("/tmp/.X11-unix/X{number}");
    let started = Instant::now();
    while !Path::new(&socket).exists() {
        if started.elapsed() > Duration::from_secs(10) {
            return Err("Xvfb did not start within 10 s".into());
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    std::env::set_var("DISPLAY", &name);
    println!(
        "xtask: no display, started Xvfb on {name}; screenshot with: DISPLAY={name} import -window root shot.png"
    );
    Ok(display)
}
