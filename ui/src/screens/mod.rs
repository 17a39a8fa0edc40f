pub mod add_client;
pub mod case;
pub mod curtain;
pub mod unlock;
pub mod welcome;
pub mod workspace;
