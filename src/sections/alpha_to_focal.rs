//! Lesson 4, from α-balanced CE to focal loss, at the explorer's p, y, α and γ (the same state
//! fields, so both places always agree). Each named term (p_t, α_t, (1 − p_t)^γ, CE, FL) is a
//! button: clicking it asks the explorer to highlight its read-out through [`Highlight`] and
//! scrolls to the explorer.

use crate::ctx::{use_ctx, Highlight};
use crate::format;
use crate::math::focal::{alpha_balanced_ce, Alpha};
use crate::models::explorer::{evaluate, Inputs, Point};
use crate::sections::PostCredit;
use crate::ui::mathml::*;
use crate::ui::sample_formulas::{ce_formula, fl_formula};
use crate::ui::{NumberControl, Readout, YToggle};
use leptos::prelude::*;

/// (term name, the explorer read-out's test id it highlights).
pub const TERMS: [(&str, &str); 5] = [
    ("pt", "readout-pt"),
    ("alpha_t", "readout-alpha-t"),
    ("modulator", "readout-modulator"),
    ("ce", "readout-ce"),
    ("fl", "readout-fl"),
];

/// CE = −y ln p − (1 − y) ln(1 − p) = −1 · ln 0.9 − 0 · ln 0.1 = value
pub fn bce_line(p: f64, y: u8, value: f64) -> String {
    let (pp, yy) = (mi("p"), mi("y"));
    format!(
        "<mi>CE</mi>{EQ}{MINUS}{yy}{}{MINUS}{}{}{EQ}{MINUS}<mn>{y}</mn>{DOT}{}{MINUS}<mn>{}</mn>{DOT}{}{EQ}{}",
        ln(&pp),
        one_minus(&yy),
        ln(&one_minus(&pp)),
        ln(&mn_short(p)),
        1 - y.min(1),
        ln(&mn_in(1.0 - p)),
        mn(value)
    )
}

/// The weights (α, 1 − α) of positives and negatives; α off → (1, 1).
pub fn weights(alpha: Alpha) -> (f64, f64) {
    match alpha {
        Alpha::Off => (1.0, 1.0),
        Alpha::On(a) => (a, 1.0 - a),
    }
}

/// CE_α = −α y ln p − (1 − α)(1 − y) ln(1 − p) = −0.25 · 1 · ln 0.9 − 0.75 · 0 · ln 0.1 = value
pub fn alpha_line(p: f64, y: u8, alpha: Alpha, value: f64) -> String {
    let (pp, yy, a) = (mi("p"), mi("y"), mi("α"));
    let (wp, wn) = weights(alpha);
    format!(
        "{}{EQ}{MINUS}{a}{yy}{}{MINUS}{}{}{}{EQ}{MINUS}{}{DOT}<mn>{y}</mn>{DOT}{}{MINUS}{}{DOT}<mn>{}</mn>{DOT}{}{EQ}{}",
        sub("CE", "α"),
        ln(&pp),
        one_minus(&a),
        one_minus(&yy),
        ln(&one_minus(&pp)),
        mn_in(wp),
        ln(&mn_short(p)),
        mn_in(wn),
        1 - y.min(1),
        ln(&mn_in(1.0 - p)),
        mn(value)
    )
}

/// p_t = {p if y = 1; 1 − p if y = 0} and α_t = {α; 1 − α}, the current branch marked.
/// `off_word` is the translated "(α off)".
pub fn definitions(pt: &Point, y: u8, alpha: Alpha, if_word: &str, off_word: &str) -> String {
    let active = usize::from(y == 0);
    let pair_cases = |a: String, b: String| {
        [
            Case {
                expr: a,
                cond: cond("y", 1),
            },
            Case {
                expr: b,
                cond: cond("y", 0),
            },
        ]
    };
    let p_rows = pair_cases(mi("p"), format!("<mn>1</mn>{MINUS}<mi>p</mi>"));
    let alpha_t = match alpha {
        Alpha::On(_) => cases(
            &pair_cases(mi("α"), format!("<mn>1</mn>{MINUS}<mi>α</mi>")),
            active,
            &mn(pt.alpha_t),
            if_word,
        ),
        Alpha::Off => {
            format!("<mn>1</mn><mspace width=\"0.6em\"></mspace><mtext>{off_word}</mtext>")
        }
    };
    format!(
        "{}{EQ}{}<mspace width=\"2em\"></mspace>{}{EQ}{}",
        sub("p", "t"),
        cases(&p_rows, active, &mn(pt.pt), if_word),
        sub("α", "t"),
        alpha_t
    )
}

/// CE = −ln p_t,  CE_α = −α_t ln p_t,  FL = −α_t (1 − p_t)^γ ln p_t (symbols only).
pub fn compact_forms() -> String {
    let (pt, at) = (sub("p", "t"), sub("α", "t"));
    format!(
        "<mi>CE</mi>{EQ}{MINUS}{}<mo>,</mo><mspace width=\"1.5em\"></mspace>{}{EQ}{MINUS}{at}{}<mo>,</mo><mspace width=\"1.5em\"></mspace>\
         <mi>FL</mi>{EQ}{MINUS}{at}{}{}",
        ln(&pt),
        sub("CE", "α"),
        ln(&pt),
        pow(&one_minus(&pt), "<mi>γ</mi>"),
        ln(&pt)
    )
}

/// The explorer read-out that shows lesson 4's term `name`.
fn testid_of(name: &str) -> &'static str {
    match name {
        "pt" => "readout-pt",
        "alpha_t" => "readout-alpha-t",
        "modulator" => "readout-modulator",
        "ce" => "readout-ce",
        _ => "readout-fl",
    }
}

#[component]
pub fn AlphaToFocal() -> impl IntoView {
    let ctx = use_ctx();
    let highlight = use_context::<Highlight>();
    let inputs = Memo::new(move |_| ctx.params.with(Inputs::of));
    let point = Memo::new(move |_| evaluate(&inputs.get()));
    let ace = Memo::new(move |_| {
        let i = inputs.get();
        alpha_balanced_ce(i.p, i.label(), i.alpha)
    });
    let field = move |f: fn(&Point) -> f64| Signal::derive(move || f(&point.get()));

    let term =
        move |name: &'static str, label: &'static str, testid: &'static str, value: Signal<f64>| {
            let go = move |_| {
                if let Some(h) = highlight {
                    h.0.set(Some(name));
                }
                if let Some(w) = web_sys::window() {
                    let _ = w.location().set_hash("explorer");
                }
                crate::ui::show::show_in_explorer(testid_of(name));
            };
            view! {
                <button type="button" class="readout-card term" data-testid=format!("term-{name}")
                    title=ctx.t("alpha_to_focal.show_in_explorer") on:click=go>
                    <span class="name">{label}" ↗"</span>
                    <Readout testid value/>
                </button>
            }
        };

    let alpha_value = Signal::derive(move || match inputs.get().alpha {
        Alpha::On(a) => a,
        Alpha::Off => 0.25,
    });
    let alpha_off = Signal::derive(move || inputs.get().alpha == Alpha::Off);
    let p_text = Signal::derive(move || format!("p = {}", format::fixed(inputs.get().p, 3)));
    let a_text = Signal::derive(move || match inputs.get().alpha {
        Alpha::Off => "α off".to_string(),
        Alpha::On(a) => format!("α = {}", format::fixed(a, 2)),
    });
    let g_text = Signal::derive(move || format!("γ = {}", format::sig(inputs.get().gamma, 3)));
    let y = Signal::derive(move || inputs.get().y);

    let step1 = move || {
        let (i, pt) = (inputs.get(), point.get());
        block(&bce_line(i.p, i.y, pt.ce))
    };
    let step2 = move || {
        let i = inputs.get();
        block(&alpha_line(i.p, i.y, i.alpha, ace.get()))
    };
    let step3 = move || {
        let (i, pt) = (inputs.get(), point.get());
        block(&definitions(
            &pt,
            i.y,
            i.alpha,
            ctx.t("ce_forms.if"),
            ctx.t("alpha_to_focal.alpha_off_short"),
        )) + &block(&compact_forms())
    };
    let step4 = move || {
        let (i, pt) = (inputs.get(), point.get());
        block(&ce_formula(&pt)) + &block(&fl_formula(&i, &pt))
    };

    view! {
        <p class="prose">{crate::ui::rich(ctx.t("alpha_to_focal.intro"))}</p>
        <div class="controls" role="group" aria-label=ctx.t("alpha_to_focal.inputs")>
            <NumberControl name="a2f-p" label=Signal::stored(ctx.t("ce_forms.p_label").to_string())
                value=Signal::derive(move || inputs.get().p) on_set=Callback::new(move |v| ctx.set(|s| s.p = v))
                min=0.001 max=0.999 step=0.001 valuetext=p_text/>
            <YToggle id="a2f-y" y on_flip=Callback::new(move |()| ctx.set(|s| s.y = 1 - s.y.min(1)))/>
            <NumberControl name="a2f-alpha" label=Signal::derive(|| "α".to_string()) value=alpha_value
                on_set=Callback::new(move |v| ctx.set(|s| s.alpha = Alpha::On(v)))
                min=0.0 max=1.0 step=0.01 valuetext=a_text disabled=alpha_off/>
            <NumberControl name="a2f-gamma" label=Signal::derive(|| "γ".to_string())
                value=Signal::derive(move || inputs.get().gamma) on_set=Callback::new(move |v| ctx.set(|s| s.gamma = v))
                min=0.0 max=10.0 step=0.1 valuetext=g_text/>
        </div>
        <p class="note">{crate::ui::rich(ctx.t("alpha_to_focal.shared"))}
            {move || alpha_off.get().then(|| format!(" {}", ctx.t("alpha_to_focal.alpha_off")))}</p>

        <h3>{ctx.t("alpha_to_focal.step1")}</h3>
        <p class="prose">{ctx.t("alpha_to_focal.step1_text")}</p>
        <div class="formula" data-testid="a2f-bce" inner_html=step1></div>

        <h3>{ctx.t("alpha_to_focal.step2")}</h3>
        <p class="prose">{crate::ui::rich(ctx.t("alpha_to_focal.step2_text"))}</p>
        <div class="formula" data-testid="a2f-alpha-ce" inner_html=step2></div>

        <h3>{ctx.t("alpha_to_focal.step3")}</h3>
        <p class="prose">{crate::ui::rich(ctx.t("alpha_to_focal.step3_text"))}</p>
        <div class="formula" data-testid="a2f-defs" inner_html=step3></div>

        <h3>{ctx.t("alpha_to_focal.step4")}</h3>
        <p class="prose">{crate::ui::rich(ctx.t("alpha_to_focal.step4_text"))}</p>
        <p class="prose" data-testid="a2f-keeps">{move || crate::ui::sentences::keeps(ctx.lang(), inputs.get().gamma)}</p>
        <div class="formula" data-testid="a2f-fl-formula" inner_html=step4></div>

        <p class="note">{ctx.t("alpha_to_focal.click_hint")}</p>
        <div class="readouts" data-testid="a2f-terms">
            {term("pt", "p_t", "a2f-pt", field(|p| p.pt))}
            {term("alpha_t", "α_t", "a2f-alpha-t", field(|p| p.alpha_t))}
            {term("modulator", "(1 − p_t)^γ", "a2f-mod", field(|p| p.modulator))}
            {term("ce", "CE", "a2f-ce", field(|p| p.ce))}
            <div class="readout-card"><span class="name">"CE_α"</span><Readout testid="a2f-ace" value=Signal::derive(move || ace.get())/></div>
            {term("fl", "FL", "a2f-fl", field(|p| p.fl))}
        </div>
        <PostCredit/>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_carry_the_numbers() {
        let m = bce_line(0.9, 1, 0.1054);
        assert!(
            m.contains("<mn>0.9</mn>")
                && m.contains("<mn>0.1</mn>")
                && m.contains("<mn>0.1054</mn>")
        );
        let a = alpha_line(0.9, 0, Alpha::On(0.25), 1.727);
        assert!(a.contains("<mn>0.25</mn>") && a.contains("<mn>0.75</mn>"));
        assert_eq!(weights(Alpha::Off), (1.0, 1.0));
    }

    #[test]
    fn alpha_balanced_is_alpha_t_times_ce() {
        for (p, y) in [(0.9, 1u8), (0.9, 0), (0.2, 1), (0.3, 0)] {
            let i = Inputs {
                p,
                y,
                alpha: Alpha::On(0.25),
                gamma: 2.0,
            };
            let pt = evaluate(&i);
            let ace = alpha_balanced_ce(p, f64::from(y), i.alpha);
            assert!((ace - pt.alpha_t * pt.ce).abs() < 1e-15);
            // γ = 0 turns FL into the α-balanced CE.
            let g0 = evaluate(&Inputs { gamma: 0.0, ..i });
            assert!((g0.fl - ace).abs() < 1e-15);
        }
    }

    #[test]
    fn terms_match_the_explorer_testids() {
        let names: Vec<&str> = TERMS.iter().map(|t| t.0).collect();
        assert_eq!(names, ["pt", "alpha_t", "modulator", "ce", "fl"]);
        assert!(TERMS.iter().all(|(_, id)| id.starts_with("readout-")));
    }

    #[test]
    fn definitions_mark_the_branch() {
        let i = Inputs {
            p: 0.9,
            y: 0,
            alpha: Alpha::On(0.25),
            gamma: 2.0,
        };
        let pt = evaluate(&i);
        let m = definitions(&pt, 0, i.alpha, "if", "(α off)");
        assert_eq!(m.matches("◀").count(), 2);
        assert!(m.contains("<mn>0.1000</mn>") && m.contains("<mn>0.7500</mn>"));
    }
}
