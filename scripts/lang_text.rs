//! Prints a language table that the browser build fetches instead of compiling in, in the form
//! the page reads (src/i18n/wire.rs): `zh` the whole Chinese table (src/i18n/zh.rs), `en` the
//! English lessons' text (src/i18n/en.rs, `LESSONS`). scripts/build_wasm.sh compiles this
//! with plain rustc (no dependencies) and writes zh.txt and en.txt beside the wasm.

#[allow(dead_code)] // the English first-screen part is compiled into the wasm instead
#[path = "../src/i18n/en.rs"]
mod en;
#[path = "../src/i18n/wire.rs"]
mod wire;
#[path = "../src/i18n/zh.rs"]
mod zh;

fn main() {
    let text = match std::env::args().nth(1).as_deref() {
        Some("zh") => wire::encode(&[zh::FIRST, zh::LESSONS].concat()),
        Some("en") => wire::encode(en::LESSONS),
        _ => {
            eprintln!("usage: lang_text zh|en");
            std::process::exit(2);
        }
    };
    print!("{text}");
}
