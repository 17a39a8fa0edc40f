//! A plain file written on purpose where the user chose (`fhir --out`):
//! new, the owner's alone where the platform has modes (0600), written
//! there directly with no temporary file anywhere else. A write that fails
//! half-way removes what it wrote, so no partial copy of client data stays.

use std::fs::OpenOptions;
use std::io::{self, Write};
use std::path::Path;

pub fn write_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(path)?;
    let written = file.write_all(bytes).and_then(|()| file.sync_all());
    if written.is_err() {
        drop(file);
        let _ = std::fs::remove_file(path);
    }
    written
}
