// Drawing results and facets. Indexed text is only ever written with DOM text APIs (text nodes, textContent).

export function el(tag, className, content) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (content !== undefined) node.textContent = content;
  return node;
}

/** Where the query occurs in a text: its exact parts, or failing that (unless exactOnly) its terms. */
function matches(engine, source, parts, exactOnly) {
  const folded = engine.foldInPlace(source), marks = [];
  let needles = parts.map(p => p.text);
  if (!needles.some(n => folded.indexOf(n) >= 0)) {
    if (exactOnly) return marks;
    needles = parts.flatMap(p => p.terms.map(t => t.term));
  }
  for (const n of needles) {
    for (let at = folded.indexOf(n); at >= 0 && n.length; at = folded.indexOf(n, at + n.length)) marks.push([at, at + n.length]);
  }
  return marks.sort((a, b) => a[0] - b[0]);
}

/** Appends source[start, end) to node as text, with the matches inside <mark>. */
function highlight(node, source, marks, start, end) {
  let at = start;
  for (const [from, to] of marks) {
    if (from < at || from >= end) continue;
    node.appendChild(document.createTextNode(source.slice(at, from)));
    node.appendChild(el('mark', '', source.slice(from, Math.min(to, end))));
    at = Math.min(to, end);
  }
  node.appendChild(document.createTextNode(source.slice(at, end)));
}

function snippet(engine, section, parts) {
  const source = section.text, marks = matches(engine, source, parts);
  const start = marks.length ? Math.max(0, marks[0][0] - 30) : 0, end = Math.min(source.length, start + 120);
  const p = el('p', 'search-snippet');
  if (start > 0) p.appendChild(document.createTextNode('…'));
  highlight(p, source, marks, start, end);
  if (end < source.length) p.appendChild(document.createTextNode('…'));
  return p;
}

/** The page's result list, facets and status line; its texts come from the data-* attributes of the search root. */
export class SearchView {
  #root;
  #engine;
  #base;

  constructor(root, engine, base) {
    this.#root = root;
    this.#engine = engine;
    this.#base = base;
    this.input = document.getElementById('search-q');
    this.status = document.getElementById('search-status');
    this.list = document.getElementById('search-results');
    this.facetsBox = document.getElementById('search-facets');
    this.more = document.getElementById('search-more');
    this.filter = document.getElementById('search-filter');
    this.chosen = document.getElementById('search-filter-chosen');
  }

  text(key) { return this.#root.getAttribute('data-' + key) || ''; }

  // Each text names its one value ({count}, {query}); strings.yml is checked for that when the site is built.
  format(key, value) { return this.text(key).replace(/\{(count|query)\}/, () => String(value)); }

  /** Appends a page of hits to the list. */
  hits(hits, parts) {
    const engine = this.#engine, base = this.#base;
    for (const hit of hits) {
      const li = el('li', 'search-hit');
      const title = el('h2', 'search-hit-title'), link = el('a', '');
      // A title is marked only where it holds a part exactly (a term or metadata match is noted below it).
      highlight(link, hit.title, matches(engine, hit.title, parts, true), 0, hit.title.length);
      link.href = base + hit.url;
      title.appendChild(link);
      li.appendChild(title);
      const meta = el('p', 'plan-meta');
      meta.appendChild(el('span', '', hit.year + this.text('year-suffix')));
      meta.appendChild(el('span', 'kind', engine.kindName(hit.kind)));
      meta.appendChild(el('span', '', hit.bureau));
      li.appendChild(meta);
      for (const n of hit.notes) {
        const names = n.fields.map(f => this.text('field-' + f)).join('、');
        li.appendChild(el('p', 'search-found-in', this.text('found-in').replace('{part}', () => n.part).replace('{fields}', () => names)));
      }
      const sections = el('ul', 'search-sections');
      for (const s of hit.sections.slice(0, 3)) {
        const item = el('li', 'search-section'), heading = el('a', 'search-section-link');
        highlight(heading, s.heading, matches(engine, s.heading, parts), 0, s.heading.length);
        heading.href = base + hit.url + (s.anchor ? '#' + s.anchor : '');
        item.appendChild(heading);
        item.appendChild(snippet(engine, s, parts));
        sections.appendChild(item);
      }
      li.appendChild(sections);
      if (hit.sections.length > 3) li.appendChild(el('p', 'search-hit-more', this.format('sections-more', hit.sections.length - 3)));
      this.list.appendChild(li);
    }
  }

  /**
   * Draws the facets of a result under the chosen filters. link.href(filters) is the address of a choice,
   * link.choose(filters) makes it.
   */
  facets(result, filters, link) {
    const box = this.facetsBox;
    // A keyboard user who chose a facet keeps focus on it, not on <body>, when the list is drawn anew.
    const active = document.activeElement, focused = active && box.contains(active) ? active.getAttribute('data-facet') : null;
    box.textContent = '';
    const m = this.#engine.manifest, picked = [];
    const groups = [
      ['year', this.text('facet-year'), m.years.map(y => [String(y), y + this.text('year-suffix')])],
      ['topic', this.text('facet-topic'), m.topics],
      ['kind', this.text('facet-kind'), m.kinds],
    ];
    for (const [name, label, all] of groups) {
      const counts = result.counts[name], values = all.filter(v => counts.has(v[0]) || filters[name] === v[0]);
      if (values.length === 0) continue;
      const section = el('section', 'search-facet');
      section.appendChild(el('h2', '', label));
      const ul = el('ul', 'chips');
      for (const [value, valueLabel] of values) {
        ul.appendChild(this.#facetLink(name, value, valueLabel, counts.get(value) || 0, filters, link));
        if (filters[name] === value) picked.push(valueLabel);
      }
      section.appendChild(ul);
      box.appendChild(section);
    }
    // The closed control still says what is chosen.
    this.chosen.textContent = picked.length ? '：' + picked.join('、') : '';
    this.filter.hidden = !box.firstChild;
    if (focused) {
      const again = box.querySelector('[data-facet="' + focused.replace(/["\\]/g, '\\$&') + '"]');
      if (again) again.focus();
    }
  }

  #facetLink(name, value, label, count, filters, link) {
    const li = el('li'), a = el('a', '', label + ' ');
    a.setAttribute('data-facet', name + '=' + value);
    const next = { ...filters };
    if (filters[name] === value) {
      delete next[name];
      a.setAttribute('aria-current', 'true');
    } else {
      next[name] = value;
    }
    a.href = link.href(next);
    a.appendChild(el('span', 'count', String(count)));
    a.addEventListener('click', event => {
      event.preventDefault();
      link.choose(next);
    });
    li.appendChild(a);
    return li;
  }

  /** Empties the list and the facets (a cleared box, or a query no plan holds). */
  clear() {
    this.list.textContent = '';
    this.facetsBox.textContent = '';
    this.more.hidden = true;
    this.filter.hidden = true;
  }
}
