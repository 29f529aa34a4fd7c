#!/usr/bin/env python3
"""Reference answers of the self-check exercises at seed 0 (the lessons' own examples),
computed in plain Python, independently of the Rust core. tests/exercises.rs holds them.

Run: python3 tools/exercises_reference.py
"""
import math


def fl(pt, gamma, alpha_t=1.0):
    return -alpha_t * (1 - pt) ** gamma * math.log(pt)


def sigmoid(x):
    return 1 / (1 + math.exp(-x))


def ratio_minus_one(p, g):
    # |dFL/dx| / |dCE/dx| - 1, alpha off (paper appendix B)
    return (1 - p) ** g + g * p * (1 - p) ** (g - 1) * -math.log(p) - 1


def crossover(g):
    lo, hi = 1e-12, 1 - 1e-12
    for _ in range(200):
        mid = (lo + hi) / 2
        if ratio_minus_one(mid, g) > 0:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


post_logits = [[0.1, 0.2, 0.8, 0.4, 0.4], [0.9, 0.6, 0.2, 0.3, 0.5],
               [0.6, 0.2, 0.3, 0.4, 0.6], [0.1, 0.3, 0.1, 0.2, 0.4]]
post_targets = [[0, 0, 1, 0, 0], [1, 0, 0, 0, 0], [0] * 5, [0] * 5]
table_total = 0.0
for xs, ts in zip(post_logits, post_targets):
    for x, t in zip(xs, ts):
        p = sigmoid(x)
        pt = p if t == 1 else 1 - p
        table_total += fl(pt, 2, 0.25 if t == 1 else 0.75)

answers = {
    1: fl(0.9, 2),                                   # p_t = .9, γ = 2, α off
    2: fl(0.8, 2, 0.75),                             # p = .2, y = 0, α = .25, γ = 2
    3: 3,                                            # p = .3, y = 1: hard positive
    4: 4 * 5 - 2,                                    # the post's 2 : 18
    5: fl(1 - sigmoid(0.6), 2, 0.75),                # the post's loss2, class 2
    6: crossover(2.0),
    7: -math.log((1 - 0.01) / 0.01),
    8: (table_total + 9.0 + 1.5) / max(2 + 12 + 0, 1),
    9: 100 * 990 * fl(0.9, 2) / (990 * fl(0.9, 2) + 10 * fl(0.3, 2)),
}
for k, v in answers.items():
    print(f"    ({k}, {v!r}),")
