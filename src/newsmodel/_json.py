"""A lossless round trip between the model and JSON.

The JSON is the public schema documented in ``docs/model.md``: field names
and shapes are stable within a schema version.  Offsets are Python string
indices into ``text``; dates are ISO 8601 at the precision known.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any, TypeVar

from newsmodel._errors import SchemaError
from newsmodel._model import (
    Actor,
    Article,
    ArticleDate,
    Attribution,
    Block,
    DateMention,
    DateValue,
    Debris,
    Event,
    Mention,
    OffsetMap,
    Quote,
    Source,
    Span,
)

__all__ = ["SCHEMA_VERSION", "article_from_dict", "article_to_dict", "dumps", "loads"]

#: The version of the article JSON schema this library writes and reads.
SCHEMA_VERSION = "1.3"

JSON = dict[str, Any]
T = TypeVar("T")


def _span(s: Span | None) -> JSON | None:
    return None if s is None else {"start": s.start, "end": s.end}


def _iso(v: DateValue | None) -> str | None:
    return None if v is None else v.isoformat()


def _precision(v: DateValue | None) -> str | None:
    return None if v is None else v.precision.value


def _actor(a: Actor) -> JSON:
    return {
        "id": a.id,
        "name": a.name,
        "kind": a.kind.value,
        "aliases": list(a.aliases),
        "roles": list(a.roles),
        "mentions": [{"start": m.start, "end": m.end, "kind": m.kind.value} for m in a.mentions],
        "consists_of": list(a.consists_of),
    }


def _quote(q: Quote) -> JSON:
    return {
        "id": q.id,
        "text": q.text,
        "start": q.start,
        "end": q.end,
        "speaker": q.speaker,
        "speaker_mention": _span(q.speaker_mention),
        "cue": q.cue,
        "cue_span": _span(q.cue_span),
        "said_on": _iso(q.said_on),
        "said_on_precision": _precision(q.said_on),
        "said_on_span": _span(q.said_on_span),
        "reported_by": q.reported_by,
        "partial": q.partial,
        "continues": q.continues,
        "attribution": _attribution(q.attribution),
    }


def _attribution(a: Attribution | None) -> JSON | None:
    if a is None:
        return None
    return {"rule": a.rule, "antecedent": _span(a.antecedent)}


def _event(e: Event) -> JSON:
    return {
        "id": e.id,
        "kind": e.kind,
        "category": e.category,
        "start": e.start,
        "end": e.end,
        "trigger": e.trigger,
        "date": _iso(e.date),
        "date_precision": _precision(e.date),
        "date_span": _span(e.date_span),
        "location": e.location,
        "location_span": _span(e.location_span),
        "participants": list(e.participants),
        "modality": e.modality.value,
        "mentions": [_span(m) for m in e.mentions],
        "mode": e.mode,
        "auxiliary": e.auxiliary.value if e.auxiliary is not None else None,
        "actors": list(e.actors),
        "recipients": list(e.recipients),
    }


def _date(d: DateMention) -> JSON:
    return {
        "text": d.text,
        "start": d.start,
        "end": d.end,
        "value": _iso(d.value),
        "precision": _precision(d.value),
        "anchor": d.anchor,
    }


def _article_date(d: ArticleDate | None) -> tuple[str | None, str | None, str | None]:
    if d is None:
        return None, None, None
    return d.value.isoformat(), d.value.precision.value, d.origin.value


def article_to_dict(article: Article) -> JSON:
    """The article as a JSON-ready dict (schema version :data:`SCHEMA_VERSION`)."""
    published, published_precision, published_origin = _article_date(article.published)
    updated, updated_precision, updated_origin = _article_date(article.updated)
    return {
        "schema_version": SCHEMA_VERSION,
        "source": {"path": article.source.path, "url": article.source.url},
        "format": article.format,
        "title": article.title,
        "authors": list(article.authors),
        "published": published,
        "published_precision": published_precision,
        "published_origin": published_origin,
        "updated": updated,
        "updated_precision": updated_precision,
        "updated_origin": updated_origin,
        "language": article.language,
        "canonical_url": article.canonical_url,
        "site_name": article.site_name,
        "description": article.description,
        "tags": list(article.tags),
        "text": article.text,
        "blocks": [{"kind": b.kind.value, "start": b.start, "end": b.end} for b in article.blocks],
        "actors": [_actor(a) for a in article.actors],
        "quotes": [_quote(q) for q in article.quotes],
        "events": [_event(e) for e in article.events],
        "dates": [_date(d) for d in article.dates],
        "debris": [
            {"kind": d.kind, "text": d.text, "source": _span(d.source)} for d in article.debris
        ],
        "source_map": None
        if article.source_map is None
        else [list(seg) for seg in article.source_map.segments],
    }


# -- reading ------------------------------------------------------------------


def _get(d: Mapping[str, Any], key: str, default: Any = ...) -> Any:
    if key in d:
        return d[key]
    if default is ...:
        raise SchemaError(f"missing field {key!r}")
    return default


def _read_span(d: Any) -> Span | None:
    if d is None:
        return None
    return Span(start=_get(d, "start"), end=_get(d, "end"))


def _read_value(iso: str | None, precision: str | None) -> DateValue | None:
    if iso is None:
        return None
    value = DateValue.parse(iso)
    if precision is not None and value.precision.value != precision:
        raise SchemaError(f"date {iso!r} does not have precision {precision!r}")
    return value


def _read_article_date(d: Mapping[str, Any], key: str) -> ArticleDate | None:
    value = _read_value(d.get(key), d.get(f"{key}_precision"))
    if value is None:
        return None
    return ArticleDate(value=value, origin=_text(d, f"{key}_origin", "metadata"))


def _text(d: Mapping[str, Any], key: str, default: str) -> Any:
    """A string field, with ``default`` only when it is absent or null (an empty string stays)."""
    value = d.get(key)
    return default if value is None else value


def _list(d: Mapping[str, Any], key: str, read: Callable[[Any], T]) -> list[T]:
    items = d.get(key) or []
    if not isinstance(items, list):
        raise SchemaError(f"field {key!r} must be a list")
    return [read(x) for x in items]


def _read_actor(d: Mapping[str, Any]) -> Actor:
    return Actor(
        id=_get(d, "id"),
        name=_get(d, "name"),
        kind=_get(d, "kind"),
        aliases=_get(d, "aliases", []),
        roles=_get(d, "roles", []),
        mentions=[
            Mention(start=_get(m, "start"), end=_get(m, "end"), kind=m.get("kind", "name"))
            for m in _get(d, "mentions", [])
        ],
        consists_of=_get(d, "consists_of", []),
    )


def _read_quote(d: Mapping[str, Any]) -> Quote:
    return Quote(
        id=_get(d, "id"),
        text=_get(d, "text"),
        start=_get(d, "start"),
        end=_get(d, "end"),
        speaker=d.get("speaker"),
        speaker_mention=_read_span(d.get("speaker_mention")),
        cue=d.get("cue"),
        cue_span=_read_span(d.get("cue_span")),
        said_on=_read_value(d.get("said_on"), d.get("said_on_precision")),
        said_on_span=_read_span(d.get("said_on_span")),
        reported_by=d.get("reported_by"),
        partial=d.get("partial", False),
        continues=d.get("continues", False),
        attribution=_read_attribution(d.get("attribution")),
    )


def _read_attribution(d: Mapping[str, Any] | None) -> Attribution | None:
    if d is None:
        return None
    return Attribution(rule=_get(d, "rule"), antecedent=_read_span(d.get("antecedent")))


def _read_event(d: Mapping[str, Any]) -> Event:
    return Event(
        id=_get(d, "id"),
        kind=_get(d, "kind"),
        category=_text(d, "category", ""),
        start=_get(d, "start"),
        end=_get(d, "end"),
        trigger=_text(d, "trigger", ""),
        date=_read_value(d.get("date"), d.get("date_precision")),
        date_span=_read_span(d.get("date_span")),
        location=d.get("location"),
        location_span=_read_span(d.get("location_span")),
        participants=_get(d, "participants", []),
        modality=d.get("modality", "asserted"),
        mentions=[s for s in (_read_span(m) for m in d.get("mentions") or []) if s is not None],
        mode=d.get("mode"),
        auxiliary=d.get("auxiliary"),
        actors=d.get("actors") or [],
        recipients=d.get("recipients") or [],
    )


def _read_date(d: Mapping[str, Any]) -> DateMention:
    return DateMention(
        text=_get(d, "text"),
        start=_get(d, "start"),
        end=_get(d, "end"),
        value=_read_value(d.get("value"), d.get("precision")),
        anchor=_text(d, "anchor", "absolute"),
    )


def _read_debris(d: Mapping[str, Any]) -> Debris:
    return Debris(kind=_get(d, "kind"), text=_get(d, "text"), source=_read_span(d.get("source")))


def article_from_dict(data: Mapping[str, Any]) -> Article:
    """Rebuild an :class:`Article` from :func:`article_to_dict`'s output.

    Raises :class:`SchemaError` for data that is not a valid article of a
    schema version this library reads.
    """
    if not isinstance(data, Mapping):
        raise SchemaError(f"an article must be a JSON object, not {type(data).__name__}")
    version = str(data.get("schema_version", SCHEMA_VERSION))
    if version.split(".")[0] != SCHEMA_VERSION.split(".")[0]:
        raise SchemaError(f"schema version {version} is not readable (this is {SCHEMA_VERSION})")
    try:
        src = data.get("source") or {}
        source_map = data.get("source_map")
        return Article(
            source=Source(path=src.get("path"), url=src.get("url")),
            format=_get(data, "format"),
            text=_get(data, "text"),
            title=data.get("title"),
            authors=data.get("authors") or [],
            published=_read_article_date(data, "published"),
            updated=_read_article_date(data, "updated"),
            language=data.get("language"),
            canonical_url=data.get("canonical_url"),
            site_name=data.get("site_name"),
            description=data.get("description"),
            tags=data.get("tags") or [],
            blocks=_list(
                data,
                "blocks",
                lambda b: Block(kind=_get(b, "kind"), start=_get(b, "start"), end=_get(b, "end")),
            ),
            actors=_list(data, "actors", _read_actor),
            quotes=_list(data, "quotes", _read_quote),
            events=_list(data, "events", _read_event),
            dates=_list(data, "dates", _read_date),
            debris=_list(data, "debris", _read_debris),
            source_map=None if source_map is None else OffsetMap(segments=source_map),
        )
    except SchemaError:
        raise
    except (TypeError, ValueError, KeyError, AttributeError) as exc:
        raise SchemaError(f"not a valid article: {exc}") from exc


def dumps(article: Article, *, indent: int | None = None) -> str:
    """The article as a JSON string (UTF-8 characters kept, not escaped)."""
    return json.dumps(article_to_dict(article), ensure_ascii=False, indent=indent)


def loads(text: str | bytes) -> Article:
    """Read an article from a JSON string written by :func:`dumps`."""
    try:
        data = json.loads(text)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise SchemaError(f"not JSON: {exc}") from exc
    return article_from_dict(data)
