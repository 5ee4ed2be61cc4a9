//! Markdown to one self-contained, sanitised HTML page.

use std::collections::HashSet;

use pulldown_cmark::{CowStr, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::text::{END_ISOLATE, ISOLATE, without_isolates};

/// A heading of the draft, for the table of contents.
#[derive(Debug, serde::Serialize)]
pub struct TocEntry {
    pub id: String,
    pub text: String,
}

/// Converts the draft's Markdown to an HTML body and its table of contents. Raw HTML in the
/// Markdown is shown as text, never interpreted; headings get stable ids.
pub fn body(markdown: &str) -> (String, Vec<TocEntry>) {
    let options = Options::ENABLE_TABLES | Options::ENABLE_GFM;
    let mut events: Vec<Event> = Parser::new_ext(markdown, options)
        .map(|event| match event {
            Event::Html(html) | Event::InlineHtml(html) => Event::Text(html),
            other => other,
        })
        .collect();
    let mut toc = Vec::new();
    let mut used = HashSet::new();
    let mut i = 0;
    while i < events.len() {
        if let Event::Start(Tag::Heading { level, .. }) = &events[i] {
            let level = *level;
            let text: String = events[i + 1..]
                .iter()
                .take_while(|e| !matches!(e, Event::End(TagEnd::Heading(_))))
                .filter_map(|e| match e {
                    Event::Text(t) | Event::Code(t) => Some(t.as_ref()),
                    _ => None,
                })
                .collect();
            let text = without_isolates(&text);
            let id = unique_slug(&text, &mut used);
            if level == HeadingLevel::H2 {
                toc.push(TocEntry {
                    id: id.clone(),
                    text: text.clone(),
                });
            }
            events[i] = Event::Start(Tag::Heading {
                level,
                id: Some(CowStr::from(id)),
                classes: vec![],
                attrs: vec![],
            });
        }
        i += 1;
    }
    mark_sub_paragraphs(&mut events);
    let mut html = String::with_capacity(markdown.len() * 2);
    pulldown_cmark::html::push_html(&mut html, events.into_iter());
    (isolate(&html), toc)
}

/// Each spec string, marked in the Markdown by `text::markdown`, in `<bdi>`, so that its
/// direction cannot reorder the words around it. The marks are only ever in text, never in
/// an attribute, since spec text is escaped before it reaches the Markdown.
fn isolate(html: &str) -> String {
    if !html.contains([ISOLATE, END_ISOLATE]) {
        return html.to_owned();
    }
    let mut out = String::with_capacity(html.len() + html.len() / 4);
    for c in html.chars() {
        match c {
            ISOLATE => out.push_str("<bdi>"),
            END_ISOLATE => out.push_str("</bdi>"),
            c => out.push(c),
        }
    }
    out
}

/// Gives the class `sub-paragraphs` to each bulleted list whose first item starts with a
/// label in parentheses, as a clause's sub-paragraphs do (`- (a) text`), and a style that shows
/// the labels without bullets (on the list itself, so pages without sub-paragraphs are
/// unchanged). Raw HTML from the Markdown is already text here, so only these
/// lists can carry the class.
const SUB_PARAGRAPHS: &str =
    "<ul class=\"sub-paragraphs\" style=\"list-style: none; padding-left: 2rem\">\n";

fn mark_sub_paragraphs(events: &mut [Event]) {
    let mut open = Vec::new();
    for i in 0..events.len() {
        match &events[i] {
            Event::Start(Tag::List(None)) => {
                let labelled = matches!(
                    (events.get(i + 1), events.get(i + 2)),
                    (Some(Event::Start(Tag::Item)), Some(Event::Text(text)))
                        if text.starts_with('(') && text.split_once(") ").is_some_and(|(label, _)| {
                            label.len() > 1 && label[1..].chars().all(|c| c.is_ascii_alphanumeric())
                        })
                );
                if labelled {
                    events[i] = Event::Html(SUB_PARAGRAPHS.into());
                }
                open.push(labelled);
            }
            Event::Start(Tag::List(Some(_))) => open.push(false),
            Event::End(TagEnd::List(_)) => {
                let labelled = open.pop() == Some(true);
                if labelled {
                    events[i] = Event::Html("</ul>\n".into());
                }
            }
            _ => {}
        }
    }
}

fn unique_slug(text: &str, used: &mut HashSet<String>) -> String {
    let mut slug = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        if c.is_ascii_alphanumeric() {
            slug.push(c);
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    let base = format!("s-{}", slug.trim_end_matches('-'));
    let mut candidate = base.clone();
    let mut n = 2;
    while !used.insert(candidate.clone()) {
        candidate = format!("{base}-{n}");
        n += 1;
    }
    candidate
}

/// Cleans HTML made from a spec against an allow-list: the tags a draft uses, ids for the
/// table of contents, the alert classes, and the tags of the contribution charts. Scripts,
/// event handlers, `javascript:` links and anything else go.
pub fn sanitise(html: &str) -> String {
    let svg_attributes = [
        "class",
        "role",
        "aria-label",
        "viewBox",
        "width",
        "height",
        "xmlns",
        "x",
        "y",
    ];
    ammonia::Builder::default()
        .add_tags(["svg", "rect", "text"])
        .add_tag_attributes("svg", svg_attributes)
        .add_tag_attributes("rect", svg_attributes)
        .add_tag_attributes("text", svg_attributes)
        .add_tag_attributes("h1", ["id"])
        .add_tag_attributes("h2", ["id"])
        .add_tag_attributes("h3", ["id"])
        .add_tag_attributes("h4", ["id"])
        .add_allowed_classes(
            "blockquote",
            ["markdown-alert-caution", "markdown-alert-warning"],
        )
        .add_allowed_classes("figure", ["chart"])
        .add_allowed_classes("ul", ["sub-paragraphs"])
        .add_tag_attributes("ul", ["style"])
        .add_tag_attributes("td", ["style"])
        .add_tag_attributes("th", ["style"])
        .url_schemes(HashSet::from(["https", "http"]))
        .clean(html)
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_html_in_markdown_is_text() {
        let (html, _) = body("<script>alert(1)</script>\n\nHello <img src=x onerror=alert(1)>");
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("<img"), "{html}");
    }

    #[test]
    fn sub_paragraphs_are_a_list_of_their_own_and_other_lists_are_not() {
        let (html, _) = body("Text:\n\n- (a) one;\n- (ii) two.\n\nNext:\n\n- **Term** means x\n");
        assert_eq!(
            sanitise(&html),
            "<p>Text:</p>\n<ul class=\"sub-paragraphs\" style=\"list-style: none; padding-left: 2rem\">\n<li>(a) one;</li>\n<li>(ii) two.</li>\n</ul>\n\
             <p>Next:</p>\n<ul>\n<li><strong>Term</strong> means x</li>\n</ul>\n"
        );
    }

    #[test]
    fn headings_get_unique_ids_and_a_toc() {
        let (html, toc) = body("## 1. Terms\n\n## 1. Terms\n");
        assert!(html.contains("id=\"s-1-terms\""), "{html}");
        assert!(html.contains("id=\"s-1-terms-2\""), "{html}");
        assert_eq!(toc.len(), 2);
    }

    #[test]
    fn the_sanitiser_keeps_charts_and_alerts_and_drops_scripts() {
        let dirty = "<blockquote class=\"markdown-alert-caution\"><p>x</p></blockquote><svg class=\"chart\" viewBox=\"0 0 10 10\"><rect x=\"0\" y=\"0\" width=\"5\" height=\"5\" class=\"chart-bar\"></rect><text x=\"1\" y=\"1\">a</text></svg><a href=\"javascript:alert(1)\">x</a><img src=x onerror=alert(1)><script>alert(1)</script>";
        let clean = sanitise(dirty);
        assert!(clean.contains("markdown-alert-caution"), "{clean}");
        assert!(clean.contains("<rect"), "{clean}");
        assert!(!clean.contains("javascript"), "{clean}");
        assert!(!clean.contains("onerror"), "{clean}");
        assert!(!clean.contains("<script"), "{clean}");
    }
}
