//! Printing one part of the page: the stylesheet shows only that part while
//! `<body data-print="…">` is set (see `assets/style.css`, "Print exercises").

/// Prints with `body[data-print=what]` set, then clears it. `window.print()` returns once
/// the print dialog is closed.
pub fn print_only(what: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let body = window.document().and_then(|d| d.body());
    if let Some(b) = &body {
        let _ = b.set_attribute("data-print", what);
    }
    let _ = window.print();
    if let Some(b) = &body {
        let _ = b.remove_attribute("data-print");
    }
}
