//! One figure: a canvas drawn through the chart module, crisp at any device pixel ratio,
//! repainted when its chart or its size changes (only the moving layer when only markers
//! moved); a hover/focus cross-hair read-out; PNG (2×) and SVG export of the same chart; and a
//! collapsible data table as the text alternative.

mod export;
mod layers;

use crate::chart::{self, Chart, PlotArea};
use crate::ctx::use_ctx;
use crate::format;
use crate::web::first_paint;
use crate::web::near::now_ms;
use layers::Layers;
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// A plot's resize callback (see `Plot`).
type Observed = Closure<dyn FnMut(js_sys::Array)>;

/// The plotted values as text: column heads and rows (at least 11 rows for curves).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct DataTable {
    pub head: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

#[component]
pub fn Plot(
    testid: &'static str,
    #[prop(into)] chart: Signal<Chart>,
    /// A one-sentence summary of what the figure currently shows (the canvas' aria-label).
    #[prop(into)]
    summary: Signal<String>,
    /// Export file name without extension, e.g. `focal-loss_alpha0.25_gamma2`.
    #[prop(into)]
    file_stem: Signal<String>,
    #[prop(into)] table: Signal<DataTable>,
    /// Height ÷ width.
    #[prop(optional)]
    aspect: Option<f64>,
) -> impl IntoView {
    let ctx = use_ctx();
    // Repaint only when the chart really changed (a move elsewhere may rebuild an equal one).
    let chart = Memo::new(move |_| chart.get());
    let aspect = aspect.unwrap_or(0.6);
    let canvas_ref = NodeRef::<leptos::html::Canvas>::new();
    let resized = RwSignal::new(0u32);
    // The canvas' CSS width, as last seen by the resize observer (0 until then).
    let width = StoredValue::new(0.0f64);
    let area = StoredValue::new(PlotArea::default());
    let hover = RwSignal::new(None::<f64>);
    let layers = StoredValue::new_local(Layers::default());
    // The words left out for want of room, as last written to the canvas' data attribute.
    let crowded = StoredValue::new(None::<usize>);
    // Slides mode draws text 1.5× larger (≥ 16 CSS px): legible from the back of a room.
    let text = ctx.memo(|p| {
        if p.mode == crate::state::Mode::Slides {
            1.5
        } else {
            1.0
        }
    });
    let figure = NodeRef::<leptos::html::Figure>::new();
    // Whether this plot already waits for the first paint (see below).
    let waiting = StoredValue::new(false);

    Effect::new(move |_| {
        resized.track();
        let Some(canvas) = canvas_ref.get() else {
            return;
        };
        // At load the read-outs and sliders paint first and the plots a frame later: their
        // drawing (and the layout that reading the width forces) would hold up that frame.
        if !first_paint::done() {
            if !waiting.get_value() {
                waiting.set_value(true);
                leptos::task::spawn_local(async move {
                    first_paint::painted().await;
                    resized.try_update(|n| *n += 1);
                });
            }
            return;
        }
        let t0 = now_ms();
        let mut w = width.get_value();
        if w <= 0.0 {
            w = f64::from(canvas.client_width());
            width.set_value(w);
        }
        let boost = text.get();
        let painted =
            chart.with(|c| layers.try_update_value(|l| l.paint(&canvas, c, aspect, w, boost)));
        if let Some(a) = painted.flatten() {
            area.set_value(a);
        }
        // Written only when it changes: a p move repaints every frame of a drag.
        if let Some(n) = layers.try_with_value(|l| l.crowded()) {
            if crowded.get_value() != Some(n) {
                crowded.set_value(Some(n));
                let _ = canvas.set_attribute("data-labels-crowded", &n.to_string());
            }
        }
        record_paint(testid, now_ms() - t0);
    });

    // Redraw on layout changes (window resize, slides mode, a sidebar opening). The observer
    // and its callback go with the plot, since plots are unmounted: a language change builds
    // each lesson anew (a split lesson is not patched in place), and a callback kept for the
    // page's lifetime holds its canvas, and through the canvas the old lesson's whole detached
    // DOM (the split build kept ~0.1 MB of JS heap per switch that way).
    let observer = StoredValue::new_local(None::<(web_sys::ResizeObserver, Observed)>);
    on_cleanup(move || {
        if let Some((ro, _callback)) = observer.try_update_value(Option::take).flatten() {
            ro.disconnect();
        }
    });
    Effect::new(move |_| {
        let Some(canvas) = canvas_ref.get() else {
            return;
        };
        let mut last_width = -1;
        let observed = canvas.clone();
        let cb = Closure::<dyn FnMut(js_sys::Array)>::new(move |_: js_sys::Array| {
            let w = observed.client_width();
            if w != last_width {
                last_width = w;
                width.set_value(f64::from(w));
                resized.update(|n| *n += 1);
            }
        });
        if let Ok(ro) = web_sys::ResizeObserver::new(cb.as_ref().unchecked_ref()) {
            ro.observe(&canvas);
            let old = observer.try_update_value(|o| o.replace((ro, cb))).flatten();
            if let Some((old, _callback)) = old {
                old.disconnect();
            }
        }
    });

    let dpr = || web_sys::window().map_or(1.0, |w| w.device_pixel_ratio().max(1.0));
    let on_move = move |ev: leptos::ev::PointerEvent| {
        hover.set(area.get_value().x_at(ev.offset_x() as f64 * dpr()));
    };
    let on_key = move |ev: leptos::ev::KeyboardEvent| {
        let (lo, hi) = area.get_value().x_range;
        let step = (hi - lo) / 100.0;
        let cur = hover.get_untracked().unwrap_or((lo + hi) / 2.0);
        let next = match ev.key().as_str() {
            "ArrowLeft" => cur - step,
            "ArrowRight" => cur + step,
            "Home" => lo,
            "End" => hi,
            _ => return,
        };
        ev.prevent_default();
        hover.set(Some(next.clamp(lo, hi)));
    };
    let on_focus = move |_| {
        let (lo, hi) = area.get_value().x_range;
        let first_marker = chart.with_untracked(|c| c.markers.first().map(|m| m.at.0));
        hover.set(Some(first_marker.unwrap_or((lo + hi) / 2.0)));
    };

    let readout = move || {
        let x = hover.get()?;
        let text = chart.with(|c| {
            let mut parts = vec![format!("{} = {}", c.x_label, format::sig(x, 3))];
            for s in c.series.iter().filter(|s| s.in_legend) {
                if let Some(v) = chart::value_at(&s.points, x) {
                    parts.push(format!("{} = {}", s.label, format::num(v)));
                }
            }
            parts.join(" · ")
        });
        Some(text)
    };
    let crosshair_left = move || {
        hover
            .get()
            .map(|x| format!("{}px", area.get_value().px_of(x) / dpr()))
            .unwrap_or_default()
    };

    let export = move |svg: bool| {
        let Some(canvas) = canvas_ref.get_untracked() else {
            return;
        };
        let name = file_stem.get_untracked();
        chart.with_untracked(|c| {
            if svg {
                export::svg(&canvas, c, aspect, &name)
            } else {
                export::png(&canvas, c, aspect, &name)
            }
        });
    };

    view! {
        <figure class="plot" node_ref=figure style=format!("--aspect: {aspect}")>
            <div class="plot-frame">
                <canvas
                    node_ref=canvas_ref
                    data-testid=testid
                    data-text-scale=move || text.get().to_string()
                    data-y-min=move || chart.with(|c| c.y_range.0.to_string())
                    data-y-log=move || chart.with(|c| c.y_log.to_string())
                    role="img"
                    tabindex="0"
                    aria-label=move || summary.get()
                    style=format!("aspect-ratio: {} / {}", 1000, (1000.0 * aspect).round())
                    on:pointermove=on_move
                    on:pointerleave=move |_| hover.set(None)
                    on:focus=on_focus
                    on:blur=move |_| hover.set(None)
                    on:keydown=on_key
                ></canvas>
                <div class="crosshair" style:left=crosshair_left hidden=move || hover.get().is_none()></div>
            </div>
            <div class="plot-hover" data-testid=format!("hover-{testid}")>{readout}</div>
            <div class="plot-tools">
                <button type="button" data-testid=format!("export-png-{testid}") on:click=move |_| export(false)>
                    {ctx.t("plot.png")}
                </button>
                <button type="button" data-testid=format!("export-svg-{testid}") on:click=move |_| export(true)>
                    {ctx.t("plot.svg")}
                </button>
                // Esc leaves (the browser's own).
                <button type="button" data-testid=format!("fullscreen-{testid}") on:click=move |_| {
                    if let Some(f) = figure.get_untracked() {
                        enter_fullscreen(&f);
                    }
                }>
                    {ctx.t("plot.fullscreen")}
                </button>
            </div>
            <PlotTable testid=testid chart=chart table=table/>
        </figure>
    }
}

/// Asks for full screen; a refusal (no user gesture, a policy) is quietly ignored.
fn enter_fullscreen(el: &web_sys::Element) {
    let Ok(f) = js_sys::Reflect::get(el, &"requestFullscreen".into()) else {
        return;
    };
    let Some(f) = f.dyn_ref::<js_sys::Function>() else {
        return;
    };
    if let Ok(p) = f.call0(el) {
        if let Ok(p) = p.dyn_into::<js_sys::Promise>() {
            let ignore = Closure::<dyn FnMut(JsValue)>::new(|_| {});
            let _ = p.catch(&ignore);
            ignore.forget();
        }
    }
}

/// For the benchmark only: when the page has set `window.__flBench = {}`, each paint's
/// duration (chart build + draw) is appended to `__flBench[testid]`. Otherwise nothing is kept.
fn record_paint(testid: &str, ms: f64) {
    let Some(w) = web_sys::window() else { return };
    let Ok(bench) = js_sys::Reflect::get(&w, &JsValue::from_str("__flBench")) else {
        return;
    };
    if !bench.is_object() {
        return;
    }
    let key = JsValue::from_str(testid);
    let list = js_sys::Reflect::get(&bench, &key)
        .ok()
        .filter(|l| l.is_object())
        .unwrap_or_else(|| {
            let l = js_sys::Array::new().into();
            let _ = js_sys::Reflect::set(&bench, &key, &l);
            l
        });
    list.unchecked_into::<js_sys::Array>()
        .push(&JsValue::from_f64(ms));
}

/// The data table under a figure. It is refreshed at once while open, and a moment after the
/// figure settles while closed, so a drag does not rebuild rows nobody is reading.
#[component]
fn PlotTable(testid: &'static str, chart: Memo<Chart>, table: Signal<DataTable>) -> impl IntoView {
    let ctx = use_ctx();
    let open = RwSignal::new(false);
    let shown = RwSignal::new(table.get_untracked());
    let pending = StoredValue::new(false);
    Effect::new(move |first: Option<()>| {
        chart.with(|_| ());
        if first.is_none() {
            return;
        }
        if open.get_untracked() {
            shown.set(table.get_untracked());
        } else if !pending.get_value() {
            pending.set_value(true);
            set_timeout(
                move || {
                    // The figure may be gone by now (a language change remounts it).
                    if let Some(t) = table.try_get_untracked() {
                        pending.try_set_value(false);
                        shown.try_set(t);
                    }
                },
                std::time::Duration::from_millis(300),
            );
        }
    });
    let on_toggle = move |ev: leptos::ev::Event| {
        let is_open = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok())
            .is_some_and(|d| d.open());
        open.set(is_open);
        if is_open {
            shown.set(table.get_untracked());
        }
    };
    view! {
        <details class="plot-data" on:toggle=on_toggle>
            <summary>{ctx.t("plot.table")}</summary>
            <table data-testid=format!("table-{testid}")>
                <thead><tr>{move || shown.with(|t| t.head.iter().map(|h| view! { <th scope="col">{h.clone()}</th> }).collect_view())}</tr></thead>
                <tbody>
                    {move || shown.with(|t| t.rows.iter().map(|r| view! {
                        <tr>{r.iter().map(|c| view! { <td>{c.clone()}</td> }).collect_view()}</tr>
                    }).collect_view())}
                </tbody>
            </table>
        </details>
    }
}
