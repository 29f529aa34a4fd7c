//! Small reusable widgets: a number control (slider + box), read-outs, the plot widget,
//! MathML helpers. They hold no loss math.

pub mod copy_link;
pub mod mathml;
pub mod number_cell;
pub mod number_control;
pub mod plot;
pub mod readout;
pub mod show;

pub use copy_link::CopyLink;
pub use number_cell::NumberCell;
pub use number_control::NumberControl;
pub use plot::{DataTable, Plot};
pub use readout::Readout;
