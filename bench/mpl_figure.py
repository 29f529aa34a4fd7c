"""The explorer's main figure drawn by matplotlib (Agg, PNG in memory), timed per redraw.

Same content as Focal Loss Lab's loss plot: CE, FL at (alpha, gamma), the paper's gamma
family 0, 0.5, 1, 2, 5, the well-classified band, two markers; same point count (241 per
curve) and size. A lecturer's notebook would redraw like this on every slider move.

Usage: python mpl_figure.py WIDTH HEIGHT REDRAWS  → prints JSON {median_ms, p95_ms}
"""
import io
import json
import sys
import time

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

W, H, N = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
DPI = 100
pt = np.linspace(0.0, 1.0, 241)


def focal(pt, alpha_t, gamma):
    with np.errstate(divide="ignore"):
        return -alpha_t * (1 - pt) ** gamma * np.log(pt)


def redraw(gamma):
    fig = plt.figure(figsize=(W / DPI, H / DPI), dpi=DPI)
    ax = fig.add_subplot(111)
    ax.axvspan(0.5, 1.0, alpha=0.08, color="green", label=None)
    for g in (0, 0.5, 1, 2, 5):
        ax.plot(pt, focal(pt, 1.0, g), ":", color="grey", lw=1)
        ax.annotate(f"γ={g}", (0.33, float(focal(np.array([0.33]), 1.0, g)[0])), fontsize=8)
    ax.plot(pt, focal(pt, 1.0, 0), "--", lw=2.5, label="CE")
    ax.plot(pt, focal(pt, 0.25, gamma), "-", lw=3, label=f"FL (α = 0.25, γ = {gamma})")
    ax.plot([0.9], [-np.log(0.9)], "o")
    ax.plot([0.9], [focal(np.array([0.9]), 0.25, gamma)[0]], "o")
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 5)
    ax.set_xlabel("p_t (probability of the ground-truth class)")
    ax.set_ylabel("loss")
    ax.legend(loc="upper center")
    buf = io.BytesIO()
    fig.savefig(buf, format="png")
    plt.close(fig)
    return buf.getbuffer().nbytes


redraw(2.0)  # warm-up (font cache)
times = []
for i in range(N):
    t0 = time.perf_counter()
    redraw(1.0 + (i % 20) / 10)
    times.append((time.perf_counter() - t0) * 1000)
times.sort()
print(json.dumps({"median_ms": times[len(times) // 2], "p95_ms": times[int(len(times) * 0.95) - 1]}))
