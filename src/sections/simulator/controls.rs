//! The simulator's inputs: N (log slider + box), the positive fraction, the seed, the shared
//! α and γ, and the advanced fold with the population model. Population changes are applied
//! at most once per animation frame (dragging N resamples once per frame, not per event).

use crate::ctx::{use_ctx, Ctx};
use crate::format;
use crate::i18n::fill;
use crate::sections::focus_controls::FocusControls;
use crate::state::Params;
use crate::ui::{NumberCell, NumberControl};
use leptos::prelude::*;

type Update = Box<dyn FnOnce(&mut Params)>;

/// Queues a state change and applies all queued ones together on the next animation frame.
#[derive(Clone, Copy)]
pub struct Deferred {
    ctx: Ctx,
    pending: StoredValue<Vec<Update>, LocalStorage>,
}

impl Deferred {
    pub fn new(ctx: Ctx) -> Self {
        Deferred {
            ctx,
            pending: StoredValue::new_local(Vec::new()),
        }
    }

    pub fn set(self, f: impl FnOnce(&mut Params) + 'static) {
        let first = self
            .pending
            .try_update_value(|v| {
                v.push(Box::new(f));
                v.len() == 1
            })
            .unwrap_or(false);
        if first {
            request_animation_frame(move || {
                let updates = self
                    .pending
                    .try_update_value(std::mem::take)
                    .unwrap_or_default();
                if !updates.is_empty() {
                    self.ctx.set(|p| updates.into_iter().for_each(|f| f(p)));
                }
            });
        }
    }
}

/// N on the slider: log₁₀ N in [0, 6], the box's whole range 1 – 10⁶.
pub const LOG_N: (f64, f64) = (0.0, 6.0);

/// The N of a slider position: 10^v rounded to a whole number.
pub fn n_of_slider(v: f64) -> u64 {
    10f64.powf(v.clamp(LOG_N.0, LOG_N.1)).round() as u64
}

/// "100 000" (thin-space thousands) for spoken and shown counts.
pub fn grouped(n: u64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push('\u{202F}');
        }
        out.push(ch);
    }
    out
}

/// A state field of the advanced fold: control name, label key, its getter and setter, range.
pub struct Knob {
    pub name: &'static str,
    pub label: &'static str,
    pub kind: Option<&'static str>,
    pub get: fn(&Params) -> f64,
    pub set: fn(&mut Params, f64),
    pub range: (f64, f64, f64),
}

const MU: (f64, f64, f64) = (-10.0, 10.0, 0.1);
const SD: (f64, f64, f64) = (0.0, 5.0, 0.05);

pub const KNOBS: [Knob; 10] = [
    Knob {
        name: "sim-hn",
        label: "simulator.hn_label",
        kind: None,
        get: |p| p.sim_hn,
        set: |p, v| p.sim_hn = v,
        range: (0.0, 1.0, 0.001),
    },
    Knob {
        name: "sim-hp",
        label: "simulator.hp_label",
        kind: None,
        get: |p| p.sim_hp,
        set: |p, v| p.sim_hp = v,
        range: (0.0, 1.0, 0.01),
    },
    Knob {
        name: "sim-en-m",
        label: "simulator.mu",
        kind: Some("simulator.kind.easy_neg"),
        get: |p| p.sim_en_m,
        set: |p, v| p.sim_en_m = v,
        range: MU,
    },
    Knob {
        name: "sim-en-s",
        label: "simulator.sd",
        kind: Some("simulator.kind.easy_neg"),
        get: |p| p.sim_en_s,
        set: |p, v| p.sim_en_s = v,
        range: SD,
    },
    Knob {
        name: "sim-hn-m",
        label: "simulator.mu",
        kind: Some("simulator.kind.hard_neg"),
        get: |p| p.sim_hn_m,
        set: |p, v| p.sim_hn_m = v,
        range: MU,
    },
    Knob {
        name: "sim-hn-s",
        label: "simulator.sd",
        kind: Some("simulator.kind.hard_neg"),
        get: |p| p.sim_hn_s,
        set: |p, v| p.sim_hn_s = v,
        range: SD,
    },
    Knob {
        name: "sim-ep-m",
        label: "simulator.mu",
        kind: Some("simulator.kind.easy_pos"),
        get: |p| p.sim_ep_m,
        set: |p, v| p.sim_ep_m = v,
        range: MU,
    },
    Knob {
        name: "sim-ep-s",
        label: "simulator.sd",
        kind: Some("simulator.kind.easy_pos"),
        get: |p| p.sim_ep_s,
        set: |p, v| p.sim_ep_s = v,
        range: SD,
    },
    Knob {
        name: "sim-hp-m",
        label: "simulator.mu",
        kind: Some("simulator.kind.hard_pos"),
        get: |p| p.sim_hp_m,
        set: |p, v| p.sim_hp_m = v,
        range: MU,
    },
    Knob {
        name: "sim-hp-s",
        label: "simulator.sd",
        kind: Some("simulator.kind.hard_pos"),
        get: |p| p.sim_hp_s,
        set: |p, v| p.sim_hp_s = v,
        range: SD,
    },
];

/// The simulator's own fields back to their defaults (α, γ belong to the explorer).
pub fn reset(p: &mut Params) {
    let d = Params::default();
    p.sim_n = d.sim_n;
    p.sim_pos = d.sim_pos;
    p.sim_seed = d.sim_seed;
    for k in &KNOBS {
        (k.set)(p, (k.get)(&d));
    }
}

/// The largest seed (the URL accepts 0 – 2³² − 1).
pub const SEED_MAX: u64 = 4_294_967_295;

#[component]
pub fn Controls() -> impl IntoView {
    let ctx = use_ctx();
    let later = Deferred::new(ctx);
    let n = ctx.memo(|p| p.sim_n);
    let pos = ctx.memo(|p| p.sim_pos);
    let seed = ctx.memo(|p| p.sim_seed);
    let label = move |key: &'static str| Signal::stored(ctx.t(key).to_string());

    let on_slider = move |ev: leptos::ev::Event| {
        if let Ok(v) = event_target_value(&ev).parse::<f64>() {
            let n = n_of_slider(v);
            later.set(move |p| p.sim_n = n);
        }
    };
    let n_text = move || fill(ctx.t("simulator.n_valuetext"), &[("n", &grouped(n.get()))]);
    let pos_note = move || {
        let c = crate::math::simulate::Population {
            n: n.get(),
            pos_frac: pos.get(),
            ..Default::default()
        }
        .counts();
        fill(
            ctx.t("simulator.posfrac_note"),
            &[
                ("pct", &format::percent(pos.get())),
                ("pos", &grouped((c[2] + c[3]) as u64)),
                ("neg", &grouped((c[0] + c[1]) as u64)),
            ],
        )
    };

    view! {
        <div class="controls" role="group" aria-label=ctx.t("simulator.controls")>
            <div class="control">
                <label for="ctl-sim-n-range">{ctx.t("simulator.n_label")}</label>
                <input type="range" id="ctl-sim-n-range" data-testid="sim-n" data-box="sim-n-input" data-scale="log10" min=LOG_N.0 max=LOG_N.1 step="0.01"
                    prop:value=move || (n.get() as f64).log10().clamp(LOG_N.0, LOG_N.1).to_string()
                    aria-valuetext=n_text data-value=move || n.get().to_string() on:input=on_slider/>
                <NumberCell testid="sim-n-input".into() label=label("simulator.n_label")
                    value=Signal::derive(move || n.get() as f64)
                    on_set=Callback::new(move |v: f64| later.set(move |p| p.sim_n = v as u64))
                    min=10f64.powf(LOG_N.0) max=10f64.powf(LOG_N.1) whole=true/>
            </div>
            <div class="control">
                <span class="label">{ctx.t("simulator.posfrac_label")}</span>
                <span class="note" data-testid="sim-posfrac-note">{pos_note}</span>
                <NumberCell testid="sim-posfrac".into() label=label("simulator.posfrac_label") value=pos
                    on_set=Callback::new(move |v: f64| later.set(move |p| p.sim_pos = v)) min=0.0 max=1.0/>
            </div>
            <div class="control">
                <span class="label">{ctx.t("simulator.seed_label")}</span>
                <button type="button" data-testid="sim-new-seed" style="justify-self: start"
                    on:click=move |_| ctx.set(|p| p.sim_seed = if p.sim_seed >= SEED_MAX { 0 } else { p.sim_seed + 1 })>
                    {ctx.t("simulator.new_seed")}
                </button>
                <NumberCell testid="sim-seed".into() label=label("simulator.seed_label")
                    value=Signal::derive(move || seed.get() as f64)
                    on_set=Callback::new(move |v: f64| later.set(move |p| p.sim_seed = v as u64))
                    min=0.0 max=SEED_MAX as f64 whole=true/>
            </div>
            <FocusControls alpha_name="sim-alpha" gamma_name="sim-gamma" off_testid="sim-alpha-off"/>
            <p class="note">{ctx.t("simulator.shared")}</p>
            <div class="button-row">
                <button type="button" data-testid="sim-reset" on:click=move |_| ctx.set(reset)>
                    {ctx.t("simulator.reset")}
                </button>
            </div>
        </div>
        <details class="plot-data" data-testid="sim-advanced">
            <summary>{ctx.t("simulator.advanced")}</summary>
            <div class="controls">
                {KNOBS.iter().map(|k| {
                    let value = ctx.memo(k.get);
                    let set = k.set;
                    let (key, kind) = (k.label, k.kind);
                    let text = Signal::derive(move || match kind {
                        Some(kind) => fill(ctx.t(key), &[("kind", ctx.t(kind))]),
                        None => ctx.t(key).to_string(),
                    });
                    let spoken = Signal::derive(move || format::sig(value.get(), 3));
                    view! {
                        <NumberControl name=k.name label=text value=value
                            on_set=Callback::new(move |v: f64| later.set(move |p| set(p, v)))
                            min=k.range.0 max=k.range.1 step=k.range.2 valuetext=spoken/>
                    }
                }).collect_view()}
            </div>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slider_and_fields() {
        assert_eq!(n_of_slider(5.0), 100_000);
        assert_eq!(n_of_slider(3.0), 1000);
        assert_eq!(n_of_slider(9.0), 1_000_000);
        assert_eq!(grouped(100_000), "100\u{202F}000");
        assert_eq!(grouped(999), "999");
    }

    #[test]
    fn reset_restores_the_simulator_only() {
        let mut p = Params {
            sim_n: 5,
            sim_en_m: 1.0,
            gamma: 3.0,
            ..Params::default()
        };
        reset(&mut p);
        assert_eq!(p.sim_n, Params::default().sim_n);
        assert_eq!(p.sim_en_m, Params::default().sim_en_m);
        assert_eq!(p.gamma, 3.0);
    }
}
