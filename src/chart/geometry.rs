//! The geometry under label placement: boxes in backend pixels, drawn lines, what a label
//! must keep clear of, and how a spot is picked among candidates.

/// An axis-aligned box in backend pixels (y grows downwards).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Boxf {
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
}

impl Boxf {
    pub fn at(x0: f64, y0: f64, (w, h): (f64, f64)) -> Self {
        Self {
            x0,
            y0,
            x1: x0 + w,
            y1: y0 + h,
        }
    }
    fn overlaps(&self, o: &Boxf) -> bool {
        self.x0 < o.x1 && o.x0 < self.x1 && self.y0 < o.y1 && o.y0 < self.y1
    }
    fn inside(&self, o: &Boxf) -> bool {
        self.x0 >= o.x0 && self.x1 <= o.x1 && self.y0 >= o.y0 && self.y1 <= o.y1
    }
    /// Distance from a point to the box (0 inside).
    pub fn distance(&self, (x, y): (f64, f64)) -> f64 {
        let dx = (self.x0 - x).max(x - self.x1).max(0.0);
        let dy = (self.y0 - y).max(y - self.y1).max(0.0);
        dx.hypot(dy)
    }
    /// The point of the box nearest to `p`.
    pub fn nearest(&self, (x, y): (f64, f64)) -> (f64, f64) {
        (x.clamp(self.x0, self.x1), y.clamp(self.y0, self.y1))
    }
    fn contains(&self, (x, y): (f64, f64)) -> bool {
        x > self.x0 && x < self.x1 && y > self.y0 && y < self.y1
    }
    /// Whether the segment a–b passes through the box (Liang–Barsky clipping).
    fn cut_by(&self, a: (f64, f64), b: (f64, f64)) -> bool {
        // Both ends strictly beyond one side: no cut (the clipping below says the same), and
        // most of the segments under a candidate box are rejected here without its divisions.
        if (a.1 < self.y0 && b.1 < self.y0)
            || (a.1 > self.y1 && b.1 > self.y1)
            || (a.0 < self.x0 && b.0 < self.x0)
            || (a.0 > self.x1 && b.0 > self.x1)
        {
            return false;
        }
        if self.contains(a) || self.contains(b) {
            return true;
        }
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let (mut t0, mut t1) = (0.0f64, 1.0f64);
        for (p, q) in [
            (-dx, a.0 - self.x0),
            (dx, self.x1 - a.0),
            (-dy, a.1 - self.y0),
            (dy, self.y1 - a.1),
        ] {
            if p == 0.0 {
                if q < 0.0 {
                    return false;
                }
            } else {
                let r = q / p;
                if p < 0.0 {
                    t0 = t0.max(r);
                } else {
                    t1 = t1.min(r);
                }
            }
        }
        t0 < t1
    }
}

/// A drawn line in pixels; `sorted` when its x never decreases (sampled curves), so only
/// the part under a box need be looked at.
#[derive(Clone, Debug, Default)]
pub(super) struct Curve {
    pts: Vec<(f64, f64)>,
    sorted: bool,
}

impl Curve {
    pub(super) fn new(pts: Vec<(f64, f64)>) -> Self {
        let sorted = pts.windows(2).all(|w| w[0].0 <= w[1].0);
        Self { pts, sorted }
    }
    /// The segments whose x span can meet `b`.
    fn under(&self, b: &Boxf) -> impl Iterator<Item = ((f64, f64), (f64, f64))> + '_ {
        let (from, to) = if self.sorted {
            let a = self.pts.partition_point(|p| p.0 < b.x0).saturating_sub(1);
            let z = self.pts.partition_point(|p| p.0 <= b.x1) + 1;
            (a, z.min(self.pts.len()))
        } else {
            (0, self.pts.len())
        };
        self.pts[from..to].windows(2).map(|w| (w[0], w[1]))
    }
}

/// What labels must keep clear of.
pub(super) struct Obstacles {
    pub(super) curves: Vec<Curve>,
    pub(super) boxes: Vec<Boxf>,
}

impl Obstacles {
    /// How badly `b` crosses what is placed (0 = free).
    pub(super) fn cost(&self, b: &Boxf) -> usize {
        let boxes = self.boxes.iter().filter(|o| o.overlaps(b)).count();
        let cuts: usize = self
            .curves
            .iter()
            .map(|c| c.under(b).filter(|&(p, q)| b.cut_by(p, q)).count())
            .sum();
        boxes * 100 + cuts
    }
    pub(super) fn free(&self, b: &Boxf) -> bool {
        !self.boxes.iter().any(|o| o.overlaps(b))
            && !self
                .curves
                .iter()
                .any(|c| c.under(b).any(|(p, q)| b.cut_by(p, q)))
    }
}

/// Picks the first candidate inside `plot` that crosses nothing. Failing that, a label that
/// must be shown goes where it crosses least (counted in `crowded`); an optional one is left
/// out (`None`).
pub(super) fn pick(
    cands: &[Boxf],
    plot: &Boxf,
    obs: &mut Obstacles,
    crowded: Option<&mut usize>,
) -> Option<Boxf> {
    let inside = || cands.iter().filter(|b| b.inside(plot));
    if let Some(b) = inside().find(|b| obs.free(b)) {
        obs.boxes.push(*b);
        return Some(*b);
    }
    let crowded = crowded?;
    let b = *inside().min_by_key(|b| obs.cost(b))?;
    *crowded += 1;
    obs.boxes.push(b);
    Some(b)
}

/// Boxes of size `wh` around a point: right/left × above/below, then straight above/below,
/// at a growing distance (`far`: out to where a leader line must show what it names).
pub(super) fn around((x, y): (f64, f64), (w, h): (f64, f64), gap: f64, far: bool) -> Vec<Boxf> {
    let mut v = Vec::new();
    let near = [1.0, 2.5, 4.5, 7.0];
    let farther = [10.0, 14.0, 19.0, 25.0, 32.0, 40.0, 50.0, 62.0];
    let steps = near.iter().chain(if far { &farther[..] } else { &[] });
    for &k in steps {
        let d = gap * k;
        v.extend([
            Boxf::at(x + d, y - h - d, (w, h)),
            Boxf::at(x - w - d, y - h - d, (w, h)),
            Boxf::at(x + d, y + d, (w, h)),
            Boxf::at(x - w - d, y + d, (w, h)),
            Boxf::at(x + d, y - h / 2.0, (w, h)),
            Boxf::at(x - w - d, y - h / 2.0, (w, h)),
            Boxf::at(x - w / 2.0, y - h - d, (w, h)),
            Boxf::at(x - w / 2.0, y + d, (w, h)),
        ]);
    }
    v
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn segment_box_intersection() {
        let b = Boxf::at(0.0, 0.0, (10.0, 10.0));
        assert!(b.cut_by((-5.0, 5.0), (15.0, 5.0)));
        assert!(b.cut_by((5.0, 5.0), (50.0, 50.0)));
        assert!(!b.cut_by((-5.0, -5.0), (-1.0, 20.0)));
        assert!(!b.cut_by((11.0, 0.0), (20.0, 10.0)));
        // A diagonal that passes the corner outside.
        assert!(!b.cut_by((8.0, -10.0), (20.0, 2.0)));
    }

    #[test]
    fn the_early_rejection_agrees_with_clipping() {
        // Liang–Barsky alone, as `cut_by` was before its early rejection.
        let clip = |b: &Boxf, a: (f64, f64), z: (f64, f64)| {
            if b.contains(a) || b.contains(z) {
                return true;
            }
            let (dx, dy) = (z.0 - a.0, z.1 - a.1);
            let (mut t0, mut t1) = (0.0f64, 1.0f64);
            for (p, q) in [
                (-dx, a.0 - b.x0),
                (dx, b.x1 - a.0),
                (-dy, a.1 - b.y0),
                (dy, b.y1 - a.1),
            ] {
                if p == 0.0 {
                    if q < 0.0 {
                        return false;
                    }
                } else if p < 0.0 {
                    t0 = t0.max(q / p);
                } else {
                    t1 = t1.min(q / p);
                }
            }
            t0 < t1
        };
        let b = Boxf::at(2.0, 2.0, (3.0, 2.0));
        let grid: Vec<(f64, f64)> = (0..8)
            .flat_map(|i| (0..7).map(move |j| (f64::from(i) * 1.0, f64::from(j) * 1.0)))
            .collect();
        for &p in &grid {
            for &q in &grid {
                assert_eq!(b.cut_by(p, q), clip(&b, p, q), "{p:?} {q:?}");
            }
        }
    }
}
