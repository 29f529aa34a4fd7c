//! Prints the Chinese table (src/i18n/zh.rs) in the form the page fetches it in
//! (src/i18n/wire.rs). scripts/build_wasm.sh compiles it with plain rustc (no dependencies)
//! and writes its output beside the wasm as zh.txt.

#[path = "../src/i18n/zh.rs"]
mod zh;
#[path = "../src/i18n/wire.rs"]
mod wire;

fn main() {
    print!("{}", wire::encode(zh::TABLE));
}
