//! Each section's opening sentence (what it shows) and closing takeaway, as a lecturer says
//! them. The lesson frame reads this table, so a new section gets both by adding one row.

/// (section id, key of its opening sentence, key of its takeaway).
pub const COURSE: &[(&str, &str, &str)] = &[
    (
        "explorer",
        "course.lead.explorer",
        "course.takeaway.explorer",
    ),
    (
        "ce-forms",
        "course.lead.ce_forms",
        "course.takeaway.ce_forms",
    ),
    (
        "softmax-ce",
        "course.lead.softmax_ce",
        "course.takeaway.softmax_ce",
    ),
    (
        "sigmoid-bce",
        "course.lead.sigmoid_bce",
        "course.takeaway.sigmoid_bce",
    ),
    (
        "alpha-to-focal",
        "course.lead.alpha_to_focal",
        "course.takeaway.alpha_to_focal",
    ),
    (
        "fcos-walkthrough",
        "course.lead.fcos_walkthrough",
        "course.takeaway.fcos_walkthrough",
    ),
    (
        "five-class",
        "course.lead.five_class",
        "course.takeaway.five_class",
    ),
    (
        "quadrants",
        "course.lead.quadrants",
        "course.takeaway.quadrants",
    ),
    (
        "alpha-gamma",
        "course.lead.alpha_gamma",
        "course.takeaway.alpha_gamma",
    ),
    ("num-pos", "course.lead.num_pos", "course.takeaway.num_pos"),
    (
        "soft-targets",
        "course.lead.soft_targets",
        "course.takeaway.soft_targets",
    ),
    (
        "segmentation",
        "course.lead.segmentation",
        "course.takeaway.segmentation",
    ),
    (
        "simulator",
        "course.lead.simulator",
        "course.takeaway.simulator",
    ),
];

/// The opening and takeaway keys of section `id`, if it has them.
pub fn keys(id: &str) -> Option<(&'static str, &'static str)> {
    COURSE
        .iter()
        .find(|(s, _, _)| *s == id)
        .map(|(_, lead, take)| (*lead, *take))
}
