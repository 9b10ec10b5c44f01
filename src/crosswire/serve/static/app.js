// crosswire's page: plain JavaScript over the JSON API, no build step and nothing fetched from outside.
// Three views chosen by the URL's hash: #/ (map, timeline, list), #/event/ID (fact table), #/article/ID (text).
// Everything the page shows comes from /api, filtered and grouped on the server, so it stays fast at 100k events.
"use strict";

const SVG = "http://www.w3.org/2000/svg";
const WORLD = { x: -180, y: -90, w: 360, h: 180 };
const TYPE_COLOURS = {
  "Battles": "#c62828",
  "Violence against civilians": "#6a1b9a",
  "Explosions/Remote violence": "#ef6c00",
  "Riots": "#00838f",
  "Protests": "#1565c0",
  "Strategic developments": "#558b2f",
};
const STATUS_CLASSES = ["corroborated", "single-source", "contested", "updated"];
const SLOT_FIELDS = ["event_type", "event_date", "location", "killed", "injured", "arrested", "kidnapped", "missing"];
const PAGE_SIZE = 25;

const state = {
  filters: {},          // q, country, type, min_sources, status (from the form)
  since: null,          // the timeline's brush
  until: null,
  inView: false,
  offset: 0,
  view: { ...WORLD },   // the map's viewBox
  timeline: null,       // last timeline answer, for the brush
  outlinesLoaded: false,
};

// ---------------------------------------------------------------------------------------------- helpers

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

function svg(tag, attrs) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
  return node;
}

async function api(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.error || `${path} answered ${response.status}`);
  return body;
}

function statusClass(status) {
  return STATUS_CLASSES.includes(status) ? `status-${status}` : "status-other";
}

function badge(status) {
  return el("span", { class: `badge ${statusClass(status)}` }, status);
}

function typeColour(type) {
  if (!type) return "#607d8b";
  if (TYPE_COLOURS[type]) return TYPE_COLOURS[type];
  let hash = 0;
  for (const ch of type) hash = (hash * 31 + ch.charCodeAt(0)) % 360;
  return `hsl(${hash}, 55%, 45%)`;
}

// ACLED's time precision: 1 the day itself, 2 that day or the days before (the first report's day), 3 the month
function dateLabel(item, unknown) {
  if (!item.event_date) return unknown;
  if (item.date_precision === 3) return item.event_date.slice(0, 7);
  if (item.date_precision === 2) return `by ${item.event_date}`;
  return item.event_date;
}

function placeLabel(item) {
  return [item.place_name, item.country].filter(Boolean).join(", ") || "—";
}

function showError(container, error) {
  container.replaceChildren(el("p", { class: "error" }, String(error.message || error)));
}

// The query string shared by the list, the map, the timeline and the export link.
function filterParams({ withDates = true, withView = false } = {}) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(state.filters)) if (value) params.set(key, value);
  if (withDates && state.since) params.set("since", state.since);
  if (withDates && state.until) params.set("until", state.until);
  if (withView) params.set("bbox", bboxParam());
  return params;
}

// ---------------------------------------------------------------------------------------------- the map

const map = document.getElementById("map");
const markersLayer = document.getElementById("markers");

function clampView(view) {
  const w = Math.min(Math.max(view.w, 0.05), WORLD.w);
  const h = w / 2;
  const x = Math.min(Math.max(view.x, -180 - w / 2), 180 - w / 2);
  const y = Math.min(Math.max(view.y, -90 - h / 2), 90 - h / 2);
  return { x, y, w, h };
}

function setView(view, reload = true) {
  state.view = clampView(view);
  const v = state.view;
  map.setAttribute("viewBox", `${v.x} ${v.y} ${v.w} ${v.h}`);
  if (reload) scheduleMapReload();
}

function zoomLevel() {
  return Math.max(0, Math.min(14, Math.round(Math.log2(WORLD.w / state.view.w))));
}

function bboxParam() {
  const v = state.view;
  const west = Math.max(-180, v.x), east = Math.min(180, v.x + v.w);
  const south = Math.max(-90, -(v.y + v.h)), north = Math.min(90, -v.y);
  return [west, south, east, north].map((n) => n.toFixed(4)).join(",");
}

function zoomAt(factor, cx, cy) {
  const v = state.view;
  const w = v.w / factor, h = v.h / factor;
  setView({ x: cx - (cx - v.x) / factor, y: cy - (cy - v.y) / factor, w, h });
}

function pointerToMap(event) {
  const rect = map.getBoundingClientRect();
  const v = state.view;
  return { x: v.x + ((event.clientX - rect.left) / rect.width) * v.w, y: v.y + ((event.clientY - rect.top) / rect.height) * v.h };
}

let drag = null;
map.addEventListener("pointerdown", (event) => {
  if (event.target.closest(".marker")) return;
  drag = { x: event.clientX, y: event.clientY, view: { ...state.view }, moved: false };
  map.setPointerCapture(event.pointerId);
  map.classList.add("dragging");
});
map.addEventListener("pointermove", (event) => {
  if (!drag) return;
  const rect = map.getBoundingClientRect();
  const dx = ((event.clientX - drag.x) / rect.width) * drag.view.w;
  const dy = ((event.clientY - drag.y) / rect.height) * drag.view.h;
  if (Math.abs(event.clientX - drag.x) + Math.abs(event.clientY - drag.y) > 3) drag.moved = true;
  setView({ ...drag.view, x: drag.view.x - dx, y: drag.view.y - dy }, false);
});
map.addEventListener("pointerup", () => {
  if (drag && drag.moved) scheduleMapReload();
  drag = null;
  map.classList.remove("dragging");
});
map.addEventListener("wheel", (event) => {
  event.preventDefault();
  const at = pointerToMap(event);
  zoomAt(event.deltaY < 0 ? 1.5 : 1 / 1.5, at.x, at.y);
}, { passive: false });
document.getElementById("zoom-in").addEventListener("click", () => zoomAt(2, state.view.x + state.view.w / 2, state.view.y + state.view.h / 2));
document.getElementById("zoom-out").addEventListener("click", () => zoomAt(0.5, state.view.x + state.view.w / 2, state.view.y + state.view.h / 2));
document.getElementById("zoom-reset").addEventListener("click", () => setView({ ...WORLD }));

let mapTimer = null;
function scheduleMapReload() {
  clearTimeout(mapTimer);
  mapTimer = setTimeout(() => {
    loadClusters();
    if (state.inView) { state.offset = 0; loadList(); }
  }, 150);
}

async function loadOutlines() {
  if (state.outlinesLoaded) return;
  state.outlinesLoaded = true;
  try {
    const data = await api("/api/outlines");
    const layer = document.getElementById("countries");
    const fragment = document.createDocumentFragment();
    for (const country of data.countries) {
      const path = svg("path", { d: country.path });
      const title = svg("title", {});
      title.textContent = country.name;
      path.append(title);
      fragment.append(path);
    }
    layer.replaceChildren(fragment);
  } catch (error) {
    state.outlinesLoaded = false;
    document.getElementById("map-info").textContent = `country outlines unavailable: ${error.message}`;
  }
}

let clusterRequest = 0;
async function loadClusters() {
  const request = ++clusterRequest;
  const params = filterParams();
  params.set("bbox", bboxParam());
  params.set("zoom", String(zoomLevel()));
  let data;
  try {
    data = await api(`/api/clusters?${params}`);
  } catch (error) {
    document.getElementById("map-info").textContent = error.message;
    return;
  }
  if (request !== clusterRequest) return; // a newer pan or zoom already asked
  drawMarkers(data);
}

function drawMarkers(data) {
  const pixel = state.view.w / (map.clientWidth || 1000); // map units per screen pixel
  const fragment = document.createDocumentFragment();
  for (const cluster of data.clusters) {
    // logarithmic, so that a group of thousands and a single deadly event both stay readable
    const radiusPx = Math.min(28, 5 + 3 * Math.log10(cluster.count) + 4 * Math.log10(1 + cluster.killed));
    const r = radiusPx * pixel;
    const group = svg("g", {
      class: "marker",
      "data-count": cluster.count,
      "data-type": cluster.event_type || "",
      ...(cluster.event_id ? { "data-event-id": cluster.event_id } : {}),
    });
    const circle = svg("circle", { cx: cluster.lon, cy: -cluster.lat, r, fill: typeColour(cluster.event_type) });
    const title = svg("title", {});
    const kinds = Object.entries(cluster.types).map(([type, n]) => `${n} ${type}`).join(", ");
    title.textContent = cluster.count === 1
      ? `1 event (${cluster.event_type || "type unknown"}), ${cluster.killed} killed: click to open`
      : `${cluster.count} events: ${kinds}; ${cluster.killed} killed. Click to zoom in`;
    group.append(circle, title);
    if (cluster.count > 1) {
      const label = svg("text", { x: cluster.lon, y: -cluster.lat, "font-size": 10 * pixel });
      label.textContent = cluster.count > 999 ? `${Math.round(cluster.count / 1000)}k` : String(cluster.count);
      group.append(label);
    }
    group.addEventListener("click", (event) => {
      event.stopPropagation();
      if (cluster.event_id) location.hash = `#/event/${cluster.event_id}`;
      else zoomAt(4, cluster.lon, -cluster.lat);
    });
    fragment.append(group);
  }
  markersLayer.replaceChildren(fragment);
  document.getElementById("map-info").textContent =
    `${data.total.toLocaleString()} located event${data.total === 1 ? "" : "s"} in view · ${data.clusters.length} marker${data.clusters.length === 1 ? "" : "s"}`;
  map.dataset.markers = String(data.clusters.length);
  map.dataset.loaded = "true";
}

function drawLegend(types) {
  const legend = document.getElementById("legend");
  legend.replaceChildren(
    ...types.map((type) => el("span", {}, el("i", { style: `background:${typeColour(type)}` }), type)),
    el("span", {}, "size: casualties and events"),
  );
}

// ---------------------------------------------------------------------------------------------- timeline

const timeline = document.getElementById("timeline");
let brush = null;
let timelineWidth = 0;

async function loadTimeline() {
  const params = filterParams({ withDates: false });
  try {
    state.timeline = await api(`/api/timeline?${params}`);
  } catch (error) {
    timeline.replaceChildren();
    return;
  }
  drawTimeline();
}

function bucketEnd(start, bucket) {
  const d = new Date(`${start}T00:00:00Z`);
  if (bucket === "day") d.setUTCDate(d.getUTCDate() + 1);
  else if (bucket === "month") d.setUTCMonth(d.getUTCMonth() + 1);
  else d.setUTCFullYear(d.getUTCFullYear() + 1);
  return d;
}

function timelineScale() {
  const data = state.timeline;
  if (!data || !data.buckets.length) return null;
  const width = timeline.clientWidth || timelineWidth || 800; // hidden (another view shown): keep the last width
  const first = new Date(`${data.buckets[0].start}T00:00:00Z`).getTime();
  const last = bucketEnd(data.buckets[data.buckets.length - 1].start, data.bucket).getTime();
  const pad = 30;
  const toX = (t) => pad + ((t - first) / Math.max(1, last - first)) * (width - 2 * pad);
  const toTime = (x) => first + ((x - pad) / (width - 2 * pad)) * (last - first);
  return { width, first, last, toX, toTime };
}

function isoDay(time) {
  return new Date(time).toISOString().slice(0, 10);
}

function drawTimeline() {
  const data = state.timeline;
  const scale = timelineScale();
  const height = 96, base = 76;
  timeline.setAttribute("viewBox", `0 0 ${scale ? scale.width : 800} ${height}`);
  if (!scale) {
    const empty = svg("text", { x: 30, y: 40 });
    empty.textContent = "no dated events match the filters";
    timeline.replaceChildren(empty);
    return;
  }
  const max = Math.max(...data.buckets.map((b) => b.count));
  const nodes = [];
  const since = state.since ? new Date(`${state.since}T00:00:00Z`).getTime() : null;
  const until = state.until ? new Date(`${state.until}T00:00:00Z`).getTime() : null;
  for (const b of data.buckets) {
    const start = new Date(`${b.start}T00:00:00Z`).getTime();
    const end = bucketEnd(b.start, data.bucket).getTime();
    const x0 = scale.toX(start), x1 = scale.toX(end);
    const h = Math.max(1.5, (b.count / max) * (base - 6));
    const inside = since === null || (end > since && (until === null || start <= until));
    const bar = svg("rect", { class: `bar${inside && (since !== null) ? " in" : ""}`, x: x0, y: base - h, width: Math.max(1, x1 - x0 - 0.5), height: h });
    const title = svg("title", {});
    title.textContent = `${b.start}: ${b.count} event${b.count === 1 ? "" : "s"}`;
    bar.append(title);
    nodes.push(bar);
  }
  const labels = [scale.first, (scale.first + scale.last) / 2, scale.last];
  labels.forEach((t, i) => {
    const label = svg("text", { x: scale.toX(t), y: height - 4, "text-anchor": ["start", "middle", "end"][i] });
    label.textContent = isoDay(t);
    nodes.push(label);
  });
  if (since !== null || until !== null) {
    const x0 = scale.toX(since ?? scale.first);
    const x1 = scale.toX(until !== null ? until + 86400000 : scale.last);
    nodes.push(svg("rect", { class: "brush", x: Math.min(x0, x1), y: 2, width: Math.abs(x1 - x0), height: base - 2 }));
  }
  timeline.replaceChildren(...nodes);
  timeline.dataset.bucket = data.bucket;
  if (timeline.clientWidth) timelineWidth = timeline.clientWidth;
}

// Screen to timeline coordinates through the SVG's own transform, so the brush matches the bars whatever the size.
function timelineX(event) {
  const point = timeline.createSVGPoint();
  point.x = event.clientX;
  point.y = event.clientY;
  const matrix = timeline.getScreenCTM();
  return matrix ? point.matrixTransform(matrix.inverse()).x : event.offsetX;
}

timeline.addEventListener("pointerdown", (event) => {
  if (!timelineScale()) return;
  brush = { x0: timelineX(event), x1: timelineX(event) };
  timeline.setPointerCapture(event.pointerId);
});
timeline.addEventListener("pointermove", (event) => {
  if (!brush) return;
  brush.x1 = timelineX(event);
  let rect = timeline.querySelector("rect.brush.live");
  if (!rect) { rect = svg("rect", { class: "brush live", y: 2, height: 74 }); timeline.append(rect); }
  rect.setAttribute("x", Math.min(brush.x0, brush.x1));
  rect.setAttribute("width", Math.abs(brush.x1 - brush.x0));
});
timeline.addEventListener("pointerup", () => {
  if (!brush) return;
  const scale = timelineScale();
  const [a, b] = [brush.x0, brush.x1].sort((p, q) => p - q);
  brush = null;
  if (!scale || b - a < 3) { drawTimeline(); return; }
  const from = Math.max(scale.first, scale.toTime(a));
  const to = Math.min(scale.last - 1, scale.toTime(b));
  setDateRange(isoDay(from), isoDay(to));
});
timeline.addEventListener("dblclick", () => setDateRange(null, null));
document.getElementById("range-clear").addEventListener("click", () => setDateRange(null, null));

// Called by the brush (and by tests through window.crosswire): filters the map and the list, redraws the brush.
function setDateRange(since, until) {
  state.since = since;
  state.until = until;
  state.offset = 0;
  const label = document.getElementById("range-label");
  label.textContent = since || until ? `${since || "…"} to ${until || "…"}` : "";
  document.getElementById("range-clear").hidden = !(since || until);
  drawTimeline();
  loadClusters();
  loadList();
  updateExportLink();
}

// ---------------------------------------------------------------------------------------------- the list

// Each view keeps a counter of its requests: a slow answer to an older request is dropped, never shown over a
// newer one (typing in the search box, clicking through events quickly).
const latest = { list: 0, event: 0, article: 0 };

async function loadList() {
  const request = ++latest.list;
  const params = filterParams({ withView: state.inView });
  params.set("limit", String(PAGE_SIZE));
  params.set("offset", String(state.offset));
  const body = document.querySelector("#event-list tbody");
  let page;
  try {
    page = await api(`/api/events?${params}`);
    if (request !== latest.list) return;
  } catch (error) {
    if (request !== latest.list) return;
    body.replaceChildren(el("tr", {}, el("td", { colspan: 7, class: "error" }, error.message)));
    return;
  }
  document.getElementById("list-count").textContent =
    `${page.total.toLocaleString()} event${page.total === 1 ? "" : "s"}`;
  body.replaceChildren(...(page.events.length ? page.events.map((item) => el("tr", { "data-event-id": item.id },
    el("td", {}, dateLabel(item, "—")),
    el("td", {}, placeLabel(item)),
    el("td", {}, el("span", { class: "badge", style: `background:${typeColour(item.event_type)};color:#fff` }, item.event_type || "unknown")),
    el("td", {}, el("a", { href: `#/event/${item.id}` }, item.headline)),
    el("td", { class: "num" }, item.killed ?? "—"),
    el("td", { class: "num" }, `${item.independent_sources} (${item.article_count} art.)`),
    el("td", {}, item.contested ? badge("contested") : ""),
  )) : [el("tr", {}, el("td", { colspan: 7, class: "empty" }, "No event matches these filters."))]));
  const pager = document.getElementById("pager");
  const last = Math.min(page.offset + page.events.length, page.total);
  pager.replaceChildren(
    page.total ? `${page.offset + 1}–${last} of ${page.total.toLocaleString()}` : "",
    el("button", { type: "button", disabled: page.offset === 0, onclick: () => { state.offset = Math.max(0, state.offset - PAGE_SIZE); loadList(); } }, "‹ newer"),
    el("button", { type: "button", disabled: last >= page.total, onclick: () => { state.offset += PAGE_SIZE; loadList(); } }, "older ›"),
  );
}

function updateExportLink() {
  const params = filterParams();
  params.set("format", "csv");
  document.getElementById("export-link").href = `/api/export?${params}`;
}

// ---------------------------------------------------------------------------------------------- filters

const form = document.getElementById("filters");
let formTimer = null;

function readForm() {
  const data = new FormData(form);
  state.filters = {};
  for (const key of ["q", "country", "type", "min_sources", "status"]) {
    const value = String(data.get(key) || "").trim();
    if (value) state.filters[key] = value;
  }
  state.inView = data.get("in_view") === "on";
  state.offset = 0;
}

function refreshAll() {
  loadClusters();
  loadTimeline();
  loadList();
  updateExportLink();
}

form.addEventListener("input", () => {
  clearTimeout(formTimer);
  formTimer = setTimeout(() => { readForm(); refreshAll(); }, 250);
});
form.addEventListener("reset", () => setTimeout(() => { readForm(); state.since = state.until = null; setDateRange(null, null); loadTimeline(); }, 0));
form.addEventListener("submit", (event) => event.preventDefault());

async function loadFacets() {
  try {
    const facets = await api("/api/facets");
    const fill = (name, values) => {
      const select = form.elements[name];
      for (const { value, count } of values) select.append(el("option", { value }, `${value} (${count})`));
    };
    fill("country", facets.countries);
    fill("type", facets.event_types);
    for (const status of facets.statuses) form.elements.status.append(el("option", { value: status }, status));
    drawLegend(facets.event_types.map((t) => t.value));
  } catch (error) {
    document.getElementById("map-info").textContent = error.message;
  }
}

// ---------------------------------------------------------------------------------------------- quote panel

const quotePanel = document.getElementById("quote-panel");
document.getElementById("quote-close").addEventListener("click", () => { quotePanel.hidden = true; });

function quoteWithWords(quote, words) {
  const at = words ? quote.indexOf(words) : -1;
  if (at < 0) return el("blockquote", {}, quote);
  return el("blockquote", {}, quote.slice(0, at), el("mark", {}, words), quote.slice(at + words.length));
}

function showQuotes(heading, items) {
  document.getElementById("quote-body").replaceChildren(
    el("h3", {}, heading),
    ...items.map((item) => el("div", { class: "quote" },
      el("div", { class: "meta" }, el("b", {}, item.outlet || `article ${item.article}`),
        item.attribution ? ` · attributed: ${item.attribution}` : "", item.hedge ? ` · hedged: “${item.hedge}”` : ""),
      quoteWithWords(item.quote, item.text),
      el("a", { href: `#/article/${item.article}` }, "read it in the article →"),
    )),
  );
  quotePanel.hidden = false;
}

// ---------------------------------------------------------------------------------------------- event page

const FIELD_NAMES = {
  event_type: "event type", event_date: "date", location: "place", killed: "killed", injured: "injured",
  arrested: "arrested", kidnapped: "kidnapped", actor: "actor", statement: "statement",
};

async function showEvent(id) {
  const request = ++latest.event;
  const container = document.getElementById("event-detail");
  container.replaceChildren(el("p", { class: "empty" }, "Loading…"));
  let event;
  try {
    event = await api(`/api/events/${id}`);
    if (request !== latest.event) return;
  } catch (error) {
    if (request !== latest.event) return;
    showError(container, error);
    return;
  }
  const articles = event.articles;
  const counts = ["killed", "injured", "arrested", "kidnapped"].filter((k) => event[k] !== null).map((k) => `${event[k]} ${k}`);
  const head = el("div", { class: "event-head" },
    el("h1", {}, event.headline),
    el("p", { class: "meta" },
      el("b", {}, dateLabel(event, "date unknown")), " · ",
      el("b", {}, event.location ? [event.location.name, event.location.admin1, event.location.country].filter(Boolean).join(", ") : "place unknown"), " · ",
      [event.event_type, event.sub_event_type].filter(Boolean).join(" / ") || "type unknown", " · ",
      counts.join(", ") || "no counts", " · ",
      `${event.independent_sources} independent source${event.independent_sources === 1 ? "" : "s"}, ${articles.length} article${articles.length === 1 ? "" : "s"}`,
    ),
  );
  const legend = el("div", { class: "fact-legend" }, "Each row is a fact, each column a source. ",
    badge("corroborated"), badge("single-source"), badge("contested"), badge("updated"),
    el("span", { class: "badge status-contested" }, "≠ says otherwise"),
    " Click a cell for the quote behind it.");

  // For each field, which value each article gives (by fact), so a row can show a source that disagrees.
  const byField = {};
  event.facts.forEach((fact, index) => {
    for (const source of fact.sources) {
      ((byField[fact.field] ||= {})[source.article] ||= []).push(index);
    }
  });
  const headerCells = articles.map((article) => el("th", { scope: "col", "data-article-id": article.id },
    el("a", { href: `#/article/${article.id}` }, article.outlet || `article ${article.id}`),
    el("small", {}, article.title),
    el("small", {}, article.published ? article.published.slice(0, 10) : ""),
  ));
  const rows = event.facts.map((fact, index) => {
    const cells = articles.map((article) => {
      const own = fact.sources.filter((source) => source.article === article.id);
      if (own.length) {
        return el("td", {
          class: `cell ${statusClass(fact.status)}`, "data-status": fact.status, "data-article-id": article.id,
          title: own[0].text, onclick: (e) => selectCell(e, `${FIELD_NAMES[fact.field] || fact.field}: ${fact.value} (${fact.status})`, own.map((s) => ({ ...s, note: "" }))),
        }, fact.value);
      }
      // a source giving another value for the same field: a contradiction when the fact is contested, else
      // (a revised count, say) only a different value; actors and statements are many per event, never rivals
      const others = (byField[fact.field] || {})[article.id];
      if (others && SLOT_FIELDS.includes(fact.field)) {
        const other = event.facts[others[0]];
        const quotes = other.sources.filter((source) => source.article === article.id);
        const kind = fact.status === "contested" ? "conflict" : "differs";
        return el("td", {
          class: `cell ${kind}`, "data-status": kind, "data-article-id": article.id,
          title: `this source says ${other.value}`,
          onclick: (e) => selectCell(e, `${FIELD_NAMES[fact.field] || fact.field}: this source says ${other.value}, not ${fact.value}`, quotes.map((s) => ({ ...s, note: "" }))),
        }, other.value);
      }
      return el("td", { class: "silent", title: "this source does not say" }, "·");
    });
    return el("tr", { "data-fact": index, "data-field": fact.field, "data-status": fact.status },
      el("th", { scope: "row", class: "field" }, FIELD_NAMES[fact.field] || fact.field, " ", badge(fact.status),
        el("div", { class: "fact-value" }, fact.value)),
      ...cells);
  });
  // The event's fields first, in the main table; actors and statements (many per event) in tables of their own,
  // statements folded away, so that agreement and contradiction on the fields are seen at a glance.
  const factTable = (id, indexes) => el("div", { class: "table-scroll" }, el("table", { class: "facts", id },
    el("thead", {}, el("tr", {}, el("th", {}, "fact"), ...headerCells.map((cell) => cell.cloneNode(true)))),
    el("tbody", {}, ...indexes.map((index) => rows[index]))));
  const groups = { fields: [], actors: [], statements: [] };
  event.facts.forEach((fact, index) => {
    const group = SLOT_FIELDS.includes(fact.field) ? "fields" : fact.field === "actor" ? "actors" : "statements";
    groups[group].push(index);
  });
  const sections = [];
  if (groups.fields.length) sections.push(factTable("fact-table", groups.fields));
  if (groups.actors.length) {
    sections.push(el("details", { class: "fact-group", open: true },
      el("summary", {}, `Actors (${groups.actors.length})`), factTable("actor-table", groups.actors)));
  }
  if (groups.statements.length) {
    sections.push(el("details", { class: "fact-group" },
      el("summary", {}, `Statements (${groups.statements.length}): what the sources say beyond the fields`),
      factTable("statement-table", groups.statements)));
  }
  const decisions = el("details", { class: "decisions" }, el("summary", {}, "Why each article joined this event"),
    el("ul", {}, ...event.decisions.map((d) => el("li", {}, el("a", { href: `#/article/${d.article}` }, `article ${d.article}`), `: ${d.explanation}`))));
  container.replaceChildren(head, legend, ...(sections.length ? sections : [el("p", { class: "empty" }, "No facts were extracted.")]), decisions);
  container.dataset.eventId = String(event.id);
}

function selectCell(event, heading, quotes) {
  document.querySelectorAll("td.cell.selected").forEach((cell) => cell.classList.remove("selected"));
  event.currentTarget.classList.add("selected");
  showQuotes(heading, quotes);
}

// ---------------------------------------------------------------------------------------------- article page

async function showArticle(id) {
  const request = ++latest.article;
  const container = document.getElementById("article-detail");
  container.replaceChildren(el("p", { class: "empty" }, "Loading…"));
  let article;
  try {
    article = await api(`/api/articles/${id}`);
    if (request !== latest.article) return;
  } catch (error) {
    if (request !== latest.article) return;
    showError(container, error);
    return;
  }
  document.getElementById("article-back").replaceChildren(
    article.event_id ? el("a", { href: `#/event/${article.event_id}` }, `· back to event ${article.event_id}`) : "");
  const claims = article.claims;
  const titleClaims = claims.filter((c) => c.in_title);
  // the title's mark shows its most pressing status, as a mark in the text does: a contested claim first
  const titleStatus = titleClaims.map((c) => c.status).find((s) => s === "contested") || titleClaims.map((c) => c.status).find(Boolean);
  const title = el("h1", {}, titleClaims.length
    ? el("mark", { class: `claim ${statusClass(titleStatus)}`, "data-claims": titleClaims.map((c) => claims.indexOf(c)).join(","), onclick: (e) => focusClaims(e.currentTarget) }, article.title)
    : article.title);
  const head = el("div", { class: "article-head" }, title, el("p", { class: "meta" },
    el("b", {}, article.outlet || "outlet unknown"), " · ", article.published ? article.published.slice(0, 10) : "date unknown",
    /^https?:\/\//i.test(article.url || "") ? [" · ", el("a", { href: article.url, rel: "noopener noreferrer" }, "original")] : "", // never a javascript: link from ingested data
    ` · ${claims.length} claim${claims.length === 1 ? "" : "s"} highlighted`));
  const text = el("div", { class: "article-text", id: "article-text" }, ...highlightedText(article.text, claims));
  const list = el("ul", { class: "claims" }, ...claims.map((claim, index) => el("li", {
    class: "claim", "data-claim": index, onclick: () => focusClaim(index),
  }, el("span", { class: "field" }, FIELD_NAMES[claim.field] || claim.field), ": ", claim.label, " ",
  claim.status ? badge(claim.status) : el("span", { class: "badge status-other" }, "not used"),
  el("div", { class: "meta" }, `“${claim.text}”`, claim.attribution ? ` · ${claim.attribution}` : "",
    claim.hedge ? ` · hedged: “${claim.hedge}”` : ""))));
  container.replaceChildren(head, el("div", { class: "article-layout" }, text, el("div", {}, el("h3", {}, "Claims"), list)));
  container.dataset.articleId = String(article.id);
}

// The text cut at every claim boundary; each piece covered by claims becomes a <mark> naming them.
// The words that carry each claim's value are located inside its sentence and set in bold.
function highlightedText(text, claims) {
  const cuts = new Set([0, text.length]);
  const words = [];
  claims.forEach((c) => {
    if (!(c.start >= 0 && c.end <= text.length && c.start < c.end)) return;
    cuts.add(c.start); cuts.add(c.end);
    const at = c.text ? text.slice(c.start, c.end).indexOf(c.text) : -1;
    if (at >= 0) { words.push([c.start + at, c.start + at + c.text.length]); cuts.add(c.start + at); cuts.add(c.start + at + c.text.length); }
  });
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const covering = claims.map((c, index) => ({ c, index })).filter(({ c }) => c.start >= 0 && c.start <= from && c.end >= to);
    const slice = text.slice(from, to);
    if (!covering.length) { pieces.push(slice); continue; }
    const worst = covering.map(({ c }) => c.status).find((s) => s === "contested") || covering.map(({ c }) => c.status).find(Boolean);
    const isWords = words.some(([a, b]) => a <= from && b >= to);
    pieces.push(el("mark", {
      class: `claim ${worst ? statusClass(worst) : ""}`, "data-claims": covering.map(({ index }) => index).join(","),
      title: covering.map(({ c }) => `${FIELD_NAMES[c.field] || c.field}: ${c.label}`).join("; "),
      onclick: (e) => focusClaims(e.currentTarget),
    }, isWords ? el("strong", {}, slice) : slice));
  }
  return pieces;
}

function focusClaims(mark) {
  const indexes = mark.dataset.claims.split(",").map(Number);
  document.querySelectorAll(".active").forEach((node) => node.classList.remove("active"));
  mark.classList.add("active");
  indexes.forEach((index) => document.querySelector(`li.claim[data-claim="${index}"]`)?.classList.add("active"));
}

function focusClaim(index) {
  document.querySelectorAll(".active").forEach((node) => node.classList.remove("active"));
  document.querySelector(`li.claim[data-claim="${index}"]`)?.classList.add("active");
  const mark = [...document.querySelectorAll("mark.claim")].find((m) => m.dataset.claims.split(",").map(Number).includes(index));
  if (mark) { mark.classList.add("active"); mark.scrollIntoView({ block: "center", behavior: "smooth" }); }
}

// ---------------------------------------------------------------------------------------------- routing

let eventsViewStarted = false;

function route() {
  const hash = location.hash || "#/";
  const views = { events: document.getElementById("view-events"), event: document.getElementById("view-event"), article: document.getElementById("view-article") };
  const match = hash.match(/^#\/(event|article)\/(\d+)$/);
  const name = match ? match[1] : "events";
  for (const [key, view] of Object.entries(views)) view.hidden = key !== name;
  quotePanel.hidden = true;
  if (name === "event") showEvent(match[2]);
  else if (name === "article") showArticle(match[2]);
  else if (eventsViewStarted) {
    if (state.timeline) drawTimeline(); // the window may have changed size while another view was shown
    scheduleMapReload();
  } else {
    eventsViewStarted = true;
    loadFacets();
    loadOutlines();
    setView({ ...WORLD }, false);
    refreshAll();
  }
  window.scrollTo(0, 0);
}

window.addEventListener("hashchange", route);
window.addEventListener("resize", () => { if (state.timeline) drawTimeline(); scheduleMapReload(); });
window.crosswire = { setDateRange, setView, state };
route();
