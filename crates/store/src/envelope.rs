//! Envelope encryption of the store's data key.
//!
//! The store file is encrypted by SQLCipher with a random 256-bit *data key*.
//! That key is never written in the clear: the key file holds it wrapped
//! (XChaCha20-Poly1305) by a *key-encryption key* derived from the passphrase
//! with Argon2id and a random salt. Changing the passphrase therefore re-wraps
//! 32 bytes instead of re-encrypting the store, and more wraps (an
//! organisation's recovery key) can sit beside the first.
//!
//! The KDF parameters are stored per key file: real stores use
//! [`KdfParams::DEFAULT`], tests may use [`KdfParams::FAST_INSECURE`]. The
//! parameters and the store id are bound into the AEAD's associated data, so
//! editing them in the file makes unwrapping fail rather than silently
//! weakening the derivation.

use std::path::Path;

use argon2::{Algorithm, Argon2, Params, Version};
use base64::engine::general_purpose::STANDARD as BASE64;
use base64::Engine;
use chacha20poly1305::aead::{Aead, Payload};
use chacha20poly1305::{KeyInit, XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use crate::{Result, StoreError};

const FORMAT: &str = "kohtaamo-key/1";
pub(crate) const KEY_BYTES: usize = 32;
const SALT_BYTES: usize = 16;
const NONCE_BYTES: usize = 24;

/// The raw SQLCipher key. Zeroed when dropped.
pub struct DataKey(pub(crate) Zeroizing<[u8; KEY_BYTES]>);

impl DataKey {
    fn random() -> Result<Self> {
        let mut key = Zeroizing::new([0u8; KEY_BYTES]);
        fill_random(&mut key[..])?;
        Ok(Self(key))
    }

    /// The key as SQLCipher's raw-key literal, `x'…'`, zeroed when dropped.
    /// Public for tools that open the file with SQLCipher directly (the
    /// tamper tests do, as an attacker who knows the passphrase would).
    pub fn sqlcipher_literal(&self) -> Zeroizing<String> {
        Zeroizing::new(format!("x'{}'", hex::encode(&self.0[..])))
    }
}

/// Argon2id cost parameters, stored with each key file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfParams {
    pub m_cost_kib: u32,
    pub t_cost: u32,
    pub p_cost: u32,
}

impl KdfParams {
    /// 128 MiB, eight passes: about half a second on the 2-core build
    /// machines (`cargo bench -p kohtaamo-store --bench kdf`; 64 MiB with
    /// three passes took 92 ms). Memory rather than passes was raised first,
    /// because memory is what makes guessing on GPUs costly; 128 MiB for half
    /// a second is harmless on the laptops this runs on.
    pub const DEFAULT: KdfParams = KdfParams {
        m_cost_kib: 128 * 1024,
        t_cost: 8,
        p_cost: 1,
    };

    /// The most a key file may ask of the derivation: a key file or a backup
    /// is data from outside, and one crafted to ask for terabytes of memory
    /// or hours of passes must be refused before anything is derived.
    pub const CEILING: KdfParams = KdfParams {
        m_cost_kib: 1024 * 1024,
        t_cost: 64,
        p_cost: 8,
    };

    /// The least: Argon2's own minimum (8 KiB per lane, one pass), which the
    /// tests' [`KdfParams::FAST_INSECURE`] sits at. Stores are made with
    /// [`KdfParams::DEFAULT`]; and since the parameters are bound into the
    /// wrapped key's associated data, a key file cannot be edited to ask
    /// for less without the passphrase.
    pub fn check_bounds(&self) -> Result<()> {
        let within = (1..=Self::CEILING.p_cost).contains(&self.p_cost)
            && (1..=Self::CEILING.t_cost).contains(&self.t_cost)
            && (8 * self.p_cost..=Self::CEILING.m_cost_kib).contains(&self.m_cost_kib);
        if within {
            Ok(())
        } else {
            Err(StoreError::KeyFileDamaged(format!(
                "the key derivation asks for m={} KiB t={} p={}, outside what Kohtaamo accepts \
                 (at most m={} KiB t={} p={})",
                self.m_cost_kib,
                self.t_cost,
                self.p_cost,
                Self::CEILING.m_cost_kib,
                Self::CEILING.t_cost,
                Self::CEILING.p_cost
            )))
        }
    }

    /// For tests only: derivation in microseconds, no protection at all.
    pub const FAST_INSECURE: KdfParams = KdfParams {
        m_cost_kib: 8,
        t_cost: 1,
        p_cost: 1,
    };

    pub(crate) fn derive(
        &self,
        passphrase: &str,
        salt: &[u8],
    ) -> Result<Zeroizing<[u8; KEY_BYTES]>> {
        let params = Params::new(self.m_cost_kib, self.t_cost, self.p_cost, Some(KEY_BYTES))
            .map_err(|e| StoreError::Kdf(e.to_string()))?;
        let argon = Argon2::new(Algorithm::Argon2id, Version::V0x13, params);
        let mut kek = Zeroizing::new([0u8; KEY_BYTES]);
        argon
            .hash_password_into(passphrase.as_bytes(), salt, &mut kek[..])
            .map_err(|e| StoreError::Kdf(e.to_string()))?;
        Ok(kek)
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct KdfRecord {
    algorithm: String,
    #[serde(flatten)]
    params: KdfParams,
    salt: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct Wrap {
    kind: String,
    nonce: String,
    ciphertext: String,
}

/// The key file's contents: public parameters plus the wrapped data key.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct KeyFile {
    format: String,
    store_id: String,
    kdf: KdfRecord,
    wraps: Vec<Wrap>,
}

impl KeyFile {
    /// A fresh data key, and the key file that holds it wrapped by `passphrase`.
    pub fn generate(passphrase: &str, params: KdfParams) -> Result<(Self, DataKey)> {
        let mut store_id = [0u8; 16];
        fill_random(&mut store_id)?;
        let mut salt = [0u8; SALT_BYTES];
        fill_random(&mut salt)?;
        let data_key = DataKey::random()?;
        let mut file = KeyFile {
            format: FORMAT.to_owned(),
            store_id: hex::encode(store_id),
            kdf: KdfRecord {
                algorithm: "argon2id".to_owned(),
                params,
                salt: BASE64.encode(salt),
            },
            wraps: Vec::new(),
        };
        let wrap = file.wrap(passphrase, &data_key)?;
        file.wraps.push(wrap);
        Ok((file, data_key))
    }

    /// The store's random id, also recorded inside the database, so a key file
    /// beside the wrong database is recognised.
    pub fn store_id(&self) -> &str {
        &self.store_id
    }

    pub fn kdf_params(&self) -> KdfParams {
        self.kdf.params
    }

    /// Recovers the data key. Any failure to authenticate — wrong passphrase,
    /// or a tampered file — is reported as a wrong passphrase, because the two
    /// cannot be told apart and neither may open the store.
    pub fn unwrap_key(&self, passphrase: &str) -> Result<DataKey> {
        self.kdf.params.check_bounds()?;
        let kek = self.kdf.params.derive(passphrase, &self.salt()?)?;
        let cipher = XChaCha20Poly1305::new((&*kek).into());
        let aad = self.associated_data();
        for wrap in self.wraps.iter().filter(|w| w.kind == "passphrase") {
            let nonce = self.decode(&wrap.nonce, "nonce")?;
            let ciphertext = self.decode(&wrap.ciphertext, "ciphertext")?;
            if nonce.len() != NONCE_BYTES {
                return Err(self.format_error("nonce has the wrong length"));
            }
            let opened = cipher.decrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: &ciphertext,
                    aad: &aad,
                },
            );
            if let Ok(plain) = opened {
                let plain = Zeroizing::new(plain);
                let mut key = Zeroizing::new([0u8; KEY_BYTES]);
                if plain.len() != KEY_BYTES {
                    return Err(self.format_error("wrapped key has the wrong length"));
                }
                key.copy_from_slice(&plain);
                return Ok(DataKey(key));
            }
        }
        Err(StoreError::WrongPassphrase)
    }

    /// Replaces the passphrase wrap: the data key, and so the store, stay as
    /// they are.
    pub fn rewrap(&mut self, old: &str, new: &str) -> Result<()> {
        let key = self.unwrap_key(old)?;
        let mut salt = [0u8; SALT_BYTES];
        fill_random(&mut salt)?;
        self.kdf.salt = BASE64.encode(salt);
        let wrap = self.wrap(new, &key)?;
        self.wraps.retain(|w| w.kind != "passphrase");
        self.wraps.push(wrap);
        Ok(())
    }

    fn wrap(&self, passphrase: &str, key: &DataKey) -> Result<Wrap> {
        let kek = self.kdf.params.derive(passphrase, &self.salt()?)?;
        let cipher = XChaCha20Poly1305::new((&*kek).into());
        let mut nonce = [0u8; NONCE_BYTES];
        fill_random(&mut nonce)?;
        let ciphertext = cipher
            .encrypt(
                XNonce::from_slice(&nonce),
                Payload {
                    msg: &key.0[..],
                    aad: &self.associated_data(),
                },
            )
            .map_err(|_| StoreError::Kdf("wrapping the data key failed".into()))?;
        Ok(Wrap {
            kind: "passphrase".into(),
            nonce: BASE64.encode(nonce),
            ciphertext: BASE64.encode(ciphertext),
        })
    }

    fn associated_data(&self) -> Vec<u8> {
        let p = self.kdf.params;
        format!(
            "{FORMAT}|{}|{}|{}|{}|{}|{}",
            self.store_id, self.kdf.algorithm, p.m_cost_kib, p.t_cost, p.p_cost, self.kdf.salt
        )
        .into_bytes()
    }

    fn salt(&self) -> Result<Vec<u8>> {
        self.decode(&self.kdf.salt, "salt")
    }

    fn decode(&self, text: &str, what: &str) -> Result<Vec<u8>> {
        BASE64
            .decode(text)
            .map_err(|_| self.format_error(&format!("{what} is not base64")))
    }

    fn format_error(&self, detail: &str) -> StoreError {
        StoreError::KeyFileDamaged(detail.to_owned())
    }

    pub fn read(path: &Path) -> Result<Self> {
        let bytes = std::fs::read(path).map_err(|source| StoreError::Io {
            action: "reading the key file",
            path: path.to_owned(),
            source,
        })?;
        let file: KeyFile =
            serde_json::from_slice(&bytes).map_err(|e| StoreError::KeyFileFormat {
                path: path.to_owned(),
                detail: e.to_string(),
            })?;
        if file.format != FORMAT || file.kdf.algorithm != "argon2id" {
            return Err(StoreError::KeyFileFormat {
                path: path.to_owned(),
                detail: format!("unknown format {} / {}", file.format, file.kdf.algorithm),
            });
        }
        Ok(file)
    }

    /// Writes the key file durably: a temporary file is written and synced,
    /// then renamed over `path`, so a crash leaves the old or the new file,
    /// never half of one.
    pub fn write(&self, path: &Path) -> Result<()> {
        let io = |action: &'static str| {
            let path = path.to_owned();
            move |source| StoreError::Io {
                action,
                path,
                source,
            }
        };
        let json = serde_json::to_vec_pretty(self).map_err(|e| StoreError::KeyFileFormat {
            path: path.to_owned(),
            detail: e.to_string(),
        })?;
        crate::atomic_file::write(path, &json, true).map_err(io("writing the key file"))?;
        Ok(())
    }
}

pub(crate) fn fill_random(buf: &mut [u8]) -> Result<()> {
    getrandom::getrandom(buf).map_err(|e| StoreError::Kdf(format!("no system randomness: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_right_passphrase_unwraps_the_same_key() {
        let (file, key) = KeyFile::generate("correct horse", KdfParams::FAST_INSECURE).unwrap();
        let again = file.unwrap_key("correct horse").unwrap();
        assert_eq!(&key.0[..], &again.0[..]);
    }

    #[test]
    fn a_key_file_asking_too_much_of_the_derivation_is_refused_at_once() {
        let (mut file, _) = KeyFile::generate("correct horse", KdfParams::FAST_INSECURE).unwrap();
        for params in [
            KdfParams {
                m_cost_kib: 1 << 30,
                t_cost: 1,
                p_cost: 1,
            },
            KdfParams {
                m_cost_kib: 8,
                t_cost: 100_000,
                p_cost: 1,
            },
            KdfParams {
                m_cost_kib: 64,
                t_cost: 1,
                p_cost: 255,
            },
            KdfParams {
                m_cost_kib: 8,
                t_cost: 0,
                p_cost: 1,
            },
        ] {
            file.kdf.params = params;
            let started = std::time::Instant::now();
            assert!(matches!(
                file.unwrap_key("correct horse"),
                Err(StoreError::KeyFileDamaged(_))
            ));
            assert!(started.elapsed() < std::time::Duration::from_millis(100));
        }
        assert!(KdfParams::DEFAULT.check_bounds().is_ok());
        assert!(KdfParams::FAST_INSECURE.check_bounds().is_ok());
    }

    #[test]
    fn a_wrong_passphrase_is_refused() {
        let (file, _) = KeyFile::generate("correct horse", KdfParams::FAST_INSECURE).unwrap();
        assert!(matches!(
            file.unwrap_key("Correct horse"),
            Err(StoreError::WrongPassphrase)
        ));
    }

    #[test]
    fn edited_kdf_parameters_do_not_unwrap() {
        let (mut file, _) = KeyFile::generate("correct horse", KdfParams::FAST_INSECURE).unwrap();
        file.kdf.params.t_cost = 2;
        assert!(matches!(
            file.unwrap_key("correct horse"),
            Err(StoreError::WrongPassphrase)
        ));
    }

    #[test]
    fn rewrap_keeps_the_data_key() {
        let (mut file, key) =
            KeyFile::generate("first passphrase", KdfParams::FAST_INSECURE).unwrap();
        file.rewrap("first passphrase", "second passphrase")
            .unwrap();
        assert!(file.unwrap_key("first passphrase").is_err());
        let again = file.unwrap_key("second passphrase").unwrap();
        assert_eq!(&key.0[..], &again.0[..]);
    }
}
