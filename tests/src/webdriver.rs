//! Just enough of the W3C WebDriver protocol to drive the app: sessions,
//! finding elements, clicking, typing, reading text, screenshots.

use base64::Engine;
use serde_json::{json, Value};

/// The key under which W3C WebDriver returns an element reference.
const ELEMENT_KEY: &str = "element-6066-11e4-a52e-4f735466cecf";

pub struct Session {
    base: String,
    id: String,
    agent: ureq::Agent,
}

#[derive(Debug, Clone)]
pub struct Element(String);

impl Element {
    /// The reference as a script argument.
    pub fn to_json(&self) -> Value {
        json!({ (ELEMENT_KEY): self.0 })
    }
}

impl Session {
    /// Opens the app: tauri-driver starts it with `args` and connects.
    pub fn start(driver: &str, application: &str, args: &[String]) -> Result<Self, String> {
        let agent = ureq::AgentBuilder::new()
            .timeout(std::time::Duration::from_secs(60))
            .build();
        let body = json!({
            "capabilities": {
                "alwaysMatch": {
                    "browserName": "wry",
                    "tauri:options": { "application": application, "args": args }
                }
            }
        });
        let answer = post(&agent, &format!("{driver}/session"), &body)?;
        let id = answer["sessionId"]
            .as_str()
            .ok_or_else(|| format!("no session id in {answer}"))?
            .to_owned();
        Ok(Self {
            base: format!("{driver}/session/{id}"),
            id,
            agent,
        })
    }

    pub fn id(&self) -> &str {
        &self.id
    }

    /// The first element matching `css`, or `None`.
    pub fn find(&self, css: &str) -> Result<Option<Element>, String> {
        let found = self.post(
            "/elements",
            &json!({ "using": "css selector", "value": css }),
        )?;
        Ok(found
            .as_array()
            .and_then(|list| list.first())
            .and_then(|e| e[ELEMENT_KEY].as_str())
            .map(|id| Element(id.to_owned())))
    }

    /// How many elements match `css`.
    pub fn count(&self, css: &str) -> Result<usize, String> {
        let found = self.post(
            "/elements",
            &json!({ "using": "css selector", "value": css }),
        )?;
        Ok(found.as_array().map_or(0, Vec::len))
    }

    pub fn click(&self, element: &Element) -> Result<(), String> {
        self.post(&format!("/element/{}/click", element.0), &json!({}))
            .map(drop)
    }

    /// Empties an input as typing would: WebDriver's own clear sets the value
    /// without an `input` event, so a UI that tracks input events would
    /// keep the old text.
    pub fn clear(&self, element: &Element) -> Result<(), String> {
        self.execute(
            "const e = arguments[0]; e.value = ''; \
             e.dispatchEvent(new Event('input', { bubbles: true }));",
            json!([{ (ELEMENT_KEY): element.0 }]),
        )
        .map(drop)
    }

    pub fn send_keys(&self, element: &Element, text: &str) -> Result<(), String> {
        self.post(
            &format!("/element/{}/value", element.0),
            &json!({ "text": text }),
        )
        .map(drop)
    }

    /// The element's rendered text (`innerText`). WebDriver's own text
    /// command reads "" from HDS buttons (overflow: hidden on an inline
    /// flex box), though a person sees their label.
    pub fn text(&self, element: &Element) -> Result<String, String> {
        let value = self.execute(
            "return arguments[0].innerText;",
            json!([{ (ELEMENT_KEY): element.0 }]),
        )?;
        Ok(value.as_str().unwrap_or_default().to_owned())
    }

    pub fn property(&self, element: &Element, name: &str) -> Result<Value, String> {
        self.get(&format!("/element/{}/property/{name}", element.0))
    }

    /// Runs `script` in the page; `arguments` are available to it.
    pub fn execute(&self, script: &str, arguments: Value) -> Result<Value, String> {
        self.post(
            "/execute/sync",
            &json!({ "script": script, "args": arguments }),
        )
    }

    /// Runs `script` in the page; it finishes by calling its last argument
    /// with the result.
    pub fn execute_async(&self, script: &str, arguments: Value) -> Result<Value, String> {
        self.post(
            "/execute/async",
            &json!({ "script": script, "args": arguments }),
        )
    }

    /// The handles of the app's windows (its webviews).
    pub fn window_handles(&self) -> Result<Vec<String>, String> {
        let handles = self.get("/window/handles")?;
        Ok(handles
            .as_array()
            .map(|list| {
                list.iter()
                    .filter_map(|h| h.as_str().map(str::to_owned))
                    .collect()
            })
            .unwrap_or_default())
    }

    pub fn window_handle(&self) -> Result<String, String> {
        Ok(self.get("/window")?.as_str().unwrap_or_default().to_owned())
    }

    /// Makes the window `handle` the one later commands act in.
    pub fn switch_to_window(&self, handle: &str) -> Result<(), String> {
        self.post("/window", &json!({ "handle": handle })).map(drop)
    }

    /// The page source as the browser sees it now.
    pub fn source(&self) -> Result<String, String> {
        Ok(self.get("/source")?.as_str().unwrap_or_default().to_owned())
    }

    pub fn screenshot(&self) -> Result<Vec<u8>, String> {
        // A screenshot is a diagnostic: it must never hang a test.
        let request = self
            .agent
            .get(&format!("{}/screenshot", self.base))
            .timeout(std::time::Duration::from_secs(15));
        let encoded = answer(request.call())?;
        base64::engine::general_purpose::STANDARD
            .decode(encoded.as_str().unwrap_or_default())
            .map_err(|e| format!("screenshot is not base64: {e}"))
    }

    fn post(&self, path: &str, body: &Value) -> Result<Value, String> {
        post(&self.agent, &format!("{}{path}", self.base), body)
    }

    fn get(&self, path: &str) -> Result<Value, String> {
        answer(self.agent.get(&format!("{}{path}", self.base)).call())
    }
}

impl Drop for Session {
    /// Closing the session closes the app.
    fn drop(&mut self) {
        let _ = self.agent.delete(&self.base).call();
    }
}

fn post(agent: &ureq::Agent, url: &str, body: &Value) -> Result<Value, String> {
    answer(agent.post(url).send_json(body))
}

/// Unwraps WebDriver's `{"value": …}` envelope, turning its errors into text.
fn answer(response: Result<ureq::Response, ureq::Error>) -> Result<Value, String> {
    match response {
        Ok(ok) => {
            let body: Value = ok.into_json().map_err(|e| format!("bad JSON: {e}"))?;
            Ok(body["value"].clone())
        }
        Err(ureq::Error::Status(code, bad)) => {
            let body: Value = bad.into_json().unwrap_or(Value::Null);
            Err(format!(
                "HTTP {code}: {} {}",
                body["value"]["error"].as_str().unwrap_or("?"),
                body["value"]["message"].as_str().unwrap_or("")
            ))
        }
        Err(other) => Err(other.to_string()),
    }
}
