//! Every change to a case goes through this one queue, one save at a time.
//!
//! A change is not a finished request but an edit that is turned into one
//! when its turn comes, against the case the store last answered with. So a
//! second edit made while the first is still being saved neither trips over
//! the first one's revision nor undoes it. Typing waits here for its second
//! of quiet; locking the store first lets everything waiting here be saved.

use std::cell::RefCell;
use std::collections::{HashMap, VecDeque};

use gloo_timers::callback::Timeout;
use gloo_timers::future::TimeoutFuture;
use kohtaamo_model::api::ApiError;
use kohtaamo_model::case::stored::Case;
use kohtaamo_model::ClientId;
use serde::Serialize;
use wasm_bindgen::JsValue;
use yew::Callback;

use crate::api::call_value;

/// How long typing must pause before it is saved.
const TYPING_PAUSE_MS: u32 = 1000;

/// A command and its arguments, ready to send.
pub struct Request {
    command: &'static str,
    args: Result<JsValue, ApiError>,
}

impl Request {
    pub fn new<A: Serialize>(command: &'static str, args: &A) -> Self {
        Self {
            command,
            args: crate::api::to_js(args),
        }
    }
}

/// Turns the newest stored case into the request to send, or into nothing
/// when the edit no longer applies (the model said why on screen).
pub type Edit = Box<dyn FnOnce(&Case) -> Option<Request>>;

/// Where a change reports back.
#[derive(Clone, PartialEq)]
pub struct Reply {
    pub started: Callback<()>,
    pub saved: Callback<Case>,
    pub failed: Callback<ApiError>,
}

struct Job {
    client: ClientId,
    edit: Edit,
    reply: Reply,
}

#[derive(Default)]
struct Queue {
    cases: HashMap<ClientId, Case>,
    jobs: VecDeque<Job>,
    typing: Option<(String, Timeout, Job)>,
    busy: bool,
}

thread_local! {
    static QUEUE: RefCell<Queue> = RefCell::new(Queue::default());
}

/// The case as the store last answered with it: what edits apply to.
pub fn loaded(case: &Case) {
    QUEUE.with(|q| {
        q.borrow_mut().cases.insert(case.client.id, case.clone());
    });
}

/// Queues an edit behind every change made before it.
pub fn push(client: ClientId, reply: Reply, edit: Edit) {
    QUEUE.with(|q| {
        let mut q = q.borrow_mut();
        // Typing that has not had its pause yet was made first: it goes first.
        if let Some((_, _, job)) = q.typing.take() {
            q.jobs.push_back(job);
        }
        q.jobs.push_back(Job {
            client,
            edit,
            reply,
        });
    });
    pump();
}

/// Queues an edit made by typing in the field named `key` once typing has
/// paused; a newer keystroke in the same field replaces it.
pub fn typing(key: String, client: ClientId, reply: Reply, edit: Edit) {
    // The same field of another client's case is another field.
    let key = format!("{}/{key}", client.0);
    // What was typed is not saved until its pause comes and the store has
    // answered: the page says "saving" from the first key, never an
    // earlier "saved" that no longer holds.
    reply.started.emit(());
    let timer = Timeout::new(TYPING_PAUSE_MS, flush_typing);
    QUEUE.with(|q| {
        let mut q = q.borrow_mut();
        if let Some((previous, _, job)) = q.typing.take() {
            if previous != key {
                q.jobs.push_back(job);
            }
        }
        q.typing = Some((
            key,
            timer,
            Job {
                client,
                edit,
                reply,
            },
        ));
    });
    pump();
}

/// Sends typing that is waiting for its pause now.
pub fn flush_typing() {
    QUEUE.with(|q| {
        let mut q = q.borrow_mut();
        if let Some((_, timer, job)) = q.typing.take() {
            // Dropping a timer cancels it; this one may be the one running.
            let _ = timer.forget();
            q.jobs.push_back(job);
        }
    });
    pump();
}

/// Sends the next queued edit unless one is on its way.
fn pump() {
    loop {
        let next = QUEUE.with(|q| {
            let mut q = q.borrow_mut();
            if q.busy {
                return None;
            }
            let job = q.jobs.pop_front()?;
            let case = q.cases.get(&job.client).cloned();
            Some((job, case))
        });
        let Some((job, case)) = next else {
            return;
        };
        // Without a loaded case there is nothing the edit could apply to.
        let Some(case) = case else {
            continue;
        };
        let Some(request) = (job.edit)(&case) else {
            // Nothing to change: what the page shows is what is stored, so
            // a "saving" said while typing gives way to "saved".
            job.reply.saved.emit(case);
            continue;
        };
        QUEUE.with(|q| q.borrow_mut().busy = true);
        job.reply.started.emit(());
        wasm_bindgen_futures::spawn_local(async move {
            let answer = match request.args {
                Ok(args) => call_value::<Case>(request.command, args).await,
                Err(e) => Err(e),
            };
            QUEUE.with(|q| {
                let mut q = q.borrow_mut();
                q.busy = false;
                if let Ok(case) = &answer {
                    q.cases.insert(case.client.id, case.clone());
                }
            });
            match answer {
                Ok(case) => job.reply.saved.emit(case),
                Err(error) => job.reply.failed.emit(error),
            }
            pump();
        });
        return;
    }
}

/// Saves everything typed or queued and waits for the store to answer:
/// called before the store locks. Gives up after ten seconds so that a
/// store that stopped answering cannot keep the screen unlocked.
pub async fn settle() {
    drain().await;
    QUEUE.with(|q| q.borrow_mut().cases.clear());
}

/// `client`'s case as the store holds it once everything typed or queued
/// is saved: what the client view shows, so that a change made just before
/// turning the screen (a consent, a note hidden from the client) is in it.
/// `None` when the queue never loaded that case.
pub async fn latest(client: ClientId) -> Option<Case> {
    drain().await;
    QUEUE.with(|q| q.borrow().cases.get(&client).cloned())
}

/// Sends what waits and lets the store answer, for at most ten seconds.
async fn drain() {
    flush_typing();
    for _ in 0..500 {
        let idle = QUEUE.with(|q| {
            let q = q.borrow();
            !q.busy && q.jobs.is_empty() && q.typing.is_none()
        });
        if idle {
            break;
        }
        TimeoutFuture::new(20).await;
    }
}
