//! Chart colours for the light and dark themes. Roles, not colours, are chosen by sections.

use plotters::style::RGBColor;

/// What a mark means; the palette decides its colour in each theme.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Ink {
    /// Cross-entropy.
    Ce,
    /// Focal loss at the current α, γ.
    Fl,
    /// Faint reference curves (the γ family).
    Faint,
    Positive,
    Negative,
    Accent,
    Muted,
    /// Background shading (e.g. the well-classified region).
    Shade,
}

#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Palette {
    pub background: RGBColor,
    pub text: RGBColor,
    pub grid: RGBColor,
    pub ce: RGBColor,
    pub fl: RGBColor,
    pub faint: RGBColor,
    pub positive: RGBColor,
    pub negative: RGBColor,
    pub accent: RGBColor,
    pub muted: RGBColor,
    pub shade: RGBColor,
}

impl Palette {
    /// Okabe–Ito based: distinguishable with common colour-vision deficiencies.
    pub const LIGHT: Palette = Palette {
        background: RGBColor(255, 255, 255),
        text: RGBColor(30, 33, 40),
        grid: RGBColor(225, 228, 235),
        ce: RGBColor(0, 114, 178),
        fl: RGBColor(213, 94, 0),
        faint: RGBColor(140, 146, 160),
        positive: RGBColor(0, 158, 115),
        negative: RGBColor(204, 121, 167),
        accent: RGBColor(230, 159, 0),
        muted: RGBColor(110, 116, 128),
        shade: RGBColor(0, 158, 115),
    };
    pub const DARK: Palette = Palette {
        background: RGBColor(22, 25, 32),
        text: RGBColor(228, 231, 238),
        grid: RGBColor(52, 57, 68),
        ce: RGBColor(86, 180, 233),
        fl: RGBColor(240, 140, 60),
        faint: RGBColor(120, 126, 140),
        positive: RGBColor(70, 200, 160),
        negative: RGBColor(230, 150, 195),
        accent: RGBColor(240, 200, 80),
        muted: RGBColor(150, 156, 168),
        shade: RGBColor(70, 200, 160),
    };

    pub fn of(&self, ink: Ink) -> RGBColor {
        match ink {
            Ink::Ce => self.ce,
            Ink::Fl => self.fl,
            Ink::Faint => self.faint,
            Ink::Positive => self.positive,
            Ink::Negative => self.negative,
            Ink::Accent => self.accent,
            Ink::Muted => self.muted,
            Ink::Shade => self.shade,
        }
    }
}
