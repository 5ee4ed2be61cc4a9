//! Command-line behaviour, snapshot-tested with trycmd: each `tests/cmd/*.toml` case runs
//! `jointly` and compares its output and exit status. Update with `TRYCMD=overwrite cargo test --test cli`.

#[test]
fn cli_cases() {
    trycmd::TestCases::new().case("tests/cmd/*.toml");
}
