"""The simulator's formulas in numpy, as a notebook would write them: N anchors of four kinds
with logit-normal p_t (same model and defaults as src/math/simulate), per-anchor CE and FL
(α = 0.25, γ = 2), totals and shares by kind, and Figure 4 (sort by loss, cumulative sum,
normalise) for the positives and the negatives at γ ∈ {0, 0.5, 1, 2} and the current γ.
Prints JSON {n1e5_ms, n1e6_ms} (median of 9 full recomputes after a warm-up)."""
import json
import time

import numpy as np

KINDS = [  # (is_positive, mu, sigma): easy neg, hard neg, easy pos, hard pos
    (False, 4.5, 1.0), (False, 0.0, 1.0), (True, 2.5, 1.0), (True, -0.5, 1.0)]
POS, HARD_NEG, HARD_POS, ALPHA, GAMMA = 0.001, 0.01, 0.3, 0.25, 2.0


def counts(n):
    n_pos = round(n * POS)
    n_neg = n - n_pos
    hn, hp = round(n_neg * HARD_NEG), round(n_pos * HARD_POS)
    return [n_neg - hn, hn, n_pos - hp, hp]


def recompute(n, seed):
    rng = np.random.default_rng(seed)
    shares, curves = {}, []
    ce_by, fl_by, z_by = [], [], []
    for (pos, mu, sd), c in zip(KINDS, counts(n)):
        z = rng.normal(mu, sd, c)               # margin z = logit(p_t)
        ce = np.logaddexp(0.0, -z)              # −ln p_t = softplus(−z), stable
        one_minus = 1.0 / (1.0 + np.exp(z))     # 1 − p_t
        a_t = ALPHA if pos else 1.0 - ALPHA
        fl = a_t * one_minus ** GAMMA * ce
        ce_by.append(ce)
        fl_by.append(fl)
        z_by.append(z)
    ce_tot = sum(x.sum() for x in ce_by)
    fl_tot = sum(x.sum() for x in fl_by)
    shares["ce"] = [x.sum() / ce_tot for x in ce_by]
    shares["fl"] = [x.sum() / fl_tot for x in fl_by]
    for cls in (slice(0, 2), slice(2, 4)):
        z = np.concatenate(z_by[cls])
        ce = np.logaddexp(0.0, -z)
        one_minus = 1.0 / (1.0 + np.exp(z))
        for g in (0.0, 0.5, 1.0, 2.0, GAMMA):
            loss = np.sort(one_minus ** g * ce)
            cum = np.cumsum(loss)
            curves.append(cum / cum[-1] if len(cum) and cum[-1] > 0 else cum)
    return shares, curves


def median_ms(n):
    recompute(n, 0)
    times = []
    for seed in range(1, 10):
        t0 = time.perf_counter()
        recompute(n, seed)
        times.append((time.perf_counter() - t0) * 1000)
    return sorted(times)[len(times) // 2]


print(json.dumps({"n1e5_ms": median_ms(100_000), "n1e6_ms": median_ms(1_000_000)}))
