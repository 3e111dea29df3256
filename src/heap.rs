//! How this process's allocator holds memory. glibc's defaults suit a
//! program that allocates and frees evenly; spojka loads a large model once
//! and then changes it a little at a time, which those defaults leave
//! spread over more memory than it needs.

/// Blocks from this size up get pages of their own, given back the moment
/// they are freed.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
const MAP_ON_ITS_OWN: libc::c_int = 256 * 1024;

/// Sets the allocator up for this process; call first thing in `main`.
///
/// glibc raises the size from which a block gets pages of its own each time
/// such a block is freed. Loading frees many large buffers (sled's reads, a
/// kind's records as they are taken over), so the threshold soon rises to
/// megabytes and later large blocks come from the heaps instead, where what
/// is freed around them stays. Held fixed, the loaded model takes about
/// 10 MB less at 100,000 meetings and its peak about 14 MB less.
pub fn tune() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: mallopt only sets a parameter of the allocator; it may be
    // called at any time, and is called before any other thread exists.
    unsafe {
        libc::mallopt(libc::M_MMAP_THRESHOLD, MAP_ON_ITS_OWN);
    }
}

/// Hands the memory the allocator holds free back to the system. Loading
/// decodes every record and lets its long text go, and builds the first
/// screen's data before the whole: that leaves tens of MB free inside the
/// heap, which glibc keeps unless asked.
pub fn release_free() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: malloc_trim only gives back memory the allocator holds free;
    // it may be called at any time from any thread.
    unsafe {
        libc::malloc_trim(0);
    }
}
