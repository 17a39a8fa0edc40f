//! Where a backup made from the app may go: never into the store's own
//! folder (nor a folder inside it), so that a stolen laptop does not carry
//! its own backups. The CLI leaves this to IT, who choose their paths.

use std::path::Path;

use crate::{Result, StoreError};

/// Refuses `dest` when it is inside `store_folder`; checks the real folders
/// (links resolved), so another path to the same place is refused too.
/// `dest` itself need not exist, its folder must.
pub fn check_destination(store_folder: &Path, dest: &Path) -> Result<()> {
    let parent = dest
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let parent = parent
        .canonicalize()
        .map_err(|e| StoreError::io("finding the backup's folder", parent, e))?;
    // A store folder that does not exist yet holds nothing to refuse.
    let Ok(folder) = store_folder.canonicalize() else {
        return Ok(());
    };
    if parent.starts_with(&folder) {
        Err(StoreError::BackupInsideStoreFolder { folder })
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used, reason = "tests")]

    use super::*;

    #[test]
    fn a_backup_inside_the_store_folder_is_refused_wherever_the_path_leads() {
        let dir = tempfile::tempdir().unwrap();
        let store = dir.path().join("data");
        let elsewhere = dir.path().join("documents");
        std::fs::create_dir_all(store.join("demo")).unwrap();
        std::fs::create_dir_all(&elsewhere).unwrap();
        for inside in [
            store.join("b.kohtaamo-backup"),
            store.join("demo/b.kohtaamo-backup"),
            elsewhere.join("../data/b.kohtaamo-backup"),
        ] {
            assert!(
                matches!(
                    check_destination(&store, &inside),
                    Err(StoreError::BackupInsideStoreFolder { .. })
                ),
                "{}",
                inside.display()
            );
        }
        #[cfg(unix)]
        {
            let link = dir.path().join("link");
            std::os::unix::fs::symlink(&store, &link).unwrap();
            assert!(check_destination(&store, &link.join("b")).is_err());
        }
        check_destination(&store, &elsewhere.join("b.kohtaamo-backup")).unwrap();
        // A folder whose name only starts like the store's is another.
        let twin = dir.path().join("data-backups");
        std::fs::create_dir_all(&twin).unwrap();
        check_destination(&store, &twin.join("b")).unwrap();
    }
}
