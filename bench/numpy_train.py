#!/usr/bin/env python3
"""The training section's workload in numpy, for the WASM ratio in bench/train_bench.mjs.

The same model (2 -> 16 -> 16 -> 1 tanh), the same data design (N = 20 000 points, 1 %
positives in three clusters of s.d. 0.25, hard-negative rings of radius 0.45-0.9, background
outside the cores; numpy's own generator, so the points differ but not their distribution),
three runs (CE, alpha-CE .75, FL .25/2) on the same mini-batches of 256, Adam, the loss summed
and divided by max(num_pos, 1), and an evaluation every 50 steps on 10 000 test points plus
the 48 x 48 map — written as a notebook would, vectorised per mini-batch.
Prints JSON: {"steps": S, "ms": total, "steps_per_s": ...}. Usage: python3 numpy_train.py [S]
"""
import json, sys, time
import numpy as np

rng = np.random.default_rng(1)
C = np.array([[-1.6, 1.2], [1.4, 1.6], [0.4, -1.5]])


def data(n, pi):
    npos = round(n * pi)
    k = rng.integers(0, 3, n)
    x = np.empty((n, 2))
    x[:npos] = C[k[:npos]] + 0.25 * rng.standard_normal((npos, 2))
    neg = n - npos
    hard = rng.random(neg) <= 0.2
    r = 0.45 + 0.45 * rng.random(neg)
    a = 2 * np.pi * rng.random(neg)
    ring = C[k[npos:]] + np.stack([r * np.cos(a), r * np.sin(a)], 1)
    bg = rng.uniform(-3, 3, (neg, 2))
    bad = (np.linalg.norm(bg[:, None, :] - C[None], axis=2) < 0.45).any(1)
    while bad.any():
        bg[bad] = rng.uniform(-3, 3, (bad.sum(), 2))
        bad = (np.linalg.norm(bg[:, None, :] - C[None], axis=2) < 0.45).any(1)
    x[npos:] = np.where(hard[:, None], ring, bg)
    y = np.zeros(n); y[:npos] = 1
    return x, y


def init():
    return [rng.standard_normal((16, 2)) / np.sqrt(2), np.zeros(16), rng.standard_normal((16, 16)) / 4,
            np.zeros(16), rng.standard_normal(16) / 4, np.array(-np.log(99.0))]


def forward(p, x):
    a1 = np.tanh(x @ p[0].T + p[1]); a2 = np.tanh(a1 @ p[2].T + p[3])
    return a1, a2, a2 @ p[4] + p[5]


def grad(p, x, y, alpha, gamma):
    a1, a2, z = forward(p, x)
    ys = 2 * y - 1
    xt = ys * z
    pt = 1 / (1 + np.exp(-xt))
    at = 1.0 if alpha is None else alpha * y + (1 - alpha) * (1 - y)
    ln_pt = -np.logaddexp(0, -xt)
    loss = (-at * (1 - pt) ** gamma * ln_pt).sum()
    g = at * ys * (1 - pt) ** gamma * (gamma * pt * ln_pt + pt - 1) / max(y.sum(), 1)
    d2 = np.outer(g, p[4]) * (1 - a2 ** 2)
    d1 = (d2 @ p[2]) * (1 - a1 ** 2)
    return loss, [d1.T @ x, d1.sum(0), d2.T @ a1, d2.sum(0), a2.T @ g, g.sum()]


def main(steps):
    x, y = data(20_000, 0.01)
    tx, ty = data(10_000, 0.01)
    g = np.linspace(-3 + 3 / 48, 3 - 3 / 48, 48)
    grid = np.stack(np.meshgrid(g, g[::-1]), -1).reshape(-1, 2)
    p0 = init()
    runs = [[q.copy() for q in p0] for _ in range(3)]
    opt = [[[np.zeros_like(q) for q in p0], [np.zeros_like(q) for q in p0]] for _ in range(3)]
    losses = [(None, 0.0), (0.75, 0.0), (0.25, 2.0)]
    order = rng.permutation(len(x)); cur = 0
    t0 = time.perf_counter()
    for t in range(1, steps + 1):
        if cur + 256 > len(x):
            order = rng.permutation(len(x)); cur = 0
        idx = order[cur:cur + 256]; cur += 256
        for k in range(3):
            _, gs = grad(runs[k], x[idx], y[idx], *losses[k])
            m, v = opt[k]
            for i in range(6):
                m[i] = 0.9 * m[i] + 0.1 * gs[i]
                v[i] = 0.999 * v[i] + 0.001 * gs[i] ** 2
                runs[k][i] = runs[k][i] - 0.01 * (m[i] / (1 - 0.9 ** t)) / (np.sqrt(v[i] / (1 - 0.999 ** t)) + 1e-8)
        if t % 50 == 0:
            for k in range(3):
                pz = 1 / (1 + np.exp(-forward(runs[k], np.vstack([tx, grid]))[2]))
                from_scores = pz[:len(tx)]
                o = np.argsort(-from_scores, kind="mergesort")
                tp = np.cumsum(ty[o]); ap = (np.diff(np.concatenate([[0], tp / ty.sum()])) * tp / np.arange(1, len(o) + 1)).sum()
    ms = (time.perf_counter() - t0) * 1000
    print(json.dumps({"steps": steps, "ms": ms, "steps_per_s": steps / ms * 1000}))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 500)
