//! How each kind of state value reads from and writes to a URL query value.

use crate::math::focal::Alpha;
use crate::parse::parse_url_number;

/// A value that round-trips through a URL query: `parse(show(v)) == Some(v)`.
pub trait UrlValue: Sized {
    fn parse(s: &str) -> Option<Self>;
    fn show(&self) -> String;
}

/// Finite numbers only: "NaN", "inf", "1e999" are rejected (the last overflows to ∞). Read
/// by the number boxes' rules (full-width forms, "-0" is 0), except that a comma is never a
/// decimal comma here: links separate list items with commas.
impl UrlValue for f64 {
    fn parse(s: &str) -> Option<Self> {
        parse_url_number(s, false)
    }
    fn show(&self) -> String {
        // `{}` is Rust's shortest representation that parses back to the same f64.
        format!("{self}")
    }
}

/// A whole number as a box reads it ("100,000", "100 000", "１"), in the type's range.
fn whole<T: TryFrom<u64>>(s: &str) -> Option<T> {
    let v = parse_url_number(s, true)?;
    if !(0.0..=u64::MAX as f64).contains(&v) {
        return None;
    }
    T::try_from(v as u64).ok()
}

impl UrlValue for u8 {
    fn parse(s: &str) -> Option<Self> {
        whole(s)
    }
    fn show(&self) -> String {
        self.to_string()
    }
}

impl UrlValue for u64 {
    fn parse(s: &str) -> Option<Self> {
        whole(s)
    }
    fn show(&self) -> String {
        self.to_string()
    }
}

/// `off` means no α weighting (torchvision's α = −1); otherwise a number in [0, 1].
impl UrlValue for Alpha {
    fn parse(s: &str) -> Option<Self> {
        if s.trim().eq_ignore_ascii_case("off") {
            return Some(Alpha::Off);
        }
        f64::parse(s).and_then(|a| Alpha::new(a).ok())
    }
    fn show(&self) -> String {
        match self {
            Alpha::Off => "off".into(),
            Alpha::On(a) => a.show(),
        }
    }
}

/// A comma-separated list of finite numbers, e.g. a row of logits.
impl UrlValue for Vec<f64> {
    fn parse(s: &str) -> Option<Self> {
        s.split(',').map(f64::parse).collect()
    }
    fn show(&self) -> String {
        let parts: Vec<String> = self.iter().map(f64::show).collect();
        parts.join(",")
    }
}

/// Enumerations spelled by fixed URL words.
macro_rules! word_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident = $word:literal),* $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum $name { $($variant),* }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),*];
            pub fn word(self) -> &'static str {
                match self { $($name::$variant => $word),* }
            }
        }

        impl UrlValue for $name {
            fn parse(s: &str) -> Option<Self> {
                match s.trim() { $($word => Some($name::$variant),)* _ => None }
            }
            fn show(&self) -> String { self.word().to_string() }
        }
    };
}

word_enum!(
    /// What the explorer's x axis shows: p_t, or p with y picking the branch.
    XAxis { Pt = "pt", P = "p" }
);
word_enum!(
    /// Linear or logarithmic loss axis.
    YScale { Lin = "lin", Log = "log" }
);
word_enum!(
    /// Page language.
    Lang { En = "en", Zh = "zh" }
);
word_enum!(
    /// Colour theme; `Auto` follows `prefers-color-scheme`.
    Theme { Auto = "auto", Light = "light", Dark = "dark" }
);
word_enum!(
    /// Scrolling page, or one section per screen for lectures.
    Mode { Page = "page", Slides = "slides" }
);
