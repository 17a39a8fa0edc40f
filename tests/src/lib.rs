//! A small W3C WebDriver client and an app harness for Kohtaamo's
//! end-to-end tests. `cargo xtask test` starts Xvfb and tauri-driver and
//! passes the app's path in `KOHTAAMO_APP` and the driver's address in
//! `KOHTAAMO_WEBDRIVER`.
//!
//! Harness calls panic with a specific message when the app does not do
//! what a test expects: a panic is how a test reports the failure.

mod webdriver;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

pub use webdriver::{Element, Session};

/// Whom the person trying the demo stands in for.
pub const DEMO_SOCIAL_WORKER: &str = "Sosiaalityöntekijä Demo";

/// How long to wait for the app to reach an expected state.
pub const PATIENCE: Duration = Duration::from_secs(20);

/// The real Kohtaamo app in a real WebKit window, on its own data folder.
pub struct App {
    session: Session,
    data_dir: PathBuf,
}

impl App {
    /// Starts the app with `--data-dir data_dir` and any extra arguments.
    pub fn launch(data_dir: &Path, extra_args: &[&str]) -> Self {
        let app = std::env::var("KOHTAAMO_APP").unwrap_or_else(|_| {
            panic!("KOHTAAMO_APP is not set: run the end-to-end tests through `cargo xtask test`")
        });
        let driver = std::env::var("KOHTAAMO_WEBDRIVER")
            .unwrap_or_else(|_| "http://127.0.0.1:4444".to_owned());
        let mut args = vec!["--data-dir".to_owned(), data_dir.display().to_string()];
        args.extend(extra_args.iter().map(|a| (*a).to_owned()));
        let session = Session::start(&driver, &app, &args)
            .unwrap_or_else(|e| panic!("could not start the app through {driver}: {e}"));
        Self {
            session,
            data_dir: data_dir.to_owned(),
        }
    }

    /// The app's own process: the one started with `--data-dir` this app's
    /// data folder. Found once, so that a kill later is immediate.
    pub fn process(&self) -> AppProcess {
        AppProcess::find(&self.data_dir)
    }

    /// Ends the app as a crash or a pulled plug would: SIGKILL to its
    /// process, no chance to save or close anything. Returns once the
    /// process is gone and the store it held is free again; the WebDriver
    /// session, whose browser is dead now, is then ended.
    pub fn kill(self, process: AppProcess) {
        process.kill();
        wait_until_store_released(&self.data_dir);
        // Dropping the session deletes it; the driver answers for a dead
        // browser too (with an error that says nothing new).
        drop(self);
    }

    /// Makes the own store on the welcome screen with `passphrase`, typed
    /// twice, and waits for the question of who one is.
    pub fn create_store(&self, passphrase: &str) {
        self.wait_text("h1", "Tervetuloa Kohtaamoon");
        self.fill("#new-passphrase", passphrase);
        // Enter in the last field submits, as a keyboard user would.
        self.fill("#new-passphrase-confirm", &format!("{passphrase}\u{E007}"));
        self.wait_text("#profile-title", "Kuka olet");
    }

    /// Types `passphrase` on the unlock screen and unlocks.
    pub fn unlock(&self, passphrase: &str) {
        self.wait("#passphrase");
        self.fill("#passphrase", passphrase);
        self.click("#unlock");
    }

    /// Adds a client from the client list; the client's page opens.
    pub fn add_client(&self, name: &str, hetu: &str) {
        self.click("#add-client");
        self.fill("#client-name", name);
        self.fill("#client-hetu", hetu);
        self.click("#save-client");
    }

    /// From now on, notes whether a save carrying `text` has been answered
    /// by the store: [`App::wait_saved`] waits for it. Watches the UI's
    /// calls to the shell (the page's `window.__TAURI__.core.invoke`),
    /// changing nothing they send or answer.
    pub fn watch_save_of(&self, text: &str) {
        self.session
            .execute(
                "if (!window.kohtaamoTestWatching) { \
                   const core = window.__TAURI__.core; const invoke = core.invoke; \
                   window.__TAURI__.core = Object.assign({}, core, { invoke(cmd, args, options) { \
                     const sent = JSON.stringify(args === undefined ? null : args); \
                     const answer = invoke(cmd, args, options); \
                     answer.then(() => { const w = window.kohtaamoTestSave; \
                       if (w && sent.includes(w.text)) { w.answered = true; } }, () => {}); \
                     return answer; } }); \
                   window.kohtaamoTestWatching = true; } \
                 window.kohtaamoTestSave = { text: arguments[0], answered: false };",
                serde_json::json!([text]),
            )
            .unwrap_or_else(|e| panic!("watching the saves: {e}"));
    }

    /// Waits until the store has answered a save carrying the text given to
    /// [`App::watch_save_of`] and the screen says "Tallennettu" (saved), and
    /// returns what the screen says. Checked in the page every few
    /// milliseconds, so that what comes next (a kill) follows at once.
    pub fn wait_saved(&self) -> String {
        match self.wait_saved_unless_crashed() {
            Ok(shown) => shown,
            Err(crashed) => panic!("the page crashed before the save was shown: {crashed}"),
        }
    }

    /// [`App::wait_saved`], except that a page that crashed meanwhile is
    /// said as `Err`: its crash notice is up, or it has been loaded anew
    /// (the notice's restart button takes the focus, so keys still being
    /// typed press it). Any other failure panics.
    pub fn wait_saved_unless_crashed(&self) -> Result<String, String> {
        let outcome = self
            .session
            .execute_async(
                "const patience = arguments[0]; const done = arguments[arguments.length - 1]; \
                 const until = Date.now() + patience; \
                 const check = () => { \
                   const w = window.kohtaamoTestSave; \
                   const errors = (window.kohtaamoErrors || []).join('\\n'); \
                   if (!w || document.getElementById('crash')) { \
                     done({ saved: false, crashed: true, reloaded: !w, errors }); return; } \
                   const state = document.getElementById('save-state'); \
                   const shown = state ? state.innerText : ''; \
                   const alerts = [...document.querySelectorAll('[role=alert]')] \
                     .map(a => a.innerText).filter(t => t.trim()); \
                   if (w.answered && shown.startsWith('Tallennettu')) { done({ saved: true, shown }); } \
                   else if (alerts.length || Date.now() > until) { \
                     done({ saved: false, answered: !!w.answered, shown, alerts }); } \
                   else { setTimeout(check, 5); } }; \
                 check();",
                serde_json::json!([PATIENCE.as_millis() as u64]),
            )
            .unwrap_or_else(|e| panic!("waiting for the save: {e}"));
        if outcome["crashed"] == true {
            return Err(outcome.to_string());
        }
        if outcome["saved"] != true {
            self.save_screenshot("timeout");
            panic!("the screen never said the save was made: {outcome}");
        }
        Ok(outcome["shown"].as_str().unwrap_or_default().to_owned())
    }

    pub fn session(&self) -> &Session {
        &self.session
    }

    /// After an unlock: the client list, past the question of who one is
    /// when the store has no owner yet. In the demo store the person trying
    /// it stands in for the demo's social worker.
    pub fn wait_for_workspace(&self) {
        self.wait(".client-row, .choose-owner, #no-clients");
        if self.exists(".choose-owner") {
            let chosen = self
                .session
                .execute(
                    "const b = [...document.querySelectorAll('.choose-owner')] \
                       .find(b => b.textContent.includes(arguments[0])); \
                     if (b) { b.click(); } return !!b;",
                    serde_json::json!([DEMO_SOCIAL_WORKER]),
                )
                .unwrap_or_else(|e| panic!("choosing who one is: {e}"));
            assert_eq!(chosen, true, "the demo does not offer {DEMO_SOCIAL_WORKER}");
        }
        self.wait(".client-row, #no-clients");
    }

    /// The value of the option of the select `css` whose text holds `text`:
    /// ids are the store's own, so tests find people by name.
    pub fn option_value(&self, css: &str, text: &str) -> String {
        self.wait(css);
        let value = self
            .session
            .execute(
                "const o = [...document.querySelectorAll(arguments[0] + ' option')] \
                   .find(o => o.textContent.includes(arguments[1])); \
                 return o ? o.value : null;",
                serde_json::json!([css, text]),
            )
            .unwrap_or_else(|e| panic!("reading the options of {css}: {e}"));
        value
            .as_str()
            .unwrap_or_else(|| panic!("{css} has no option {text:?}"))
            .to_owned()
    }

    /// Chooses the option of the select `css` whose text holds `text`.
    pub fn select_text(&self, css: &str, text: &str) {
        let value = self.option_value(css, text);
        self.select(css, &value);
    }

    /// The id of the team member named `name`, as the page holds it.
    pub fn member_id(&self, name: &str) -> String {
        self.wait(".team-member");
        let id = self
            .session
            .execute(
                "const m = [...document.querySelectorAll('.team-member')] \
                   .find(m => m.querySelector('.team-member-name').textContent === arguments[0]); \
                 return m ? m.getAttribute('data-professional-id') : null;",
                serde_json::json!([name]),
            )
            .unwrap_or_else(|e| panic!("finding {name} on the team: {e}"));
        id.as_str()
            .unwrap_or_else(|| panic!("{name} is not on the team"))
            .to_owned()
    }

    /// Clicks the checkbox labelled `text` within `css`.
    pub fn click_labelled(&self, css: &str, text: &str) {
        self.wait(css);
        let clicked = self
            .session
            .execute(
                "const l = [...document.querySelectorAll(arguments[0] + ' label')] \
                   .find(l => l.textContent.includes(arguments[1])); \
                 const i = l && l.querySelector('input'); if (i) { i.click(); } return !!i;",
                serde_json::json!([css, text]),
            )
            .unwrap_or_else(|e| panic!("clicking {text:?} in {css}: {e}"));
        assert_eq!(clicked, true, "{css} has no box labelled {text:?}");
    }

    /// Answers "who are you" on a store of one's own, as a new user does.
    pub fn give_profile(&self, name: &str, sector: &str, role: &str) {
        self.wait("#profile-name");
        self.fill("#profile-name", name);
        self.select("#profile-role", role);
        self.click(&format!("#profile-sector-{sector}"));
        self.fill("#profile-organisation", "Esimerkkialueen hyvinvointialue");
        self.fill("#profile-unit", "Testiyksikkö");
        self.fill("#profile-phone", "+358 40 000 0000");
        self.fill("#profile-secure-email", "testi@example.fi");
        self.click("#profile-save");
        self.wait("#add-client");
    }

    /// Waits until an element matching `css` is present.
    pub fn wait(&self, css: &str) -> Element {
        let started = Instant::now();
        let mut last_error = None;
        loop {
            match self.session.find(css) {
                Ok(Some(element)) => return element,
                Ok(None) => {}
                // While the page reloads (starting again after an error),
                // WebKit may answer with an error instead of "not found".
                Err(e) => last_error = Some(e.to_string()),
            }
            if started.elapsed() > PATIENCE {
                self.save_screenshot("timeout");
                match last_error {
                    Some(e) => panic!("{css} did not appear within {PATIENCE:?}; last error: {e}"),
                    None => panic!("{css} did not appear within {PATIENCE:?}"),
                }
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Waits until the text of `css` contains `expected`, and returns it.
    pub fn wait_text(&self, css: &str, expected: &str) -> String {
        let started = Instant::now();
        let mut last = String::new();
        loop {
            if let Ok(Some(element)) = self.session.find(css) {
                if let Ok(text) = self.session.text(&element) {
                    if text.contains(expected) {
                        return text;
                    }
                    last = text;
                }
            }
            if started.elapsed() > PATIENCE {
                self.save_screenshot("timeout");
                panic!("{css} never contained {expected:?}; last text was {last:?}");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Waits until nothing matches `css`.
    pub fn wait_gone(&self, css: &str) {
        let started = Instant::now();
        while self.exists(css) {
            if started.elapsed() > PATIENCE {
                panic!("{css} was still there after {PATIENCE:?}");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Waits until exactly `expected` elements match `css`.
    pub fn wait_count(&self, css: &str, expected: usize) {
        let started = Instant::now();
        loop {
            let last = match self.session.count(css) {
                Ok(n) if n == expected => return,
                Ok(n) => n,
                Err(e) => panic!("counting {css}: {e}"),
            };
            if started.elapsed() > PATIENCE {
                self.save_screenshot("timeout");
                panic!("expected {expected} of {css}, still {last} after {PATIENCE:?}");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Waits until the field `css` holds `expected` (its value, which is
    /// not part of the page's text).
    pub fn wait_value(&self, css: &str, expected: &str) {
        let started = Instant::now();
        let mut last = serde_json::Value::Null;
        loop {
            if let Ok(Some(element)) = self.session.find(css) {
                if let Ok(value) = self.session.property(&element, "value") {
                    if value == expected {
                        return;
                    }
                    last = value;
                }
            }
            if started.elapsed() > PATIENCE {
                self.save_screenshot("timeout");
                panic!("{css} never held {expected:?}; last value was {last}");
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Drags `handle` onto `target` with the mouse's drag-and-drop events.
    ///
    /// WebKitWebDriver cannot perform a native drag, so the events a drag
    /// fires are dispatched in the order WebKit fires them; the page's
    /// handlers are the ones a real drag runs.
    pub fn drag(&self, handle: &str, target: &str) {
        let (from, to) = (self.wait(handle), self.wait(target));
        self.session
            .execute(
                "const [from, to] = arguments; const data = new DataTransfer(); \
                 const fire = (el, type) => el.dispatchEvent(new DragEvent(type, \
                   { bubbles: true, cancelable: true, dataTransfer: data })); \
                 fire(from, 'dragstart'); fire(to, 'dragenter'); \
                 if (fire(to, 'dragover')) { throw new Error('the target refused the drop'); } \
                 fire(to, 'drop'); fire(from, 'dragend');",
                serde_json::json!([from.to_json(), to.to_json()]),
            )
            .unwrap_or_else(|e| panic!("dragging {handle} onto {target}: {e}"));
    }

    /// Waits until the app has `expected` windows, and returns their handles.
    pub fn wait_windows(&self, expected: usize) -> Vec<String> {
        let started = Instant::now();
        loop {
            let handles = self
                .session
                .window_handles()
                .unwrap_or_else(|e| panic!("listing windows: {e}"));
            if handles.len() == expected {
                return handles;
            }
            if started.elapsed() > PATIENCE {
                panic!(
                    "expected {expected} windows, still {} after {PATIENCE:?}",
                    handles.len()
                );
            }
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    pub fn exists(&self, css: &str) -> bool {
        matches!(self.session.find(css), Ok(Some(_)))
    }

    pub fn text(&self, css: &str) -> String {
        let element = self.wait(css);
        self.session
            .text(&element)
            .unwrap_or_else(|e| panic!("reading the text of {css}: {e}"))
    }

    /// Clicks the element `css`. One drawn anew between finding it and the
    /// click (a section that loads after the page, seen in CI on the
    /// settings page) is found again and clicked once more.
    pub fn click(&self, css: &str) {
        let element = self.wait(css);
        match self.session.click(&element) {
            Err(e) if e.contains("stale element") => self
                .session
                .click(&self.wait(css))
                .unwrap_or_else(|e| panic!("clicking {css}: {e}")),
            other => other.unwrap_or_else(|e| panic!("clicking {css}: {e}")),
        }
    }

    /// Replaces the value of the input `css` by typing `text`.
    ///
    /// Typing ends as a person's does, by leaving the field: WebKit may still
    /// hold the typed text in an input-method composition, and then the next
    /// click only ends the composition and is lost (seen in CI as a submit
    /// button that did nothing). A text ending in Enter stays in the field.
    pub fn fill(&self, css: &str, text: &str) {
        let element = self.wait(css);
        self.session
            .clear(&element)
            .and_then(|_| self.session.send_keys(&element, text))
            .unwrap_or_else(|e| panic!("typing into {css}: {e}"));
        if !text.ends_with('\u{E007}') {
            let left = self.session.execute(
                "const e = arguments[0]; if (e.isConnected) { e.blur(); }",
                serde_json::json!([element.to_json()]),
            );
            // A field drawn anew since the typing has nothing to leave; what
            // the test waits for next tells whether the typing took.
            if let Err(e) = left {
                if !e.contains("stale element") {
                    panic!("leaving {css}: {e}");
                }
            }
        }
    }

    /// Chooses the file `path` in the file field `css`: WebDriver gives the
    /// field the file as if picked in the system's dialog.
    pub fn choose_file(&self, css: &str, path: &Path) {
        let element = self.wait(css);
        let path = path
            .canonicalize()
            .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        self.session
            .send_keys(&element, &path.display().to_string())
            .unwrap_or_else(|e| panic!("choosing {} in {css}: {e}", path.display()));
    }

    /// Chooses the option with `value` in the select `css`, as a user would.
    pub fn select(&self, css: &str, value: &str) {
        self.click(&format!("{css} option[value=\"{value}\"]"));
    }

    /// Runs axe-core on the page as it is now and fails on any serious or
    /// critical violation. `KOHTAAMO_AXE` names axe.min.js (xtask sets it);
    /// without it the check fails rather than pass unchecked.
    pub fn assert_accessible(&self, screen: &str) {
        let path = std::env::var("KOHTAAMO_AXE").unwrap_or_else(|_| {
            panic!("KOHTAAMO_AXE is not set: run the end-to-end tests through `cargo xtask test`")
        });
        let axe = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("reading axe-core from {path}: {e}"));
        let loaded = self
            .session
            .execute(
                &format!("{axe}\nreturn typeof window.axe;"),
                serde_json::json!([]),
            )
            .unwrap_or_else(|e| panic!("injecting axe-core: {e}"));
        assert_eq!(loaded, serde_json::json!("object"), "axe-core did not load");
        let result = self
            .session
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 axe.run(document, { resultTypes: ['violations'] })
                    .then(r => done(JSON.stringify(r.violations
                        .filter(v => v.impact === 'serious' || v.impact === 'critical')
                        .map(v => ({ id: v.id, impact: v.impact, help: v.help,
                                     targets: v.nodes.map(n => n.target.join(' ')) })))))
                    .catch(e => done('axe failed: ' + e));",
                serde_json::json!([]),
            )
            .unwrap_or_else(|e| panic!("running axe-core: {e}"));
        let text = result.as_str().unwrap_or_default();
        let violations: serde_json::Value =
            serde_json::from_str(text).unwrap_or_else(|_| panic!("axe-core on {screen}: {text}"));
        if violations.as_array().is_some_and(|v| !v.is_empty()) {
            self.save_screenshot(&format!("axe-{screen}"));
            panic!(
                "serious or critical accessibility violations on {screen}: {}",
                serde_json::to_string_pretty(&violations).unwrap_or_default()
            );
        }
    }

    /// Fails if the webview keeps client data in storage of its own: the
    /// page's storages must be empty, and no file of a webview data folder
    /// (the app makes one per run in the temp folder, named
    /// `kohtaamo-webview-*`) may hold any of `secrets`.
    pub fn assert_webview_keeps_nothing(&self, secrets: &[&str]) {
        let kept = self
            .session
            .execute_async(
                "const done = arguments[arguments.length - 1];
                 const or = (promise, none) => promise.catch(() => none);
                 (async () => ({
                   local: localStorage.length,
                   session: sessionStorage.length,
                   cookies: document.cookie,
                   indexedDB: indexedDB.databases
                     ? (await or(indexedDB.databases(), [])).map(d => d.name) : [],
                   caches: typeof caches === 'undefined' ? [] : await or(caches.keys(), []),
                 }))().then(done, e => done({ error: String(e) }));",
                serde_json::json!([]),
            )
            .unwrap_or_else(|e| panic!("reading the webview's storages: {e}"));
        let empty = serde_json::json!({
            "local": 0, "session": 0, "cookies": "", "indexedDB": [], "caches": [],
        });
        assert_eq!(kept, empty, "the webview keeps something of its own");
        let folders = std::fs::read_dir(std::env::temp_dir())
            .map(|entries| {
                entries
                    .flatten()
                    .filter(|e| {
                        e.file_name()
                            .to_string_lossy()
                            .starts_with("kohtaamo-webview-")
                    })
                    .map(|e| e.path())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default();
        assert!(
            !folders.is_empty(),
            "no webview data folder in the temp folder"
        );
        for folder in folders {
            assert_no_file_holds(&folder, secrets);
        }
    }

    /// Scrolls the page so that `css` is at the top of the window: a
    /// screenshot shows the window, and it should show what it is named for.
    pub fn scroll_to(&self, css: &str) {
        let element = self.wait(css);
        self.session
            .execute(
                "arguments[0].scrollIntoView({ block: 'start' });",
                serde_json::json!([element.to_json()]),
            )
            .unwrap_or_else(|e| panic!("scrolling to {css}: {e}"));
    }

    /// Saves a PNG of the window under `KOHTAAMO_SCREENSHOTS` (if set), so a
    /// person can look at what the test saw.
    pub fn save_screenshot(&self, name: &str) -> Option<PathBuf> {
        // What the screen said goes into the failure output too: CI keeps
        // the log, not the screenshot. Test data is synthetic.
        if name == "timeout" {
            if let Ok(text) = self.session.execute(
                "const pane = document.querySelector('.detail-pane'); \
                     const pending = window.kohtaamoPendingCommands; \
                     const alerts = [...document.querySelectorAll('[role=alert]')].map(a => a.innerText); \
                     return 'waiting for: [' + (pending ? pending() : '?') + ']\\n' + \
                       'alerts: ' + JSON.stringify(alerts) + '\\n' + \
                       (pane ? 'detail pane: ' + pane.innerText + '\\n---\\n' : '') + \
                       document.body.innerText;",
                serde_json::json!([]),
            ) {
                let text = text.as_str().unwrap_or_default();
                let shown: String = text.chars().take(2500).collect();
                println!("the screen at the timeout:\n{shown}");
            }
            // Whole, one per line: a wasm stack trace is long, and its
            // deepest frames are the ones that tell.
            if let Ok(errors) = self.session.execute(
                "return (window.kohtaamoErrors || []).join('\\n---\\n');",
                serde_json::json!([]),
            ) {
                println!(
                    "errors that escaped the page's code:\n{}",
                    errors.as_str().unwrap_or_default()
                );
            }
        }
        let dir = PathBuf::from(std::env::var_os("KOHTAAMO_SCREENSHOTS")?);
        let png = self.session.screenshot().ok()?;
        std::fs::create_dir_all(&dir).ok()?;
        let path = dir.join(format!("{name}.png"));
        std::fs::write(&path, png).ok()?;
        Some(path)
    }
}

/// The app's process, found by its command line, to be killed.
pub struct AppProcess {
    system: sysinfo::System,
    pid: sysinfo::Pid,
}

impl AppProcess {
    /// The one process whose arguments are `--data-dir data_dir`: the app,
    /// not the driver that started it (the driver passes the arguments on
    /// through WebDriver, not on its own command line).
    fn find(data_dir: &Path) -> Self {
        use sysinfo::{ProcessRefreshKind, ProcessesToUpdate, UpdateKind};
        let mut system =
            sysinfo::System::new().unwrap_or_else(|e| panic!("listing processes: {e:?}"));
        system.refresh_processes_specifics(
            ProcessesToUpdate::All,
            true,
            ProcessRefreshKind::nothing()
                .without_tasks()
                .with_cmd(UpdateKind::Always),
        );
        let dir = data_dir.as_os_str();
        let found: Vec<sysinfo::Pid> = system
            .processes()
            .iter()
            .filter(|(_, p)| {
                p.cmd()
                    .windows(2)
                    .any(|w| w[0] == "--data-dir" && w[1] == dir)
            })
            .map(|(pid, _)| *pid)
            .collect();
        match found.as_slice() {
            [pid] => Self { system, pid: *pid },
            [] => panic!("no process runs with --data-dir {}", data_dir.display()),
            more => panic!(
                "{} processes run with --data-dir {}",
                more.len(),
                data_dir.display()
            ),
        }
    }

    /// Sends SIGKILL (on Windows: terminates) and waits until the process
    /// is gone; a zombie waiting for its parent counts as gone, it holds
    /// no file.
    fn kill(mut self) {
        use sysinfo::{ProcessRefreshKind, ProcessStatus, ProcessesToUpdate};
        let sent = self
            .system
            .process(self.pid)
            .is_some_and(|p| p.kill_with(sysinfo::Signal::Kill).unwrap_or(false));
        assert!(sent, "could not send SIGKILL to the app ({})", self.pid);
        let started = Instant::now();
        loop {
            self.system.refresh_processes_specifics(
                ProcessesToUpdate::Some(&[self.pid]),
                true,
                ProcessRefreshKind::nothing().without_tasks(),
            );
            let gone = self
                .system
                .process(self.pid)
                .is_none_or(|p| matches!(p.status(), ProcessStatus::Zombie | ProcessStatus::Dead));
            if gone {
                return;
            }
            if started.elapsed() > PATIENCE {
                panic!(
                    "the app ({}) still ran {PATIENCE:?} after SIGKILL",
                    self.pid
                );
            }
            std::thread::sleep(Duration::from_millis(10));
        }
    }
}

/// Waits until no program holds the store in `data_dir` open: a closed
/// app's process may still be exiting when the next one starts, and the
/// store admits one program at a time.
pub fn wait_until_store_released(data_dir: &Path) {
    wait_until_lock_free(&data_dir.join("kohtaamo.lock"));
}

/// [`wait_until_store_released`] for the demo store in `data_dir`.
pub fn wait_until_demo_released(data_dir: &Path) {
    wait_until_lock_free(&data_dir.join("demo").join("demo.lock"));
}

fn wait_until_lock_free(lock_path: &Path) {
    let started = Instant::now();
    loop {
        let free = std::fs::File::open(lock_path).map_or(true, |file| file.try_lock().is_ok());
        if free {
            return;
        }
        if started.elapsed() > PATIENCE {
            panic!(
                "the store with {} was still open after {PATIENCE:?}",
                lock_path.display()
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Every file in `dir` and below, with its bytes: for checks on what the
/// store leaves on disk.
pub fn files_below(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_owned()];
    while let Some(next) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&next) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if let Ok(bytes) = std::fs::read(&path) {
                out.push((path, bytes));
            }
        }
    }
    out.sort();
    out
}

/// Fails if any file in `dir` or below holds one of `secrets` in plain text.
pub fn assert_no_file_holds(dir: &Path, secrets: &[&str]) {
    for (path, bytes) in files_below(dir) {
        for secret in secrets {
            assert!(
                !contains_bytes(&bytes, secret.as_bytes()),
                "{} holds {secret:?} in plain text",
                path.display()
            );
        }
    }
}

/// Whether `needle` occurs in `haystack`.
pub fn contains_bytes(haystack: &[u8], needle: &[u8]) -> bool {
    !needle.is_empty() && haystack.windows(needle.len()).any(|w| w == needle)
}
