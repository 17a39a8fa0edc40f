//! Resource ids and references inside a bundle.
//!
//! Clients, professionals and records keep the UUIDs the store gave them
//! (version 7). What has no UUID of its own (a goal of a plan, a note of an
//! appointment, the bundle and its provenances) gets a version 8 UUID
//! derived from its parent's UUID and a key: the same on every export, so
//! two exports of one case name the same goal alike. A derived id never
//! equals a stored one, whose version is 7.

use serde_json::{json, Value};
use uuid::Uuid;

/// `urn:uuid:…`, the form of a `fullUrl` and of a reference to it.
pub fn urn(id: Uuid) -> String {
    format!("urn:uuid:{id}")
}

/// A reference to the resource `id` of the same bundle.
pub fn reference(id: Uuid) -> Value {
    json!({ "reference": urn(id) })
}

/// The id of `kind` number `key` under `parent`. Not a cryptographic
/// hash: it only has to tell the parts of one case apart, reproducibly.
pub fn derived(parent: Uuid, kind: &str, key: &str) -> Uuid {
    let mut state = Mixer::default();
    state.feed(parent.as_bytes());
    // 0xff never occurs in UTF-8, so no two (kind, key) pairs feed alike.
    state.feed(&[0xff]);
    state.feed(kind.as_bytes());
    state.feed(&[0xff]);
    state.feed(key.as_bytes());
    let mut bytes = [0u8; 16];
    bytes[..8].copy_from_slice(&state.a.to_be_bytes());
    bytes[8..].copy_from_slice(&state.b.to_be_bytes());
    Uuid::new_v8(bytes)
}

/// Two 64-bit lanes stirred with SplitMix64's finaliser.
struct Mixer {
    a: u64,
    b: u64,
}

impl Default for Mixer {
    fn default() -> Self {
        // Arbitrary fixed starting points: changing them changes every id.
        Self {
            a: 0x6b6f_6874_6161_6d6f,
            b: 0x6668_6972_2d72_3400,
        }
    }
}

impl Mixer {
    fn feed(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.a = mix(self.a ^ u64::from(byte));
            self.b = mix(self.b.rotate_left(7) ^ self.a);
        }
    }
}

fn mix(mut z: u64) -> u64 {
    z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}
