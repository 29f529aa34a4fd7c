//! The paper's Table 1d (FL versus OHEM), with the best rows found from the data: the best
//! row overall and the best row of each sampling method, and FL's margin over the best OHEM.

use crate::ctx::use_ctx;
use crate::data::paper::best_by_ap;
use crate::data::paper::{OhemMethod, OhemRow, CITATION_1D, TABLE_1D};
use crate::format;
use crate::i18n::fill;
use leptos::prelude::*;

/// Index (into `rows`) of the best row (largest AP) among the rows that `keep` accepts.
fn best_where(rows: &[OhemRow], keep: impl Fn(&OhemRow) -> bool) -> Option<usize> {
    let subset: Vec<(usize, OhemRow)> = rows
        .iter()
        .copied()
        .enumerate()
        .filter(|(_, r)| keep(r))
        .collect();
    best_by_ap(&subset, |(_, r)| r.ap).map(|b| subset[b].0)
}

/// Index of the best row (largest AP) among the rows of `method`.
pub fn best_of(rows: &[OhemRow], method: OhemMethod) -> Option<usize> {
    best_where(rows, |r| r.method == method)
}

/// The best row overall, and the best row of any sampling method (OHEM or OHEM 1:3).
pub fn best_rows(rows: &[OhemRow]) -> (Option<usize>, Option<usize>) {
    (
        best_where(rows, |_| true),
        best_where(rows, |r| r.method != OhemMethod::Fl),
    )
}

fn method_name(m: OhemMethod) -> &'static str {
    match m {
        OhemMethod::Ohem => "OHEM",
        OhemMethod::Ohem13 => "OHEM 1:3",
        OhemMethod::Fl => "FL",
    }
}

/// One decimal, as the paper prints AP.
fn ap(v: f64) -> String {
    format::fixed(v, 1)
}

#[component]
pub fn Table1d() -> impl IntoView {
    let ctx = use_ctx();
    let (best, best_sampling) = best_rows(&TABLE_1D);
    let na = ctx.t("ohem.na");
    let rows = TABLE_1D
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let top = best == Some(i);
            let top_sampling = best_sampling == Some(i);
            let mark = if top {
                " ★"
            } else if top_sampling {
                " ☆"
            } else {
                ""
            };
            let style = if top || top_sampling {
                "font-weight: 700; box-shadow: inset 4px 0 0 var(--fl)"
            } else {
                ""
            };
            let best_attr = if top {
                "overall"
            } else if top_sampling {
                "sampling"
            } else {
                "false"
            };
            view! {
                <tr data-testid=format!("ohem-row-{i}") data-best=best_attr style=style>
                    <th scope="row" style="text-align: left">{method_name(r.method)}{mark}</th>
                    <td>{r.batch.map_or(na.to_string(), |b| b.to_string())}</td>
                    <td>{r.nms.map_or(na.to_string(), format::short)}</td>
                    <td data-value=r.ap.to_string()>{ap(r.ap)}</td>
                    <td>{ap(r.ap50)}</td><td>{ap(r.ap75)}</td>
                </tr>
            }
        })
        .collect_view();
    let verdict = match (best, best_sampling) {
        (Some(b), Some(s)) => {
            let (b, s) = (TABLE_1D[b], TABLE_1D[s]);
            fill(
                ctx.t("ohem.table_best"),
                &[
                    ("best", method_name(b.method)),
                    ("best_ap", &ap(b.ap)),
                    ("s", method_name(s.method)),
                    ("s_batch", &s.batch.map_or(String::new(), |v| v.to_string())),
                    ("s_nms", &s.nms.map_or(String::new(), format::short)),
                    ("s_ap", &ap(s.ap)),
                    ("gap", &ap(b.ap - s.ap)),
                ],
            )
        }
        _ => String::new(),
    };
    let gap = match (best, best_sampling) {
        (Some(b), Some(s)) => TABLE_1D[b].ap - TABLE_1D[s].ap,
        _ => f64::NAN,
    };
    view! {
        <div class="table-wrap" style="overflow-x: auto">
            <table data-testid="ohem-table">
                <caption style="text-align: left; font-weight: 600">{ctx.t("ohem.table_caption")}</caption>
                <thead><tr><th scope="col">{ctx.t("ohem.th.method")}</th><th scope="col">{ctx.t("ohem.th.batch")}</th>
                    <th scope="col">{ctx.t("ohem.th.nms")}</th><th scope="col">"AP"</th><th scope="col">"AP₅₀"</th><th scope="col">"AP₇₅"</th></tr></thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
        <p class="note" data-testid="ohem-citation">{ctx.t("ohem.table_source")}" "
            <a href="https://arxiv.org/abs/1708.02002" rel="noopener">{CITATION_1D}</a>"."</p>
        <p class="prose" data-testid="ohem-table-best" data-value=gap.to_string()>{crate::ui::rich(&verdict)}</p>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn best_rows_come_from_the_data() {
        let (best, sampling) = best_rows(&TABLE_1D);
        assert_eq!(TABLE_1D[best.unwrap()].method, OhemMethod::Fl);
        let s = TABLE_1D[sampling.unwrap()];
        assert_eq!(
            (s.method, s.batch, s.ap),
            (OhemMethod::Ohem, Some(128), 32.8)
        );
        let r = TABLE_1D[best_of(&TABLE_1D, OhemMethod::Ohem13).unwrap()];
        assert_eq!((r.batch, r.ap), (Some(128), 31.1));
        // Changing the data moves the mark: drop FL and the best is the best OHEM row.
        let (b, _) = best_rows(&TABLE_1D[..9]);
        assert_eq!(b, sampling);
        assert_eq!(best_rows(&[]), (None, None));
    }
}
