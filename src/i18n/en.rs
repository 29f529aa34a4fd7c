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
    ("explorer.controls", "Explorer inputs"),
    ("explorer.p_label", "p (class 1)"),
    ("explorer.p_valuetext", "p = {v}, {kind}"),
    ("explorer.y_label", "label y"),
    ("explorer.y_pos", "y = 1 (positive)"),
    ("explorer.y_neg", "y = 0 (negative)"),
    ("explorer.alpha_off", "α off (no weighting, torchvision's α = −1)"),
    ("explorer.alpha_off_text", "α off"),
    ("explorer.presets", "Presets"),
    ("explorer.preset.easy_pos", "Easy positive"),
    ("explorer.preset.hard_pos", "Hard positive"),
    ("explorer.preset.easy_neg", "Easy negative"),
    ("explorer.preset.hard_neg", "Hard negative"),
    ("explorer.preset.paper", "Paper default (α = .25, γ = 2)"),
    ("explorer.preset.ce", "Plain CE (α off, γ = 0)"),
    ("explorer.reset", "Reset"),
    ("explorer.axes", "Plot axes"),
    ("explorer.xaxis_pt", "x axis: p_t"),
    ("explorer.xaxis_p", "x axis: p"),
    ("explorer.yscale_lin", "y axis: linear"),
    ("explorer.yscale_log", "y axis: log"),
    ("explorer.kind.easy_pos", "easy positive"),
    ("explorer.kind.hard_pos", "hard positive"),
    ("explorer.kind.easy_neg", "easy negative"),
    ("explorer.kind.hard_neg", "hard negative"),
    ("explorer.verdict", "This is an {kind}: focal loss is {ratio} smaller than cross-entropy here."),
    ("explorer.x_pt", "p_t (probability of the ground-truth class)"),
    ("explorer.x_p", "p (predicted probability of class 1)"),
    ("explorer.y_loss", "loss"),
    ("explorer.y_grad", "d loss / d x  (x = logit)"),
    ("explorer.well_classified", "well-classified (p_t > 0.5)"),
    ("explorer.paper_curve", "paper: γ = 2, no α"),
    ("explorer.no_alpha", "no α"),
    ("explorer.grad_title", "Gradient with respect to the logit (paper, appendix B)"),
    ("explorer.ratio_title", "How much smaller: CE / FL"),
    ("explorer.summary_loss", "Loss against p_t: cross-entropy and {fl}, with the paper's γ family. At p_t = {pt}: CE = {ce}, FL = {flv}, FL is {ratio} smaller."),
    ("explorer.summary_grad", "Gradient of CE and {fl} with respect to the logit against p_t. At p_t = {pt}: dCE/dx = {gce}, dFL/dx = {gfl}."),
    ("explorer.summary_ratio", "CE/FL against p_t on a log scale for {fl}, with the paper's landmarks 100× at 0.9 and 976.6× at 0.968. Now: {ratio} at p_t = {pt}."),
    ("explorer.note", "p_t is the probability the model gives to the true class (p for y = 1, 1 − p for y = 0), so one curve serves both labels. The factor (1 − p_t)^γ shrinks the loss of well-classified examples: with γ = 2 an example at p_t = 0.9 has 100× less loss than under CE, at p_t ≈ 0.968 about 1000× (976.6× exactly; 1000× is reached at 0.968377). α_t then rebalances positives against negatives."),
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
