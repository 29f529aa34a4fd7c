//! How each kind of state value reads from and writes to a URL query value.

use crate::math::focal::Alpha;

/// A value that round-trips through a URL query: `parse(show(v)) == Some(v)`.
pub trait UrlValue: Sized {
    fn parse(s: &str) -> Option<Self>;
    fn show(&self) -> String;
}

/// Finite numbers only: "NaN", "inf", "1e999" are rejected (the last overflows to ∞).
impl UrlValue for f64 {
    fn parse(s: &str) -> Option<Self> {
        let s = s.trim();
        if s.len() > 64 {
            return None;
        }
        s.parse::<f64>().ok().filter(|v| v.is_finite())
    }
    fn show(&self) -> String {
        // `{}` is Rust's shortest representation that parses back to the same f64.
        format!("{self}")
    }
}

impl UrlValue for u8 {
    fn parse(s: &str) -> Option<Self> {
        s.trim().parse().ok()
    }
    fn show(&self) -> String {
        self.to_string()
    }
}

impl UrlValue for u64 {
    fn parse(s: &str) -> Option<Self> {
        s.trim().parse().ok()
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
