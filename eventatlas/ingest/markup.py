"""Text out of small HTML fragments (feed item content), keeping paragraph breaks."""

from __future__ import annotations

import lxml.html

_BLOCKS = {"p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "br", "tr"}


def fragment_to_text(fragment: str) -> str:
    if "<" not in fragment:
        return fragment.strip()
    root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    for bad in root.xpath("//script|//style|//figure|//figcaption"):
        bad.drop_tree()
    for element in root.iter():
        if element.tag in _BLOCKS:
            element.tail = "\n\n" + (element.tail or "")
    return root.text_content().strip()
