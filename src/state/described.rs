//! What the state describes for the math core, where more than one lesson needs it: the
//! simulator's population (lesson 13, and lesson 14's OHEM illustration).

use super::Params;
use crate::math::simulate::{Margin, Population};

/// The population the state describes.
pub fn population(p: &Params) -> Population {
    let m = |mu, sd| Margin { mu, sd };
    Population {
        n: p.sim_n,
        pos_frac: p.sim_pos,
        hard_neg: p.sim_hn,
        hard_pos: p.sim_hp,
        seed: p.sim_seed,
        margins: [
            m(p.sim_en_m, p.sim_en_s),
            m(p.sim_hn_m, p.sim_hn_s),
            m(p.sim_ep_m, p.sim_ep_s),
            m(p.sim_hp_m, p.sim_hp_s),
        ],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn state_defaults_are_the_core_defaults() {
        assert_eq!(population(&Params::default()), Population::default());
    }
}
