//! Counts what passed and failed across every step, for the closing line.

#[derive(Default)]
pub struct Summary {
    pub passed: u64,
    pub failed: u64,
    pub failures: Vec<String>,
    /// Tests that failed and then passed when run again on their own.
    pub retried: Vec<String>,
}

impl Summary {
    /// A check that is one item (fmt, clippy, a build).
    pub fn check(&mut self, name: &str, result: Result<(), String>) -> bool {
        match result {
            Ok(()) => {
                self.passed += 1;
                true
            }
            Err(message) => {
                self.failed += 1;
                self.failures.push(format!("{name}: {message}"));
                false
            }
        }
    }

    /// Adds the counts from libtest's `test result:` lines in `output`.
    pub fn add_libtest(&mut self, step: &str, output: &str, ran_ok: bool) {
        let mut saw_result = false;
        for line in output.lines() {
            let Some(rest) = line.trim().strip_prefix("test result: ") else {
                continue;
            };
            saw_result = true;
            for part in rest.split(';') {
                let mut words = part.split_whitespace().rev();
                let (Some(label), Some(number)) = (words.next(), words.next()) else {
                    continue;
                };
                let number: u64 = number.trim_end_matches('.').parse().unwrap_or(0);
                match label.trim_end_matches('.') {
                    "passed" => self.passed += number,
                    "failed" => self.failed += number,
                    _ => {}
                }
            }
        }
        if !ran_ok {
            self.failures.push(format!("{step}: failed"));
            if !saw_result {
                // It failed before any test ran (a build error): count it.
                self.failed += 1;
            }
        }
    }

    pub fn print(&self) {
        for failure in &self.failures {
            println!("xtask: FAILED {failure}");
        }
        if !self.retried.is_empty() {
            // Flaky, and said so: see target/e2e-screenshots/timeout.png.
            println!("xtask: passed only on retry: {}", self.retried.join(", "));
        }
        println!("{} passed, {} failed", self.passed, self.failed);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_libtest_result_lines() {
        let mut s = Summary::default();
        let out = "running 3 tests\ntest result: ok. 3 passed; 0 failed; 1 ignored; 0 measured; 0 filtered out; finished in 0.01s\n\
                   test result: FAILED. 2 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out";
        s.add_libtest("unit", out, false);
        assert_eq!((s.passed, s.failed), (5, 1));
    }

    #[test]
    fn a_build_failure_counts_as_a_failure() {
        let mut s = Summary::default();
        s.add_libtest("unit", "error[E0425]: cannot find value", false);
        assert_eq!((s.passed, s.failed), (0, 1));
    }
}
