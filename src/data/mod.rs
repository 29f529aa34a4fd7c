//! Fixed inputs and published numbers the lessons reproduce.
//!
//! * [`post`] — the Chinese blog post's examples and the values it printed.
//! * [`paper`] — Lin et al. 2017, Table 1a/1b.

pub mod paper;
pub mod post;
