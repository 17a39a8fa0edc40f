//! Kohtaamo's UI. It reaches the case store only through the shell's IPC
//! commands ([`api`]); every rule it shows inline comes from
//! `kohtaamo-model`, the same code the shell enforces.

mod api;
mod app;
mod errors;
mod i18n;
mod labels;
mod privacy;
mod saving;
mod screens;
mod top_bar;

fn main() {
    yew::Renderer::<app::App>::new().render();
}
