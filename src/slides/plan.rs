//! Cutting a section into slides: pure arithmetic on measured heights, tested natively.

/// One block of a section as laid out for slides: its height in CSS pixels and whether it is a
/// heading that must stay on the same slide as the block after it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Block {
    pub height: f64,
    pub keep_with_next: bool,
}

/// The slide (0-based, within the section) of each block: consecutive blocks fill a slide up to
/// `room` pixels; a block taller than `room` gets a slide of its own; a heading goes to the
/// slide of the block that follows it.
pub fn pack(blocks: &[Block], room: f64) -> Vec<usize> {
    let mut out = vec![0; blocks.len()];
    let (mut page, mut used) = (0usize, 0.0f64);
    let mut i = 0;
    while i < blocks.len() {
        // A heading and what follows it move as one.
        let end = if blocks[i].keep_with_next && i + 1 < blocks.len() {
            i + 2
        } else {
            i + 1
        };
        let h: f64 = blocks[i..end].iter().map(|b| b.height.max(0.0)).sum();
        if used > 0.0 && used + h > room {
            page += 1;
            used = 0.0;
        }
        for slot in &mut out[i..end] {
            *slot = page;
        }
        used += h;
        i = end;
    }
    out
}

/// The next slide index (0-based) for a key, or None when the key is not a slide key.
/// PageUp/PageDown are what presenter clickers send.
pub fn step(key: &str, current: usize, count: usize) -> Option<usize> {
    let last = count.saturating_sub(1);
    match key {
        "ArrowRight" | "ArrowDown" | "PageDown" | " " => Some((current + 1).min(last)),
        "ArrowLeft" | "ArrowUp" | "PageUp" => Some(current.saturating_sub(1)),
        "Home" => Some(0),
        "End" => Some(last),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(height: f64) -> Block {
        Block {
            height,
            keep_with_next: false,
        }
    }

    #[test]
    fn blocks_fill_slides_in_order() {
        assert_eq!(
            pack(&[b(100.0), b(200.0), b(300.0), b(50.0)], 400.0),
            vec![0, 0, 1, 1]
        );
        assert_eq!(pack(&[], 400.0), Vec::<usize>::new());
    }

    #[test]
    fn a_tall_block_gets_its_own_slide() {
        assert_eq!(pack(&[b(100.0), b(900.0), b(100.0)], 400.0), vec![0, 1, 2]);
    }

    #[test]
    fn a_heading_stays_with_what_follows() {
        let h = Block {
            height: 40.0,
            keep_with_next: true,
        };
        assert_eq!(pack(&[b(300.0), h, b(300.0)], 400.0), vec![0, 1, 1]);
    }

    #[test]
    fn keys_move_within_bounds() {
        assert_eq!(step("ArrowRight", 0, 13), Some(1));
        assert_eq!(step("PageDown", 12, 13), Some(12));
        assert_eq!(step("PageUp", 0, 13), Some(0));
        assert_eq!(step("End", 3, 13), Some(12));
        assert_eq!(step("a", 3, 13), None);
    }
}
