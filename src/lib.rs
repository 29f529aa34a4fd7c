//! Focal Loss Lab: an interactive lesson on how cross-entropy becomes focal loss.
//!
//! Data flows one way: state (`state`, `ctx`) → math (`math`, pure) → view (`sections`, `ui`,
//! `chart`). Only `math` computes a loss; the view formats what it returns.
//!
//! Imports point one way too: `math`, `data` → `models` → `state` → `ctx` → `ui` → `sections`
//! → `shell` (`format`, `parse`, `i18n`, `chart` and `web` are shared helpers; none of them
//! imports `sections` or `shell`). A lesson imports no other lesson: what two lessons show is
//! in `models` (the numbers) or `ui` (formulas, controls).

pub mod chart;
pub mod ctx;
pub mod data;
pub mod format;
pub mod i18n;
pub mod math;
pub mod models;
pub mod parse;
pub mod sections;
pub mod shell;
pub mod slides;
pub mod state;
#[cfg(feature = "test-api")]
pub mod test_api;
#[cfg(feature = "test-api")]
pub mod test_api_sim;
#[cfg(feature = "test-api")]
pub mod test_api_train;
pub mod ui;
pub mod web;

pub use shell::App;
