//! Entry point: the panic banner hook, then mount the app.

fn main() {
    focal_loss_lab::web::panic_banner::install();
    leptos::mount::mount_to_body(focal_loss_lab::App);
}
