//! The training core against tools/train_reference.py (numpy and scikit-learn, written
//! independently): scikit-learn's average precision with ties, and three mini-batch steps of a
//! small network with each optimiser. The constants below are that script's printed output.

use focal_loss_lab::math::focal::{Alpha, FocalParams};
use focal_loss_lab::math::train::metrics::average_precision;
use focal_loss_lab::math::train::mlp::{loss_and_grad, Arch, Scratch};
use focal_loss_lab::math::train::optim::{Kind, Optimizer};

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-12 * (1.0 + b.abs())
}

#[test]
fn average_precision_is_scikit_learns() {
    let cases: [(Vec<f64>, Vec<f64>, f64); 4] = [
        (
            vec![0., 1., 0., 1., 0., 0., 1.],
            vec![0.1, 0.9, 0.35, 0.35, 0.8, 0.2, 0.35],
            0.7333333333333334,
        ),
        (
            vec![1., 0., 0., 0., 0., 1., 0., 0., 0., 0.],
            vec![0.5, 0.5, 0.5, 0.2, 0.2, 0.2, 0.9, 0.1, 0.1, 0.7],
            0.225,
        ),
        (
            vec![0., 0., 1., 0., 0., 0., 0., 0., 0., 0., 0., 1.],
            vec![0.3; 12],
            0.16666666666666666,
        ),
        (
            (0..200)
                .map(|i| if (i * 37) % 23 == 0 { 1.0 } else { 0.0 })
                .collect(),
            (0..200)
                .map(|i| (((i * 7919) % 101) / 10) as f64 / 10.0)
                .collect(),
            0.03920696453335819,
        ),
    ];
    for (y, s, want) in cases {
        let got = average_precision(&s, &y).unwrap();
        assert!(close(got, want), "{got} vs scikit-learn {want}");
    }
}

const H: Arch = Arch { h1: 3, h2: 2 };
const BATCHES: [[u32; 4]; 3] = [[0, 1, 2, 3], [4, 5, 6, 7], [7, 2, 0, 5]];

fn start() -> (Vec<f64>, Vec<[f64; 2]>, Vec<f64>) {
    let mut w: Vec<f64> = (0..H.n_weights())
        .map(|k| 0.7 * (1.3 * k as f64 + 0.4).sin())
        .collect();
    *w.last_mut().unwrap() = -(99f64).ln();
    let x = (0..8)
        .map(|i| [0.5 * f64::cos(i as f64), 1.5 * (0.7 * i as f64).sin()])
        .collect();
    let y = (0..8)
        .map(|i| if i == 2 || i == 5 { 1.0 } else { 0.0 })
        .collect();
    (w, x, y)
}

fn check(kind: Kind, lr: f64, alpha: Alpha, gamma: f64, losses: [f64; 3], want: &[f64]) {
    let (mut w, x, y) = start();
    let params = FocalParams::new(alpha, gamma).unwrap();
    let mut opt = Optimizer::new(kind, lr, w.len());
    let mut g = vec![0.0; w.len()];
    for (b, want_loss) in BATCHES.iter().zip(losses) {
        let st = loss_and_grad(H, &w, (&x, &y), b, params, &mut g, &mut Scratch::default());
        assert!(
            close(st.loss, want_loss),
            "loss {} vs numpy {want_loss}",
            st.loss
        );
        opt.step(&mut w, &g);
    }
    for (k, (a, b)) in w.iter().zip(want).enumerate() {
        assert!(close(*a, *b), "w[{k}] {a} vs numpy {b}");
    }
}

#[test]
fn three_steps_match_numpy_sgd_ce() {
    check(
        Kind::Sgd,
        0.1,
        Alpha::Off,
        0.0,
        [5.064764708667621, 4.784659797543934, 4.492097218473736],
        &[
            0.27796210713219144,
            0.6793904743887118,
            0.10199284270023191,
            -0.6476982753097554,
            -0.43433490978950057,
            0.3459577523828178,
            0.7187124250662634,
            -0.005312444551762652,
            -0.7419107167598998,
            -0.4375834181074352,
            0.5761849033577002,
            0.6509092714243778,
            -0.3464134081123605,
            -0.6502964066866321,
            -0.07867720581561943,
            0.42436119850727344,
            0.26077295225306146,
            -0.34097392179387304,
            -0.40404825490410423,
            -4.050135668300062,
        ],
    );
}

#[test]
fn three_steps_match_numpy_sgd_focal() {
    check(
        Kind::Sgd,
        0.1,
        Alpha::On(0.25),
        2.0,
        [1.2447965499231841, 1.1985182339971763, 1.1905691316865377],
        &[
            0.2740013634643099,
            0.690465112304524,
            0.10017017274660886,
            -0.644693104869105,
            -0.4398304038216856,
            0.3890178775199386,
            0.6737706620848717,
            -0.03666432696141756,
            -0.7010166977529957,
            -0.34767818878543516,
            0.5340389563731468,
            0.6074869277305399,
            -0.24110937009074432,
            -0.6876146630810527,
            -0.14530683261723615,
            0.5582512637911299,
            0.43093430546037187,
            -0.33608634528322584,
            -0.602022890236398,
            -4.448113015388376,
        ],
    );
}

#[test]
fn three_steps_match_numpy_adam_alpha_ce() {
    check(
        Kind::Adam,
        0.05,
        Alpha::On(0.75),
        0.0,
        [3.788200670208107, 3.630427113605122, 3.5036797919499714],
        &[
            0.28956842425704743,
            0.6876284538921921,
            0.09941296859540519,
            -0.618273431266409,
            -0.3371644346753541,
            0.29325897966818903,
            0.7921227404440964,
            0.08579899157048453,
            -0.8208146335760118,
            -0.4562323451236071,
            0.6010803796937502,
            0.6200044862574262,
            -0.3478591933434443,
            -0.630073436785171,
            -0.14483900310976086,
            0.4573492880844063,
            0.3488439455080012,
            -0.37286932502769327,
            -0.5382607369816863,
            -4.4451212186383255,
        ],
    );
}

#[test]
fn three_steps_match_numpy_adam_focal() {
    check(
        Kind::Adam,
        0.05,
        Alpha::On(0.25),
        2.0,
        [1.2447965499231841, 1.1890644055344681, 1.1452908243396862],
        &[
            0.29011691357372105,
            0.6872742209987215,
            0.10091311277677815,
            -0.6188031952764527,
            -0.33705216192438864,
            0.2931884302047587,
            0.7921724833313168,
            0.08592605462776264,
            -0.8210013155937609,
            -0.45634249894004647,
            0.6007557786777609,
            0.6202125639630526,
            -0.34789603589497553,
            -0.6306603089263129,
            -0.1446364141316892,
            0.45733467346295,
            0.3488815739763443,
            -0.3724680990796846,
            -0.5380809819274432,
            -4.445090384452624,
        ],
    );
}
