//! Quick resume with a PIN after an idle lock: the right PIN reopens the
//! store, three wrong ones and only the passphrase will.

#![allow(clippy::unwrap_used, reason = "test setup")]

use kohtaamo_store::{Channel, KdfParams, Store, StoreError, StorePaths};

const PASSPHRASE: &str = "quick resume passphrase";

#[test]
fn the_right_pin_resumes_and_three_wrong_ones_need_the_passphrase() {
    let dir = tempfile::tempdir().unwrap();
    let paths = StorePaths::for_db(dir.path().join("case.db"));
    Store::create(&paths, PASSPHRASE, KdfParams::FAST_INSECURE, Channel::App)
        .unwrap()
        .lock();

    let (store, mut resume) =
        Store::unlock_with_pin(&paths, PASSPHRASE, "2468", Channel::App).unwrap();
    store.lock();
    // A wrong PIN costs a try; the right one still works after it.
    assert!(matches!(
        Store::resume(&paths, &mut resume, "1111", Channel::App),
        Err(StoreError::WrongPin { tries_left: 2 })
    ));
    let store = Store::resume(&paths, &mut resume, "2468", Channel::App).unwrap();
    assert!(store.verify().unwrap().is_ok());
    store.lock();

    for expected in [1, 0] {
        let err = Store::resume(&paths, &mut resume, "0000", Channel::App).unwrap_err();
        match expected {
            0 => assert!(matches!(err, StoreError::PinTriesUsedUp), "{err}"),
            n => assert!(
                matches!(err, StoreError::WrongPin { tries_left } if tries_left == n),
                "{err}"
            ),
        }
    }
    // Used up: even the right PIN is refused now.
    assert!(matches!(
        Store::resume(&paths, &mut resume, "2468", Channel::App),
        Err(StoreError::PinTriesUsedUp)
    ));
    Store::unlock(&paths, PASSPHRASE, Channel::App).unwrap();
}
