//! Mini-batches in a seeded order: the next `BATCH` indices of a Fisher–Yates shuffle,
//! reshuffled each epoch (a last partial batch is skipped). The live runs and every run of
//! the sweep draw their batches the same way, so a seed means the same order in both.

use crate::math::rng::SplitMix64;
use std::ops::Range;

/// Points per mini-batch.
pub const BATCH: usize = 256;

#[derive(Clone, Debug)]
pub struct Batches {
    order: Vec<u32>,
    cursor: usize,
    shuffle: SplitMix64,
}

impl Batches {
    /// Batches over `n` points, shuffled from `seed`.
    pub fn new(n: usize, seed: u64) -> Self {
        Self {
            order: (0..n as u32).collect(),
            cursor: usize::MAX,
            shuffle: SplitMix64::new(seed ^ 0x0DE2_0DE2),
        }
    }

    fn size(&self) -> usize {
        BATCH.min(self.order.len())
    }

    /// The next batch's place in the order (see [`Batches::indices`]).
    pub fn take(&mut self) -> Range<usize> {
        let b = self.size();
        if self.cursor.saturating_add(b) > self.order.len() {
            for i in (1..self.order.len()).rev() {
                let j = (self.shuffle.next_u64() % (i as u64 + 1)) as usize;
                self.order.swap(i, j);
            }
            self.cursor = 0;
        }
        self.cursor += b;
        self.cursor - b..self.cursor
    }

    /// The batch [`Batches::take`] would give, without taking it (or reshuffling): where a
    /// run that has not stepped yet is measured.
    pub fn peek(&self) -> Range<usize> {
        let b = self.size();
        let from = if self.cursor.saturating_add(b) > self.order.len() {
            0
        } else {
            self.cursor
        };
        from..from + b
    }

    /// The point indices of a batch.
    pub fn indices(&self, r: Range<usize>) -> &[u32] {
        &self.order[r]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_epoch_visits_each_point_once_and_the_seed_fixes_the_order() {
        let n = 3 * BATCH + 17;
        let mut a = Batches::new(n, 7);
        let mut seen: Vec<u32> = (0..3)
            .flat_map(|_| {
                let r = a.take();
                a.indices(r).to_vec()
            })
            .collect();
        seen.sort_unstable();
        seen.dedup();
        assert_eq!(seen.len(), 3 * BATCH);
        // The partial batch is skipped: the fourth batch starts a new epoch at 0.
        assert_eq!(a.peek(), 0..BATCH);
        assert_eq!(a.take(), 0..BATCH);
        let (mut b, mut c) = (Batches::new(n, 7), Batches::new(n, 8));
        let (rb, rc) = (b.take(), c.take());
        assert_ne!(b.indices(rb), c.indices(rc));
        // Fewer points than a batch: one batch of all of them.
        let mut small = Batches::new(10, 1);
        assert_eq!(small.take(), 0..10);
        assert_eq!(small.take(), 0..10);
    }
}
