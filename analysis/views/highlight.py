"""The article as HTML, right to left, with its dates and figures highlighted.

Every character of the text is escaped: the article can never add markup.
Each mention is a <mark> with an id (`mention_id`), so a selected table row
can be scrolled to and emphasised, and its normalised value in `title`, so
hovering shows it. The text keeps its own line breaks (white-space: pre-wrap)
instead of being cut into paragraphs, so a mention may cross any of them.
"""
from __future__ import annotations

import json
from html import escape

from . import labels
from .display import date_title, figure_title
from ..model import Analysis

STYLE = """
.kh-article{direction:rtl;text-align:right;unicode-bidi:isolate;white-space:pre-wrap;
 font-family:"Noto Naskh Arabic","Amiri","Noto Sans Arabic","DejaVu Sans",serif;
 font-size:1.08rem;line-height:2.05;color:#1f2328;max-height:var(--kh-height,560px);overflow-y:auto;
 padding:.4rem 1rem .6rem 1.2rem;border:1px solid #e3e5e8;border-radius:.5rem;background:#fff}
.kh-article mark{border-radius:.25rem;padding:.05em .15em;color:inherit;scroll-margin:6rem;white-space:nowrap}
.kh-article mark.kh-date{background:#d6e8fb;box-shadow:inset 0 -2px 0 #2f7ed8}
.kh-article mark.kh-figure{background:#fde7c6;box-shadow:inset 0 -2px 0 #e08a00}
.kh-article mark.kh-selected{outline:2px solid #c2185b;outline-offset:1px;background:#ffd6e7;font-weight:600}
.kh-legend{direction:ltr;font-size:.85rem;color:#555;margin:.1rem 0 .4rem}
.kh-legend mark{padding:.05em .35em;border-radius:.25rem;color:inherit}
.kh-legend .kh-date{background:#d6e8fb}.kh-legend .kh-figure{background:#fde7c6}
"""


def mention_id(kind: str, index: int, prefix: str = "kh") -> str:
    """The element id of mention `index` of `kind` ("date" or "figure")."""
    return f"{prefix}-{kind}-{index}"


def article_html(result: Analysis, selected: tuple[str, int] | None = None,
                 prefix: str = "kh", height: int | None = None, lang: str = "en") -> str:
    """The whole block: style, legend and the highlighted text.

    `selected` is ("date" | "figure", index) of the mention to emphasise;
    `prefix` keeps ids apart when two articles share a page."""
    spans = [(m.start, m.end, "date", i, date_title(m)) for i, m in enumerate(result.dates)]
    spans += [(f.start, f.end, "figure", i, figure_title(f)) for i, f in enumerate(result.figures)]
    spans.sort(key=lambda s: (s[0], -s[1]))
    text = result.text
    out, pos, open_ends = [], 0, []
    for start, end, kind, index, title in spans:
        while open_ends and open_ends[-1] <= start:       # close marks that end before this one
            out.append(escape(text[pos:open_ends[-1]]) + "</mark>")
            pos = open_ends.pop()
        if start < pos or (open_ends and end > open_ends[-1]) or end <= start:
            continue                                      # crosses a mark: drop it, never break markup
        out.append(escape(text[pos:start]))
        cls = f"kh-{kind}" + (" kh-selected" if selected == (kind, index) else "")
        out.append(f'<mark class="{cls}" id="{mention_id(kind, index, prefix)}" '
                   f'title="{escape(title)}">')
        pos = start
        open_ends.append(end)
    while open_ends:
        out.append(escape(text[pos:open_ends[-1]]) + "</mark>")
        pos = open_ends.pop()
    out.append(escape(text[pos:]))
    size = f' style="--kh-height:{int(height)}px"' if height else ""
    w = labels.WORDS[labels.lang_of(lang)]
    legend_dir = ' dir="rtl" lang="ar"' if lang == "ar" else ""
    return (f"<style>{STYLE}</style>"
            f'<div class="kh-legend"{legend_dir}><mark class="kh-date">{w["legend_date"]}</mark> '
            f'<mark class="kh-figure">{w["legend_figure"]}</mark> · {w["legend_hover"]}</div>'
            f'<div class="kh-article" dir="rtl" lang="ar"{size}>{"".join(out)}</div>')


def scroll_script(element_id: str) -> str:
    """A script that scrolls the article box (and only it: the page stays
    where the analyst's cursor is) to centre the element.

    Streamlit sanitises st.html with DOMPurify, which drops a script whose
    text holds "<" before a letter or digit: so no "<" between the tags."""
    quoted = json.dumps(element_id).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return ("<script>(function(){var id=" + quoted + ";var n=0;"
            "function go(){var e=document.getElementById(id);var box=e&&e.closest('.kh-article');"
            "if(box){var top=e.getBoundingClientRect().top-box.getBoundingClientRect().top+box.scrollTop;"
            "box.scrollTo({top:Math.max(0,top-(box.clientHeight-e.offsetHeight)/2),behavior:'smooth'});}"
            "else if(40>n++){setTimeout(go,50);}}go();})();</script>")


def rtl_html(text: str, tag: str = "div", css_class: str = "kh-rtl") -> str:
    """Any Arabic text as one escaped right-to-left block."""
    return (f'<{tag} class="{css_class}" dir="rtl" lang="ar" '
            f'style="text-align:right;unicode-bidi:isolate">{escape(text)}</{tag}>')
