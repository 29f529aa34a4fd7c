//! The one typed table of app state. Every control of every section is a field here, and the
//! URL query mirrors it: `PARAMS` lists each parameter's URL name, type, check and default,
//! so parsing, defaults, clamping and the "ignored parameters" notice all come from one place
//! (the way TensorFlow Playground's `state.ts` works). Pure Rust: no web import, tested natively.

mod query;
mod values;

pub use query::{decode_component, encode_component};
pub use values::{Lang, Mode, Theme, UrlValue, XAxis, YScale};

use crate::math::focal::Alpha;

/// One URL parameter: its name, a one-line description (README table), and how to read/write it.
pub struct Spec {
    pub name: &'static str,
    pub help: &'static str,
    pub get: fn(&Params) -> String,
    /// Parses and checks `value`; on success stores it and returns true. Never panics.
    pub set: fn(&mut Params, &str) -> bool,
    pub is_default: fn(&Params) -> bool,
}

macro_rules! params {
    ($( $field:ident : $ty:ty = $default:expr, $name:literal, $check:expr, $help:literal; )*) => {
        /// The whole state of the page. `Default` is what a bare URL opens.
        #[derive(Clone, Debug, PartialEq)]
        pub struct Params { $(pub $field: $ty,)* }

        impl Default for Params {
            fn default() -> Self { Self { $($field: $default,)* } }
        }

        /// The table: one row per URL parameter, in URL order.
        pub const PARAMS: &[Spec] = &[ $( Spec {
            name: $name,
            help: $help,
            get: |s| UrlValue::show(&s.$field),
            set: |s, v| match <$ty as UrlValue>::parse(v) {
                Some(x) if ($check)(&x) => { s.$field = x; true }
                _ => false,
            },
            is_default: |s| { let d: $ty = $default; s.$field == d },
        }, )* ];
    };
}

fn within(lo: f64, hi: f64) -> impl Fn(&f64) -> bool {
    move |v| (lo..=hi).contains(v)
}
fn any<T>(_: &T) -> bool {
    true
}

params! {
    // Explorer
    p: f64 = 0.9, "p", within(0.001, 0.999), "explorer: predicted probability of class 1, 0.001–0.999";
    y: u8 = 1, "y", |v: &u8| *v <= 1, "explorer: label, 1 positive or 0 negative";
    alpha: Alpha = Alpha::On(0.25), "alpha", any, "explorer: α in [0, 1], or `off` (torchvision's −1)";
    gamma: f64 = 2.0, "gamma", within(0.0, 10.0), "explorer: focusing parameter γ, 0–10";
    xaxis: XAxis = XAxis::Pt, "xaxis", any, "explorer: x axis `pt` or `p`";
    yscale: YScale = YScale::Lin, "yscale", any, "explorer: y axis `lin` or `log`";
    // @params explorer
    // @params ce_forms
    // @params softmax_ce
    // @params sigmoid_bce
    // @params alpha_to_focal
    // @params fcos_walkthrough
    // @params five_class
    // @params quadrants
    // @params alpha_gamma
    // @params num_pos
    // @params soft_targets
    // @params segmentation
    // @params simulator
    // @params end
    // Global
    lang: Lang = Lang::En, "lang", any, "page language `en` or `zh`";
    theme: Theme = Theme::Auto, "theme", any, "`light`, `dark` or `auto` (follows the system)";
    mode: Mode = Mode::Page, "mode", any, "`page` or `slides`";
}

/// A query parameter that was not used, and why (shown in the dismissible notice).
#[derive(Clone, Debug, PartialEq)]
pub struct Ignored {
    pub name: String,
    /// The raw value, cut to a short preview. Rendered as text only, never as HTML.
    pub value: String,
    pub reason: IgnoreReason,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IgnoreReason {
    Unknown,
    Invalid,
    Duplicate,
}

const PREVIEW_CHARS: usize = 40;

fn preview(s: &str) -> String {
    let mut out: String = s.chars().take(PREVIEW_CHARS).collect();
    if s.chars().nth(PREVIEW_CHARS).is_some() {
        out.push('…');
    }
    out
}

impl Params {
    /// Reads a query string (with or without the leading `?`). Each bad parameter falls back to
    /// its default on its own and is reported; the first occurrence of a name wins.
    pub fn from_query(query: &str) -> (Params, Vec<Ignored>) {
        let mut params = Params::default();
        let mut ignored = Vec::new();
        let mut seen: Vec<&'static str> = Vec::new();
        let query = query.strip_prefix('?').unwrap_or(query);
        for pair in query.split('&').filter(|s| !s.is_empty()) {
            let (raw_name, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
            let name = decode_component(raw_name);
            let value = decode_component(raw_value);
            let report = |reason| Ignored {
                name: preview(&name),
                value: preview(&value),
                reason,
            };
            match PARAMS.iter().find(|spec| spec.name == name) {
                None => ignored.push(report(IgnoreReason::Unknown)),
                Some(spec) if seen.contains(&spec.name) => {
                    ignored.push(report(IgnoreReason::Duplicate))
                }
                Some(spec) => {
                    seen.push(spec.name);
                    if !(spec.set)(&mut params, &value) {
                        ignored.push(report(IgnoreReason::Invalid));
                    }
                }
            }
        }
        (params, ignored)
    }

    /// The query that reopens exactly this state: only parameters that differ from the
    /// default, in table order (short links, stable order).
    pub fn to_query(&self) -> String {
        let parts: Vec<String> = PARAMS
            .iter()
            .filter(|spec| !(spec.is_default)(self))
            .map(|spec| format!("{}={}", spec.name, encode_component(&(spec.get)(self))))
            .collect();
        parts.join("&")
    }
}
