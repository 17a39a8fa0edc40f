//! A store's files are its owner's alone: the folder the store makes is
//! 0700 and every file 0600, where the platform has modes (Windows keeps
//! the per-user data folder's own ACL, which already leaves other users
//! out). SQLite gives the `-wal` and `-shm` files the mode of the database
//! file, so making the database file first, owner-only, covers them too.

use std::fs::OpenOptions;
use std::io;
use std::path::Path;

/// New files opened with `options` are the owner's alone.
pub(crate) fn owner_only(options: &mut OpenOptions) -> &mut OpenOptions {
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options
}

/// Makes an existing file the owner's alone (a store of an earlier
/// version, made with the default modes).
pub(crate) fn restrict_file(path: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        if path.exists() {
            std::fs::set_permissions(path, std::fs::Permissions::from_mode(0o600))?;
        }
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// Creates `dir` (and its parents) when missing; a folder made here is the
/// owner's alone. A folder that was already there is left as it is: it may
/// be anyone's (`--store /tmp/x.db`).
pub(crate) fn create_dir(dir: &Path) -> io::Result<()> {
    if dir.exists() {
        return Ok(());
    }
    std::fs::create_dir_all(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}

/// Creates the empty database file, owner-only, for SQLite to fill.
pub(crate) fn create_file(path: &Path) -> io::Result<()> {
    owner_only(OpenOptions::new().write(true).create_new(true))
        .open(path)
        .map(drop)
}
