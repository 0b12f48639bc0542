// The newsmodel report: draws the page from the JSON in #report-data.
// No library, no network. Text from the articles only ever enters the page as
// text nodes (never as markup), and long lists are rendered in chunks as they
// scroll into view, so a report of 10,000 quotes paints quickly.
(function () {
  "use strict";

  const DATA = JSON.parse(document.getElementById("report-data").textContent);
  const ACTORS = DATA.actors;
  const QUOTES = DATA.quotes;
  const ARTICLES = DATA.articles;
  const CHUNK = 100;
  const DAY = 86400000;
  const SVG = "http://www.w3.org/2000/svg";
  const MENTION = 1, DATE = 2, EVENT = 4, CUE = 8;

  const byId = (id) => document.getElementById(id);

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    if (props) {
      for (const [k, v] of Object.entries(props)) {
        if (v === null || v === undefined || v === false) continue;
        if (k === "class") node.className = v;
        else if (k === "text") node.textContent = v;
        else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
        else node.setAttribute(k, v === true ? "" : String(v));
      }
    }
    for (const c of children) {
      if (c === null || c === undefined || c === false) continue;
      node.append(c);
    }
    return node;
  }

  function svg(tag, attrs) {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    return node;
  }

  // Case and diacritics ignored, as newsmodel's own queries do.
  function fold(s) {
    return (s || "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  // ISO dates at any precision newsmodel writes: [first day, last day] as day numbers.
  function dayRange(iso) {
    if (!iso) return null;
    let m;
    const utc = (y, mo, d) => Math.floor(Date.UTC(y, mo, d) / DAY);
    if ((m = /^(\d{4})$/.exec(iso))) return [utc(+m[1], 0, 1), utc(+m[1], 11, 31)];
    if ((m = /^(\d{4})-(\d{2})$/.exec(iso))) return [utc(+m[1], +m[2] - 1, 1), utc(+m[1], +m[2], 0)];
    if ((m = /^(\d{4})-W(\d{2})$/.exec(iso))) {
      const jan4 = utc(+m[1], 0, 4);
      const monday = jan4 - ((new Date(jan4 * DAY).getUTCDay() + 6) % 7) + (+m[2] - 1) * 7;
      return [monday, monday + 6];
    }
    if ((m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso))) {
      const d = utc(+m[1], +m[2] - 1, +m[3]);
      return [d, d];
    }
    return null;
  }

  const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  function dayLabel(day, withYear) {
    const d = new Date(day * DAY);
    const s = d.getUTCDate() + " " + MONTHS[d.getUTCMonth()];
    return withYear ? s + " " + d.getUTCFullYear() : s;
  }
  function isoDay(day) {
    return new Date(day * DAY).toISOString().slice(0, 10);
  }

  function plural(n, word) {
    return n.toLocaleString("en") + " " + word + (n === 1 ? "" : "s");
  }

  function articleName(a) {
    if (a.title) return a.title;
    const src = a.source || "untitled article";
    return src.split(/[\\/]/).pop();
  }

  // -- derived data ---------------------------------------------------------

  const outlets = new Set();
  for (const a of ARTICLES) if (a.outlet) outlets.add(a.outlet);
  for (const q of QUOTES) if (q.reportedBy) outlets.add(q.reportedBy);

  const quoteInfo = QUOTES.map((q) => {
    const a = ARTICLES[q.article];
    return {
      range: dayRange(q.date),
      text: fold(q.text),
      outlets: [a.outlet, q.reportedBy].filter(Boolean),
    };
  });

  const actorText = ACTORS.map((a) => fold([a.name, ...a.aliases, ...a.roles].join(" | ")));

  // -- state ----------------------------------------------------------------

  const state = {
    actor: -1, since: null, until: null, outlet: "", text: "",
    actorQuery: "", kind: "",
    article: -1, quote: -1, allLanes: false,
  };
  let filtered = [];

  function matches(k) {
    const q = QUOTES[k];
    const info = quoteInfo[k];
    if (state.actor >= 0 && q.speaker !== state.actor) return false;
    if (state.since !== null || state.until !== null) {
      if (!info.range) return false;
      if (state.since !== null && info.range[1] < state.since) return false;
      if (state.until !== null && info.range[0] > state.until) return false;
    }
    if (state.outlet && !info.outlets.includes(state.outlet)) return false;
    if (state.text && !info.text.includes(state.text)) return false;
    return true;
  }

  // -- lazy lists -----------------------------------------------------------

  // Renders items in chunks whenever the sentinel comes near the viewport. The
  // sentinel may sit inside the container (a list) or after it (a table body).
  const observers = new Map();
  const renderAll = new Map();
  function lazyList(container, sentinel, items, render, emptyText) {
    const inside = container.tagName !== "TBODY";
    container.replaceChildren();
    if (inside) container.append(sentinel);
    let next = 0;
    if (observers.has(container)) observers.get(container).disconnect();
    function more() {
      const end = Math.min(items.length, next + CHUNK);
      const frag = document.createDocumentFragment();
      for (; next < end; next++) frag.append(render(items[next], next));
      container.insertBefore(frag, inside ? sentinel : null);
      sentinel.hidden = next >= items.length;
      sentinel.textContent = sentinel.hidden ? "" : "Showing " + next + " of " + items.length + "; scroll for more.";
    }
    renderAll.set(container, () => { while (next < items.length) more(); });
    if (!items.length && emptyText) {
      container.insertBefore(emptyText(), inside ? sentinel : null);
      sentinel.hidden = true;
      return;
    }
    more();
    const observer = new IntersectionObserver((entries) => {
      if (!entries.some((e) => e.isIntersecting) || next >= items.length) return;
      more();
      // Observing afresh reports the sentinel again if it is still in view.
      observer.unobserve(sentinel);
      observer.observe(sentinel);
    }, { rootMargin: "600px" });
    observer.observe(sentinel);
    observers.set(container, observer);
  }

  // -- summary --------------------------------------------------------------

  function summary() {
    const speakers = ACTORS.filter((a) => a.quotes > 0).length;
    const days = quoteInfo.map((i) => i.range).filter(Boolean);
    const parts = [
      plural(ARTICLES.length, "article"),
      plural(QUOTES.length, "quote"),
      plural(speakers, "speaker"),
    ];
    if (days.length) {
      const lo = Math.min(...days.map((r) => r[0]));
      const hi = Math.max(...days.map((r) => r[1]));
      parts.push(lo === hi ? dayLabel(lo, true) : dayLabel(lo, true) + " – " + dayLabel(hi, true));
    }
    const f = Object.entries(DATA.filters || {}).map(([k, v]) => k + " " + v);
    byId("summary").textContent = parts.join(" · ") + (f.length ? " · selected by " + f.join(", ") : "");
  }

  // -- actors ---------------------------------------------------------------

  const actorList = byId("actor-list");
  const actorSentinel = el("li", { class: "more", "aria-hidden": "true" });

  function actorItem(k) {
    const a = ACTORS[k];
    const selected = state.actor === k;
    const extra = [];
    if (a.roles.length) extra.push(a.roles.join("; "));
    if (a.aliases.length) extra.push("also " + a.aliases.join(", "));
    return el("li", null,
      el("button", {
        type: "button", class: "actor" + (selected ? " selected" : ""), "data-actor": k,
        "aria-pressed": selected ? "true" : "false",
        title: a.mergedBecause.length ? "Merged: " + a.mergedBecause.join("; ") : null,
        onclick: () => selectActor(state.actor === k ? -1 : k),
      },
        el("span", { class: "actor-line" },
          el("span", { class: "check", "aria-hidden": "true", text: selected ? "✓" : "" }),
          el("span", { class: "actor-name", text: a.name }),
          el("span", { class: "badge kind-" + a.kind, text: a.kind })),
        extra.length ? el("span", { class: "actor-extra", text: extra.join(" · ") }) : null,
        el("span", { class: "actor-stats" },
          a.quotes ? el("span", { class: "n-quotes", text: plural(a.quotes, "quote") }) : "no quotes",
          " in " + plural(a.articles, "article"))));
  }

  function drawActors() {
    const query = fold(state.actorQuery.trim());
    const shown = [];
    for (let k = 0; k < ACTORS.length; k++) {
      if (state.kind && ACTORS[k].kind !== state.kind) continue;
      if (query && !actorText[k].includes(query)) continue;
      shown.push(k);
    }
    byId("actor-count").textContent = plural(shown.length, "actor") +
      (shown.length !== ACTORS.length ? " of " + ACTORS.length : "");
    lazyList(actorList, actorSentinel, shown, actorItem,
      () => el("li", { class: "muted", text: "No actor matches." }));
  }

  function selectActor(k) {
    state.actor = k;
    byId("f-actor").value = k >= 0 ? String(k) : "";
    for (const b of actorList.querySelectorAll("button.actor")) {
      const on = +b.dataset.actor === k;
      b.classList.toggle("selected", on);
      b.setAttribute("aria-pressed", on ? "true" : "false");
      b.querySelector(".check").textContent = on ? "✓" : "";
    }
    refresh();
  }

  // -- quotes table ---------------------------------------------------------

  const quoteRows = byId("quote-rows");
  const quoteMore = byId("quote-more");

  function quoteRow(k) {
    const q = QUOTES[k];
    const a = ARTICLES[q.article];
    const who = q.speaker === null ? null : ACTORS[q.speaker];
    return el("tr", { "data-quote": k },
      el("td", { class: "c-date" },
        q.date ? el("time", { datetime: q.date, title: q.date, text: q.date.slice(0, 10) }) : el("span", { class: "muted", text: "undated" }),
        q.dated === "published" ? el("span", { class: "tag", title: "the article's publication date; the text gives no date for the words", text: "published" }) : null),
      el("td", { class: "c-who" }, who ? who.name : el("span", { class: "muted", text: "unattributed" })),
      el("td", { class: "c-text" },
        el("a", { href: "#q-" + k, class: "quote-link" }, "“" + q.text.trim() + "”"),
        q.partial ? el("span", { class: "tag", text: "partial" }) : null),
      el("td", { class: "c-src" },
        el("a", { href: "#a-" + q.article, text: articleName(a) }),
        a.outlet || q.reportedBy ? el("span", { class: "outlet", text: [a.outlet, q.reportedBy ? "via " + q.reportedBy : null].filter(Boolean).join(" · ") }) : null));
  }

  function drawQuotes() {
    filtered = [];
    for (let k = 0; k < QUOTES.length; k++) if (matches(k)) filtered.push(k);
    byId("quote-count").textContent = filtered.length === QUOTES.length
      ? "Showing all " + plural(QUOTES.length, "quote") + "."
      : "Showing " + plural(filtered.length, "quote") + " of " + QUOTES.length.toLocaleString("en") + ".";
    lazyList(quoteRows, quoteMore, filtered, quoteRow,
      () => el("tr", null, el("td", { colspan: 4, class: "muted", text: "No quote matches these filters." })));
  }

  // -- timeline -------------------------------------------------------------

  function drawTimeline() {
    const box = byId("timeline-chart");
    box.replaceChildren();
    const moreButton = byId("timeline-more");
    // Lanes: speakers of the filtered quotes, most quoted first.
    const perActor = new Map();
    let lo = Infinity, hi = -Infinity;
    for (const k of filtered) {
      const q = QUOTES[k];
      const r = quoteInfo[k].range;
      if (q.speaker === null || !r) continue;
      if (!perActor.has(q.speaker)) perActor.set(q.speaker, []);
      perActor.get(q.speaker).push(k);
      lo = Math.min(lo, r[0]);
      hi = Math.max(hi, r[0]);
    }
    const lanes = [...perActor.keys()].sort((x, y) => perActor.get(y).length - perActor.get(x).length || x - y);
    if (!lanes.length) {
      box.append(el("p", { class: "muted", text: "No dated, attributed quote matches the filters." }));
      moreButton.hidden = true;
      return;
    }
    const limit = state.allLanes ? 200 : 10;
    const shown = lanes.slice(0, limit);
    moreButton.hidden = lanes.length <= 10;
    moreButton.textContent = state.allLanes
      ? "Show the 10 most quoted speakers"
      : "Show " + (lanes.length > 200 ? "200" : "all " + lanes.length) + " speakers";

    const width = Math.max(480, box.clientWidth || 800);
    const left = Math.min(220, Math.max(140, width * 0.22)), right = 24, top = 30, lane = 34;
    const height = top + shown.length * lane + 8;
    const span = Math.max(1, hi - lo);
    const pad = Math.max(1, Math.round(span * 0.04));
    const x0 = lo - pad, x1 = hi + pad;
    const x = (day) => left + ((day - x0) / (x1 - x0)) * (width - left - right);
    const root = svg("svg", {
      width, height, viewBox: "0 0 " + width + " " + height, role: "img",
      "aria-label": "Quotes per speaker over time, " + dayLabel(lo, true) + " to " + dayLabel(hi, true),
    });
    // Axis ticks: days, weeks, months or years, whichever gives a readable count.
    const days = x1 - x0;
    const ticks = [];
    if (days <= 16) for (let d = x0; d <= x1; d++) ticks.push([d, dayLabel(d, false)]);
    else if (days <= 120) {
      let d = x0 + ((8 - new Date(x0 * DAY).getUTCDay()) % 7); // Mondays
      for (; d <= x1; d += 7) ticks.push([d, dayLabel(d, false)]);
    } else {
      const start = new Date(x0 * DAY), step = days <= 800 ? 1 : 12;
      let y = start.getUTCFullYear(), m = start.getUTCMonth() + 1;
      if (step === 12) { y += 1; m = 0; }
      // Date.UTC carries month overflow into the year; labels come from the result.
      for (;; m += step) {
        const at = new Date(Date.UTC(y, m, 1));
        const d = Math.floor(at.getTime() / DAY);
        if (d > x1) break;
        const mo = at.getUTCMonth(), yr = at.getUTCFullYear();
        ticks.push([d, step === 12 ? String(yr) : MONTHS[mo] + (mo === 0 ? " " + yr : "")]);
      }
    }
    // The first label says the year, so that the axis can be read on its own.
    if (ticks.length && !/\d{4}/.test(ticks[0][1])) {
      ticks[0][1] += " " + new Date(ticks[0][0] * DAY).getUTCFullYear();
    }
    const every = Math.max(1, Math.ceil(ticks.length / Math.max(2, (width - left) / 70)));
    ticks.forEach(([d, label], n) => {
      const tx = x(d);
      root.append(svg("line", { x1: tx, x2: tx, y1: top - 6, y2: height - 4, class: "grid" }));
      if (n % every === 0) {
        const t = svg("text", { x: tx, y: top - 12, class: "tick", "text-anchor": "middle" });
        t.textContent = label;
        root.append(t);
      }
    });
    shown.forEach((actor, row) => {
      const cy = top + row * lane + lane / 2;
      const g = svg("g", { class: "lane" + (state.actor === actor ? " selected" : "") });
      g.append(svg("line", { x1: left, x2: width - right, y1: cy, y2: cy, class: "lane-line" }));
      const name = svg("text", { x: left - 10, y: cy + 4, "text-anchor": "end", class: "lane-name" });
      const full = ACTORS[actor].name;
      name.textContent = full.length > 26 ? full.slice(0, 25) + "…" : full;
      g.append(name);
      // One dot per day and kind of date, sized by its number of quotes.
      const groups = new Map();
      for (const k of perActor.get(actor)) {
        const key = quoteInfo[k].range[0] + (QUOTES[k].dated === "said" ? "s" : "p");
        if (!groups.has(key)) groups.set(key, []);
        groups.get(key).push(k);
      }
      for (const [key, ks] of groups) {
        const day = parseInt(key, 10);
        const said = key.endsWith("s");
        const r = Math.min(12, 4 + Math.sqrt(ks.length) * 1.6);
        const label = full + ", " + dayLabel(day, true) + ": " + plural(ks.length, "quote") +
          (said ? " (said on)" : " (publication date)") + " — “" + QUOTES[ks[0]].text.trim().slice(0, 80) + "”";
        const dot = svg("circle", {
          cx: x(day), cy, r, class: "dot " + (said ? "said" : "published"),
          tabindex: 0, role: "button", "aria-label": label + ". Show these quotes.",
        });
        const title = svg("title");
        title.textContent = label;
        dot.append(title);
        const go = () => {
          state.since = day; state.until = day;
          byId("f-since").value = isoDay(day); byId("f-until").value = isoDay(day);
          selectActor(actor);
          byId("quotes").scrollIntoView({ block: "start" });
        };
        dot.addEventListener("click", go);
        dot.addEventListener("keydown", (ev) => {
          if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); go(); }
        });
        g.append(dot);
      }
      root.append(g);
    });
    box.append(root);
  }

  // -- article reader -------------------------------------------------------

  const articleBox = byId("article");
  const pick = byId("article-pick");
  let quoteElements = new Map(); // report quote number -> its first element in the reader
  let segmentElements = []; // [start, end, element] of the open article

  const PARAGRAPH_TAGS = { heading: "h3", blockquote: "blockquote", preformatted: "pre", caption: "p", list_item: "p", table: "p" };

  function segmentTitle(a, s) {
    const parts = [];
    if (s[2] & MENTION && s[3] >= 0) parts.push(ACTORS[s[3]].name + " (" + ACTORS[s[3]].kind + ")");
    if (s[2] & CUE) parts.push("reporting cue");
    if (s[2] & DATE && s[4] >= 0) {
      const d = a.dates[s[4]];
      parts.push("date: " + (d.value || "unresolved") + (d.anchor !== "absolute" ? " (relative to " + d.anchor + ")" : ""));
    }
    if (s[2] & EVENT && s[5] >= 0) {
      const e = a.events[s[5]];
      parts.push("event: " + e.kind + " (" + e.category + ", " + e.modality + ")" +
        (e.date ? ", " + e.date : "") + (e.location ? ", in " + e.location : "") +
        (e.participants.length ? ", with " + e.participants.join(", ") : ""));
    }
    return parts.join("; ");
  }

  function renderArticle(n) {
    state.article = n;
    pick.value = String(n);
    quoteElements = new Map();
    segmentElements = [];
    const a = ARTICLES[n];
    const head = el("header", { class: "article-head" },
      el("h3", { class: "article-title", text: articleName(a) }),
      el("p", { class: "article-meta" },
        [a.outlet, a.published ? "published " + a.published : "no publication date",
          a.authors.length ? "by " + a.authors.join(", ") : null].filter(Boolean).join(" · ")),
      a.source ? el("p", { class: "article-source" }, el("span", { class: "muted", text: "source: " }), a.source) : null);
    const body = el("div", { class: "article-body" });
    const text = a.text;
    let qi = 0, si = 0;
    const pieces = a.quotes, segs = a.segments;
    // Text and segments of [from, to), appended to node.
    function fill(node, from, to) {
      let pos = from;
      while (si < segs.length && segs[si][0] < to) {
        const s = segs[si++];
        if (s[0] < from) continue;
        if (s[0] > pos) node.append(text.slice(pos, s[0]));
        const cls = [(s[2] & MENTION) && "m", (s[2] & CUE) && "c", (s[2] & DATE) && "d", (s[2] & EVENT) && "e"].filter(Boolean).join(" ");
        const span = el("span", { class: cls, title: segmentTitle(a, s) || null }, text.slice(s[0], s[1]));
        segmentElements.push([s[0], s[1], span]);
        node.append(span);
        pos = s[1];
      }
      if (pos < to) node.append(text.slice(pos, to));
    }
    for (const [ps, pe, kind] of a.paragraphs) {
      const p = el(PARAGRAPH_TAGS[kind] || "p", { class: "para para-" + kind, "data-start": ps });
      let pos = ps;
      while (qi < pieces.length && pieces[qi][0] < pe) {
        const [qs, qe, k] = pieces[qi++];
        fill(p, pos, qs);
        const mark = k >= 0
          ? el("mark", { class: "q", tabindex: 0, role: "button", "aria-pressed": "false", "data-q": k, id: quoteElements.has(k) ? null : "q-" + k })
          : el("mark", { class: "q q-out", title: "a quote the report's filters left out" });
        if (k >= 0 && !quoteElements.has(k)) quoteElements.set(k, mark);
        fill(mark, qs, qe);
        p.append(mark);
        pos = qe;
      }
      fill(p, pos, pe);
      body.append(p);
    }
    if (!a.paragraphs.length) body.append(el("p", { class: "muted", text: "This article has no text." }));
    const nq = QUOTES.reduce((c, q) => c + (q.article === n ? 1 : 0), 0);
    const counts = el("p", { class: "article-counts muted",
      text: plural(nq, "quote") + " · " + plural(a.events.length, "event") + " · " + plural(a.dates.length, "date") });
    articleBox.replaceChildren(head, counts, body);
    state.quote = -1;
    showWhy(-1);
  }

  function showWhy(k) {
    const box = byId("why-body");
    for (const [, , node] of segmentElements) node.classList.remove("speaker-mention", "antecedent");
    for (const node of articleBox.querySelectorAll("mark.q.active")) {
      node.classList.remove("active");
      node.setAttribute("aria-pressed", "false");
    }
    if (k < 0) {
      box.replaceChildren(el("p", { class: "muted", text: "No quote selected. Select a highlighted quote in the text." }));
      return;
    }
    const q = QUOTES[k];
    const a = ARTICLES[q.article];
    for (const node of articleBox.querySelectorAll('mark.q[data-q="' + k + '"]')) {
      node.classList.add("active");
      node.setAttribute("aria-pressed", "true");
    }
    const mark = (span, cls) => {
      if (!span) return;
      for (const [s, e, node] of segmentElements) if (s >= span[0] && e <= span[1]) node.classList.add(cls);
    };
    mark(q.mention, "speaker-mention");
    mark(q.antecedent, "antecedent");
    const who = q.speaker === null ? null : ACTORS[q.speaker];
    const words = (span) => (span ? "“" + a.text.slice(span[0], span[1]) + "”" : null);
    const rows = [
      ["Speaker", who ? who.name + " (" + who.kind + (who.roles.length ? "; " + who.roles.join(", ") : "") + ")" : "not attributed"],
      ["Named as", words(q.mention) || "no mention recorded", "speaker-mention"],
      ["Rule", q.rule || "not recorded by the analysis"],
      ["Refers back to", words(q.antecedent), "antecedent"],
      ["Cue", q.cue],
      ["Date", q.date ? q.date + (q.dated === "said" ? " (said on, from the text)" : " (publication date)") : "undated"],
      ["Credited to", q.reportedBy],
    ];
    const dl = el("dl", { class: "why-list" });
    for (const [term, value, cls] of rows) {
      if (!value) continue;
      dl.append(el("dt", { text: term }), el("dd", cls ? { class: "key-" + cls } : null, value));
    }
    box.replaceChildren(
      el("blockquote", { class: "why-quote", text: "“" + q.text.trim() + "”" }),
      dl,
      who ? el("button", { type: "button", class: "button", onclick: () => { selectActor(q.speaker); byId("quotes").scrollIntoView({ block: "start" }); } },
        "All quotes by " + who.name) : null);
  }

  function openArticle(n, focus) {
    if (n < 0 || n >= ARTICLES.length) return;
    if (state.article !== n) renderArticle(n);
    if (focus) byId("reader").scrollIntoView({ block: "start" });
  }

  function openQuote(k) {
    if (k < 0 || k >= QUOTES.length) return;
    openArticle(QUOTES[k].article, false);
    state.quote = k;
    // A quote inside another (a fragment repeated in a longer quote) has no mark
    // of its own: show the mark that holds its first character.
    const q = QUOTES[k];
    const holder = ARTICLES[q.article].quotes.find((p) => p[0] <= q.start && q.start < p[1]);
    const node = quoteElements.get(k) || (holder && quoteElements.get(holder[2]));
    showWhy(k);
    if (node) {
      node.scrollIntoView({ block: "center" });
      node.focus({ preventScroll: true });
    } else {
      byId("reader").scrollIntoView({ block: "start" });
    }
  }

  articleBox.addEventListener("click", (ev) => {
    const mark = ev.target.closest("mark.q[data-q]");
    if (mark) showWhy(+mark.dataset.q);
  });
  articleBox.addEventListener("keydown", (ev) => {
    const mark = ev.target.closest && ev.target.closest("mark.q[data-q]");
    if (mark && (ev.key === "Enter" || ev.key === " ")) {
      ev.preventDefault();
      showWhy(+mark.dataset.q);
    }
  });

  function route() {
    const m = /^#(q|a)-(\d+)$/.exec(location.hash);
    if (!m) return;
    if (m[1] === "q") openQuote(+m[2]);
    else openArticle(+m[2], true);
  }

  // -- controls -------------------------------------------------------------

  function refresh() {
    drawQuotes();
    drawTimeline();
  }

  function debounce(fn, ms) {
    let t = 0;
    return (...args) => { clearTimeout(t); t = setTimeout(() => fn(...args), ms); };
  }

  function setup() {
    const kinds = [...new Set(ACTORS.map((a) => a.kind))].sort();
    for (const k of kinds) byId("actor-kind").append(el("option", { value: k, text: k }));
    const speakers = ACTORS.map((a, k) => k).filter((k) => ACTORS[k].quotes > 0);
    const fActor = byId("f-actor");
    for (const k of speakers) fActor.append(el("option", { value: k, text: ACTORS[k].name + " (" + ACTORS[k].quotes + ")" }));
    for (const o of [...outlets].sort()) byId("f-outlet").append(el("option", { value: o, text: o }));
    ARTICLES.forEach((a, n) => pick.append(el("option", { value: n, text: (a.published ? a.published + " · " : "") + articleName(a) })));

    byId("actor-search").addEventListener("input", debounce((ev) => { state.actorQuery = ev.target.value; drawActors(); }, 120));
    byId("actor-kind").addEventListener("change", (ev) => { state.kind = ev.target.value; drawActors(); });
    fActor.addEventListener("change", (ev) => selectActor(ev.target.value === "" ? -1 : +ev.target.value));
    const dateInput = (id, key) => byId(id).addEventListener("change", (ev) => {
      const r = dayRange(ev.target.value);
      state[key] = r ? r[0] : null;
      refresh();
    });
    dateInput("f-since", "since");
    dateInput("f-until", "until");
    byId("f-outlet").addEventListener("change", (ev) => { state.outlet = ev.target.value; refresh(); });
    byId("f-text").addEventListener("input", debounce((ev) => { state.text = fold(ev.target.value.trim()); refresh(); }, 150));
    byId("filters").addEventListener("submit", (ev) => ev.preventDefault());
    byId("filters").addEventListener("reset", () => {
      Object.assign(state, { since: null, until: null, outlet: "", text: "" });
      setTimeout(() => selectActor(-1), 0);
    });
    byId("timeline-more").addEventListener("click", () => { state.allLanes = !state.allLanes; drawTimeline(); });
    pick.addEventListener("change", () => openArticle(+pick.value, false));
    byId("prev-article").addEventListener("click", () => openArticle(Math.max(0, state.article - 1), false));
    byId("next-article").addEventListener("click", () => openArticle(Math.min(ARTICLES.length - 1, state.article + 1), false));
    window.addEventListener("hashchange", route);
    // Following the link already in the address bar fires no hashchange: route it here.
    byId("quote-rows").addEventListener("click", (ev) => {
      const link = ev.target.closest && ev.target.closest("a[href^='#']");
      if (link && link.getAttribute("href") === location.hash) {
        ev.preventDefault();
        route();
      }
    });
    window.addEventListener("resize", debounce(drawTimeline, 200));
    // Printing shows every matching row, not only those scrolled into view.
    window.addEventListener("beforeprint", () => {
      for (const all of renderAll.values()) all();
    });
  }

  setup();
  summary();
  drawActors();
  refresh();
  if (ARTICLES.length) {
    const first = QUOTES.length ? QUOTES[0].article : 0;
    renderArticle(first);
  } else {
    articleBox.append(el("p", { class: "muted", text: "No article in this report." }));
  }
  route();
  performance.mark("newsmodel-ready");
  document.documentElement.dataset.ready = "true";
})();
