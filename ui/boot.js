// Loads the wasm UI. wasm-bindgen's `--target web` output exports `init`.
// `crash.js` comes first, so that it sees whatever the UI's code does.
import "./crash.js";
import init from "./kohtaamo_ui.js";

// The module's memory, so that a kept error can say how large it was.
init().then((wasm) => {
  window.kohtaamoMemory = wasm.memory;
});
