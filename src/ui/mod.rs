//! Small reusable widgets: a number control (slider + box), read-outs, the plot widget,
//! MathML helpers, lesson text with section and glossary links (`rich`, `prose`, `glossary`),
//! the sentences built from numbers (`sentences`). They hold no loss math.

pub mod ce_formulas;
pub mod copy_link;
pub mod course;
pub mod glossary;
pub mod mathml;
pub mod number_cell;
pub mod number_control;
pub mod plot;
pub mod prose;
pub mod readout;
pub mod rich;
pub mod sample_formulas;
pub mod sentences;
pub mod show;
pub mod y_toggle;

pub use copy_link::CopyLink;
pub use number_cell::NumberCell;
pub use number_control::NumberControl;
pub use plot::{DataTable, Plot};
pub use prose::{rich, rich_list, HowComputed, Prose, SectionLink};
pub use readout::Readout;
pub use y_toggle::YToggle;
