//! Lesson 13, dense detection: a synthetic population of ~10⁵ anchors, mostly easy background,
//! and where its total loss comes from under CE and under FL at the explorer's α, γ (the
//! paper's core argument); the paper's Figure 4 live; and why the prior initialisation keeps
//! the first step sane. All numbers come from `math::simulate`.

mod controls;
pub mod figures;
mod parts;
mod prior;

use crate::ctx::{use_ctx, Ctx};
use crate::math::focal::{Alpha, FocalParams};
use crate::math::simulate::{Population, Report, Simulator as Engine};
use crate::sections::PostCredit;
use crate::state::population;
use crate::state::{Lang, Theme};
use crate::ui::mathml::{block, LN};
use crate::web::near::now_ms;
use leptos::prelude::*;
use parts::{Figure4, KindTable, Overview, Speed, Totals};
use prior::Prior;

/// One recompute: the report and how long it took (ms; 0 natively).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Run {
    pub report: Report,
    pub ms: f64,
}

/// The model and the loss split as MathML; `share` is that word in the page's language.
pub fn model_formula(share: &str) -> String {
    let pt = "<msub><mi>p</mi><mi>t</mi></msub>";
    let model = format!(
        "<mi>z</mi><mo>=</mo><mi>logit</mi><mo>⁡</mo>{pt}<mo>∼</mo><mi>𝒩</mi><mo>(</mo><msub><mi>μ</mi><mi>k</mi></msub><mo>,</mo>\
         <msubsup><mi>σ</mi><mi>k</mi><mn>2</mn></msubsup><mo>)</mo><mo>,</mo><mspace width=\"1em\"></mspace>\
         <msub><mi>z</mi><mi>j</mi></msub><mo>=</mo><mi>μ</mi><mo>+</mo><mi>σ</mi><mspace width=\"0.17em\"></mspace>\
         <msup><mi>Φ</mi><mrow><mo>−</mo><mn>1</mn></mrow></msup><mo>(</mo><mfrac><mrow><mi>j</mi><mo>+</mo><mfrac><mn>1</mn><mn>2</mn></mfrac></mrow><mn>65536</mn></mfrac><mo>)</mo>"
    );
    let share = crate::ui::mathml::word(share);
    let split = format!(
        "<msub><mi>L</mi><mi>k</mi></msub><mo>=</mo><munder><mo>∑</mo><mrow><mi>i</mi><mo>∈</mo><mi>k</mi></mrow></munder>\
         <msub><mi>α</mi><mi>t</mi></msub><msup><mrow><mo>(</mo><mn>1</mn><mo>−</mo>{pt}<mo>)</mo></mrow><mi>γ</mi></msup>\
         <mo>(</mo><mo>−</mo>{LN}{pt}<mo>)</mo><mo>,</mo><mspace width=\"1em\"></mspace>\
         {share}<mo>=</mo><mfrac><msub><mi>L</mi><mi>k</mi></msub><mrow><msub><mo>∑</mo><mi>k</mi></msub><msub><mi>L</mi><mi>k</mi></msub></mrow></mfrac>\
         <mo>,</mo><mspace width=\"1em\"></mspace><mfrac><mrow><msub><mo>∑</mo><mi>k</mi></msub><msub><mi>L</mi><mi>k</mi></msub></mrow>\
         <mrow><mi>max</mi><mo>(</mo><msub><mi>n</mi><mo>+</mo></msub><mo>,</mo><mn>1</mn><mo>)</mo></mrow></mfrac>"
    );
    block(&model) + &block(&split)
}

/// What every part of the section reads: the population, the shared α and γ, language and
/// theme, and the last recompute.
#[derive(Clone, Copy)]
struct Model {
    ctx: Ctx,
    pop: Memo<Population>,
    alpha: Memo<Alpha>,
    gamma: Memo<f64>,
    lang: Memo<Lang>,
    theme: Memo<Theme>,
    run: Memo<Run>,
}

impl Model {
    fn new(ctx: Ctx) -> Self {
        let pop = ctx.memo(population);
        let alpha = ctx.memo(|p| p.alpha);
        let gamma = ctx.memo(|p| p.gamma);
        let lang = ctx.memo(|p| p.lang);
        let theme = ctx.memo(|p| p.theme);
        // The buffers live as long as the page; a move reruns only the passes it invalidates.
        let engine = StoredValue::new(Engine::new());
        let run = Memo::new(move |_| {
            let pop = pop.get();
            let params = FocalParams::or_default(alpha.get(), gamma.get());
            let t0 = now_ms();
            let report = engine
                .try_update_value(|e| e.run(&pop, params))
                .unwrap_or_default();
            Run {
                report,
                ms: now_ms() - t0,
            }
        });
        Model {
            ctx,
            pop,
            alpha,
            gamma,
            lang,
            theme,
            run,
        }
    }

    /// A download's file name: `what` and every input.
    fn stem(self, what: &'static str) -> Signal<String> {
        let Model {
            pop, alpha, gamma, ..
        } = self;
        Signal::derive(move || figures::file_stem(what, &pop.get(), alpha.get(), gamma.get()))
    }
}

#[component]
pub fn Simulator() -> impl IntoView {
    let ctx = use_ctx();
    let m = Model::new(ctx);
    let Model {
        pop, alpha, gamma, ..
    } = m;
    let prior_rows =
        Signal::derive(move || prior::both(pop.get().counts(), alpha.get(), gamma.get()));

    view! {
        <p class="prose">{crate::ui::rich(ctx.t("simulator.intro"))}</p>
        <PostCredit/>
        <h3>{ctx.t("simulator.model_title")}</h3>
        {crate::ui::rich_list(ctx.t("simulator.model"), "prose")}
        <crate::ui::HowComputed>
            <p class="prose">{ctx.t("simulator.model_how")}</p>
            <div class="formula" inner_html=model_formula(ctx.t("math.share"))></div>
        </crate::ui::HowComputed>
        <Overview m/>
        <KindTable m/>
        <Totals m/>
        <Figure4 m/>

        <h3>{ctx.t("simulator.init_title")}</h3>
        <Prior rows=prior_rows/>

        <Speed m/>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn model_formula_is_mathml() {
        let f = model_formula("占比");
        assert!(f.starts_with("<math") && f.contains("65536") && f.contains("Φ"));
        assert!(
            f.contains("<mtext>占比</mtext>") && !f.contains("share"),
            "{f}"
        );
    }
}
