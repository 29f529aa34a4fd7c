#!/usr/bin/env python3
"""Independent reference values for the Focal Loss Lab math tests.

Plain Python `math` only (no numpy, no torch), written without looking at the
Rust code, so that tests/math_*.rs compare two independent implementations.

Run:  python3 tools/reference_values.py
The printed values are pasted (with a comment naming this script) into
tests/math_reference.rs and tests/math_paper.rs.

Inputs come from the blog post /work/shared/seeds/000_0d7f092504a1b048.txt
("交叉熵损失(Cross Entropy loss)... Focal Loss", Rainylt, CSDN 115128523) and
from Lin et al., "Focal Loss for Dense Object Detection", arXiv:1708.02002.
"""

import math
import struct

ALPHA = 0.25
GAMMA = 2.0


def sigmoid(x):
    # Textbook two-sided form; fine for the moderate logits used here.
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


def focal_from_logit_hard(x, t, alpha=ALPHA, gamma=GAMMA):
    """Focal loss for a hard target t in {0,1}, written piecewise as in the
    paper (not in torchvision's order) to be an independent cross-check:
    t = 1: -alpha (1-p)^gamma ln p;  t = 0: -(1-alpha) p^gamma ln(1-p)."""
    p = sigmoid(x)
    if t == 1:
        # ln p = -ln(1 + e^-x)
        return alpha * (1.0 - p) ** gamma * math.log1p(math.exp(-x))
    # ln(1-p) = -ln(1 + e^x)
    return (1.0 - alpha) * p ** gamma * math.log1p(math.exp(x))


def fmt(v):
    return repr(v)


def section(title):
    print()
    print("# " + title)


def main():
    section("Post form (2): -ln(0.7) (post prints 0.36)")
    print("neg_ln_0_7 =", fmt(-math.log(0.7)))

    section("Post form (3): BCE per class, GT [0,1,0], pred [0.2,0.8,0.4]")
    gt = [0.0, 1.0, 0.0]
    pr = [0.2, 0.8, 0.4]
    per = []
    for y, p in zip(gt, pr):
        v = 0.0
        if y > 0:
            v -= y * math.log(p)
        if y < 1:
            v -= (1 - y) * math.log(1 - p)
        per.append(v)
    print("bce_cat_dog_horse =", [fmt(v) for v in per])
    print("bce_sum =", fmt(math.fsum(per)))

    section("Post 5-class x 4-sample table: preds are LOGITS, alpha=.25, gamma=2")
    logits = [
        [0.1, 0.2, 0.8, 0.4, 0.4],
        [0.9, 0.6, 0.2, 0.3, 0.5],
        [0.6, 0.2, 0.3, 0.4, 0.6],
        [0.1, 0.3, 0.1, 0.2, 0.4],
    ]
    targets = [
        [0, 0, 1, 0, 0],
        [1, 0, 0, 0, 0],
        [0, 0, 0, 0, 0],
        [0, 0, 0, 0, 0],
    ]
    total_cells = []
    for r, (xs, ts) in enumerate(zip(logits, targets)):
        cells = [focal_from_logit_hard(x, t) for x, t in zip(xs, ts)]
        total_cells.extend(cells)
        print("row%d_cells =" % (r + 1), [fmt(c) for c in cells])
        print("row%d_sum =" % (r + 1), fmt(math.fsum(cells)))
    total = math.fsum(total_cells)
    num_pos = sum(1 for ts in targets if any(t == 1 for t in ts))
    print("table_total =", fmt(total))
    print("table_num_pos =", num_pos)
    print("table_per_pos =", fmt(total / max(num_pos, 1)))
    print("# what the post printed for row 1 col 2 (0.4181) is the t = 0 value:")
    print("row1_col2_if_t0 =", fmt(focal_from_logit_hard(0.8, 0)))

    section("Post all-negative sample [0.2,0.4,0.1,0.8,0.2] (logits), targets all 0")
    neg = [0.2, 0.4, 0.1, 0.8, 0.2]
    cells = [focal_from_logit_hard(x, 0) for x in neg]
    print("all_negative_cells =", [fmt(c) for c in cells])
    print("all_negative_sum =", fmt(math.fsum(cells)))

    section("Paper: CE/FL = 1/(1-p_t)^gamma, alpha off, gamma = 2")
    for pt in [0.5, 0.9, 0.968, 0.968377]:
        print("ce_over_fl(%r) =" % pt, fmt(1.0 / (1.0 - pt) ** 2))
    print("p_t giving exactly 1000x =", fmt(1.0 - 1.0 / math.sqrt(1000.0)))

    section("torchvision at logits +-100, alpha=.25, gamma=2 (closed form)")
    # x=+100, t=0: ce = 100 + ln(1+e^-100) ~ 100, (1-p_t)^2 = sigmoid(100)^2 ~ 1
    print("tv_x_plus100_t0 =", fmt(0.75 * sigmoid(100.0) ** 2 * (100.0 + math.log1p(math.exp(-100.0)))))
    print("tv_x_minus100_t1 =", fmt(0.25 * sigmoid(100.0) ** 2 * (100.0 + math.log1p(math.exp(-100.0)))))

    section("Naive FCOS form breaks where sigmoid(x) rounds to exactly 1.0")
    # f64: 1/(1+e^-x) == 1.0 exactly when e^-x <= 2^-53 (ties-to-even at 1+2^-53).
    print("f64_threshold_53ln2 =", fmt(53 * math.log(2.0)))

    # f32: emulate float32 by rounding each intermediate through struct.
    def f32(v):
        return struct.unpack("f", struct.pack("f", v))[0]

    def sigmoid_f32(x):
        x = f32(x)
        return f32(1.0 / f32(1.0 + f32(math.exp(-x))))

    print("f32_threshold_24ln2 =", fmt(24 * math.log(2.0)))
    # Walk float32 values upwards from 16.0 to find the first x with sigmoid == 1.0f.
    bits = struct.unpack("I", struct.pack("f", 16.0))[0]
    while True:
        x = struct.unpack("f", struct.pack("I", bits))[0]
        if sigmoid_f32(x) == 1.0:
            break
        bits += 1
    print("f32_first_x_sigmoid_is_1 =", fmt(x))


if __name__ == "__main__":
    main()
