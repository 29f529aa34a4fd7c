//! Fixed inputs and published numbers the lessons reproduce, and the page's table of contents.
//!
//! * [`post`] — the Chinese blog post's examples and the values it printed, and the defaults
//!   (with their URL checks) that the state table builds from them.
//! * [`paper`] — Lin et al. 2017, Table 1a/1b.
//! * [`contents`] — the sections in page order.
//!
//! `data` sits beside `math` at the bottom of the layers: it may call `math` (a default such as
//! the post table's Σ FL is computed, never typed), `math` never reads `data`, and nothing here
//! knows about the state, the context or the view.

pub mod contents;
pub mod exercises;
pub mod paper;
pub mod post;
