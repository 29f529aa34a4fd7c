//! English UI text. Keys are shared with `zh.rs`; keep the two tables in the same order.

pub const TABLE: &[(&str, &str)] = &[
    // Page shell
    ("app.title", "Focal Loss Lab"),
    ("app.tagline", "How cross-entropy becomes focal loss: every number below is computed live from the inputs beside it."),
    ("app.lang_toggle", "中文"),
    ("app.lang_toggle_label", "Switch the page to Chinese"),
    ("app.theme_toggle", "Theme"),
    ("app.theme.auto", "Theme: auto"),
    ("app.theme.light", "Theme: light"),
    ("app.theme.dark", "Theme: dark"),
    ("app.mode.page", "Slides"),
    ("app.mode.slides", "Leave slides"),
    ("app.mode_label", "Show one section per screen (arrow keys move, Esc leaves)"),
    ("app.copy_link", "Copy link"),
    ("app.copied", "Link copied"),
    ("app.contents", "Contents"),
    ("app.panic", "Something broke inside the app (a Rust panic). The page may no longer respond; reload it. Details are in the browser console."),
    ("notice.ignored", "Some link parameters were ignored and their defaults used:"),
    ("notice.unknown", "unknown parameter"),
    ("notice.invalid", "invalid value"),
    ("notice.duplicate", "repeated parameter"),
    ("notice.dismiss", "Dismiss"),
    // Sections (titles)
    ("sec.explorer", "The explorer: CE versus focal loss"),
    ("sec.ce_forms", "Four forms of cross-entropy"),
    ("sec.softmax_ce", "Softmax cross-entropy: cat, dog, horse"),
    ("sec.sigmoid_bce", "Sigmoid BCE: cat, dog, horse"),
    ("sec.alpha_to_focal", "From α-balanced CE to focal loss"),
    ("sec.fcos_walkthrough", "The FCOS code, line by line"),
    ("sec.five_class", "Five classes × four samples"),
    ("sec.quadrants", "Easy or hard, positive or negative"),
    ("sec.alpha_gamma", "Why α = 0.25 with γ = 2"),
    ("sec.num_pos", "Normalising by the number of positives"),
    ("sec.soft_targets", "Soft targets: CornerNet and CenterNet"),
    ("sec.segmentation", "Focal loss in segmentation"),
    ("sec.simulator", "Dense detection: why easy negatives drown CE"),
    ("sec.coming", "This section is being written."),
    // Footer
    ("footer.source", "The lessons follow"),
    ("footer.post_link", "a post by Rainylt on CSDN"),
    ("footer.licensed", ", licensed"),
    // Inputs and plots
    ("credit.example_from", "Example from"),
    ("input.empty", "Type a number."),
    ("input.nan", "Not a number; kept the last good value."),
    ("input.not_finite", "Must be a finite number; kept the last good value."),
    ("input.range", "Must be between {min} and {max}; kept the last good value."),
    ("plot.png", "PNG (2×)"),
    ("plot.svg", "SVG"),
    ("plot.table", "Data table"),
    ("footer.paper", "Paper: T.-Y. Lin, P. Goyal, R. Girshick, K. He, P. Dollár, “Focal Loss for Dense Object Detection”, ICCV 2017 (arXiv:1708.02002)."),
    ("footer.peer", "Peer implementation: torchvision.ops.sigmoid_focal_loss."),
    ("footer.license", "Focal Loss Lab is free software (MIT OR Apache-2.0). Examples taken from the post stay under CC BY-SA 4.0."),
    // @section explorer (keys of src/sections/explorer*)
    // @section ce_forms (keys of src/sections/ce_forms*)
    // @section softmax_ce (keys of src/sections/softmax_ce*)
    // @section sigmoid_bce (keys of src/sections/sigmoid_bce*)
    // @section alpha_to_focal (keys of src/sections/alpha_to_focal*)
    // @section fcos_walkthrough (keys of src/sections/fcos_walkthrough*)
    // @section five_class (keys of src/sections/five_class*)
    // @section quadrants (keys of src/sections/quadrants*)
    // @section alpha_gamma (keys of src/sections/alpha_gamma*)
    // @section num_pos (keys of src/sections/num_pos*)
    // @section soft_targets (keys of src/sections/soft_targets*)
    // @section segmentation (keys of src/sections/segmentation*)
    // @section simulator (keys of src/sections/simulator*)
    // @section end
];
