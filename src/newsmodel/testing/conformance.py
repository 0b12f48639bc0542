"""The conformance suite for source-format plugins.

A format plugin conforms when, for any input at all:

- its ``newsmodel_recognize`` never raises and answers ``None`` or a number
  in [0, 1];
- reading raises nothing but :class:`~newsmodel.NewsmodelError` subclasses
  (a :class:`~newsmodel.SourceError` for input it cannot read, or ``None``
  from the hook, which the manager reports as
  :class:`~newsmodel.UnknownFormatError`): any other exception, which the
  manager reports as a :class:`~newsmodel.PluginError`, is a failure;
- the article built from its document is valid: every offset inside the
  text, blocks in order, quotes and dates holding the text they span, source
  map runs inside the text;
- given the text its source map points into (``source_text``), the map holds:
  each mapped character comes from inside it, copies are copies, and (given
  ``repair``) each replacement is what its whole source sequence repairs to
  (:func:`check_source_map`);
- the article survives the JSON round trip (``loads(dumps(a)) == a``) and its
  JSON can be written as UTF-8;
- parsing is deterministic: the same input gives the same article in a fresh
  manager, and (for :func:`check_deterministic_across_processes`) in a
  process with another string-hash seed;
- where the plugin can write its own format back (a ``render`` function,
  such as :func:`render_text` or :func:`render_html`), reading a realistic
  source's rendered article gives the same text again;
- it opens no network connection (checked at the Python socket level).

Run it all with :func:`check_format_plugin`, or subclass
:class:`FormatPluginTests` in a pytest suite to get one test per property.
The number of Hypothesis examples follows the active settings profile, so a
thorough profile (``max_examples=10_000``) makes every property thorough.
"""

from __future__ import annotations

import contextlib
import html
import json
import os
import socket
import subprocess
import sys
import textwrap
import traceback
import urllib.request
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, NoReturn

import attrs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsmodel._errors import NewsmodelError, PluginError
from newsmodel._json import dumps, loads
from newsmodel._model import Article, BlockKind
from newsmodel._pipeline import parse_raw
from newsmodel._plugins import PluginManager
from newsmodel._source import DEFAULT_MAX_BYTES, RawSource, read_source
from newsmodel.testing._messy import QUOTE_MARKS, hostile_inputs, messy_inputs

__all__ = [
    "ConformanceError",
    "ConformanceReport",
    "FormatPluginChecker",
    "FormatPluginTests",
    "Render",
    "check_article",
    "check_deterministic_across_processes",
    "check_format_plugin",
    "check_source_map",
    "mutated",
    "no_network",
    "render_html",
    "render_text",
    "run_property",
]

Input = str | bytes
#: Writes an article back in a plugin's format for the idempotence check;
#: ``None`` for an article it cannot write.
Render = Callable[[Article], Input | None]
#: The text a plugin's source map points into (its decoded source); ``None`` skips the check.
SourceText = Callable[[RawSource], str | None]
#: What a source sequence reads as on its own; ``None`` when it cannot say.
Repair = Callable[[str], str | None]

_SHOWN_INPUT = 300


class ConformanceError(AssertionError):
    """A format plugin broke its contract on one input.

    ``check`` names the broken promise (``"crash"``, ``"offsets"``,
    ``"source_map"``, ``"json"``, ``"deterministic"``, ``"idempotent"``, ``"recognize"``,
    ``"network"``, ``"registration"``); ``source`` is the input.
    """

    def __init__(self, plugin: str, check: str, source: Input | None, detail: str) -> None:
        self.plugin = plugin
        self.check = check
        self.source = source
        shown = "" if source is None else f"\ninput ({len(source):,} {_unit(source)}): "
        if source is not None:
            shown += repr(source[:_SHOWN_INPUT]) + ("…" if len(source) > _SHOWN_INPUT else "")
        super().__init__(f"format plugin {plugin!r} fails {check!r}: {detail}{shown}")


def _unit(source: Input) -> str:
    return "bytes" if isinstance(source, bytes) else "characters"


@attrs.define
class ConformanceReport:
    """What a conformance run saw: how many inputs, and how they ended."""

    plugin: str
    inputs: int = 0  #: inputs checked
    articles: int = 0  #: inputs read into an article
    refused: Counter[str] = attrs.field(factory=Counter)  #: errors by class name

    def add(self, outcome: Article | NewsmodelError) -> None:
        """Count one input's outcome."""
        self.inputs += 1
        if isinstance(outcome, Article):
            self.articles += 1
        else:
            self.refused[type(outcome).__name__] += 1

    def __str__(self) -> str:
        refused = ", ".join(f"{n} {k}" for k, n in sorted(self.refused.items())) or "none"
        return f"{self.plugin}: {self.inputs} inputs, {self.articles} articles, refused: {refused}"


# -- what an article must satisfy ------------------------------------------------


def check_article(article: Article) -> list[str]:
    """Everything wrong with an article's offsets and references (empty when valid).

    :class:`~newsmodel.Article` checks much of this on construction; this
    checks it again, and what construction leaves to the producer (event
    triggers, source map runs, the blocks' text), so that a model change
    cannot silently weaken the promise.
    """
    text = article.text
    n = len(text)
    problems = []

    def inside(what: str, start: int, end: int) -> None:
        if not 0 <= start <= end <= n:
            problems.append(f"{what} [{start}, {end}) is not inside the text of {n} characters")

    last = 0
    for b in article.blocks:
        inside(f"block {b.kind}", b.start, b.end)
        if b.start < last:
            problems.append(f"block {b.kind} at {b.start} overlaps the block before it")
        last = b.end
    for a in article.actors:
        for m in a.mentions:
            inside(f"mention of actor {a.id}", m.start, m.end)
    for q in article.quotes:
        inside(f"quote {q.id}", q.start, q.end)
        if text[q.start : q.end] != q.text:
            problems.append(f"quote {q.id} holds {q.text!r}, not the text it spans")
        for name in ("speaker_mention", "cue_span", "said_on_span"):
            span = getattr(q, name)
            if span is not None:
                inside(f"{name} of quote {q.id}", span.start, span.end)
        if q.attribution is not None and q.attribution.antecedent is not None:
            antecedent = q.attribution.antecedent
            inside(f"attribution antecedent of quote {q.id}", antecedent.start, antecedent.end)
        for ref in (q.speaker, q.reported_by):
            if ref is not None and article.actor(ref) is None:
                problems.append(f"quote {q.id} refers to unknown actor {ref!r}")
    for e in article.events:
        inside(f"event {e.id}", e.start, e.end)
        if text[e.start : e.end] != e.trigger:
            problems.append(f"event {e.id} trigger {e.trigger!r} is not the text it spans")
        for span in (e.date_span, e.location_span, *e.mentions):
            if span is not None:
                inside(f"span of event {e.id}", span.start, span.end)
        for p in e.participants:
            if article.actor(p) is None:
                problems.append(f"event {e.id} refers to unknown actor {p!r}")
    for d in article.dates:
        inside(f"date {d.text!r}", d.start, d.end)
        if text[d.start : d.end] != d.text:
            problems.append(f"date {d.text!r} is not the text it spans")
    if article.source_map is not None:
        for target, _source, length, _source_length in article.source_map.runs:
            inside("source map run", target, target + length)
    return problems


def check_source_map(
    article: Article, source: str, repair: Callable[[str], str | None] | None = None
) -> list[str]:
    """Everything wrong with an article's source map, given the text it points into.

    ``source`` is what the plugin's map points into (its decoded source).
    Every text character a segment maps must come from inside ``source``: a
    copied character is its source character (or a space or line end made
    from another whitespace character).  With ``repair``, which gives what a
    source sequence reads as on its own (``None`` when it cannot say), each
    replacement's text must be what its whole source sequence repairs to
    (whitespace counting as equal to whitespace).
    """
    source_map = article.source_map
    if source_map is None:
        return []
    text = article.text
    problems = []
    for target, start, length, source_length in source_map.runs:
        where = f"source map segment ({target}, {start}, {length}, {source_length})"
        if start + source_length > len(source) or target + length > len(text):
            problems.append(f"{where} is not inside the source of {len(source)} characters")
            continue
        made = text[target : target + length]
        sequence = source[start : start + source_length]
        if length == source_length:
            for i, (char, origin) in enumerate(zip(made, sequence, strict=True)):
                if char != origin and not (char in " \n" and origin.isspace()):
                    problems.append(
                        f"text character {target + i} {char!r} is not a copy of "
                        f"source character {start + i} {origin!r}"
                    )
                    break
        elif repair is not None:
            fixed = repair(sequence)
            if fixed is not None and fixed != made and not (fixed.isspace() and made.isspace()):
                problems.append(
                    f"{where}: {made!r} is not what {sequence!r} repairs to ({fixed!r})"
                )
    return problems


# -- inputs -----------------------------------------------------------------------


def _as_bytes(sample: Input) -> bytes:
    return sample if isinstance(sample, bytes) else sample.encode("utf-8", "surrogatepass")


_SPLICES = (
    *QUOTE_MARKS,
    "\x00", "\ufeff", "\r\n", "\n\n", "<", ">", "&", "</p>", "<p>", "<div>", "{", "}", "[", "]",
    '"', ",", "\\", "\\u", "\\ud800", "null", "<!--", "]]>", "\u2028", "é", "👍🏽",
)  # fmt: skip


def mutated(samples: Sequence[Input]) -> st.SearchStrategy[bytes]:
    """Samples of a format, damaged: cut short, spliced, duplicated, re-encoded.

    Random bytes are rarely close enough to a structured format (JSON, XML) to
    reach its reader's interesting paths; damaged real samples are.
    """
    if not samples:
        raise ValueError("mutated() needs at least one sample")
    pool = [_as_bytes(s) for s in samples]

    @st.composite
    def build(draw: st.DrawFn) -> bytes:
        data = draw(st.sampled_from(pool))
        for _ in range(draw(st.integers(1, 4))):
            at = draw(st.integers(0, len(data)))
            end = draw(st.integers(at, min(len(data), at + 64)))
            how = draw(st.integers(0, 6))
            if how == 0:
                data = data[:at]
            elif how == 1:
                data = data[:at] + data[end:]
            elif how == 2:
                data = data[:end] + data[at:]
            elif how == 3:
                data = data[:at] + draw(st.sampled_from(_SPLICES)).encode() + data[at:]
            elif how == 4:
                data = data[:at] + draw(st.binary(min_size=1, max_size=8)) + data[at:]
            elif how == 5:
                text = data.decode("utf-8", "replace")
                data = text.encode(
                    draw(st.sampled_from(["utf-16", "cp1252", "utf-8-sig"])), "replace"
                )
            else:
                data = data[:at] + data[at:end] * draw(st.integers(2, 20)) + data[end:]
        return data

    return build()


# -- no network ---------------------------------------------------------------------


class _NetworkUsedError(RuntimeError):
    pass


@contextlib.contextmanager
def no_network() -> Iterator[None]:
    """Make every Python-level network connection fail while the block runs.

    Catches sockets opened by Python code (``socket``, ``urllib``, libraries
    built on them); a C library with its own networking (libxml2's) is not
    seen, which is why the HTML plugin is tested separately with external
    entities and DTDs.
    """

    def refuse(*args: object, **kwargs: object) -> Any:
        raise _NetworkUsedError(f"network access attempted: {args[1:] or args!r}")

    saved = (
        socket.socket.connect,
        socket.socket.connect_ex,
        socket.create_connection,
        urllib.request.urlopen,
    )
    socket.socket.connect = refuse  # type: ignore[method-assign]
    socket.socket.connect_ex = refuse  # type: ignore[method-assign]
    socket.create_connection = refuse
    urllib.request.urlopen = refuse
    try:
        yield
    finally:
        (
            socket.socket.connect,  # type: ignore[method-assign]
            socket.socket.connect_ex,  # type: ignore[method-assign]
            socket.create_connection,
            urllib.request.urlopen,
        ) = saved


# -- rendering articles back into a format ---------------------------------------------


def render_text(article: Article) -> str | None:
    """The article as a plain-text dump: title, byline, then the body.

    ``None`` for an article without a title or a body: a dump of body text
    alone is ambiguous (its first short paragraph may read as a title, and a
    title followed by a lower-case fragment as one broken paragraph), so the
    idempotence check skips it.
    """
    if not article.title or not article.text:
        return None
    header = [article.title]
    if article.authors:
        header.append("By " + " and ".join(article.authors))
    return "\n\n".join([*header, article.text])


_BLOCK_TAGS = {
    BlockKind.PARAGRAPH: ("<p>", "</p>"),
    BlockKind.HEADING: ("<h2>", "</h2>"),
    BlockKind.CAPTION: ("<figure><figcaption>", "</figcaption></figure>"),
    BlockKind.BLOCKQUOTE: ("<blockquote><p>", "</p></blockquote>"),
    BlockKind.PREFORMATTED: ("<pre>", "</pre>"),
    BlockKind.TABLE: ("<table><tr><td>", "</td></tr></table>"),
}


def render_html(article: Article) -> str:
    """The article as a minimal HTML page: its title, then one element per block.

    Consecutive list items share one list, as on a real page.
    """
    title = html.escape(article.title or "")
    parts = []
    in_list = False
    for b in article.blocks:
        if in_list and b.kind is not BlockKind.LIST_ITEM:
            parts.append("</ul>")
            in_list = False
        text = html.escape(article.text[b.start : b.end])
        if b.kind is BlockKind.LIST_ITEM:
            parts.append(f"{'' if in_list else '<ul>'}<li>{text}</li>")
            in_list = True
            continue
        opening, closing = _BLOCK_TAGS[b.kind]
        parts.append(f"{opening}{text}{closing}")
    if in_list:
        parts.append("</ul>")
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{title}</title></head>"
        f"<body><article>{''.join(parts)}</article></body></html>"
    )


# -- the checker ---------------------------------------------------------------------------


def _describe(exc: BaseException) -> str:
    cause = exc.__cause__ or exc
    lines = traceback.format_exception(type(cause), cause, cause.__traceback__)
    return f"{exc}\n{''.join(lines[-6:])}"


class FormatPluginChecker:
    """Checks one format plugin, input by input.

    ``plugin`` is what you would pass to :meth:`PluginManager.register` (a
    module, class or instance) and ``name`` its format name.  Each check runs
    on a fresh :class:`~newsmodel.PluginManager` holding only this plugin and
    newsmodel's own analysis, so installed plugins cannot interfere.
    ``render`` writes an article back in the plugin's format for the
    idempotence check (``None`` skips it).  ``source_text`` gives the text
    the plugin's source map points into, for :func:`check_source_map`, with
    ``repair`` to check its replacements (``None`` skips either).
    """

    def __init__(
        self,
        plugin: object,
        name: str,
        *,
        render: Render | None = None,
        max_bytes: int = DEFAULT_MAX_BYTES,
        source_text: SourceText | None = None,
        repair: Repair | None = None,
    ) -> None:
        self.plugin = plugin
        self.name = name
        self.render = render
        self.source_text = source_text
        self.repair = repair
        self.max_bytes = max_bytes
        self.report = ConformanceReport(plugin=name)

    def manager(self) -> PluginManager:
        """A fresh manager with this plugin and newsmodel's analysis, nothing else."""
        pm = PluginManager(entry_points=False)
        try:
            pm.register(self.plugin, name=self.name)
        except PluginError as exc:
            raise ConformanceError(self.name, "registration", None, str(exc)) from exc
        return pm

    def check_registration(self) -> None:
        """The plugin registers and implements both format hooks."""
        pm = self.manager()
        if self.name not in pm.formats:
            raise ConformanceError(
                self.name, "registration", None, "no newsmodel_read hook: not a format plugin"
            )

    def _fail(self, check: str, source: Input, detail: str) -> ConformanceError:
        return ConformanceError(self.name, check, source, detail)

    def _parse(self, pm: PluginManager, source: Input, raw: RawSource) -> Article | NewsmodelError:
        try:
            with no_network():
                scores = pm.recognize(raw)
        except PluginError as exc:
            raise self._fail("recognize", source, _describe(exc)) from exc
        if any(not 0 <= score <= 1 for _, score in scores):
            raise self._fail("recognize", source, f"confidence out of [0, 1]: {scores}")
        try:
            with no_network():
                return parse_raw(pm, raw, format=self.name)
        except PluginError as exc:
            if isinstance(exc.__cause__, _NetworkUsedError):
                raise self._fail("network", source, str(exc.__cause__)) from exc
            if exc.plugin == self.name:
                raise self._fail("crash", source, _describe(exc)) from exc
            # An analysis stage failed on the document this plugin made.
            raise self._fail("analysis", source, _describe(exc)) from exc
        except NewsmodelError as exc:
            return exc

    def check(self, source: Input) -> Article | NewsmodelError:
        """Check every promise on one input; return its article or the error it was refused with.

        Raises :class:`ConformanceError` when a promise is broken.
        """
        try:
            raw = read_source(source, max_bytes=self.max_bytes)
        except NewsmodelError as exc:  # too large, broken gzip: never reaches the plugin
            self.report.add(exc)
            return exc
        outcome = self._parse(self.manager(), source, raw)
        again = self._parse(self.manager(), source, raw)
        if type(again) is not type(outcome) or (isinstance(outcome, Article) and again != outcome):
            raise self._fail(
                "deterministic", source, f"first {outcome!r:.300}, then {again!r:.300}"
            )
        self.report.add(outcome)
        if not isinstance(outcome, Article):
            return outcome
        problems = check_article(outcome)
        if problems:
            raise self._fail("offsets", source, "; ".join(problems[:5]))
        decoded = None if self.source_text is None else self.source_text(raw)
        if decoded is not None:
            problems = check_source_map(outcome, decoded, self.repair)
            if problems:
                raise self._fail("source_map", source, "; ".join(problems[:5]))
        self._check_json(source, outcome)
        if self.render is not None:
            self._check_idempotent(source, outcome)
        return outcome

    def _check_json(self, source: Input, article: Article) -> None:
        try:
            text = dumps(article)
            back = loads(text)
        except NewsmodelError as exc:
            raise self._fail("json", source, _describe(exc)) from exc
        if back != article:
            raise self._fail("json", source, "loads(dumps(article)) != article")
        if dumps(back) != text:
            raise self._fail("json", source, "dumps(loads(dumps(article))) != dumps(article)")
        try:
            text.encode("utf-8")
        except UnicodeEncodeError as exc:
            raise self._fail(
                "json", source, f"the article's JSON cannot be written as UTF-8: {exc}"
            ) from exc

    def _check_idempotent(self, source: Input, article: Article) -> None:
        assert self.render is not None
        rendered = self.render(article)
        if rendered is None:
            return
        try:
            raw = read_source(rendered, max_bytes=self.max_bytes)
        except NewsmodelError:
            return  # rendering made it too large to read: nothing to compare
        again = self._parse(self.manager(), rendered, raw)
        if not isinstance(again, Article):
            raise self._fail("idempotent", source, f"its rendered article is refused: {again!r}")
        if again.text != article.text:
            raise self._fail(
                "idempotent",
                source,
                f"reading the rendered article changes its text:\n  {article.text!r:.400}\n"
                f"  {again.text!r:.400}",
            )


def run_property(
    strategy: st.SearchStrategy[Any],
    test: Callable[[Any], object],
    *,
    max_examples: int | None = None,
) -> None:
    """Run ``test`` on examples of ``strategy`` as a Hypothesis property.

    The settings are the active profile's, read when this is called (so a
    profile loaded by a ``conftest.py`` applies), with no deadline and the
    size health checks off: conformance inputs are large on purpose.
    """
    base = settings.default
    assert base is not None  # Hypothesis always has a default
    chosen = settings(
        base,
        deadline=None,
        suppress_health_check=[
            *base.suppress_health_check,
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.large_base_example,
        ],
    )
    if max_examples is not None:
        chosen = settings(chosen, max_examples=max_examples)

    @chosen
    @given(strategy)
    def conforms(value: Any) -> None:
        test(value)

    conforms()


def check_deterministic_across_processes(
    plugin: str,
    name: str,
    samples: Iterable[Input],
    *,
    seeds: Sequence[int] = (1, 2),
) -> None:
    """The samples parse to the same JSON in processes with other string-hash seeds.

    Set iteration order depends on ``PYTHONHASHSEED``; code that lets it
    decide an output is deterministic in one process and not across two.
    ``plugin`` says how a fresh process finds the plugin: ``"module"``,
    ``"module:attribute"``, or the path of a ``.py`` file.
    """
    data = [_as_bytes(s).hex() for s in samples]
    script = textwrap.dedent(
        """
        import importlib, importlib.util, json, sys
        from newsmodel import PluginManager, dumps, NewsmodelError
        spec, name, samples = json.loads(sys.stdin.read())
        if spec.endswith(".py"):
            s = importlib.util.spec_from_file_location("conformance_plugin", spec)
            plugin = importlib.util.module_from_spec(s)
            s.loader.exec_module(plugin)
        else:
            module, _, attr = spec.partition(":")
            plugin = importlib.import_module(module)
            if attr:
                plugin = getattr(plugin, attr)
        pm = PluginManager(entry_points=False)
        pm.register(plugin, name=name)
        out = []
        for sample in samples:
            try:
                out.append(dumps(pm.parse(bytes.fromhex(sample), format=name)))
            except NewsmodelError as exc:
                out.append(type(exc).__name__)
        print(json.dumps(out))
        """
    )
    results = []
    for seed in seeds:
        env = {**os.environ, "PYTHONHASHSEED": str(seed)}
        done = subprocess.run(
            [sys.executable, "-c", script],
            input=json.dumps([plugin, name, data]),
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        if done.returncode != 0:
            raise ConformanceError(name, "deterministic", None, f"the child failed:\n{done.stderr}")
        results.append(json.loads(done.stdout))
    for i, (first, second) in enumerate(zip(results[0], results[1], strict=True)):
        if first != second:
            sample = bytes.fromhex(data[i])
            raise ConformanceError(
                name,
                "deterministic",
                sample,
                f"PYTHONHASHSEED={seeds[0]} and {seeds[1]} give different articles:\n"
                f"  {first:.400}\n  {second:.400}",
            )


def check_format_plugin(
    plugin: object,
    name: str,
    *,
    samples: Sequence[Input] = (),
    inputs: st.SearchStrategy[Input] | None = None,
    render: Render | None = None,
    idempotent_inputs: st.SearchStrategy[Input] | None = None,
    max_examples: int | None = None,
    hostile_scale: float = 0.01,
    import_path: str | None = None,
    source_text: SourceText | None = None,
    repair: Repair | None = None,
) -> ConformanceReport:
    """Run the whole conformance suite on a format plugin; raise on the first failure.

    - ``samples``: valid sources in the plugin's format.  Each must be read
      into an article; damaged copies of them are checked as well.
    - ``inputs``: a strategy of extra inputs (default: newsmodel's messy
      inputs, :func:`~newsmodel.testing.messy_inputs`, are always checked).
    - ``render``: writes an article back in the format, for the idempotence
      check on the samples and on ``idempotent_inputs``: realistic sources
      (a heuristic extractor may legitimately read a tiny fragment of tag
      soup differently once it stands alone, so messy input is not checked
      for idempotence).
    - ``max_examples``: Hypothesis examples per property (default: the
      active settings profile's).
    - ``hostile_scale``: size of :func:`~newsmodel.testing.hostile_inputs`
      (1.0 is full size; 0 skips them).
    - ``import_path``: how a fresh process imports the plugin, for the
      determinism check across hash seeds (skipped when ``None``).
    - ``source_text``, ``repair``: the text the plugin's source map points
      into, and what a source sequence repairs to, for
      :func:`check_source_map` (skipped when ``None``).

    Returns a :class:`ConformanceReport`; raises :class:`ConformanceError`.
    """
    checker = FormatPluginChecker(plugin, name, source_text=source_text, repair=repair)
    checker.check_registration()
    idempotent = FormatPluginChecker(
        plugin, name, render=render, source_text=source_text, repair=repair
    )
    idempotent.report = checker.report
    for sample in samples:
        outcome = idempotent.check(sample)
        if not isinstance(outcome, Article):
            raise ConformanceError(name, "samples", sample, f"a sample is refused: {outcome!r}")
    if hostile_scale > 0:
        for hostile in hostile_inputs(hostile_scale):
            checker.check(hostile.data)
    strategy: st.SearchStrategy[Input] = messy_inputs()
    if inputs is not None:
        strategy = st.one_of(strategy, inputs)
    run_property(strategy, checker.check, max_examples=max_examples)
    if samples:
        run_property(mutated(samples), checker.check, max_examples=max_examples)
    if render is not None and idempotent_inputs is not None:
        run_property(idempotent_inputs, idempotent.check, max_examples=max_examples)
    if import_path is not None and samples:
        check_deterministic_across_processes(import_path, name, samples)
    return checker.report


class FormatPluginTests:
    """A pytest base class: one test per conformance property of a format plugin.

    Subclass it in a ``test_*.py`` file with a name starting ``Test`` and set
    the class attributes::

        class TestMyFormat(FormatPluginTests):
            plugin = my_plugin_module
            name = "myformat"
            samples = (Path("tests/data/story.myformat").read_bytes(),)
            import_path = "my_plugin_module"

    ``samples`` must hold at least one source the plugin reads
    (``test_reads_its_samples`` fails without).  Override :meth:`render` to
    check idempotence (on the samples, and on :meth:`idempotent_inputs` when
    given), :meth:`inputs` to add inputs of
    your own, and :meth:`source_text` (with :meth:`repair`) to check the
    source map against the text it points into.  The number of examples
    follows the active Hypothesis settings profile.
    """

    plugin: object
    name: str
    samples: Sequence[Input] = ()
    hostile_scale: float = 0.01
    import_path: str | None = None

    def render(self, article: Article) -> Input | None:
        """The article written back in the plugin's format; ``None`` skips idempotence.

        Override it with, for instance, :func:`render_text` or :func:`render_html`.
        """
        return None

    def inputs(self) -> st.SearchStrategy[Input]:
        """Inputs for the property tests: newsmodel's messy inputs by default."""
        return messy_inputs()

    def idempotent_inputs(self) -> st.SearchStrategy[Input] | None:
        """Realistic sources for the idempotence property (default: none, samples only).

        Each drawn source is read, written back with :meth:`render` and read
        again; the two texts must be equal.  Draw well-formed sources only
        (:func:`news_pages`, :func:`messy_dumps`' ``.data``): a heuristic
        reader may fairly read a fragment of messy input differently once it
        stands alone.
        """
        return None

    def source_text(self, raw: RawSource) -> str | None:
        """The text the plugin's source map points into; ``None`` (the default) skips the check."""
        return None

    def repair(self, sequence: str) -> str | None:
        """What a source sequence of a replacement reads as; ``None`` (the default) skips it."""
        return None

    def checker(self, *, render: bool = False) -> FormatPluginChecker:
        """A checker for this plugin; with ``render``, it checks idempotence too."""
        return FormatPluginChecker(
            self.plugin,
            self.name,
            render=self.render if render else None,
            source_text=self.source_text,
            repair=self.repair,
        )

    def test_registers_as_a_format(self) -> None:
        """The plugin registers under its name and reads a format."""
        self.checker().check_registration()

    def test_reads_its_samples(self) -> None:
        """Every sample is read into a valid article, with every promise kept."""
        if not self.samples:
            # Without samples nothing shows the plugin reads anything: a suite
            # of refusals would pass.
            raise ConformanceError(
                self.name,
                "samples",
                None,
                "no samples: set `samples` on the test class to sources the plugin reads",
            )
        checker = self.checker(render=True)
        for sample in self.samples:
            outcome = checker.check(sample)
            if not isinstance(outcome, Article):
                raise ConformanceError(self.name, "samples", sample, f"refused: {outcome!r}")

    def test_messy_inputs(self) -> None:
        """Messy and hostile-looking input of every kind: promises kept."""
        run_property(self.inputs(), self.checker().check)

    def test_damaged_samples(self) -> None:
        """Samples cut, spliced and re-encoded: promises kept."""
        if not self.samples:
            _skip("no samples to damage: set `samples`")
        run_property(mutated(self.samples), self.checker().check)

    def test_idempotent(self) -> None:
        """Realistic sources rendered back by :meth:`render` read to the same text."""
        strategy = self.idempotent_inputs()
        if strategy is None:
            _skip("no idempotent_inputs(): the samples are checked by test_reads_its_samples")
        run_property(strategy, self.checker(render=True).check)

    def test_hostile_inputs(self) -> None:
        """Inputs built for catastrophic backtracking, at ``hostile_scale``."""
        checker = self.checker()
        for hostile in hostile_inputs(self.hostile_scale):
            checker.check(hostile.data)

    def test_deterministic_across_processes(self) -> None:
        """The samples give the same JSON under other string-hash seeds."""
        if self.import_path is None or not self.samples:
            _skip("set `import_path` and `samples` to parse them in other processes")
        check_deterministic_across_processes(self.import_path, self.name, self.samples)


def _skip(reason: str) -> NoReturn:
    import pytest  # only the pytest base class needs pytest

    pytest.skip(reason)
