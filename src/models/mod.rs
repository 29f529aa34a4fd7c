//! Lesson models: the numbers a lesson shows, computed from the math core and the data,
//! without Leptos (tested natively). A model lives here, not in its lesson, when another
//! lesson shows its numbers too (the summary, lesson 8's split, the CE forms).

pub mod explorer;
pub mod five_class;
pub mod quadrants;
pub mod sigmoid_bce;
pub mod softmax_ce;
