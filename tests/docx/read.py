"""Reads a Word draft with python-docx and prints what it found, one fact a line:
the headings (style and text), then the number of tables, paragraphs with list numbering
and comments. Used by tests/docx.rs."""

import sys
import zipfile

import docx

path = sys.argv[1]
document = docx.Document(path)
for paragraph in document.paragraphs:
    style = paragraph.style.name if paragraph.style is not None else ""
    if style.startswith("Heading") or style == "Title":
        print(f"heading\t{style}\t{paragraph.text}")
print(f"tables\t{len(document.tables)}")
numbered = sum(
    1 for p in document.paragraphs if p._p.pPr is not None and p._p.pPr.numPr is not None
)
print(f"numbered\t{numbered}")
# python-docx before 1.2 has no comments API: count them in the comments part it loaded.
comments = 0
for rel in document.part.rels.values():
    if rel.reltype.endswith("/comments"):
        comments = rel.target_part.blob.count(b"<w:comment ")
print(f"comments\t{comments}")
