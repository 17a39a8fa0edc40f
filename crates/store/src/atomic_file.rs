//! Small files replaced all at once: a reader sees the old content or the
//! new, never a mix, even across a crash.

use std::fs::{self, File, OpenOptions};
use std::io::Write;
use std::path::Path;

/// Writes `bytes` to a temporary file beside `path`, syncs it and renames
/// it over `path`. With `sync_dir`, the rename itself is made durable too;
/// without, a crash may leave the previous version, which callers that
/// can live with an older file (the log head) accept to save a sync.
pub(crate) fn write(path: &Path, bytes: &[u8], sync_dir: bool) -> std::io::Result<()> {
    let mut tmp_name = path.as_os_str().to_owned();
    tmp_name.push(".tmp");
    let tmp = Path::new(&tmp_name);
    {
        let mut out = crate::private_files::owner_only(
            OpenOptions::new().write(true).create(true).truncate(true),
        )
        .open(tmp)?;
        // A temporary file left by a crash may have had another mode.
        crate::private_files::restrict_file(tmp)?;
        out.write_all(bytes)?;
        out.sync_all()?;
    }
    fs::rename(tmp, path)?;
    if sync_dir {
        sync_parent_dir(path)?;
    }
    Ok(())
}

/// Makes a rename durable. Windows has no directory handles to sync; NTFS
/// journals the rename itself.
pub(crate) fn sync_parent_dir(path: &Path) -> std::io::Result<()> {
    if cfg!(unix) {
        if let Some(parent) = path.parent() {
            File::open(parent)?.sync_all()?;
        }
    }
    Ok(())
}
