//! The math core exported to JavaScript, so browser tests compare what the page shows with
//! what the core computes for the same inputs (and can replay a panic). α < 0 means "off",
//! as in torchvision. Not used by the page itself.

use crate::math::cross_entropy;
use crate::math::focal::{self, Alpha, FocalParams};
use wasm_bindgen::prelude::*;

fn params(alpha: f64, gamma: f64) -> Result<FocalParams, JsValue> {
    let a = Alpha::from_torchvision(alpha).map_err(|e| JsValue::from_str(&e.to_string()))?;
    FocalParams::new(a, gamma).map_err(|e| JsValue::from_str(&e.to_string()))
}

#[wasm_bindgen]
pub fn core_p_t(p: f64, y: f64) -> f64 {
    focal::p_t(p, y)
}

#[wasm_bindgen]
pub fn core_alpha_t(alpha: f64, y: f64) -> Result<f64, JsValue> {
    Ok(focal::alpha_t(params(alpha, 0.0)?.alpha(), y))
}

#[wasm_bindgen]
pub fn core_modulating_factor(p_t: f64, gamma: f64) -> f64 {
    focal::modulating_factor(p_t, gamma)
}

#[wasm_bindgen]
pub fn core_bce(p: f64, y: f64) -> f64 {
    cross_entropy::bce(p, y)
}

#[wasm_bindgen]
pub fn core_bce_with_logits(x: f64, y: f64) -> f64 {
    cross_entropy::bce_with_logits(x, y)
}

#[wasm_bindgen]
pub fn core_focal_from_prob(p: f64, y: f64, alpha: f64, gamma: f64) -> Result<f64, JsValue> {
    Ok(focal::focal_from_prob(p, y, params(alpha, gamma)?))
}

#[wasm_bindgen]
pub fn core_focal_from_logit(x: f64, y: f64, alpha: f64, gamma: f64) -> Result<f64, JsValue> {
    Ok(focal::focal_from_logit(x, y, params(alpha, gamma)?))
}

#[wasm_bindgen]
pub fn core_ce_over_fl(p_t: f64, y: f64, alpha: f64, gamma: f64) -> Result<f64, JsValue> {
    Ok(focal::ce_over_fl_y(p_t, y, params(alpha, gamma)?))
}

#[wasm_bindgen]
pub fn core_grad_fl_logit(x: f64, y: f64, alpha: f64, gamma: f64) -> Result<f64, JsValue> {
    Ok(focal::grad_fl_logit(x, y, params(alpha, gamma)?))
}

/// Panics on purpose: the browser test checks that the error banner appears.
#[wasm_bindgen]
pub fn test_panic() {
    panic!("test_panic: deliberate panic to check the error banner");
}
