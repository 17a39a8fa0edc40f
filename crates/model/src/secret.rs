//! A passphrase or a PIN on its way from the unlock form to the store: it
//! is never printed, and its memory is wiped when it is dropped, so no copy
//! outlives the command that used it.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use zeroize::Zeroizing;

pub struct Secret(Zeroizing<String>);

impl Secret {
    pub fn new(text: String) -> Self {
        Self(Zeroizing::new(text))
    }

    pub fn expose(&self) -> &str {
        &self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret(…)")
    }
}

impl<'de> Deserialize<'de> for Secret {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Self::new)
    }
}

/// The UI sends a secret as the plain string Tauri carries.
impl Serialize for Secret {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_secret_is_never_printed_and_crosses_as_a_string() {
        let secret: Secret = serde_json::from_str("\"kolme kissaa\"").unwrap();
        assert_eq!(secret.expose(), "kolme kissaa");
        assert!(!format!("{secret:?}").contains("kissaa"));
        assert_eq!(serde_json::to_string(&secret).unwrap(), "\"kolme kissaa\"");
    }
}
