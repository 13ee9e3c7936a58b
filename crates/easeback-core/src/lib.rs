//! Easeback's pure domain: the knowledge base (content), the triage rules and
//! free-text intake. Nothing here reads a file, the clock or the network, so
//! every rule can be tested with plain data.

pub mod check;
pub mod content;
pub mod diary;
pub mod eval;
pub mod export;
pub mod intake;
pub mod lang;
pub mod phone;
pub mod pregnancy;
pub mod report;
pub mod session;
pub mod triage;

pub use content::{Content, ContentError, Region};
pub use lang::Lang;
pub use triage::{Assessment, Disposition, FindingId};
