//! What an editor needs of a spec's text while it is being typed, when it may not load: the key
//! a line is giving a value to.

/// The key whose value is being typed at byte `offset` of `source`: the line up to the offset
/// reads `key: partial` (or `- key: partial`), with no space in the partial value.
pub fn key_being_valued(source: &str, offset: usize) -> Option<&str> {
    let before = source.get(..offset)?;
    let line = &before[before.rfind('\n').map_or(0, |at| at + 1)..];
    let line = line.trim_start();
    let line = line.strip_prefix("- ").unwrap_or(line).trim_start();
    let (key, value) = line.split_once(':')?;
    let value = value
        .strip_prefix(' ')
        .or_else(|| value.is_empty().then_some(value))?;
    let plain = |c: char| c.is_ascii_alphanumeric() || c == '_';
    (!key.is_empty() && key.chars().all(plain) && !value.trim_start().contains(' ')).then_some(key)
}

#[cfg(test)]
mod tests {
    use super::key_being_valued;

    #[test]
    fn finds_the_key_of_the_value_being_typed() {
        let text = "schemes:\n  - host: co\n";
        let at = text.find("co").unwrap() + 2;
        assert_eq!(key_being_valued(text, at), Some("host"));
        assert_eq!(key_being_valued("    party: ", 11), Some("party"));
        assert_eq!(key_being_valued("title: a b", 10), None);
        assert_eq!(key_being_valued("host", 4), None);
    }
}
