// The search page's state: the query and facets in the address (so a link restores them, and back undoes a
// choice), typing with a short pause, and one search at a time on screen (a slower, older one is dropped).
import { SearchEngine } from './query.js';
import { SearchView } from './render.js';
import { httpTransport } from './transport.js';

const PAGE = 10;
const DEBOUNCE_MS = 200;
const FACETS = ['year', 'topic', 'kind'];

function queryString(q, filters) {
  const params = new URLSearchParams();
  if (q) params.set('q', q);
  for (const k of FACETS) if (filters[k]) params.set(k, filters[k]);
  return params.toString();
}

function readState() {
  const params = new URLSearchParams(location.search), filters = {};
  for (const k of FACETS) if (params.get(k)) filters[k] = params.get(k);
  return { q: params.get('q') || '', filters };
}

/** Wires the search page under root (#sp-search); base is the site's base path, ending in '/'. */
export function startSearchPage(root, base) {
  const engine = new SearchEngine(base, httpTransport());
  const view = new SearchView(root, engine, base);
  const { input, status, list, more, filter } = view;
  root.classList.add('search-ready');

  // The facets are a column beside the results on a wide screen (always open there), one 筛选 control on a phone.
  const wide = window.matchMedia('(min-width: 48rem)');
  const widen = () => { if (wide.matches) filter.open = true; };
  widen();
  wide.addEventListener('change', widen);

  let generation = 0, current = null, shown = 0;

  const facets = (result, state) => view.facets(result, state.filters, {
    href: filters => '?' + queryString(state.q, filters),
    choose: filters => {
      state.filters = filters;
      navigate(state, true);
    },
  });

  const timed = started => root.setAttribute('data-ms', String(Math.round(performance.now() - started)));

  async function run(state) {
    const mine = ++generation, started = performance.now();
    if (!state.q.trim()) {
      view.clear();
      status.textContent = '';
      return;
    }
    if (!engine.manifest) status.textContent = view.text('loading');
    root.removeAttribute('data-done');
    // With a facet chosen the list itself must hold every plan of it: read every posting at once.
    const filtered = !!(state.filters.year || state.filters.topic || state.filters.kind);
    try {
      await engine.load();
      const result = await engine.search(state.q, state.filters, filtered);
      if (mine !== generation) return;
      if (!result || result.total === 0) {
        list.textContent = '';
        more.hidden = true;
        if (result) facets(result, state); else view.clear();
        status.textContent = view.format('none', state.q.trim());
        timed(started);
        root.setAttribute('data-done', '');
        return;
      }
      const hits = await engine.verify(result, 0, PAGE);
      if (mine !== generation) return;
      current = result;
      shown = hits.length;
      list.textContent = '';
      view.hits(hits, result.parts);
      facets(result, state);
      status.textContent = view.format(result.approximate ? 'results-approximate' : 'results', result.total);
      more.hidden = shown >= result.total;
      timed(started);
      if (result.approximate) {
        // The best results are on screen; now read every posting so that the total and the facet counts are exact.
        const full = await engine.search(state.q, state.filters, true);
        if (mine === generation && full) {
          facets(full, state);
          status.textContent = view.format('results', full.total);
        }
      }
      if (mine === generation) root.setAttribute('data-done', '');
    } catch (error) {
      if (mine !== generation) return;
      status.textContent = view.text('error');
      console.warn('search failed:', error);
    }
  }

  function navigate(state, push) {
    const qs = queryString(state.q, state.filters), target = location.pathname + (qs ? '?' + qs : '');
    if (target !== location.pathname + location.search) history[push ? 'pushState' : 'replaceState'](null, '', target);
    return run(state);
  }

  let state = readState(), timer = 0;
  input.value = state.q;

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      state = { q: input.value, filters: state.filters };
      navigate(state, false);
    }, DEBOUNCE_MS);
  });
  input.addEventListener('focus', () => { engine.load().catch(() => {}); }, { once: true });
  input.form.addEventListener('submit', event => {
    event.preventDefault();
    clearTimeout(timer);
    state = { q: input.value, filters: state.filters };
    navigate(state, true);
  });
  more.addEventListener('click', async () => {
    if (!current) return;
    const result = current;
    const hits = await engine.verify(result, shown, shown + PAGE);
    if (result !== current) return;
    shown += hits.length;
    view.hits(hits, result.parts);
    more.hidden = shown >= result.total;
  });
  window.addEventListener('popstate', () => {
    state = readState();
    input.value = state.q;
    run(state);
  });

  run(state);
}
