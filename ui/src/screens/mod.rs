pub mod add_client;
pub mod client_page;
pub mod unlock;
pub mod welcome;
pub mod workspace;
