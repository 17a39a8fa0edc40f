// Loads the wasm UI. wasm-bindgen's `--target web` output exports `init`.
import init from "./kohtaamo_ui.js";

init();
