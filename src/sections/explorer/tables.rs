//! The explorer's data tables: the plotted values as text, the figures' text alternative.

use super::figures::{ce_at, fl_label, loss_at, GAMMA_FAMILY, TABLE_X};
use super::model::{p_from_pt, Inputs};
use crate::format;
use crate::i18n::tr;
use crate::math::activations;
use crate::math::focal::{self, Alpha, FocalParams};
use crate::state::{Lang, XAxis};
use crate::ui::DataTable;

/// The loss plot's data: x, CE, FL and the family at the table rows.
pub fn loss_table(i: &Inputs, axis: XAxis, lang: Lang) -> DataTable {
    let params = i.params();
    let mut head = vec![
        match axis {
            XAxis::Pt => "p_t".to_string(),
            XAxis::P => "p".to_string(),
        },
        "CE".into(),
        fl_label(i, lang),
    ];
    head.extend(
        GAMMA_FAMILY
            .iter()
            .map(|g| format!("γ = {g}, {}", tr(lang, "explorer.no_alpha"))),
    );
    let rows = TABLE_X
        .iter()
        .map(|&x| {
            let mut r = vec![
                format::sig(x, 2),
                format::num(ce_at(x, i, axis)),
                format::num(loss_at(x, i, axis, params)),
            ];
            for g in GAMMA_FAMILY {
                let fp =
                    FocalParams::new(Alpha::Off, g).unwrap_or_else(|_| FocalParams::plain_ce());
                r.push(format::num(loss_at(x, i, axis, fp)));
            }
            r
        })
        .collect();
    DataTable { head, rows }
}

pub fn grad_table(i: &Inputs) -> DataTable {
    let params = i.params();
    let rows = TABLE_X
        .iter()
        .map(|&t| {
            let x = activations::logit(p_from_pt(t, i.y));
            vec![
                format::sig(t, 2),
                format::num(x),
                format::num(focal::grad_ce_logit(x, i.label())),
                format::num(focal::grad_fl_logit(x, i.label(), params)),
            ]
        })
        .collect();
    DataTable {
        head: vec!["p_t".into(), "x".into(), "dCE/dx".into(), "dFL/dx".into()],
        rows,
    }
}

pub fn ratio_table(i: &Inputs, lang: Lang) -> DataTable {
    let params = i.params();
    let paper = FocalParams::new(Alpha::Off, 2.0).unwrap_or_else(|_| FocalParams::plain_ce());
    let rows = TABLE_X
        .iter()
        .chain([0.968].iter())
        .map(|&t| {
            vec![
                format::sig(t, 3),
                format::times(focal::ce_over_fl_y(t, i.label(), params)),
                format::times(focal::ce_over_fl(t, paper)),
            ]
        })
        .collect();
    DataTable {
        head: vec![
            "p_t".into(),
            fl_label(i, lang),
            tr(lang, "explorer.paper_curve").into(),
        ],
        rows,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_have_at_least_eleven_rows() {
        let i = Inputs {
            p: 0.9,
            y: 1,
            alpha: Alpha::On(0.25),
            gamma: 2.0,
        };
        assert!(loss_table(&i, XAxis::Pt, Lang::En).rows.len() >= 11);
        assert!(grad_table(&i).rows.len() >= 11);
        assert!(ratio_table(&i, Lang::En).rows.len() >= 11);
    }
}
