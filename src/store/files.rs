//! Owner-only permissions for the database directory and its files.
//!
//! sled creates files with the process umask (usually world-readable); the
//! database holds personal data, so we tighten them ourselves.

use super::StoreError;
use std::fs;
use std::path::Path;

fn io_error(path: &Path, source: std::io::Error) -> StoreError {
    StoreError::Io {
        path: path.to_path_buf(),
        source,
    }
}

/// Creates the directory (and parents) if needed, owner-only.
pub fn create_private_dir(path: &Path) -> Result<(), StoreError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(path)
            .map_err(|e| io_error(path, e))?;
    }
    #[cfg(not(unix))]
    fs::create_dir_all(path).map_err(|e| io_error(path, e))?;
    Ok(())
}

/// Sets 0700 on directories and 0600 on files below `path`, `path` included.
/// Symbolic links are not followed: they could point anywhere.
pub fn make_private(path: &Path) -> Result<(), StoreError> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let meta = fs::symlink_metadata(path).map_err(|e| io_error(path, e))?;
        if meta.file_type().is_symlink() {
            return Ok(());
        }
        let mode = if meta.is_dir() { 0o700 } else { 0o600 };
        fs::set_permissions(path, fs::Permissions::from_mode(mode))
            .map_err(|e| io_error(path, e))?;
        if meta.is_dir() {
            for entry in fs::read_dir(path).map_err(|e| io_error(path, e))? {
                let entry = entry.map_err(|e| io_error(path, e))?;
                make_private(&entry.path())?;
            }
        }
    }
    let _ = path;
    Ok(())
}
