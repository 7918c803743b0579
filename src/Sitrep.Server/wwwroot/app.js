// Sitrep dashboard: reads the server's own API, draws with the vendored Leaflet and Chart.js.
// Text from articles is only ever set as textContent, never as HTML.
'use strict';

const MAX_PAGES = 20;            // 20 pages of 1,000 events: the overview says when it shows fewer than all
const state = { events: [], provinces: null, windows: [], map: null, layer: null, points: null, chart: null };

const $ = (selector, root = document) => root.querySelector(selector);
const el = (tag, props = {}, ...children) => {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (key === 'class') node.className = value; else if (key === 'text') node.textContent = value; else node.setAttribute(key, value);
  }
  for (const child of children) node.append(child);
  return node;
};

async function getJson(url) {
  const response = await fetch(url, { headers: { Accept: 'application/json' } });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) throw new Error(body.detail || body.title || `${response.status} ${response.statusText}`);
  return body;
}

function filterQuery() {
  const params = new URLSearchParams();
  for (const [key, value] of new FormData($('#filters'))) if (value && !(key === 'min_sources' && value === '0')) params.set(key, value);
  return params;
}

async function loadEvents() {
  const params = filterQuery();
  params.set('page_size', '1000');
  const events = [];
  let total = 0;
  for (let page = 1; page <= MAX_PAGES; page++) {
    params.set('page', String(page));
    const result = await getJson(`events?${params}`);
    events.push(...result.items);
    total = result.total;
    if (!result.nextPage) break;
  }
  return { events, total };
}

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
const fatalities = e => e.fatalities ? e.fatalities.best : 0;
const placeName = e => e.place ? [e.place.value.location, e.place.value.admin2, e.place.value.admin1].filter((v, i, a) => v && a.indexOf(v) === i).join(', ') : '';

function isoWeekStart(dateText) {
  const d = new Date(dateText + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return d.toISOString().slice(0, 10);
}

// The timeline counts every event of the filters on the server (GET /trend), not the pages the list
// loaded, so it stays whole however large the store. Like the CLI's trend it counts ACLED's six types.
async function loadTrend() {
  const params = filterQuery();
  params.set('by', 'week');
  return (await getJson(`trend?${params}`)).map(r => ({
    week: r.start, events: r.events + r.partisanEvents, best: r.fatalities,
    low: r.fatalitiesLow + r.partisanFatalitiesLow, high: r.fatalitiesHigh + r.partisanFatalitiesHigh,
  }));
}

function drawMap(events) {
  const counts = new Map();
  for (const e of events) if (e.place && e.place.value.admin1) counts.set(e.place.value.admin1, (counts.get(e.place.value.admin1) || 0) + 1);
  const max = Math.max(1, ...counts.values());
  const colour = n => n === 0 ? '#f7f7f7' : ['#fee5d9', '#fcae91', '#fb6a4a', '#de2d26', '#a50f15'][Math.min(4, Math.floor(5 * n / (max + 1)))];
  if (!state.map) {
    state.map = L.map('map', { attributionControl: true, zoomSnap: 0.25 });
    state.map.attributionControl.addAttribution('Boundaries: geoBoundaries (CC BY 4.0)');
    const legend = L.control({ position: 'bottomright' });
    legend.onAdd = () => el('div', { class: 'legend', id: 'legend' });
    legend.addTo(state.map);
  }
  if (state.layer) state.layer.remove();
  if (state.points) state.points.remove();
  state.layer = L.geoJSON(state.provinces, {
    style: f => ({ color: '#555', weight: 1, fillOpacity: 0.8, fillColor: colour(counts.get(f.properties.name) || 0) }),
    onEachFeature: (f, layer) => {
      const count = counts.get(f.properties.name) || 0;
      layer.bindTooltip(`${f.properties.name}: ${count} events`);
      // the shape says which province it is and its count, for readers and tests alike
      layer.on('add', () => { const path = layer.getElement(); path.setAttribute('data-province', f.properties.name); path.setAttribute('data-events', String(count)); });
    },
  }).addTo(state.map);
  state.points = L.layerGroup(events.filter(e => e.place && e.place.value.latitude != null).map(e =>
    L.circleMarker([e.place.value.latitude, e.place.value.longitude], { radius: 3 + Math.min(8, Math.sqrt(fatalities(e))), color: '#1f2d3d', weight: 1, fillOpacity: 0.6 })
      .bindTooltip(`${e.date ? e.date.value.start : ''} ${e.eventType.value}: ${placeName(e)}`)
      .on('click', () => { location.hash = `#/event/${e.id}`; }))).addTo(state.map);
  state.map.fitBounds(state.layer.getBounds());
  const legend = $('#legend');
  legend.replaceChildren(el('b', { text: 'Events' }), el('br'));
  for (const n of [0, Math.ceil(max / 5), Math.ceil(2 * max / 5), Math.ceil(3 * max / 5), Math.ceil(4 * max / 5)].filter((v, i, a) => a.indexOf(v) === i))
    legend.append(el('i', { 'data-colour': colour(n) }), `${n}+`, el('br'));
  for (const swatch of legend.querySelectorAll('i')) swatch.style.background = swatch.dataset.colour;
}

function drawTimeline(series) {
  $('#timeline').setAttribute('data-events', String(series.reduce((n, s) => n + s.events, 0))); // what the bars add up to, for readers and tests
  const labels = series.map(s => s.week);
  const shaded = {};
  for (const w of state.windows) {
    const from = labels.findIndex(l => l >= isoWeekStart(w.start)), to = labels.findLastIndex(l => l <= w.end);
    if (from >= 0 && to >= from) shaded[w.name] = { type: 'box', xMin: from - 0.5, xMax: to + 0.5, backgroundColor: 'rgba(80,140,220,0.15)', borderWidth: 0,
      label: { display: true, content: w.name, position: 'start', font: { size: 10 } } };
  }
  if (state.chart) state.chart.destroy();
  state.chart = new Chart($('#timeline'), {
    data: {
      labels,
      datasets: [
        { type: 'bar', label: 'Events', data: series.map(s => s.events), backgroundColor: '#1f2d3d', yAxisID: 'events' },
        { type: 'line', label: 'Fatalities (high)', data: series.map(s => s.high), borderWidth: 0, pointRadius: 0, fill: '+1', backgroundColor: 'rgba(192,57,43,0.15)', yAxisID: 'deaths' },
        { type: 'line', label: 'Fatalities (low)', data: series.map(s => s.low), borderWidth: 0, pointRadius: 0, fill: false, yAxisID: 'deaths' },
        { type: 'line', label: 'Fatalities (best)', data: series.map(s => s.best), borderColor: '#c0392b', pointRadius: 1, yAxisID: 'deaths' },
      ],
    },
    options: {
      maintainAspectRatio: false, animation: false,
      scales: { events: { position: 'left', beginAtZero: true, title: { display: true, text: 'events / week' } },
                deaths: { position: 'right', beginAtZero: true, grid: { drawOnChartArea: false }, title: { display: true, text: 'fatalities / week' } } },
      plugins: { annotation: { annotations: shaded } },
    },
  });
}

function drawList(events, total) {
  $('#count').textContent = events.length < total ? `(${events.length} of ${total} shown; narrow the filters to see all)` : `(${total})`;
  const body = $('#events tbody');
  body.replaceChildren(...events.map(e => {
    const f = e.fatalities;
    const row = el('tr', { 'data-id': e.id },
      el('td', { text: e.date ? e.date.value.start : '' }),
      el('td', { text: e.eventType.value + (e.subEventType ? ` / ${e.subEventType.value}` : '') }),
      el('td', { text: placeName(e) }),
      el('td', { text: [e.actor1 && e.actor1.value, e.actor2 && e.actor2.value].filter(Boolean).join(' vs ') }),
      el('td', { text: f ? `${f.best}${f.low !== f.high ? ` (${f.low}-${f.high})` : ''}${f.disputed ? ' disputed' : ''}` : '' }),
      el('td', { text: `${plural(e.sources.length, 'report')}, ${plural(e.outlets, 'outlet')}${e.partisanOnly ? ', partisan only' : ''}` }));
    row.addEventListener('click', () => { location.hash = `#/event/${e.id}`; });
    return row;
  }));
}

async function showOverview() {
  $('#event').hidden = true;
  $('#overview').hidden = false;
  $('#status').textContent = 'Loading events…';
  try {
    const [{ events, total }, series] = await Promise.all([loadEvents(), loadTrend()]);
    state.events = events;
    drawMap(events);
    drawTimeline(series);
    drawList(events, total);
    $('#status').textContent = `${total} ledger events`;
  } catch (error) {
    $('#status').textContent = `Could not load events: ${error.message}`;
  }
}

function highlighted(text, evidence) {
  // Spans in article offsets; overlapping spans keep the first one (sorted by start, longest first).
  const spans = evidence.filter(x => x.span && x.span.end > x.span.start).sort((a, b) => a.span.start - b.span.start || b.span.end - a.span.end);
  const out = el('div', { class: 'text' });
  let at = 0;
  for (const x of spans) {
    if (x.span.start < at) continue;
    out.append(text.slice(at, x.span.start));
    out.append(el('mark', { class: x.field.replace(/[^a-z0-9_-]/gi, ''), title: `${x.field}: ${x.rule}`, text: text.slice(x.span.start, x.span.end) }));
    at = x.span.end;
  }
  out.append(text.slice(at));
  return out;
}

function figureCard(name, figure) {
  if (!figure) return null;
  const card = el('div', {}, el('h3', { text: `${name}: ${figure.best} (${figure.low}-${figure.high})${figure.disputed ? ', disputed' : ''}` }),
    el('p', { class: 'muted', text: `rule: ${figure.rule}` }));
  const claims = el('div', { class: 'claims' });
  for (const c of figure.claims) claims.append(el('div', { class: `claim${figure.disputed ? ' disputed' : ''}` },
    el('b', { text: String(c.best) }), c.low !== c.high ? ` (${c.low}-${c.high})` : '', el('br'),
    el('span', { text: `${c.claimedBy || "the report's own voice"}` }), el('br'),
    el('span', { class: 'muted', text: `${c.outlet || 'unknown outlet'}, ${c.published || 'undated'}${c.superseded ? ', superseded' : ''}` })));
  card.append(claims);
  return card;
}

async function showEvent(id) {
  $('#overview').hidden = true;
  const page = $('#event');
  page.hidden = false;
  page.removeAttribute('data-loaded');
  page.replaceChildren(el('p', { text: 'Loading…' }));
  try {
    const detail = await getJson(`events/${encodeURIComponent(id)}`);
    const e = detail.event;
    const values = el('dl', { class: 'values' });
    const add = (name, value) => { if (value) values.append(el('dt', { text: name }), el('dd', { text: value })); };
    add('Type', e.eventType.value + (e.subEventType ? ` / ${e.subEventType.value}` : ''));
    add('Date', e.date ? (e.date.value.start === e.date.value.end ? e.date.value.start : `${e.date.value.start} to ${e.date.value.end}`) : '');
    add('Place', placeName(e));
    add('Actor 1', e.actor1 && e.actor1.value);
    add('Actor 2', e.actor2 && e.actor2.value);
    add('Corroboration', `${e.sources.length} reports from ${e.outlets} outlets, ${e.independentSources} independent${e.partisanOnly ? '; every source speaks for a party' : ''}`);
    page.replaceChildren(el('p', {}, el('a', { href: '#/', text: '← all events' })),
      el('h2', { text: `Event ${e.id}${detail.status !== 'current' ? ` (${detail.status})` : ''}` }), values);
    for (const card of [figureCard('Fatalities', e.fatalities), figureCard('Injuries', e.injuries)]) if (card) page.append(card);
    page.append(el('h3', { text: 'Sources' }));
    for (const m of detail.mentions) {
      const article = await getJson(`articles/${encodeURIComponent(m.articleId)}`);
      const source = el('div', { class: 'source' },
        el('h4', { text: `${m.outlet || 'unknown outlet'}, ${m.published || 'undated'}: ${m.title || m.articleId}` }),
        el('p', { class: 'muted', text: `mention ${m.mentionId}, ${m.modality}${m.attributedTo ? `, according to ${m.attributedTo}` : ''}` }),
        highlighted(article.text, m.evidence));
      page.append(source);
      const first = source.querySelector('mark');
      if (first) source.querySelector('.text').scrollTop = Math.max(0, first.offsetTop - source.querySelector('.text').offsetTop - 40);
    }
    page.setAttribute('data-loaded', '');
  } catch (error) {
    page.replaceChildren(el('p', {}, el('a', { href: '#/', text: '← all events' })), el('p', { text: `Could not load event ${id}: ${error.message}` }));
  }
}

function route() {
  const match = location.hash.match(/^#\/event\/(.+)$/);
  if (match) showEvent(decodeURIComponent(match[1])); else showOverview();
}

async function start() {
  state.provinces = await getJson('geo/provinces.geojson');
  state.windows = (await getJson('windows')).map(w => ({ name: w.id, start: w.start, end: w.end }));
  const select = $('#filters select[name=province]');
  for (const name of state.provinces.features.map(f => f.properties.name).sort()) select.append(el('option', { text: name }));
  $('#filters').addEventListener('submit', event => { event.preventDefault(); if (location.hash.startsWith('#/event/')) location.hash = '#/'; else showOverview(); });
  window.addEventListener('hashchange', route);
  route();
}

start().catch(error => { $('#status').textContent = `Could not start: ${error.message}`; });
