//! Lesson 2, softmax cross-entropy on the post's cat / dog / horse example: the ground truth
//! is one-hot "dog", the prediction q is editable (warns when it does not sum to 1 and offers
//! to normalise), form (2) gives −ln q_dog, and a label-smoothing ε shows why form (1) is
//! needed once the target is soft.

use crate::ctx::use_ctx;
use crate::data::post::{PRINTED_NEG_LN_0_7, SOFTMAX_PRED};
use crate::format;
use crate::format::short_tidy;
use crate::i18n::fill;
use crate::models::softmax_ce::{evaluate, normalised, sums_to_one, SoftmaxView, CLASS_KEYS, K};
use crate::sections::PostCredit;
use crate::ui::ce_formulas::{form1_general, form1_values, form2_values};
use crate::ui::mathml::*;
use crate::ui::NumberCell;
use crate::ui::{NumberControl, Readout};
use leptos::prelude::*;

#[component]
pub fn SoftmaxCe() -> impl IntoView {
    let ctx = use_ctx();
    let q = ctx.memo(|p| p.sm_q.clone());
    let eps = ctx.memo(|p| p.sm_eps);
    let v = Memo::new(move |_| evaluate(&q.get(), eps.get()));
    let field = move |f: fn(&SoftmaxView) -> f64| Signal::derive(move || v.with(f));
    let at = move |f: fn(&SoftmaxView) -> &Vec<f64>, i: usize| {
        Signal::derive(move || v.with(|v| f(v).get(i).copied().unwrap_or(f64::NAN)))
    };
    let name = move |i: usize| ctx.t(CLASS_KEYS[i]);
    let names = move || [name(0), name(1), name(2)];

    let head = move || {
        (0..K)
            .map(|i| view! { <th scope="col">{move || name(i)}</th> })
            .collect_view()
    };
    let q_cells = move || {
        (0..K)
            .map(|i| {
                let label = Signal::derive(move || {
                    fill(ctx.t("softmax_ce.q_label"), &[("class", name(i))])
                });
                let value = Signal::derive(move || q.with(|q| q.get(i).copied().unwrap_or(0.0)));
                let on_set = Callback::new(move |x: f64| {
                    ctx.set(|p| {
                        if let Some(e) = p.sm_q.get_mut(i) {
                            *e = x
                        }
                    })
                });
                view! { <td><NumberCell testid=format!("sq-{i}") label value on_set min=0.0 max=1.0/></td> }
            })
            .collect_view()
    };
    let row = move |f: fn(&SoftmaxView) -> &Vec<f64>, ids: [&'static str; K]| {
        (0..K)
            .map(|i| view! { <td><Readout testid=ids[i] value=at(f, i) show=short_tidy/></td> })
            .collect_view()
    };

    let warning = move || {
        let s = v.with(|v| v.sum_q);
        (!sums_to_one(s)).then(|| {
            let sum = short_tidy(s);
            let can = normalised(&q.get()).is_some();
            view! {
                <p class="warning" role="alert" data-testid="sq-warning">
                    {fill(ctx.t("softmax_ce.warn_sum"), &[("sum", &sum)])}" "
                    <button type="button" data-testid="sq-normalise" disabled=!can
                        on:click=move |_| {
                            if let Some(n) = normalised(&q.get_untracked()) {
                                ctx.set(|p| p.sm_q = n);
                            }
                        }>
                        {fill(ctx.t("softmax_ce.normalise"), &[("sum", &sum)])}
                    </button>
                </p>
            }
        })
    };
    let form2_math = move || {
        let v = v.get();
        let q_dog = q.with(|q| q.get(1).copied().unwrap_or(f64::NAN));
        block(&form2_values(name(1), q_dog, v.form2))
    };
    let form1_math = move || {
        let v = v.get();
        block(&form1_general()) + &block(&form1_values(&names(), &v.target, &q.get(), v.form1))
    };
    let post_note = move || {
        let ours = evaluate(&SOFTMAX_PRED, 0.0).form2;
        fill(
            ctx.t("softmax_ce.post_note"),
            &[
                ("printed", &format::short(PRINTED_NEG_LN_0_7)),
                ("ours", &format::num(ours)),
            ],
        )
    };
    let verdict = move || {
        let key = if eps.get() == 0.0 {
            "softmax_ce.gap_zero"
        } else {
            "softmax_ce.gap_nonzero"
        };
        ctx.t(key)
    };
    let eps_text = Signal::derive(move || format!("ε = {}", format::sig(eps.get(), 3)));

    view! {
        <p class="prose">{ctx.t("softmax_ce.intro")}</p>
        <div class="table-wrap" style="overflow-x: auto">
            <table data-testid="softmax-table">
                <thead><tr><th scope="col">{ctx.t("softmax_ce.row")}</th>{head}<th scope="col">"Σ"</th></tr></thead>
                <tbody>
                    <tr>
                        <th scope="row" style="text-align: left">{ctx.t("softmax_ce.row_gt")}</th>
                        {row(|v| &v.one_hot, ["sm-gt-0", "sm-gt-1", "sm-gt-2"])}
                        <td><Readout testid="sm-gt-sum" value=field(|v| v.one_hot.iter().sum()) show=short_tidy/></td>
                    </tr>
                    <tr>
                        <th scope="row" style="text-align: left">{move || fill(ctx.t("softmax_ce.row_target"), &[("eps", &short_tidy(eps.get()))])}</th>
                        {row(|v| &v.target, ["sm-target-0", "sm-target-1", "sm-target-2"])}
                        <td><Readout testid="sm-target-sum" value=field(|v| v.target.iter().sum()) show=short_tidy/></td>
                    </tr>
                    <tr>
                        <th scope="row" style="text-align: left">{ctx.t("softmax_ce.row_q")}</th>
                        {q_cells}<td><Readout testid="sq-sum" value=field(|v| v.sum_q) show=short_tidy/></td>
                    </tr>
                    <tr>
                        <th scope="row" style="text-align: left">{ctx.t("softmax_ce.row_term")}</th>
                        {row(|v| &v.terms, ["sm-term-0", "sm-term-1", "sm-term-2"])}<td><Readout testid="ce-soft" value=field(|v| v.form1)/></td>
                    </tr>
                </tbody>
            </table>
        </div>
        {warning}
        <h3>{ctx.t("softmax_ce.form2_title")}</h3>
        <p class="prose">{ctx.t("softmax_ce.form2_text")}</p>
        <div class="formula" data-testid="softmax-form2" inner_html=form2_math></div>
        <div class="readouts">
            <div class="readout-card fl"><span class="name">{ctx.t("softmax_ce.ln_name")}</span>
                <Readout testid="ce-dog" value=field(|v| v.form2)/></div>
            <div class="readout-card"><span class="name">{ctx.t("softmax_ce.log10_name")}</span>
                <Readout testid="ce-log10" value=field(|v| v.log10)/></div>
        </div>
        <p class="note" data-testid="softmax-post-note">{post_note}</p>
        <h3>{ctx.t("softmax_ce.smooth_title")}</h3>
        <NumberControl name="smooth-eps" label=Signal::stored(ctx.t("softmax_ce.eps_label").to_string())
            value=Signal::derive(move || eps.get()) on_set=Callback::new(move |x| ctx.set(|p| p.sm_eps = x))
            min=0.0 max=1.0 step=0.01 valuetext=eps_text/>
        <p class="prose">{ctx.t("softmax_ce.smooth_text")}</p>
        <div class="formula" data-testid="softmax-form1" inner_html=form1_math></div>
        <div class="readouts">
            <div class="readout-card"><span class="name">{ctx.t("softmax_ce.form1_name")}</span>
                <Readout testid="ce-form1" value=field(|v| v.form1)/></div>
            <div class="readout-card"><span class="name">{ctx.t("softmax_ce.form2_name")}</span>
                <Readout testid="ce-form2" value=field(|v| v.form2)/></div>
            <div class="readout-card"><span class="name">{ctx.t("softmax_ce.gap_name")}</span>
                {move || match v.with(|v| v.gap()) {
                    Some(_) => view! { <Readout testid="ce-gap" value=field(|v| v.gap().unwrap_or(0.0))/> }.into_any(),
                    None => view! { <output class="readout" data-testid="ce-gap-none">{ctx.t("softmax_ce.gap_inf")}</output> }.into_any(),
                }}</div>
        </div>
        <p class="verdict" data-testid="softmax-verdict">{verdict}</p>
        <PostCredit/>
    }
}
