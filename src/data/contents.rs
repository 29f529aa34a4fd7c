//! The page's table of contents: (anchor id, i18n key of the title), in page order.
//!
//! Plain data, so the state table (the `slide` check), the slides pager, the shell's
//! navigation and the lesson frames all read the same list without depending on the lessons.

/// (anchor id, i18n key of the title), in page order.
pub const SECTIONS: &[(&str, &str)] = &[
    ("explorer", "sec.explorer"),
    ("ce-forms", "sec.ce_forms"),
    ("softmax-ce", "sec.softmax_ce"),
    ("sigmoid-bce", "sec.sigmoid_bce"),
    ("alpha-to-focal", "sec.alpha_to_focal"),
    ("gradient", "sec.gradient"),
    ("fcos-head", "sec.fcos_head"),
    ("fcos-walkthrough", "sec.fcos_walkthrough"),
    ("five-class", "sec.five_class"),
    ("quadrants", "sec.quadrants"),
    ("alpha-gamma", "sec.alpha_gamma"),
    ("num-pos", "sec.num_pos"),
    ("soft-targets", "sec.soft_targets"),
    ("segmentation", "sec.segmentation"),
    ("simulator", "sec.simulator"),
    ("ohem", "sec.ohem"),
    ("train", "sec.train"),
    ("exercises", "sec.exercises"),
    ("summary", "sec.summary"),
];
