//! Calls to the desktop shell's IPC commands.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use kohtaamo_model::api::ApiError;
use serde::de::DeserializeOwned;
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    // `withGlobalTauri` puts Tauri's API on `window.__TAURI__`.
    #[wasm_bindgen(js_namespace = ["window", "__TAURI__", "core"], catch)]
    async fn invoke(cmd: &str, args: JsValue) -> Result<JsValue, JsValue>;

    #[wasm_bindgen(js_namespace = ["window", "__TAURI__", "event"], js_name = listen, catch)]
    async fn tauri_listen(event: &str, handler: &JsValue) -> Result<JsValue, JsValue>;
}

/// Calls `handler` whenever the shell sends `event` to this window, for as
/// long as the page lives.
pub async fn listen(event: &str, handler: impl Fn() + 'static) -> Result<(), ApiError> {
    let closure = Closure::<dyn Fn(JsValue)>::new(move |_: JsValue| handler());
    let result = tauri_listen(event, closure.as_ref()).await;
    // The page keeps listening until it is gone.
    closure.forget();
    result.map(drop).map_err(|error| ApiError::Internal {
        detail: format!("{error:?}"),
    })
}

/// Listens to `event` for as long as the answer lives, calling `handler`
/// with each event's payload (one that does not decode is skipped).
pub async fn listen_to<T: DeserializeOwned + 'static>(
    event: &str,
    handler: impl Fn(T) + 'static,
) -> Result<Listening, ApiError> {
    let closure = Closure::<dyn Fn(JsValue)>::new(move |event: JsValue| {
        let value = js_sys::Reflect::get(&event, &JsValue::from_str("payload"))
            .ok()
            .and_then(|payload| serde_wasm_bindgen::from_value::<T>(payload).ok());
        if let Some(value) = value {
            handler(value);
        }
    });
    let unlisten = tauri_listen(event, closure.as_ref())
        .await
        .map_err(|error| ApiError::Internal {
            detail: format!("{error:?}"),
        })?;
    Ok(Listening {
        unlisten: unlisten.dyn_into::<js_sys::Function>().ok(),
        _handler: closure,
    })
}

/// Starts listening to `event` and returns what stops it, for a
/// `use_effect`'s cleanup: the listener comes asynchronously, so one that
/// arrives after the component went is dropped at once.
pub fn listen_while<T: DeserializeOwned + 'static>(
    event: &'static str,
    handler: impl Fn(T) + 'static,
) -> impl FnOnce() {
    let listening: Rc<RefCell<Option<Listening>>> = Rc::default();
    let alive = Rc::new(Cell::new(true));
    {
        let (listening, alive) = (listening.clone(), alive.clone());
        wasm_bindgen_futures::spawn_local(async move {
            let heard = listen_to(event, handler).await;
            if let (Ok(l), true) = (heard, alive.get()) {
                *listening.borrow_mut() = Some(l);
            }
        });
    }
    move || {
        alive.set(false);
        listening.borrow_mut().take();
    }
}

/// A listener: dropped, it stops listening.
pub struct Listening {
    unlisten: Option<js_sys::Function>,
    _handler: Closure<dyn Fn(JsValue)>,
}

impl Drop for Listening {
    fn drop(&mut self) {
        if let Some(unlisten) = &self.unlisten {
            let _ = unlisten.call0(&JsValue::NULL);
        }
    }
}

/// Calls `command` with `args` (an object whose keys are the command's
/// parameter names) and decodes its answer or its [`ApiError`].
pub async fn call<A: Serialize, R: DeserializeOwned>(
    command: &str,
    args: &A,
) -> Result<R, ApiError> {
    call_value(command, to_js(args)?).await
}

/// How long a read waits for its answer before asking again, and how many
/// times it asks.
const READ_PATIENCE_MS: u32 = 5_000;
const READ_ATTEMPTS: usize = 3;

/// [`call`] for a command that only reads, so asking twice is harmless: an
/// answer that does not come in time is asked for again, and after the last
/// try the screen says so instead of waiting for ever. (Seen in end-to-end
/// runs: now and then an answer never reached the page.)
pub async fn read<A: Serialize, R: DeserializeOwned>(
    command: &str,
    args: &A,
) -> Result<R, ApiError> {
    use std::future::Future;
    use std::task::Poll;

    let args = to_js(args)?;
    for _ in 0..READ_ATTEMPTS {
        let mut answer = Box::pin(call_value::<R>(command, args.clone()));
        let mut timer = Box::pin(gloo_timers::future::TimeoutFuture::new(READ_PATIENCE_MS));
        let outcome = std::future::poll_fn(|cx| {
            if let Poll::Ready(result) = answer.as_mut().poll(cx) {
                return Poll::Ready(Some(result));
            }
            if timer.as_mut().poll(cx).is_ready() {
                return Poll::Ready(None);
            }
            Poll::Pending
        })
        .await;
        match outcome {
            Some(result) => return result,
            None => UNANSWERED.with(|u| u.borrow_mut().push(command.to_owned())),
        }
    }
    Err(ApiError::Internal {
        detail: format!("no answer to {command}"),
    })
}

/// Arguments as the JS object Tauri reads.
pub fn to_js<A: Serialize>(args: &A) -> Result<JsValue, ApiError> {
    // json_compatible: plain JS objects, not `Map`s, which Tauri cannot read.
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    args.serialize(&serializer).map_err(internal)
}

/// [`call`] with arguments already turned into a JS object.
pub async fn call_value<R: DeserializeOwned>(command: &str, args: JsValue) -> Result<R, ApiError> {
    let answer = {
        let _pending = Pending::start(command);
        invoke(command, args).await
    };
    match answer {
        Ok(value) => serde_wasm_bindgen::from_value(value).map_err(internal),
        Err(error) => Err(serde_wasm_bindgen::from_value::<ApiError>(error.clone())
            .unwrap_or_else(|_| ApiError::Internal {
                detail: format!("{error:?}"),
            })),
    }
}

/// No arguments.
#[derive(Serialize)]
pub struct NoArgs {}

/// `lock_store`'s argument: whether it is the idle lock (which keeps a
/// quick resume with the PIN). Always said, so that the shell's log can
/// tell the lock button (`false`) from the crash notice's lock, which says
/// nothing.
#[derive(Serialize)]
pub struct LockArgs {
    pub idle: bool,
}

fn internal(error: impl std::fmt::Display) -> ApiError {
    ApiError::Internal {
        detail: error.to_string(),
    }
}

thread_local! {
    /// The commands sent and not yet answered, oldest first.
    static PENDING: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
    /// Reads that were asked again because no answer came in time.
    static UNANSWERED: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Marks a command as waiting for its answer while it lives.
struct Pending(String);

impl Pending {
    fn start(command: &str) -> Self {
        PENDING.with(|p| p.borrow_mut().push(command.to_owned()));
        Self(command.to_owned())
    }
}

impl Drop for Pending {
    fn drop(&mut self) {
        PENDING.with(|p| {
            let mut p = p.borrow_mut();
            if let Some(i) = p.iter().position(|c| *c == self.0) {
                p.remove(i);
            }
        });
    }
}

/// The names of the commands waiting for an answer (never their
/// arguments): what a test that timed out prints, to tell a hung answer
/// from a click that never arrived.
pub fn pending_commands() -> String {
    let pending = PENDING.with(|p| p.borrow().join(", "));
    let unanswered = UNANSWERED.with(|u| u.borrow().join(", "));
    format!("{pending}; asked again: {unanswered}")
}
