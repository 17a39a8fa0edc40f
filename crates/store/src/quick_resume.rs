//! Quick resume: after an idle lock the professional may reopen the store
//! with a short PIN instead of typing the full passphrase in front of the
//! client.
//!
//! The data key is kept only wrapped by a key derived from the PIN, in
//! memory, never on disk. A PIN has little entropy, so what protects it is
//! the limit: after three wrong tries the wrapped key is wiped and only the
//! passphrase opens the store. A manual lock, closing the app, or a crash
//! forgets it too.

use chacha20poly1305::aead::Aead;
use chacha20poly1305::{KeyInit, XChaCha20Poly1305, XNonce};
use zeroize::Zeroizing;

use crate::envelope::{fill_random, DataKey, KdfParams, KEY_BYTES};
use crate::{Result, StoreError};

/// Wrong PINs allowed before the passphrase is needed again.
pub const PIN_TRIES: u8 = 3;

/// Argon2id for the PIN: cheap enough for a quick resume, and the try limit
/// (not the KDF) is what stops guessing.
const PIN_KDF: KdfParams = KdfParams {
    m_cost_kib: 19 * 1024,
    t_cost: 2,
    p_cost: 1,
};

/// The data key, wrapped by a PIN, with the tries left.
pub struct QuickResume {
    salt: [u8; 16],
    nonce: [u8; 24],
    ciphertext: Zeroizing<Vec<u8>>,
    tries_left: u8,
}

impl std::fmt::Debug for QuickResume {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("QuickResume")
            .field("tries_left", &self.tries_left)
            .finish_non_exhaustive()
    }
}

impl QuickResume {
    pub(crate) fn wrap(key: &DataKey, pin: &str) -> Result<Self> {
        let mut salt = [0u8; 16];
        let mut nonce = [0u8; 24];
        fill_random(&mut salt)?;
        fill_random(&mut nonce)?;
        let kek = PIN_KDF.derive(pin, &salt)?;
        let ciphertext = XChaCha20Poly1305::new((&*kek).into())
            .encrypt(XNonce::from_slice(&nonce), &key.0[..])
            .map_err(|_| StoreError::Kdf("wrapping the key for quick resume failed".into()))?;
        Ok(Self {
            salt,
            nonce,
            ciphertext: Zeroizing::new(ciphertext),
            tries_left: PIN_TRIES,
        })
    }

    /// The data key, if `pin` is right. A wrong PIN uses up a try; the
    /// caller forgets this value when none are left.
    pub(crate) fn unwrap(&mut self, pin: &str) -> Result<DataKey> {
        if self.tries_left == 0 {
            return Err(StoreError::PinTriesUsedUp);
        }
        let kek = PIN_KDF.derive(pin, &self.salt)?;
        let opened = XChaCha20Poly1305::new((&*kek).into())
            .decrypt(XNonce::from_slice(&self.nonce), &self.ciphertext[..]);
        match opened {
            Ok(plain) if plain.len() == KEY_BYTES => {
                let plain = Zeroizing::new(plain);
                let mut key = Zeroizing::new([0u8; KEY_BYTES]);
                key.copy_from_slice(&plain);
                Ok(DataKey(key))
            }
            _ => {
                self.tries_left -= 1;
                if self.tries_left == 0 {
                    Err(StoreError::PinTriesUsedUp)
                } else {
                    Err(StoreError::WrongPin {
                        tries_left: self.tries_left,
                    })
                }
            }
        }
    }

    pub fn tries_left(&self) -> u8 {
        self.tries_left
    }
}
