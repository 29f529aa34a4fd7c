#!/usr/bin/env python3
"""Reference values for the training section's math core (src/math/train/).

Needs numpy and scikit-learn (a venv: python3 -m venv /tmp/v && /tmp/v/bin/pip install numpy
scikit-learn). Run:  /tmp/v/bin/python tools/train_reference.py
The printed values are pasted into tests/math_train.rs.

1. Average precision by scikit-learn's own `average_precision_score`, ties included.
2. A few training steps of a small 2 -> h1 -> h2 -> 1 tanh network, written independently
   with numpy matrices: focal loss from p_t = sigmoid(y_s z), the gradient by the paper's
   appendix-B formula, summed and divided by max(num_pos, 1), backprop in matrix form, and
   PyTorch's SGD-with-momentum and Adam update rules.
"""

import numpy as np
from sklearn.metrics import average_precision_score

np.set_printoptions(precision=17)

# ---- 1. average precision ------------------------------------------------------------
AP_CASES = [
    ([0, 1, 0, 1, 0, 0, 1], [0.1, 0.9, 0.35, 0.35, 0.8, 0.2, 0.35]),
    ([1, 0, 0, 0, 0, 1, 0, 0, 0, 0], [0.5, 0.5, 0.5, 0.2, 0.2, 0.2, 0.9, 0.1, 0.1, 0.7]),
    ([0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 1], [0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3, 0.3]),
    # 200 points with 9 positives and scores on a coarse grid (many ties), fixed formula
    ([1 if (i * 37) % 23 == 0 else 0 for i in range(200)],
     [((i * 7919) % 101 // 10) / 10 for i in range(200)]),
]
print("// average_precision_score (scikit-learn)")
for y, s in AP_CASES:
    print(f"{average_precision_score(y, s)!r}")

# ---- 2. training steps -----------------------------------------------------------------
H1, H2 = 3, 2
N_W = 3 * H1 + H1 * H2 + 2 * H2 + 1
W0 = np.array([0.7 * np.sin(1.3 * k + 0.4) for k in range(N_W)])
W0[-1] = -np.log(99.0)  # the prior bias
X = np.array([[0.5 * np.cos(i), 1.5 * np.sin(0.7 * i)] for i in range(8)])
Y = np.array([1.0 if i in (2, 5) else 0.0 for i in range(8)])
BATCHES = [[0, 1, 2, 3], [4, 5, 6, 7], [7, 2, 0, 5]]


def unpack(w):
    o = 0
    W1 = w[o:o + 2 * H1].reshape(H1, 2); o += 2 * H1
    b1 = w[o:o + H1]; o += H1
    W2 = w[o:o + H1 * H2].reshape(H2, H1); o += H1 * H2
    b2 = w[o:o + H2]; o += H2
    w3 = w[o:o + H2]; o += H2
    return W1, b1, W2, b2, w3, w[o]


def loss_grad(w, idx, alpha, gamma):
    W1, b1, W2, b2, w3, b3 = unpack(w)
    x, y = X[idx], Y[idx]
    A1 = np.tanh(x @ W1.T + b1)
    A2 = np.tanh(A1 @ W2.T + b2)
    z = A2 @ w3 + b3
    ys = 2 * y - 1
    pt = 1 / (1 + np.exp(-ys * z))
    at = np.ones_like(y) if alpha is None else alpha * y + (1 - alpha) * (1 - y)
    fl = -at * (1 - pt) ** gamma * np.log(pt)
    dfl = at * ys * (1 - pt) ** gamma * (gamma * pt * np.log(pt) + pt - 1)
    norm = max(int(y.sum()), 1)
    g = dfl / norm
    gw3 = A2.T @ g
    gb3 = g.sum()
    D2 = np.outer(g, w3) * (1 - A2 ** 2)
    gW2 = D2.T @ A1
    gb2 = D2.sum(0)
    D1 = (D2 @ W2) * (1 - A1 ** 2)
    gW1 = D1.T @ x
    gb1 = D1.sum(0)
    grad = np.concatenate([gW1.ravel(), gb1, gW2.ravel(), gb2, gw3, [gb3]])
    return fl.sum() / norm, grad


def train(opt, lr, alpha, gamma):
    w = W0.copy()
    m = np.zeros(N_W); v = np.zeros(N_W)
    losses = []
    for t, idx in enumerate(BATCHES, start=1):
        L, g = loss_grad(w, idx, alpha, gamma)
        losses.append(L)
        if opt == "sgd":
            m = 0.9 * m + g
            w = w - lr * m
        else:
            m = 0.9 * m + 0.1 * g
            v = 0.999 * v + 0.001 * g * g
            w = w - lr * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
    return losses, w


print("// training: (optimiser, lr, alpha, gamma): losses of the 3 steps, then the final weights")
for case in [("sgd", 0.1, None, 0.0), ("sgd", 0.1, 0.25, 2.0), ("adam", 0.05, 0.75, 0.0), ("adam", 0.05, 0.25, 2.0)]:
    losses, w = train(*case)
    print(case)
    print("losses", [repr(float(v)) for v in losses])
    print("w", [repr(float(v)) for v in w])
