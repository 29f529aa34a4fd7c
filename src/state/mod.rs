//! The one typed table of app state. Every control of every section is a field here, and the
//! URL query mirrors it: `PARAMS` lists each parameter's URL name, type, check and default,
//! so parsing, defaults, clamping and the "ignored parameters" notice all come from one place
//! (the way TensorFlow Playground's `state.ts` works). Pure Rust: no web import, tested natively.

mod described;
mod query;
mod values;

pub use described::population;
pub use query::{decode_component, encode_component};
pub use values::{Lang, Mode, Theme, UrlValue, XAxis, YScale};

use crate::data::post;
use crate::math::focal::Alpha;

/// One URL parameter: its name, a one-line description (README table), and how to read/write it.
pub struct Spec {
    pub name: &'static str,
    /// Only in native builds (it feeds the README's table), not in the shipped wasm.
    #[cfg(not(target_arch = "wasm32"))]
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
            #[cfg(not(target_arch = "wasm32"))]
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
    f4_p: f64 = 0.8, "fp", within(0.0, 1.0), "four CE forms: p of the form (4) example, 0–1";
    f4_y: u8 = 1, "fy", |v: &u8| *v <= 1, "four CE forms: label y of the form (4) example, 0 or 1";
    // @params softmax_ce
    sm_q: Vec<f64> = vec![0.2, 0.7, 0.1], "sq", |v: &Vec<f64>| v.len() == 3 && v.iter().all(|q| (0.0..=1.0).contains(q)), "softmax CE: predicted q for cat,dog,horse (3 numbers in 0–1)";
    sm_eps: f64 = 0.0, "eps", within(0.0, 1.0), "softmax CE: label-smoothing ε, 0–1";
    // @params sigmoid_bce
    bce_p: Vec<f64> = vec![0.2, 0.8, 0.4], "bp", |v: &Vec<f64>| v.len() == 3 && v.iter().all(|p| (0.0..=1.0).contains(p)), "sigmoid BCE: predicted p for cat,dog,horse (3 numbers in 0–1)";
    bce_y: Vec<f64> = vec![0.0, 1.0, 0.0], "by", |v: &Vec<f64>| v.len() == 3 && v.iter().all(|y| *y == 0.0 || *y == 1.0), "sigmoid BCE: ground truth for cat,dog,horse (3 labels, 0 or 1)";
    // @params alpha_to_focal
    // @params fcos_walkthrough
    walk_x: f64 = 0.8, "x", within(-1000.0, 1000.0), "FCOS walk-through: logit x, −1000–1000";
    walk_t: u8 = 1, "t", |v: &u8| *v <= 1, "FCOS walk-through: target t, 0 or 1";
    // @params five_class
    fc_logits: Vec<f64> = post::default_logits(), "fcl", |v: &Vec<f64>| post::logits_ok(v), "5 classes × 4 samples: the 20 logits, row-major comma list, each −100–100";
    fc_targets: Vec<f64> = post::default_targets(), "fct", |v: &Vec<f64>| post::targets_ok(v), "5 classes × 4 samples: the 20 targets, row-major comma list of 0/1";
    // @params quadrants
    // @params alpha_gamma
    // @params num_pos
    npt: Vec<f64> = post::default_totals(), "npt", |v: &Vec<f64>| v.len() == 3 && v.iter().all(|x| (0.0..=1e6).contains(x)), "num-pos: summed focal loss of images 1–3, comma list, each 0–1e6";
    npn: Vec<f64> = vec![2.0, 12.0, 0.0], "npn", |v: &Vec<f64>| v.len() == 3 && v.iter().all(|x| x.fract() == 0.0 && (0.0..=1e6).contains(x)), "num-pos: positive points of images 1–3, comma list of whole numbers 0–1e6";
    npb: u8 = 3, "npb", |v: &u8| (2..=3).contains(v), "num-pos: images in the batch, 2 or 3";
    // @params soft_targets
    sig: f64 = 2.0, "sig", within(0.0, 10.0), "soft-targets: σ of the Gaussian target, 0–10 (0 = hard one-hot target)";
    spk: f64 = 22.0, "spk", within(0.0, 40.0), "soft-targets: position of the predicted peak, 0–40 (the object is at 20)";
    sph: f64 = 0.6, "sph", within(0.01, 0.99), "soft-targets: height of the predicted peak, 0.01–0.99";
    sps: f64 = 2.0, "sps", within(0.1, 10.0), "soft-targets: σ (width) of the predicted peak, 0.1–10";
    spb: f64 = 0.02, "spb", within(0.001, 0.5), "soft-targets: predicted probability away from the peak, 0.001–0.5";
    // @params segmentation
    sgr: f64 = 5.0, "sgr", within(1.0, 20.0), "segmentation: object radius in pixels, 1–20";
    sgq: f64 = 4.0, "sgq", within(0.0, 8.0), "segmentation: prediction confidence, the logit margin inside/outside the object, 0–8";
    sgn: f64 = 1.0, "sgn", within(0.0, 4.0), "segmentation: prediction noise, σ of the Gaussian noise added to the logits, 0–4";
    sgd: u64 = 1, "sgd", |v: &u64| *v <= 999_999, "segmentation: noise seed, whole number 0–999999";
    sgs: YScale = YScale::Log, "sgs", any, "segmentation: heatmap colour scale `log` (4 decades) or `lin`";
    // @params simulator
    sim_n: u64 = 100_000, "n", |v: &u64| (1..=1_000_000).contains(v), "simulator: number of anchors N, whole number 1–1000000 (the slider spans 1–10⁶ on a log scale)";
    sim_pos: f64 = 0.001, "pos", within(0.0, 1.0), "simulator: fraction of anchors that are positive, 0–1 (0.001 = 0.1 %)";
    sim_seed: u64 = 1, "seed", |v: &u64| *v <= 4_294_967_295, "simulator: seed of the SplitMix64 generator, whole number 0–4294967295";
    sim_hn: f64 = 0.01, "hn", within(0.0, 1.0), "simulator: fraction of the negatives that are hard, 0–1";
    sim_hp: f64 = 0.3, "hp", within(0.0, 1.0), "simulator: fraction of the positives that are hard, 0–1";
    sim_en_m: f64 = 4.5, "en_m", within(-10.0, 10.0), "simulator: easy negatives, mean μ of the margin z = logit(p_t), −10–10";
    sim_en_s: f64 = 1.0, "en_s", within(0.0, 5.0), "simulator: easy negatives, s.d. σ of the margin z, 0–5";
    sim_hn_m: f64 = 0.0, "hn_m", within(-10.0, 10.0), "simulator: hard negatives, mean μ of the margin z, −10–10";
    sim_hn_s: f64 = 1.0, "hn_s", within(0.0, 5.0), "simulator: hard negatives, s.d. σ of the margin z, 0–5";
    sim_ep_m: f64 = 2.5, "ep_m", within(-10.0, 10.0), "simulator: easy positives, mean μ of the margin z, −10–10";
    sim_ep_s: f64 = 1.0, "ep_s", within(0.0, 5.0), "simulator: easy positives, s.d. σ of the margin z, 0–5";
    sim_hp_m: f64 = -0.5, "hp_m", within(-10.0, 10.0), "simulator: hard positives, mean μ of the margin z, −10–10";
    sim_hp_s: f64 = 1.0, "hp_s", within(0.0, 5.0), "simulator: hard positives, s.d. σ of the margin z, 0–5";
    // @params gradient
    //
    //
    // @params fcos_head
    //
    //
    fh_cls: u8 = 3, "fhc", |v: &u8| *v <= 5, "FCOS head: class index turned into a one-hot row, 0 (background) to 5";
    fh_loc: u8 = 0, "fhl", |v: &u8| *v <= 3, "FCOS head: the selected location of the 2 × 2 feature map, row 0–3 of [H·W, C]";
    // @params summary
    //
    //
    // @params ohem
    //
    //
    ohem_k: u64 = 128, "ok", |v: &u64| (1..=10_000).contains(v), "FL vs OHEM: OHEM's minibatch size k, whole number 1–10000";
    // @params exercises
    //
    //
    ex_seeds: Vec<f64> = vec![0.0; crate::data::exercises::COUNT], "exs", |v: &Vec<f64>| v.len() == crate::data::exercises::COUNT && v.iter().all(|s| s.fract() == 0.0 && (0.0..=4_294_967_295.0).contains(s)), "exercises: the seed of each exercise's numbers, comma list of 9 whole numbers 0–4294967295 (0 = the lesson's own example)";
    // @params train
    tr_n: u64 = 20_000, "tn", |v: &u64| (1000..=100_000).contains(v), "training: training-set size N, whole number 1000–100000";
    tr_pos: f64 = 0.01, "tpos", within(0.001, 0.1), "training: positive fraction, 0.001–0.1 (0.01 = 1 %)";
    tr_seed: u64 = 1, "tseed", |v: &u64| *v <= 4_294_967_295, "training: seed of data, initial weights and batch order, whole number 0–4294967295";
    tr_prior: u8 = 1, "tprior", |v: &u8| *v <= 1, "training: output bias starts at the prior −ln((1−π)/π), π = 0.01 (1) or at 0 (0)";
    tr_opt: u8 = 0, "topt", |v: &u8| *v <= 1, "training: optimiser, 0 = Adam, 1 = SGD with momentum 0.9";
    tr_lr: f64 = 0.01, "tlr", within(0.0001, 1.0), "training: learning rate, 0.0001–1";
    //
    //
    // @params end
    // Global
    lang: Lang = Lang::En, "lang", any, "page language `en` or `zh`";
    theme: Theme = Theme::Auto, "theme", any, "`light`, `dark` or `auto` (follows the system)";
    mode: Mode = Mode::Page, "mode", any, "`page` or `slides`";
    slide: u8 = 1, "slide", |v: &u8| *v >= 1, "slides mode: the slide on screen, as the counter shows it (1 = the first)";
}

/// A query parameter that was not used, and why (shown in the dismissible notice).
#[derive(Clone, Debug, PartialEq)]
pub struct Ignored {
    pub name: String,
    /// The raw value, cut to a short preview. Rendered as text only, never as HTML.
    pub value: String,
    pub reason: IgnoreReason,
    /// For a known parameter: the value that was used instead (as the URL would write it).
    pub used: Option<String>,
    /// True when `used` is the default (no occurrence of the name was valid).
    pub used_default: bool,
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
    /// its default on its own and is reported; the first *valid* occurrence of a name wins
    /// (`?p=0,5&p=0.3` uses 0.3), and every other occurrence is reported with what was used.
    pub fn from_query(query: &str) -> (Params, Vec<Ignored>) {
        let mut params = Params::default();
        let mut ignored: Vec<(Ignored, Option<&'static Spec>)> = Vec::new();
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
                used: None,
                used_default: false,
            };
            match PARAMS.iter().find(|spec| spec.name == name) {
                None => ignored.push((report(IgnoreReason::Unknown), None)),
                Some(spec) if seen.contains(&spec.name) => {
                    ignored.push((report(IgnoreReason::Duplicate), Some(spec)))
                }
                Some(spec) => {
                    if (spec.set)(&mut params, &value) {
                        seen.push(spec.name);
                    } else {
                        ignored.push((report(IgnoreReason::Invalid), Some(spec)));
                    }
                }
            }
        }
        let ignored = ignored
            .into_iter()
            .map(|(mut i, spec)| {
                if let Some(spec) = spec {
                    i.used = Some((spec.get)(&params));
                    i.used_default = !seen.contains(&spec.name);
                }
                i
            })
            .collect();
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
