//! One backend type for every target, so the big generic drawing code (`draw`) is compiled
//! once instead of once per backend: the page's canvas and the SVG export dispatch here.

use super::canvas::Canvas;
use plotters::prelude::SVGBackend;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind,
};

pub enum Backend<'a> {
    Canvas(Canvas),
    Svg(SVGBackend<'a>),
}

#[derive(Debug)]
pub struct BackendError(String);

impl std::fmt::Display for BackendError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}
impl std::error::Error for BackendError {}

type Error = DrawingErrorKind<BackendError>;

fn map<E: std::error::Error + Send + Sync>(
    r: Result<(), DrawingErrorKind<E>>,
) -> Result<(), Error> {
    r.map_err(|e| match e {
        DrawingErrorKind::DrawingError(e) => {
            DrawingErrorKind::DrawingError(BackendError(e.to_string()))
        }
        DrawingErrorKind::FontError(e) => DrawingErrorKind::FontError(e),
    })
}

/// Forwards one trait method to whichever backend this is.
macro_rules! each {
    ($self:ident, $b:ident => $e:expr) => {
        match $self {
            Backend::Canvas($b) => map($e),
            Backend::Svg($b) => map($e),
        }
    };
}

impl DrawingBackend for Backend<'_> {
    type ErrorType = BackendError;

    fn get_size(&self) -> (u32, u32) {
        match self {
            Backend::Canvas(b) => b.get_size(),
            Backend::Svg(b) => b.get_size(),
        }
    }
    fn ensure_prepared(&mut self) -> Result<(), Error> {
        each!(self, b => b.ensure_prepared())
    }
    fn present(&mut self) -> Result<(), Error> {
        each!(self, b => b.present())
    }
    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result<(), Error> {
        each!(self, b => b.draw_pixel(point, color))
    }
    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), Error> {
        each!(self, b => b.draw_line(from, to, style))
    }
    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), Error> {
        each!(self, b => b.draw_rect(upper_left, bottom_right, style, fill))
    }
    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), Error> {
        let path: Vec<BackendCoord> = path.into_iter().collect();
        each!(self, b => b.draw_path(path.iter().copied(), style))
    }
    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        vert: I,
        style: &S,
    ) -> Result<(), Error> {
        let vert: Vec<BackendCoord> = vert.into_iter().collect();
        each!(self, b => b.fill_polygon(vert.iter().copied(), style))
    }
    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), Error> {
        each!(self, b => b.draw_circle(center, radius, style, fill))
    }
    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), Error> {
        each!(self, b => b.draw_text(text, style, pos))
    }
    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), Error> {
        let r = match self {
            Backend::Canvas(b) => b.estimate_text_size(text, style).map_err(|_| ()),
            Backend::Svg(b) => b.estimate_text_size(text, style).map_err(|_| ()),
        };
        r.map_err(|_| DrawingErrorKind::DrawingError(BackendError("text size".into())))
    }
}
