#!/usr/bin/env python3
"""Independent reference values for lesson sections 9-11 (num_pos, soft targets, segmentation).

Plain Python `math` only, written from the formulas (not from the Rust code), so the Rust unit
tests in src/math/segmentation.rs and src/sections/{num_pos,soft_targets,segmentation}/ compare
two implementations. Run:  python3 tools/lessons_c_reference.py

Post: Rainylt, CSDN 115128523 (CC BY-SA 4.0), /work/shared/seeds/000_0d7f092504a1b048.txt.
CornerNet (Law & Deng 2018) / CenterNet (Zhou et al. 2019) penalty-reduced focal loss.
"""

import math


def sigmoid(x):
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


def softplus(x):
    # ln(1 + e^x), stable
    return max(x, 0.0) + math.log1p(math.exp(-abs(x)))


def ce_logit(x, y):
    # -y ln s(x) - (1-y) ln s(-x) = y softplus(-x) + (1-y) softplus(x)
    return y * softplus(-x) + (1 - y) * softplus(x)


def fl_logit(x, y, alpha, gamma):
    # Piecewise as in the paper: y=1: -a (1-p)^g ln p ; y=0: -(1-a) p^g ln(1-p)
    p = sigmoid(x)
    if y == 1:
        return alpha * (1 - p) ** gamma * softplus(-x)
    return (1 - alpha) * p ** gamma * softplus(x)


def section(t):
    print()
    print("# " + t)


# ---------------------------------------------------------------- num_pos
section("num_pos: the post's table total (alpha .25, gamma 2), logits -> FL(sigmoid(x))")
LOGITS = [[0.1, 0.2, 0.8, 0.4, 0.4], [0.9, 0.6, 0.2, 0.3, 0.5],
          [0.6, 0.2, 0.3, 0.4, 0.6], [0.1, 0.3, 0.1, 0.2, 0.4]]
TARGETS = [[0, 0, 1, 0, 0], [1, 0, 0, 0, 0], [0] * 5, [0] * 5]
total = sum(fl_logit(x, t, 0.25, 2.0) for xs, ts in zip(LOGITS, TARGETS) for x, t in zip(xs, ts))
print("total", repr(total))
print("per_pos (/2)", repr(total / 2))
print("per point (/4)", repr(total / 4))
print("per element (/20)", repr(total / 20))
PRINTED = [[0.1539, 0.1810, 0.4181, 0.2454, 0.2454], [0.0071, 0.3244, 0.1810, 0.2114, 0.2831],
           [0.3244, 0.1810, 0.2114, 0.2454, 0.3244], [0.1539, 0.2114, 0.1539, 0.1810, 0.2454]]
print("sum of printed cells", repr(sum(sum(r) for r in PRINTED)))

section("num_pos: default batch [(post total, 2), (9, 12), (1.5, 0)]")
batch = [(total, 2), (9.0, 12), (1.5, 0)]
per_image = sum(t / max(n, 1) for t, n in batch) / len(batch)
across = sum(t for t, _ in batch) / max(sum(n for _, n in batch), 1)
print("per_image_then_mean", repr(per_image))
print("across_batch", repr(across))
b2 = batch[:2]
print("2 images: per_image", repr(sum(t / max(n, 1) for t, n in b2) / 2),
      "across", repr(sum(t for t, _ in b2) / max(sum(n for _, n in b2), 1)))

# ---------------------------------------------------------------- soft targets
section("soft targets: n=41, centre 20, sigma 2; prediction peak 22, height .6, width 2, floor .02")


def centernet(pred, gt, a=2.0, beta=4.0):
    pos = neg = 0.0
    npos = 0
    per = []
    for p, g in zip(pred, gt):
        if g == 1.0:
            v = -((1 - p) ** a) * math.log(p)
            pos += v
            npos += 1
        else:
            v = -((1 - g) ** beta) * (p ** a) * math.log(1 - p)
            neg += v
        per.append(v)
    return per, pos, neg, npos, (pos + neg) / max(npos, 1)


def soft_case(sigma, peak, height, width, floor):
    n, c = 41, 20
    gt = [1.0 if i == c else (math.exp(-((i - c) ** 2) / (2 * sigma * sigma)) if sigma > 0 else 0.0)
          for i in range(n)]
    pred = [floor + (height - floor) * math.exp(-((i - peak) ** 2) / (2 * width * width)) for i in range(n)]
    return gt, pred


gt, pred = soft_case(2.0, 22.0, 0.6, 2.0, 0.02)
per, pos, neg, npos, tot = centernet(pred, gt)
print("p[20]", repr(pred[20]), "p[22]", repr(pred[22]))
print("pos", repr(pos), "neg", repr(neg), "num_pos", npos, "total", repr(tot))
per0, pos0, neg0, _, tot0 = centernet(pred, gt, beta=0.0)
print("beta=0 total", repr(tot0))
print("weight at 21 (1-g)^4", repr((1 - gt[21]) ** 4), "ratio", repr(per[21] / per0[21]))

# ---------------------------------------------------------------- segmentation
section("segmentation: 2 x 2 example, alpha .25, gamma 2")
L = [2.0, -0.5, -3.0, 1.0]
T = [1, 1, 0, 0]
ce = [ce_logit(x, t) for x, t in zip(L, T)]
fl = [fl_logit(x, t, 0.25, 2.0) for x, t in zip(L, T)]
print("CE", [repr(v) for v in ce])
print("FL", [repr(v) for v in fl])
print("bg share CE", repr((ce[2] + ce[3]) / sum(ce)), "FL", repr((fl[2] + fl[3]) / sum(fl)))

section("segmentation: default scene 48 x 48, r 5, margin 4, noise 1, seed 1")
M64 = (1 << 64) - 1


class SplitMix64:
    def __init__(self, seed):
        self.s = seed & M64

    def next(self):
        self.s = (self.s + 0x9E3779B97F4A7C15) & M64
        z = self.s
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & M64
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & M64
        return z ^ (z >> 31)

    def uniform(self):
        # (k + 0.5) / 2^53 with k the top 53 bits: strictly inside (0, 1)
        return ((self.next() >> 11) + 0.5) / float(1 << 53)

    def normal(self):
        u1, u2 = self.uniform(), self.uniform()
        return math.sqrt(-2.0 * math.log(u1)) * math.cos(2.0 * math.pi * u2)


def scene(r, margin, noise, seed, size=48, edge=1.5):
    rng = SplitMix64(seed)
    c = size / 2.0
    mask, logits = [], []
    for i in range(size):
        for j in range(size):
            dx, dy = j + 0.5 - c, i + 0.5 - c
            d2 = dx * dx + dy * dy
            m = 1.0 if d2 <= r * r else 0.0
            s = min(1.0, max(-1.0, (r - math.sqrt(d2)) / edge))
            z = rng.normal()
            mask.append(m)
            logits.append(margin * s + noise * z)
    return mask, logits


def seg_report(r, margin, noise, seed, alpha=0.25, gamma=2.0):
    mask, logits = scene(r, margin, noise, seed)
    ce = [ce_logit(x, m) for x, m in zip(logits, mask)]
    fl = [fl_logit(x, m, alpha, gamma) for x, m in zip(logits, mask)]
    bg_ce = sum(c for c, m in zip(ce, mask) if m == 0)
    bg_fl = sum(f for f, m in zip(fl, mask) if m == 0)
    fg = int(sum(mask))
    hard = sum(1 for x, m in zip(logits, mask) if m == 0 and x >= 0)
    print("r", r, "margin", margin, "noise", noise, "seed", seed, "alpha", alpha, "gamma", gamma)
    print("  fg pixels", fg, "hard bg", hard)
    print("  first logits", [repr(v) for v in logits[:3]])
    print("  sum CE", repr(sum(ce)), "sum FL", repr(sum(fl)))
    print("  bg share CE", repr(bg_ce / sum(ce)), "bg share FL", repr(bg_fl / sum(fl)))


seg_report(5.0, 4.0, 1.0, 1)
seg_report(12.0, 2.0, 2.0, 7)
