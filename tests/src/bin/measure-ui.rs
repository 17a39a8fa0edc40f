//! How long from clicking a client in the list to the case painted (and to
//! every section drawn), in the real app on a large demo store. Run by `cargo xtask measure`,
//! which builds the store and the release app and starts the driver; this
//! prints figures, it does not judge them.

#![allow(
    clippy::expect_used,
    reason = "a measurement that cannot run should stop loudly"
)]

use std::path::PathBuf;

use kohtaamo_e2e::App;
use serde_json::json;

/// Clicks a row and resolves when the case of that client is in the page,
/// every goal and action field of the plan holds its text (a goal or an
/// action is never saved empty, so an empty field is one not yet filled),
/// and two frames later (so it has been painted), with the elapsed
/// milliseconds, the milliseconds to the content in the page, the forced
/// layout's, and the page's element count. A MutationObserver notices the
/// content as it is put in: polling once a frame, as this did until
/// 2026-12-01, added up to a frame of the measurement's own.
const CLICK_TO_PAINT: &str = "
const [index, done] = [arguments[0], arguments[arguments.length - 1]];
const row = document.querySelectorAll('.client-row')[index];
const id = row.getAttribute('data-client-id');
const pending = () => document.querySelector('.case-section-pending');
const afterPaint = then => requestAnimationFrame(() => requestAnimationFrame(then));
// A person clicks the next client once the last one is on screen: the
// page first finishes drawing the last case's later sections.
const settle = then => pending() ? requestAnimationFrame(() => settle(then)) : afterPaint(then);
settle(() => {
const t0 = performance.now();
const ready = () => {
  const page = document.querySelector('#client-page');
  return page && page.getAttribute('data-client-id') === id && document.querySelector('#plan .goal-input')
    && [...document.querySelectorAll('#plan .goal-input, #plan .action-text-edit')]
      .every(field => field.value.length > 0);
};
let seen = false;
const observer = new MutationObserver(() => {
  if (seen || !ready()) return;
  seen = true;
  observer.disconnect();
  const inPage = performance.now() - t0;
  const nodes = document.querySelectorAll('#client-page *').length;
  const before = performance.now();
  document.body.offsetHeight;
  const layout = performance.now() - before;
  afterPaint(() => {
    const painted = performance.now() - t0;
    // Then the sections drawn after the first paint (see the UI's
    // `screens/case/deferred.rs`), for the time to the whole case.
    const whole = () => pending() ? requestAnimationFrame(whole) : afterPaint(() =>
      done([painted, inPage, layout, nodes, performance.now() - t0,
            document.querySelectorAll('#client-page *').length]));
    whole();
  });
});
observer.observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
row.click();
});
";

/// The same case read over IPC alone, parsed as JSON by the page: what
/// the shell and the bridge take of the click, without drawing.
const IPC_ONLY: &str = "
const [index, done] = [arguments[0], arguments[arguments.length - 1]];
const row = document.querySelectorAll('.client-row')[index];
const client = row.getAttribute('data-client-id');
const t0 = performance.now();
window.__TAURI__.core.invoke('open_case', { client })
  .then(c => done([performance.now() - t0, JSON.stringify(c).length]),
        e => done([-1, String(e).length]));
";

fn main() {
    let data =
        PathBuf::from(std::env::var_os("KOHTAAMO_MEASURE_DATA").expect("KOHTAAMO_MEASURE_DATA"));
    let rounds: usize = std::env::var("KOHTAAMO_MEASURE_ROUNDS")
        .ok()
        .and_then(|r| r.parse().ok())
        .unwrap_or(60);
    let app = App::launch(&data, &["--demo"]);
    app.wait("#demo-passphrase");
    let passphrase = app.text("#demo-passphrase");
    app.fill("#passphrase", &passphrase);
    app.click("#unlock");
    app.wait_for_workspace();
    let rows = app.session().count(".client-row").expect("count rows");
    let mut times = Vec::with_capacity(rounds);
    let (mut in_page, mut layout, mut nodes) = (Vec::new(), Vec::new(), 0.0);
    let (mut whole, mut whole_nodes) = (Vec::new(), 0.0);
    for round in 0..rounds {
        // Alternate ends of the list so every click opens another client.
        let index = (round * 37) % rows;
        let answer = app
            .session()
            .execute_async(CLICK_TO_PAINT, json!([index]))
            .expect("click and wait for the case");
        times.push(answer[0].as_f64().expect("milliseconds"));
        in_page.push(answer[1].as_f64().unwrap_or_default());
        layout.push(answer[2].as_f64().unwrap_or_default());
        nodes += answer[3].as_f64().unwrap_or_default();
        whole.push(answer[4].as_f64().unwrap_or_default());
        whole_nodes += answer[5].as_f64().unwrap_or_default();
    }
    whole.sort_by(f64::total_cmp);
    in_page.sort_by(f64::total_cmp);
    layout.sort_by(f64::total_cmp);
    let mut ipc = Vec::with_capacity(rounds);
    let mut bytes = 0.0;
    for round in 0..rounds {
        let index = (round * 37) % rows;
        let answer = app
            .session()
            .execute_async(IPC_ONLY, json!([index]))
            .expect("read the case over IPC");
        ipc.push(answer[0].as_f64().expect("milliseconds"));
        bytes += answer[1].as_f64().unwrap_or_default();
    }
    ipc.sort_by(f64::total_cmp);
    times.sort_by(f64::total_cmp);
    let pick = |p: f64| times[((p * times.len() as f64).ceil() as usize).saturating_sub(1)];
    let pick_ipc = |p: f64| ipc[((p * ipc.len() as f64).ceil() as usize).saturating_sub(1)];

    println!(
        "click a client to the case painted (head, what is due, clientship, plan), {} clicks over {} listed clients: \
         p50 {:.1} ms, p95 {:.1} ms, max {:.1} ms (goal ≤ 100 ms)",
        times.len(),
        rows,
        pick(0.50),
        pick(0.95),
        times.last().copied().unwrap_or_default()
    );
    println!(
        "of it, to the case in the page (the IPC, Yew's render, the DOM): p50 {:.1} ms; \
         the layout it forces: p50 {:.1} ms; then two frames; {:.0} elements on the page",
        in_page[in_page.len() / 2],
        layout[layout.len() / 2],
        nodes / rounds as f64
    );
    println!(
        "every section drawn (the later ones a frame after that paint): p50 {:.1} ms, \
         p95 {:.1} ms; {:.0} elements then",
        whole[whole.len() / 2],
        whole[((0.95 * whole.len() as f64).ceil() as usize).saturating_sub(1)],
        whole_nodes / rounds as f64
    );
    println!(
        "the case over IPC alone (the store's read, JSON both ways, the bridge): \
         p50 {:.1} ms, p95 {:.1} ms; {:.0} KB of JSON a case on average",
        pick_ipc(0.50),
        pick_ipc(0.95),
        bytes / rounds as f64 / 1000.0
    );
}
