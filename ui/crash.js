// When the UI's wasm code fails (a Rust panic, or a trap such as an
// out-of-bounds memory access), its state cannot be trusted: its timers, the
// idle lock among them, and its saves may have stopped, and a frozen screen
// would go on showing a client. So the store is locked, the page is emptied
// and a notice says what happened. Plain JavaScript, because the wasm module
// is what failed. The notice's words come from the Fluent files: the UI puts
// them in `window.kohtaamoCrashText` whenever its language changes.

// Errors that escape the UI's code, kept for diagnostics: an end-to-end test
// that times out prints them.
const errors = [];
window.kohtaamoErrors = errors;
// Deep enough to show the frames that called the failing ones.
Error.stackTraceLimit = 400;

function keep(error) {
  if (errors.length < 20) {
    const memory = window.kohtaamoMemory ? window.kohtaamoMemory.buffer.byteLength : 0;
    const text = error && error.stack ? `${error}\n${error.stack}` : String(error);
    errors.push(`[wasm memory ${memory} bytes] ${text}`);
  }
}

let crashed = false;

export function crash() {
  if (crashed) {
    return;
  }
  crashed = true;
  const invoke = window.__TAURI__ && window.__TAURI__.core && window.__TAURI__.core.invoke;
  if (invoke) {
    // The client's window may not lock the store; the shell closes it on
    // lock anyway.
    invoke("lock_store", {}).catch(() => {});
  }
  const text = window.kohtaamoCrashText || {};
  const notice = document.createElement("main");
  notice.id = "crash";
  notice.className = "crash";
  notice.setAttribute("role", "alert");
  const title = document.createElement("h1");
  title.textContent = text.title || "";
  const body = document.createElement("p");
  body.textContent = text.body || "";
  const restart = document.createElement("button");
  restart.id = "crash-restart";
  restart.className = "hds-button hds-button--primary";
  restart.textContent = text.restart || "↻";
  restart.addEventListener("click", () => location.reload());
  notice.append(title, body, restart);
  // Every client detail goes with the rest of the page.
  document.body.replaceChildren(notice);
  // The focus goes to the notice, not its button: keys still being typed
  // when the code failed (a space, an Enter) must not start the page again
  // before the notice has been read.
  title.tabIndex = -1;
  title.focus();
}

window.kohtaamoCrashed = crash;

const isTrap = (error) => error instanceof WebAssembly.RuntimeError;
window.addEventListener("error", (e) => {
  keep(e.error || e.message);
  if (isTrap(e.error)) {
    crash();
  }
});
window.addEventListener("unhandledrejection", (e) => {
  keep(e.reason);
  if (isTrap(e.reason)) {
    crash();
  }
});
