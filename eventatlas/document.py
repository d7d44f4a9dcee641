"""The Document: one article's fixed text plus the annotations each stage adds.

Text is fixed once `clean` has run; from then on every annotation is a span of character offsets
into it, so a quote can always be shown next to the value drawn from it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from eventatlas.records import Article, DatingNote, RawDocument


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    label: str
    value: object = None


@dataclass
class Document:
    raw: RawDocument
    text: str = ""
    title: str | None = None
    lang: str | None = None
    lang_confidence: float | None = None
    content_hash: str | None = None
    minhash: bytes | None = None
    article_id: str | None = None  # set once the article's identity is known
    dating: DatingNote | None = None  # how its publication day was found, if not given
    given: str | None = None  # the publication date its input gave
    layers: dict[str, list[Span]] = field(default_factory=dict)

    @classmethod
    def from_raw(cls, raw: RawDocument) -> Document:
        return cls(raw=raw, text=raw.text, title=raw.title, given=raw.published)

    @classmethod
    def from_article(cls, article: Article) -> Document:
        """A stored article as a Document again: its fixed text, language and dates, to be
        annotated anew."""
        raw = RawDocument(
            article.text,
            article.locator,
            article.format,
            path=article.path,
            url=article.url,
            title=article.title,
            published=article.published,
            published_precision=article.published_precision,
            source=article.source,
        )
        return cls(
            raw=raw,
            text=article.text,
            title=article.title,
            lang=article.lang,
            given=article.published_given,
            article_id=article.article_id,
        )

    def quote(self, span: Span) -> str:
        return self.text[span.start : span.end]
