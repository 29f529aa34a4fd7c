//! The explorer figures' tests: axes, landmarks, summaries, markers and file names.

use super::*;

fn inputs() -> Inputs {
    Inputs {
        p: 0.9,
        y: 1,
        alpha: Alpha::On(0.25),
        gamma: 2.0,
    }
}

#[test]
fn log_axis_reaches_the_current_fl() {
    // p = 0.98: FL = 0.25 · 0.02² · −ln 0.98 ≈ 2.0e−6, far below the old 10⁻⁴ floor.
    let i = Inputs {
        p: 0.98,
        ..inputs()
    };
    let fam = family(&i, XAxis::Pt);
    let c = loss_chart(&i, XAxis::Pt, YScale::Log, &fam, Lang::En, Palette::LIGHT);
    let fl = evaluate(&i).fl;
    assert!((fl - 2.02e-6).abs() < 1e-8, "{fl}");
    assert!(c.y_log && c.y_range.0 <= fl && c.y_range.0 >= LOG_FLOOR);
    // A power of ten.
    let e = c.y_range.0.log10();
    assert!((e - e.round()).abs() < 1e-9);
    // Down to the smallest plotted positive value, unless that is below the floor.
    let min = c
        .series
        .iter()
        .flat_map(|s| s.points.iter().map(|p| p.1))
        .filter(|v| *v > 0.0)
        .fold(f64::INFINITY, f64::min);
    assert!(c.y_range.0 <= min || c.y_range.0 == LOG_FLOOR);
    // The current FL is drawn on the axis, not on an edge.
    assert!(c.y_to_axis(fl) > c.y_to_axis(c.y_range.0));
    // Without the γ = 5 family member's tail, the bottom follows FL itself.
    let only: Vec<_> = fam.iter().filter(|(g, _)| *g <= 1.0).cloned().collect();
    let c = loss_chart(
        &Inputs { gamma: 0.5, ..i },
        XAxis::Pt,
        YScale::Log,
        &only,
        Lang::En,
        Palette::LIGHT,
    );
    assert!(c.y_range.0 > LOG_FLOOR && c.y_range.0 <= evaluate(&Inputs { gamma: 0.5, ..i }).fl);
}

#[test]
fn landmarks_are_the_papers() {
    let [(a, ra), (b, rb)] = landmarks();
    assert_eq!((a, b), (0.9, 0.968));
    assert!((ra - 100.0).abs() < 1e-9);
    assert!((rb - 976.5625).abs() < 1e-6);
}

#[test]
fn ratio_summary_reads_the_landmarks_computed() {
    let i = inputs();
    let pt = evaluate(&i);
    let en = summary("explorer.summary_ratio", &i, &pt, Lang::En);
    assert!(en.contains("100× at p_t = 0.9 and 976.6× at 0.968"), "{en}");
    assert!(en.contains("Now: 400× at p_t = 0.9"), "{en}");
    let zh = summary("explorer.summary_ratio", &i, &pt, Lang::Zh);
    assert!(
        zh.contains("p_t = 0.9 处为 100 倍，0.968 处为 976.6 倍"),
        "{zh}"
    );
    assert!(zh.contains("时为 400 倍。") && !zh.contains('×'), "{zh}");
}

#[test]
fn loss_chart_marks_the_current_point_on_both_curves() {
    let i = inputs();
    let fam = family(&i, XAxis::Pt);
    let c = loss_chart(&i, XAxis::Pt, YScale::Lin, &fam, Lang::En, Palette::LIGHT);
    let pt = evaluate(&i);
    assert_eq!(c.markers[0].at, (pt.pt, pt.ce));
    assert_eq!(c.markers[1].at, (pt.pt, pt.fl));
    assert_eq!(c.series.len(), GAMMA_FAMILY.len() + 2);
    // The γ = 0 family member is CE itself.
    let ce = &c.series[GAMMA_FAMILY.len()].points;
    assert_eq!(&fam[0].1[1..], &ce[1..]);
}

#[test]
fn p_axis_with_a_negative_mirrors_the_pt_axis() {
    let i = Inputs { y: 0, ..inputs() };
    let by_p = loss_chart(
        &i,
        XAxis::P,
        YScale::Lin,
        &family(&i, XAxis::P),
        Lang::En,
        Palette::LIGHT,
    );
    let by_pt = loss_chart(
        &i,
        XAxis::Pt,
        YScale::Lin,
        &family(&i, XAxis::Pt),
        Lang::En,
        Palette::LIGHT,
    );
    let fl_p = &by_p.series.last().unwrap().points;
    let fl_pt = &by_pt.series.last().unwrap().points;
    // FL at p = x for y = 0 equals FL at p_t = 1 − x.
    let (x, v) = fl_p[60];
    let mirrored = crate::chart::value_at(fl_pt, 1.0 - x).unwrap();
    assert!((v - mirrored).abs() < 1e-9 * v.max(1.0));
    assert_eq!(by_p.rects[0].x, (0.0, 0.5));
}

#[test]
fn file_names_say_what_and_which_parameters() {
    assert_eq!(
        file_stem("focal-loss", &inputs()),
        "focal-loss_p0.9_y1_alpha0.25_gamma2"
    );
}
