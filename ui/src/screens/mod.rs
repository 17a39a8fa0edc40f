pub mod add_client;
pub mod client_page;
pub mod curtain;
pub mod unlock;
pub mod welcome;
pub mod workspace;
