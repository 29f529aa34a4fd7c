//! Slides mode: the page as a deck for a lecture. Each section becomes as many slides as it
//! needs to fit the screen (`deck`), clickers and keys move between them (`nav`), and the URL's
//! `slide` is the counter's number.

pub mod deck;
pub mod nav;
pub mod plan;

pub use deck::Deck;
pub use nav::SlideNav;
