// Loads the wasm UI. wasm-bindgen's `--target web` output exports `init`.
import init from "./kohtaamo_ui.js";

// Errors that escape the UI's code, kept for diagnostics (an end-to-end
// test that times out prints them). Plain JavaScript, so that they are
// kept even when the wasm module itself is what failed.
window.kohtaamoErrors = [];
const keep = (error) => {
  if (window.kohtaamoErrors.length < 20) {
    window.kohtaamoErrors.push(String(error && error.stack ? error + "\n" + error.stack : error));
  }
};
window.addEventListener("error", (e) => keep(e.error || e.message));
window.addEventListener("unhandledrejection", (e) => keep(e.reason));

init();
