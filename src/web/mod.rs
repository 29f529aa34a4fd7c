//! Thin browser glue: URL sync, downloads, clipboard, the panic banner. No loss math here.

pub mod download;
pub mod first_paint;
pub mod hold;
pub mod near;
pub mod panic_banner;
pub mod print;
pub mod quiet;
pub mod url;
