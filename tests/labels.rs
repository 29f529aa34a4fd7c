//! Plot words never cross a curve, a marker or each other: the explorer's figures (where a
//! class first met colliding labels) over a grid of states, at a phone's, a laptop's and a
//! projector's width, and with slides' 1.5× text.

use focal_loss_lab::chart::{crowded_labels, Palette};
use focal_loss_lab::math::focal::Alpha;
use focal_loss_lab::models::explorer::Inputs;
use focal_loss_lab::sections::explorer::figures::{family, grad_chart, loss_chart, ratio_chart};
use focal_loss_lab::state::{Lang, XAxis, YScale};

fn states() -> Vec<Inputs> {
    let mut v = Vec::new();
    for p in [0.02, 0.3, 0.5, 0.9, 0.98] {
        for y in [0, 1] {
            for alpha in [Alpha::On(0.25), Alpha::Off, Alpha::On(0.0), Alpha::On(1.0)] {
                for gamma in [0.0, 2.0, 5.0] {
                    v.push(Inputs { p, y, alpha, gamma });
                }
            }
        }
    }
    v
}

#[test]
fn explorer_words_never_collide() {
    let mut bad = Vec::new();
    for lang in [Lang::En, Lang::Zh] {
        for i in states() {
            for (w, scale) in [(640u32, 1.0), (900, 1.0), (1200, 1.5)] {
                let size = (w, w * 5 / 8);
                for axis in [XAxis::Pt, XAxis::P] {
                    for ys in [YScale::Lin, YScale::Log] {
                        let fam = family(&i, axis);
                        let c = loss_chart(&i, axis, ys, &fam, lang, Palette::LIGHT);
                        if crowded_labels(&c, size, scale) > 0 {
                            bad.push(format!(
                                "loss {:?} {axis:?} {ys:?} {w} {scale} {lang:?}",
                                (i.p, i.y, i.alpha, i.gamma)
                            ));
                        }
                    }
                }
                for (name, c) in [
                    ("grad", grad_chart(&i, lang, Palette::LIGHT)),
                    ("ratio", ratio_chart(&i, lang, Palette::LIGHT)),
                ] {
                    if crowded_labels(&c, size, scale) > 0 {
                        bad.push(format!(
                            "{name} {:?} {w} {scale} {lang:?}",
                            (i.p, i.y, i.alpha, i.gamma)
                        ));
                    }
                }
            }
        }
    }
    assert!(
        bad.is_empty(),
        "{} crowded figures, e.g. {:?}",
        bad.len(),
        &bad[..bad.len().min(12)]
    );
}
