//! The mutations: deterministic, from a seed and a case number, so any case can be made again.
//! Shared with `tests/fuzz_slice.rs`.

/// xorshift64*, seeded through splitmix64 so that nearby seeds give unrelated streams.
pub struct Rng(u64);

impl Rng {
    /// The generator for case `case` of a run seeded with `seed`.
    pub fn for_case(seed: u64, case: u64) -> Rng {
        let mut z = seed ^ case.wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ 0x6A09_E667_F3BC_C908;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        Rng((z ^ (z >> 31)) | 1)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number in `0..n`; 0 when `n` is 0.
    pub fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        ((u128::from(self.next_u64()) * n as u128) >> 64) as usize
    }

    pub fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// The kinds of mutation, named in reports.
pub const KINDS: [&str; 10] = [
    "byte flip",
    "truncation",
    "key deletion",
    "key duplication",
    "type swap",
    "number swap",
    "indent shift",
    "line swap",
    "valid swap",
    "text insertion",
];

/// For a valid swap: keys whose value may be replaced by another value the schema accepts, so
/// that the spec still loads and the rules, drafts and dashboard meet the odd but valid value.
const VALID: [(&str, &[&str]); 6] = [
    (
        "amount",
        &[
            "0",
            "0.01",
            "unknown",
            "\"12,500,000.00\"",
            "79228162514264337593543950335",
            "1000000000000000000000000000",
            "7922816251426433759354395033.5",
        ],
    ),
    (
        "total",
        &[
            "0",
            "unknown",
            "79228162514264337593543950335",
            "12500000.005",
        ],
    ),
    (
        "made",
        &[
            "2000-03-31",
            "2007-02-28",
            "2007-03-01",
            "2013-03-31",
            "2022-06-30",
            "2022-07-01",
            "2007",
            "2022-07",
            "2099-12-31",
        ],
    ),
    (
        "commencement",
        &[
            "2000-04-01",
            "2007-03-01",
            "2013-04-01",
            "2022-07-01",
            "2013",
            "2030-04",
        ],
    ),
    (
        "legal_basis",
        &[
            "health_act_1999_s31",
            "nhs_act_2006_s75",
            "children_act_2004_s10",
            "children_act_2004_s25",
            "nhs_act_2006_s65z5",
            "nhs_act_2006_s256",
            "nhs_act_2006_s76",
            "nhs_wales_act_2006_s33",
            "sswba_2014_part9",
            "not_stated",
        ],
    ),
    (
        "type",
        &[
            "integrated_care_board",
            "clinical_commissioning_group",
            "primary_care_trust",
            "nhs_england",
            "local_health_board",
            "county_council",
            "shire_district_council",
            "london_borough_council",
            "unitary_authority",
        ],
    ),
];

/// Values a type swap puts in place of a value: other types, hostile numbers, YAML features.
const VALUES: [&str; 34] = [
    "[]",
    "{}",
    "~",
    "''",
    "true",
    "-1",
    "0",
    "1.5",
    "1e400",
    "-1e400",
    ".nan",
    ".inf",
    "99999999999999999999",
    "79228162514264337593543950335",
    "-79228162514264337593543950335",
    "0.0000000000000000000000000001",
    "\"1,000,000,000,000,000,000,000,000,000\"",
    "2024-02-30",
    "9999-12-31",
    "0001-01-01",
    "2024-13",
    "!!binary aGk=",
    "!evil x",
    "&a x",
    "*a",
    "[a, [b, [c]]]",
    "{a: 1, a: 2}",
    "\"\\u202E\\u200B\"",
    "|\n  text",
    "- x\n- y",
    "unknown",
    "tbc",
    "\"\"",
    "<script>alert(1)</script>",
];

/// Text a text insertion puts inside a value: punctuation wider than a byte, characters whose
/// lower case is longer or shorter than they are (`İ`, `ẞ`, `ﬁ`), invisible and bidi
/// characters, alone and beside the treatments the regulations exclude, since code that
/// searches a lower-cased copy and slices the original is where such text breaks things.
const TEXTS: [&str; 16] = [
    "–",
    "—",
    "’",
    "…",
    "\\u00a0",
    "İ",
    "ẞ",
    "ﬁ",
    "\\u200b",
    "\\u202e",
    " – surgery",
    "—Surgery—",
    "İ radiotherapy",
    "endoscopy… ",
    "ﬁrst emergency ambulance services’",
    "“termination of pregnancies”",
];

/// Bytes a byte flip writes: YAML's syntax, whitespace, and bytes that are not UTF-8.
const BYTES: [u8; 20] = [
    b':', b'-', b' ', b'\t', b'\n', b'[', b']', b'{', b'}', b'"', b'\'', b'&', b'*', b'!', b'#',
    b'|', b'>', b'%', 0x00, 0xFF,
];

/// One to three mutations of `text`; gives the bytes and the kinds applied.
pub fn mutate(rng: &mut Rng, text: &str) -> (Vec<u8>, Vec<&'static str>) {
    let mut bytes = text.as_bytes().to_vec();
    let mut kinds = Vec::new();
    for _ in 0..=rng.below(3) {
        let kind = rng.below(KINDS.len());
        kinds.push(KINDS[kind]);
        bytes = match kind {
            0 => byte_flip(rng, bytes),
            1 => {
                let at = rng.below(bytes.len() + 1);
                bytes.truncate(at);
                bytes
            }
            _ => by_lines(rng, &bytes, kind),
        };
    }
    (bytes, kinds)
}

fn byte_flip(rng: &mut Rng, mut bytes: Vec<u8>) -> Vec<u8> {
    if bytes.is_empty() {
        return bytes;
    }
    for _ in 0..=rng.below(4) {
        let at = rng.below(bytes.len());
        bytes[at] = if rng.below(2) == 0 {
            *rng.pick(&BYTES)
        } else {
            bytes[at] ^ (1 << rng.below(8))
        };
    }
    bytes
}

/// The mutations that work on lines: keys, values and indentation.
fn by_lines(rng: &mut Rng, bytes: &[u8], kind: usize) -> Vec<u8> {
    let text = String::from_utf8_lossy(bytes);
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    let keyed: Vec<usize> = (0..lines.len())
        .filter(|&i| {
            let line = lines[i].trim_start();
            !line.starts_with('#') && line.contains(':')
        })
        .collect();
    if keyed.is_empty() {
        return bytes.to_vec();
    }
    let at = *rng.pick(&keyed);
    let end = block_end(&lines, at);
    match kind {
        2 => {
            lines.drain(at..end);
        }
        3 => {
            let block: Vec<String> = lines[at..end].to_vec();
            let to = if rng.below(2) == 0 { end } else { at };
            lines.splice(to..to, block);
        }
        4 => swap_value(rng, &mut lines[at]),
        8 => swap_valid(rng, &mut lines),
        9 => insert_text(rng, &mut lines[at]),
        5 => swap_number(rng, &mut lines, &keyed),
        6 => {
            if rng.below(2) == 0 {
                lines[at].insert_str(0, "  ");
            } else if let Some(rest) = lines[at].strip_prefix("  ") {
                lines[at] = rest.to_owned();
            }
        }
        _ => {
            let other = *rng.pick(&keyed);
            lines.swap(at, other);
        }
    }
    let mut out = lines.join("\n");
    out.push('\n');
    out.into_bytes()
}

/// The line after the block that starts at `at`: the lines indented more deeply than it.
fn block_end(lines: &[String], at: usize) -> usize {
    let indent = |line: &str| line.len() - line.trim_start_matches([' ', '-']).len();
    let own = indent(&lines[at]);
    let mut end = at + 1;
    while end < lines.len() && (lines[end].trim().is_empty() || indent(&lines[end]) > own) {
        end += 1;
    }
    end
}

fn swap_value(rng: &mut Rng, line: &mut String) {
    if let Some(colon) = line.find(": ").or_else(|| line.find(':')) {
        let value = rng.pick(&VALUES);
        line.truncate(colon);
        line.push_str(": ");
        line.push_str(value);
    }
}

/// Puts one of [`TEXTS`] at a character boundary of a line's value, quoting the value so
/// that the escapes (`\u200b`) are read as the characters they name.
fn insert_text(rng: &mut Rng, line: &mut String) {
    let Some(colon) = line.find(": ") else { return };
    let value = line[colon + 2..].trim_matches('"').to_owned();
    let boundaries: Vec<usize> = (0..=value.len())
        .filter(|&i| value.is_char_boundary(i))
        .collect();
    let at = *rng.pick(&boundaries);
    let quoted = format!(
        "\"{}{}{}\"",
        value[..at].replace('\\', "\\\\").replace('"', "\\\""),
        rng.pick(&TEXTS),
        value[at..].replace('\\', "\\\\").replace('"', "\\\"")
    );
    line.truncate(colon + 2);
    line.push_str(&quoted);
}

/// Replaces the value of a key in [`VALID`] with another value that key accepts.
fn swap_valid(rng: &mut Rng, lines: &mut [String]) {
    let candidates: Vec<(usize, &[&str])> = lines
        .iter()
        .enumerate()
        .filter_map(|(i, line)| {
            let key = line
                .trim_start()
                .trim_start_matches("- ")
                .split(':')
                .next()?;
            VALID
                .iter()
                .find(|(k, _)| *k == key.trim())
                .map(|(_, values)| (i, *values))
        })
        .collect();
    if candidates.is_empty() {
        return;
    }
    let (at, values) = *rng.pick(&candidates);
    let line = &lines[at];
    let Some(colon) = line.find(':') else { return };
    // Keep a comment after the value out of the way: it is dropped with the value.
    let mut swapped = line[..colon].to_owned();
    swapped.push_str(": ");
    swapped.push_str(values[rng.below(values.len())]);
    lines[at] = swapped;
}

/// Puts a hostile number where a line already has digits (an amount, a date, a count).
fn swap_number(rng: &mut Rng, lines: &mut [String], keyed: &[usize]) {
    let with_digits: Vec<usize> = keyed
        .iter()
        .copied()
        .filter(|&i| lines[i].bytes().any(|b| b.is_ascii_digit()))
        .collect();
    if with_digits.is_empty() {
        return;
    }
    let at = *rng.pick(&with_digits);
    let line = &lines[at];
    let Some(start) = line.find(|c: char| c.is_ascii_digit()) else {
        return;
    };
    let len = line[start..]
        .find(|c: char| !c.is_ascii_digit() && c != '.')
        .unwrap_or(line.len() - start);
    let numbers: [&str; 10] = [
        "79228162514264337593543950335",
        "7922816251426433759354395033",
        "1000000000000000000000000000",
        "99999999999",
        "4294967296",
        "18446744073709551616",
        "0",
        "0.005",
        "1e27",
        "-0",
    ];
    let mut line = line.clone();
    let number = numbers[rng.below(numbers.len())];
    line.replace_range(start..start + len, number);
    lines[at] = line;
}
