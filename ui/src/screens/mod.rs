pub mod add_client;
pub mod case;
pub mod curtain;
pub mod error_notice;
pub mod people;
pub mod unlock;
pub mod welcome;
pub mod workspace;
