//! How the SQLite backend reaches its file: one writer thread with group
//! commit, and a few read connections.
//!
//! Writes queue on a channel. The writer thread takes every write waiting
//! in the queue, runs them in one transaction — each inside its own
//! savepoint, so a write that fails does not undo the others — commits once
//! (one fsync for the whole batch under `synchronous=FULL`) and only then
//! answers each caller. An acknowledged write is therefore durable, and under
//! load dozens of writes share one fsync instead of queueing for one each.
//!
//! Reads run on a small set of read-only connections (WAL lets them read
//! while the writer writes); a semaphore bounds how many run at once, so a
//! burst of requests never piles up blocked threads.

use crate::sqlite_conn::{db, is_read_only};
use crate::{Result, StoreError};
use rusqlite::Connection;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use tokio::sync::{Semaphore, oneshot};

/// Most writes committed together.
const MAX_BATCH: usize = 128;

/// Answers a caller once the batch's commit outcome is known.
type Reply = Box<dyn FnOnce(std::result::Result<(), &StoreError>) + Send>;

/// A write inside the batch transaction: returns the answer to send after
/// the commit and the write's own error, if it failed.
type BatchedWrite = Box<dyn FnOnce(&mut Connection) -> (Reply, Option<StoreError>) + Send>;

enum Job {
    Batched(BatchedWrite),
    /// Runs alone, outside any transaction (restoring a backup).
    Alone(Box<dyn FnOnce(&mut Connection) + Send>),
}

/// Opens a fresh write connection.
pub type Reopen = Box<dyn Fn() -> Result<Connection> + Send>;

/// How often a read-only write connection tries to reopen.
const REOPEN_EVERY: std::time::Duration = std::time::Duration::from_secs(1);

/// The writer thread's queue.
#[derive(Clone)]
pub struct Writer {
    jobs: mpsc::Sender<Job>,
    /// Batches committed and the writes in them, for the server's metrics.
    pub(crate) committed: Arc<Committed>,
}

/// Counts kept by the writer thread as it commits.
#[derive(Default)]
pub(crate) struct Committed {
    pub batches: AtomicU64,
    pub writes: AtomicU64,
}

fn stopped() -> StoreError {
    StoreError::Backend("the database writer has stopped".into())
}

/// Run `f` inside a savepoint: released when it succeeds, rolled back when
/// it fails or panics (a panic becomes an error, never a dead writer).
fn in_savepoint<T>(c: &mut Connection, f: impl FnOnce(&mut Connection) -> Result<T>) -> Result<T> {
    c.execute_batch("SAVEPOINT job").map_err(db)?;
    let result = catch_unwind(AssertUnwindSafe(|| f(c)))
        .unwrap_or_else(|_| Err(StoreError::Backend("a database write failed".into())));
    // after a disk-full error SQLite may already have rolled everything back
    // (then there is no savepoint left to end)
    if c.is_autocommit() {
        return result;
    }
    let end = if result.is_ok() {
        "RELEASE job"
    } else {
        "ROLLBACK TO job; RELEASE job"
    };
    match (result, c.execute_batch(end).map_err(db)) {
        (Ok(v), Ok(())) => Ok(v),
        (Err(e), _) | (Ok(_), Err(e)) => Err(e),
    }
}

impl Writer {
    /// Start the writer thread on `conn`.
    /// `reopen` is used when the connection turns out read-only, so writing
    /// resumes by itself once the file can be written again.
    pub fn start(conn: Connection, reopen: Reopen) -> Result<Writer> {
        let (jobs, queue) = mpsc::channel();
        let committed = Arc::new(Committed::default());
        let counts = Arc::clone(&committed);
        std::thread::Builder::new()
            .name("easeback-sqlite-writer".into())
            .spawn(move || run(conn, &queue, &reopen, &counts))
            .map_err(|e| StoreError::Backend(format!("cannot start the database writer: {e}")))?;
        Ok(Writer { jobs, committed })
    }

    /// Run a write; the answer comes after its batch is committed.
    pub async fn write<T, F>(&self, f: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<T> + Send + 'static,
    {
        let (tx, rx) = oneshot::channel();
        let job = Job::Batched(Box::new(move |c: &mut Connection| {
            let result = in_savepoint(c, f);
            let own_error = result.as_ref().err().cloned();
            let reply: Reply = Box::new(move |commit| {
                let answer = match (result, commit) {
                    (Ok(v), Ok(())) => Ok(v),
                    (Err(e), _) => Err(e),
                    (Ok(_), Err(e)) => Err(e.clone()),
                };
                let _ = tx.send(answer);
            });
            (reply, own_error)
        }));
        self.jobs.send(job).map_err(|_| stopped())?;
        rx.await.map_err(|_| stopped())?
    }

    /// Run `f` alone on the write connection, outside any transaction.
    pub async fn alone<T, F>(&self, f: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<T> + Send + 'static,
    {
        let (tx, rx) = oneshot::channel();
        let job = Job::Alone(Box::new(move |c: &mut Connection| {
            let answer = catch_unwind(AssertUnwindSafe(|| f(c)))
                .unwrap_or_else(|_| Err(StoreError::Backend("a database task failed".into())));
            let _ = tx.send(answer);
        }));
        self.jobs.send(job).map_err(|_| stopped())?;
        rx.await.map_err(|_| stopped())?
    }
}

/// The batch being built: whether its transaction is open and who waits.
struct Batch {
    open: bool,
    waiting: Vec<Reply>,
}

impl Batch {
    /// Commit and answer everyone waiting.
    fn finish(&mut self, conn: &Connection, committed: &Committed) {
        if self.open {
            let outcome = conn.execute_batch("COMMIT").map_err(db);
            if outcome.is_ok() {
                committed.batches.fetch_add(1, Ordering::Relaxed);
                committed
                    .writes
                    .fetch_add(self.waiting.len() as u64, Ordering::Relaxed);
            }
            if outcome.is_err() && !conn.is_autocommit() {
                let _ = conn.execute_batch("ROLLBACK");
            }
            if let Err(e) = &outcome {
                tracing::error!(error = %e, writes = self.waiting.len(), "database commit failed");
            }
            for reply in self.waiting.drain(..) {
                reply(outcome.as_ref().map(|_| ()));
            }
        }
        self.open = false;
    }

    /// The database rolled the whole transaction back (a full disk can do
    /// that): everyone waiting gets the error, nothing of theirs was kept.
    fn rolled_back(&mut self, why: &StoreError) {
        for reply in self.waiting.drain(..) {
            reply(Err(why));
        }
        self.open = false;
    }
}

fn run(mut conn: Connection, queue: &mpsc::Receiver<Job>, reopen: &Reopen, committed: &Committed) {
    let mut last_reopen: Option<std::time::Instant> = None;
    while let Ok(first) = queue.recv() {
        if is_read_only(&conn) && last_reopen.is_none_or(|t| t.elapsed() >= REOPEN_EVERY) {
            last_reopen = Some(std::time::Instant::now());
            match reopen() {
                Ok(fresh) if !is_read_only(&fresh) => {
                    tracing::info!("the database file can be written again");
                    conn = fresh;
                }
                _ => {}
            }
        }
        let mut jobs = vec![first];
        while jobs.len() < MAX_BATCH {
            match queue.try_recv() {
                Ok(job) => jobs.push(job),
                Err(_) => break,
            }
        }
        let mut batch = Batch {
            open: false,
            waiting: Vec::with_capacity(jobs.len()),
        };
        for job in jobs {
            match job {
                Job::Alone(f) => {
                    batch.finish(&conn, committed);
                    f(&mut conn);
                }
                Job::Batched(f) => {
                    if !batch.open {
                        // if BEGIN fails, the write's savepoint is its own
                        // transaction and it is answered straight away
                        batch.open = conn.execute_batch("BEGIN IMMEDIATE").is_ok();
                    }
                    let (reply, own_error) = f(&mut conn);
                    if !batch.open {
                        reply(Ok(()));
                    } else if conn.is_autocommit() {
                        let why = own_error.unwrap_or_else(|| {
                            StoreError::Backend("the database rolled the write back".into())
                        });
                        batch.waiting.push(reply);
                        batch.rolled_back(&why);
                    } else {
                        batch.waiting.push(reply);
                    }
                }
            }
        }
        batch.finish(&conn, committed);
    }
}

/// Read-only connections and the semaphore that bounds their use.
#[derive(Clone)]
pub struct Readers {
    count: usize,
    idle: Arc<Mutex<Vec<Connection>>>,
    permits: Arc<Semaphore>,
}

impl Readers {
    pub fn new(conns: Vec<Connection>) -> Readers {
        Readers {
            count: conns.len(),
            permits: Arc::new(Semaphore::new(conns.len())),
            idle: Arc::new(Mutex::new(conns)),
        }
    }

    /// (connections, of them in use now).
    pub fn in_use(&self) -> (usize, usize) {
        (
            self.count,
            self.count.saturating_sub(self.permits.available_permits()),
        )
    }

    /// Run a read on one of the connections, on the blocking pool.
    pub async fn read<T, F>(&self, f: F) -> Result<T>
    where
        T: Send + 'static,
        F: FnOnce(&mut Connection) -> Result<T> + Send + 'static,
    {
        let _permit = self.permits.acquire().await.map_err(|_| stopped())?;
        let idle = Arc::clone(&self.idle);
        tokio::task::spawn_blocking(move || {
            let taken = idle.lock().ok().and_then(|mut v| v.pop());
            let mut conn = taken.ok_or_else(|| StoreError::Backend("no read connection".into()))?;
            let result = catch_unwind(AssertUnwindSafe(|| f(&mut conn)))
                .unwrap_or_else(|_| Err(StoreError::Backend("a database read failed".into())));
            if let Ok(mut v) = idle.lock() {
                v.push(conn);
            }
            result
        })
        .await
        .map_err(|e| StoreError::Backend(e.to_string()))?
    }
}
