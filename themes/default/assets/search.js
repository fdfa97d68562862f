/* StaticPlans search client: reads the sharded index described in docs/search-format.md.
   No framework, no third-party code; indexed text is only ever rendered with DOM text APIs. */
(function () {
  'use strict';

  var root = document.getElementById('sp-search');
  if (!root || !window.fetch || !window.DecompressionStream) return;

  var baseMeta = document.querySelector('meta[name="sp-base"]');
  var base = baseMeta ? baseMeta.getAttribute('content') : '/';
  if (base.charAt(base.length - 1) !== '/') base += '/';
  var PAGE = 10;
  var DEBOUNCE_MS = 200;
  var text = function (key) { return root.getAttribute('data-' + key) || ''; };
  // Each text names its one value ({count}, {query}); strings.yml is checked for that when the site is built.
  var format = function (template, value) { return template.replace(/\{(count|query)\}/, function () { return String(value); }); };

  var input = document.getElementById('search-q');
  var form = input.form;
  var status = document.getElementById('search-status');
  var list = document.getElementById('search-results');
  var facetsBox = document.getElementById('search-facets');
  var more = document.getElementById('search-more');
  root.classList.add('search-ready');

  // ---- fetching -------------------------------------------------------------------------------------------

  var index = null;        // promise of { manifest, plans, fold }
  var shards = new Map();  // shard number -> promise of Map(term -> entry)
  var lists = new Map();   // term + top flag -> promise of Map(id -> posting)
  var blocks = new Map();  // plan -> promise of block

  function url(path) { return base + path + (index && index.id ? '?v=' + index.id : ''); }

  function get(path, start, end) {
    var options = start === undefined ? {} : { headers: { Range: 'bytes=' + start + '-' + (end - 1) } };
    return fetch(url(path), options).then(function (response) {
      if (!response.ok) throw new Error(path + ': HTTP ' + response.status);
      return response.arrayBuffer().then(function (buffer) {
        var bytes = new Uint8Array(buffer);
        // A server that ignores Range sends the whole file: take the part asked for.
        return start !== undefined && response.status === 200 ? bytes.subarray(start, end) : bytes;
      });
    });
  }

  function inflate(bytes) {
    var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
    return new Response(stream).arrayBuffer().then(function (buffer) { return new Uint8Array(buffer); });
  }

  var utf8 = new TextDecoder();

  function Reader(bytes) { this.bytes = bytes; this.at = 0; }
  Reader.prototype.varint = function () {
    var value = 0, scale = 1, b;
    do { b = this.bytes[this.at++]; value += (b & 0x7f) * scale; scale *= 128; } while (b >= 0x80);
    return value;
  };
  Reader.prototype.done = function () { return this.at >= this.bytes.length; };

  function load() {
    if (index) return index.ready;
    index = { id: '' };
    index.ready = get('search/manifest.json').then(function (bytes) {
      var manifest = JSON.parse(utf8.decode(bytes));
      index.id = manifest.id;
      return Promise.all([get('search/plans.bin').then(inflate), get('search/fold.bin').then(inflate)]).then(function (loaded) {
        index.manifest = manifest;
        index.plans = parsePlans(loaded[0], manifest);
        var pairs = utf8.decode(loaded[1]);
        index.fold = new Map();
        for (var i = 0; i + 1 < pairs.length; i += 2) index.fold.set(pairs.charAt(i), pairs.charAt(i + 1));
        return index;
      });
    });
    index.ready.catch(function () { index = null; });
    return index.ready;
  }

  function parsePlans(bytes, manifest) {
    var r = new Reader(bytes), count = r.varint();
    var plans = { firstUnit: new Int32Array(count + 1), year: [], kind: [], topics: [], pack: [], offset: [], length: [] };
    var pack = 0, inPack = 0, offset = 0;
    for (var i = 0; i < count; i++) {
      plans.firstUnit[i + 1] = plans.firstUnit[i] + r.varint();
      plans.year.push(manifest.years[r.varint()]);
      plans.kind.push(manifest.kinds[r.varint()][0]);
      plans.topics.push(r.varint());
      var length = r.varint();
      if (inPack === manifest.textPacks[pack]) { pack++; inPack = 0; offset = 0; }
      plans.pack.push(pack); plans.offset.push(offset); plans.length.push(length);
      offset += length; inPack++;
    }
    return plans;
  }

  function planOf(unit) {
    var first = index.plans.firstUnit, lo = 0, hi = first.length - 2;
    while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (first[mid] <= unit) lo = mid; else hi = mid - 1; }
    return lo;
  }

  function hash(term) {
    var h = 2166136261;
    for (var i = 0; i < term.length; i++) { h ^= term.charCodeAt(i); h = Math.imul(h, 16777619) >>> 0; }
    return h;
  }

  function lookup(term) {
    var shard = hash(term) & (index.manifest.shards - 1);
    if (!shards.has(shard)) {
      var name = 'search/dict/' + ('00' + shard.toString(16)).slice(-3) + '.bin';
      shards.set(shard, get(name).then(inflate).then(function (bytes) {
        var r = new Reader(bytes), count = r.varint(), entries = new Map();
        for (var i = 0; i < count; i++) {
          var length = r.varint(), t = utf8.decode(bytes.subarray(r.at, r.at + length));
          r.at += length;
          var df = r.varint(), pack = r.varint(), offset = r.varint(), top = r.varint(), rest = r.varint();
          entries.set(t, { term: t, df: df, pack: pack, offset: offset, topLength: Math.floor(top / 2), topDeflated: top % 2 === 1,
            restLength: Math.floor(rest / 2), restDeflated: rest % 2 === 1, perPlan: t.length === 1 && isHan(t.charCodeAt(0)) });
        }
        return entries;
      }));
    }
    return shards.get(shard).then(function (entries) { return entries.get(term) || null; });
  }

  function decode(bytes, into) {
    var r = new Reader(bytes), id = -1;
    while (!r.done()) {
      var code = r.varint(), low = code % 64;
      id += Math.floor(code / 64) + 1;
      into.set(id, { level: low >> 3, position: low & 7 });
    }
  }

  function postings(entry, topOnly) {
    var key = entry.term + (topOnly ? '\u0001' : '');
    if (!lists.has(key)) {
      var pack = 'search/post/' + entry.pack + '.bin';
      var wantRest = !topOnly || entry.topLength === 0;
      var end = entry.offset + entry.topLength + (wantRest ? entry.restLength : 0);
      lists.set(key, get(pack, entry.offset, end).then(function (bytes) {
        var top = bytes.subarray(0, entry.topLength), rest = bytes.subarray(entry.topLength);
        return Promise.all([
          entry.topDeflated ? inflate(top) : top,
          wantRest ? (entry.restDeflated ? inflate(rest) : rest) : new Uint8Array(0)
        ]).then(function (segments) {
          var map = new Map();
          decode(segments[0], map); decode(segments[1], map);
          return map;
        });
      }));
    }
    return lists.get(key);
  }

  function block(plan) {
    if (!blocks.has(plan)) {
      var p = index.plans, start = p.offset[plan];
      blocks.set(plan, get('search/text/' + p.pack[plan] + '.bin', start, start + p.length[plan]).then(inflate)
        .then(function (bytes) { return JSON.parse(utf8.decode(bytes)); }));
    }
    return blocks.get(plan);
  }

  // ---- folding and tokenizing (the same rules as TextFolding and SearchTokenizer) ------------------------

  function isHan(c) { return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007; }
  var wordChar = /[\p{L}\p{N}]/u;
  function isWordChar(ch) { return !isHan(ch.charCodeAt(0)) && wordChar.test(ch); }
  function isDigit(ch) { return ch >= '0' && ch <= '9'; }

  function foldChar(ch) {
    var n = ch.normalize('NFKC');
    if (n.length === 1) ch = n;
    ch = ch.toLowerCase();
    return index.fold.get(ch) || ch;
  }

  function fold(s) {
    var n = s.normalize('NFKC').toLowerCase(), out = '';
    for (var i = 0; i < n.length; i++) { var ch = n.charAt(i); out += index.fold.get(ch) || ch; }
    return out;
  }

  /** Folds char by char so positions match the original text (for highlighting). */
  function foldInPlace(s) {
    var out = '';
    for (var i = 0; i < s.length; i++) out += foldChar(s.charAt(i));
    return out;
  }

  function queryTerms(part) {
    var terms = [], seen = new Set(), i = 0;
    function add(t, at) { if (!seen.has(t)) { seen.add(t); terms.push({ term: t, offset: at }); } }
    while (i < part.length) {
      var c = part.charCodeAt(i);
      if (isHan(c)) {
        var next = i + 1 < part.length && isHan(part.charCodeAt(i + 1));
        var prev = i > 0 && isHan(part.charCodeAt(i - 1));
        if (next) add(part.substr(i, 2), i); else if (!prev) add(part.charAt(i), i);
        i++;
      } else if (isWordChar(part.charAt(i))) {
        var end = i;
        while (end < part.length) {
          var ch = part.charAt(end);
          if (isWordChar(ch)) end++;
          else if (ch === '.' && end > i && isDigit(part.charAt(end - 1)) && end + 1 < part.length && isDigit(part.charAt(end + 1))) end++;
          else break;
        }
        var word = part.slice(i, end);
        add(word, i);
        if (end < part.length && /^[0-9.]+$/.test(word)) {
          var unit = part.charAt(end);
          if (unit === '%' || unit === '\u2030' || isHan(unit.charCodeAt(0))) add(part.slice(i, end + 1), i);
        }
        i = end;
      } else {
        i++;
      }
    }
    return terms;
  }

  function parseQuery(q) {
    return fold(q).split(/\s+/).filter(Boolean).map(function (part) { return { text: part, terms: queryTerms(part) }; })
      .filter(function (part) { return part.terms.length > 0; });
  }

  // ---- searching (the same steps as SearchIndexReader) ---------------------------------------------------

  function idf(df, n) { return Math.log(1 + (n - df + 0.5) / (df + 0.5)); }

  function search(q, filters) {
    var parts = parseQuery(q);
    if (parts.length === 0) return Promise.resolve(null);
    var unique = [];
    parts.forEach(function (p) { p.terms.forEach(function (t) { if (unique.indexOf(t.term) < 0) unique.push(t.term); }); });
    return Promise.all(unique.map(lookup)).then(function (entries) {
      if (entries.some(function (e) { return e === null; })) return { total: 0, approximate: false, groups: [], counts: emptyCounts(), parts: parts };
      var m = index.manifest;
      entries.sort(function (a, b) { return (a.perPlan - b.perPlan) || (a.df - b.df) || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0); });
      var rare = entries.filter(function (e) { return e.df <= m.tierThreshold; });
      var topOnly = rare.length === 0, fetch = topOnly ? entries : rare;
      return Promise.all(fetch.map(function (e) { return postings(e, topOnly); })).then(function (maps) {
        var byTerm = new Map();
        fetch.forEach(function (e, i) { byTerm.set(e.term, maps[i]); });
        var driver = fetch[0], perPlan = driver.perPlan, candidates = [];
        var ids = Array.from(byTerm.get(driver.term).keys()).sort(function (a, b) { return a - b; });
        ids.forEach(function (id) {
          var plan = perPlan ? id : planOf(id), score = 0, all = true;
          fetch.forEach(function (e) {
            var posting = byTerm.get(e.term).get(e.perPlan ? plan : id);
            if (posting) score += idf(e.df, e.perPlan ? m.plans : m.units) * posting.level * (m.k1 + 1) / m.levels;
            else all = false;
          });
          if (all || topOnly) {
            var aligned = perPlan ? 0 : parts.filter(function (p) { return adjacent(p, id, byTerm); }).length;
            candidates.push({ unit: perPlan ? -1 : id, plan: plan, score: score, aligned: aligned });
          }
        });
        return rank(candidates, filters, parts, topOnly);
      });
    });
  }

  function adjacent(part, unit, byTerm) {
    var previous = null;
    for (var i = 0; i < part.terms.length; i++) {
      var list = byTerm.get(part.terms[i].term), posting = list && list.get(unit);
      if (!posting) continue;
      if (previous && ((posting.position - previous.position - (part.terms[i].offset - previous.offset)) % 8 + 8) % 8 !== 0) return false;
      previous = { offset: part.terms[i].offset, position: posting.position };
    }
    return true;
  }

  function preRank(a, b) { return (b.aligned - a.aligned) || (b.score - a.score) || (a.unit - b.unit); }

  function passes(plan, filters, skip) {
    var p = index.plans, m = index.manifest;
    if (skip !== 'year' && filters.year && String(p.year[plan]) !== filters.year) return false;
    if (skip !== 'kind' && filters.kind && p.kind[plan] !== filters.kind) return false;
    if (skip !== 'topic' && filters.topic) {
      var t = m.topics.findIndex(function (x) { return x[0] === filters.topic; });
      if (t < 0 || Math.floor(p.topics[plan] / Math.pow(2, t)) % 2 !== 1) return false;
    }
    return true;
  }

  function emptyCounts() { return { year: new Map(), kind: new Map(), topic: new Map() }; }

  function rank(candidates, filters, parts, approximate) {
    var p = index.plans, m = index.manifest, counts = emptyCounts(), seen = new Set(), groups = new Map();
    candidates.forEach(function (c) {
      if (!seen.has(c.plan)) {
        seen.add(c.plan);
        if (passes(c.plan, filters, 'year')) counts.year.set(String(p.year[c.plan]), (counts.year.get(String(p.year[c.plan])) || 0) + 1);
        if (passes(c.plan, filters, 'kind')) counts.kind.set(p.kind[c.plan], (counts.kind.get(p.kind[c.plan]) || 0) + 1);
        if (passes(c.plan, filters, 'topic')) {
          m.topics.forEach(function (t, i) {
            if (Math.floor(p.topics[c.plan] / Math.pow(2, i)) % 2 === 1) counts.topic.set(t[0], (counts.topic.get(t[0]) || 0) + 1);
          });
        }
      }
      if (!passes(c.plan, filters)) return;
      var g = groups.get(c.plan);
      if (!g) { g = { plan: c.plan, best: c, units: [] }; groups.set(c.plan, g); }
      g.units.push(c);
      if (preRank(c, g.best) < 0) g.best = c;
    });
    var ordered = Array.from(groups.values()).sort(function (a, b) { return preRank(a.best, b.best); });
    return { total: ordered.length, approximate: approximate, groups: ordered, counts: counts, parts: parts };
  }

  /** Reads the texts of a page of plans, checks exact phrases and orders sections and plans for display. */
  function verify(result, from, to) {
    var page = result.groups.slice(from, to);
    return Promise.all(page.map(function (g) { return block(g.plan); })).then(function (texts) {
      var hits = page.map(function (g, i) {
        var b = texts[i], first = index.plans.firstUnit[g.plan], units = [];
        g.units.forEach(function (c) {
          if (c.unit >= 0) units.push({ unit: c.unit, score: c.score });
          else for (var s = 0; s < b.s.length; s++) units.push({ unit: first + s, score: c.score });
        });
        var sections = units.map(function (u) {
          var s = b.s[u.unit - first], folded = foldInPlace(s[1]) + '\n' + foldInPlace(s[3]);
          var phrase = result.parts.filter(function (p) { return folded.indexOf(p.text) >= 0; }).length;
          return { unit: u.unit, anchor: s[0], heading: s[1], text: s[3], score: u.score, phrase: phrase };
        }).filter(function (s) { return s.phrase > 0 || g.units[0].unit >= 0; });
        sections.sort(function (a, b) { return (b.phrase - a.phrase) || (b.score - a.score) || (a.unit - b.unit); });
        if (sections.length === 0) sections.push({ unit: first, anchor: b.s[0][0], heading: b.s[0][1], text: b.s[0][3], score: g.best.score, phrase: 0 });
        return { plan: g.plan, url: b.u, title: b.t, bureau: b.b, year: index.plans.year[g.plan], kind: index.plans.kind[g.plan], sections: sections };
      });
      hits.sort(function (a, b) {
        var x = a.sections[0], y = b.sections[0];
        return (y.phrase - x.phrase) || (y.score - x.score) || (b.year - a.year) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
      });
      return hits;
    });
  }

  // ---- rendering (text nodes only) -----------------------------------------------------------------------

  function el(tag, className, content) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (content !== undefined) node.textContent = content;
    return node;
  }

  /** Where the query occurs in a text: its exact parts, or failing that its terms. */
  function matches(source, parts) {
    var folded = foldInPlace(source), marks = [];
    var needles = parts.map(function (p) { return p.text; });
    if (!needles.some(function (n) { return folded.indexOf(n) >= 0; })) {
      needles = [];
      parts.forEach(function (p) { p.terms.forEach(function (t) { needles.push(t.term); }); });
    }
    needles.forEach(function (n) {
      for (var at = folded.indexOf(n); at >= 0 && n.length; at = folded.indexOf(n, at + n.length)) marks.push([at, at + n.length]);
    });
    return marks.sort(function (a, b) { return a[0] - b[0]; });
  }

  /** Appends source[start, end) to node as text, with the matches inside <mark>. */
  function highlight(node, source, marks, start, end) {
    var at = start;
    marks.forEach(function (m) {
      if (m[0] < at || m[0] >= end) return;
      node.appendChild(document.createTextNode(source.slice(at, m[0])));
      node.appendChild(el('mark', '', source.slice(m[0], Math.min(m[1], end))));
      at = Math.min(m[1], end);
    });
    node.appendChild(document.createTextNode(source.slice(at, end)));
  }

  function snippet(section, parts) {
    var source = section.text, marks = matches(source, parts);
    var start = marks.length ? Math.max(0, marks[0][0] - 30) : 0, end = Math.min(source.length, start + 120);
    var p = el('p', 'search-snippet');
    if (start > 0) p.appendChild(document.createTextNode('…'));
    highlight(p, source, marks, start, end);
    if (end < source.length) p.appendChild(document.createTextNode('…'));
    return p;
  }

  function kindName(key) {
    var k = index.manifest.kinds.find(function (x) { return x[0] === key; });
    return k ? k[1] : key;
  }

  function renderHits(hits, parts) {
    hits.forEach(function (hit) {
      var li = el('li', 'search-hit');
      var title = el('h2', 'search-hit-title'), link = el('a', '', hit.title);
      link.href = base + hit.url;
      title.appendChild(link);
      li.appendChild(title);
      var meta = el('p', 'plan-meta');
      meta.appendChild(el('span', '', hit.year + text('year-suffix')));
      meta.appendChild(el('span', 'kind', kindName(hit.kind)));
      meta.appendChild(el('span', '', hit.bureau));
      li.appendChild(meta);
      var sections = el('ul', 'search-sections');
      hit.sections.slice(0, 3).forEach(function (s) {
        var item = el('li', 'search-section'), heading = el('a', 'search-section-link');
        highlight(heading, s.heading, matches(s.heading, parts), 0, s.heading.length);
        heading.href = base + hit.url + (s.anchor ? '#' + s.anchor : '');
        item.appendChild(heading);
        item.appendChild(snippet(s, parts));
        sections.appendChild(item);
      });
      li.appendChild(sections);
      if (hit.sections.length > 3) li.appendChild(el('p', 'search-hit-more', format(text('sections-more'), hit.sections.length - 3)));
      list.appendChild(li);
    });
  }

  function facetLink(name, value, label, count, state) {
    var li = el('li'), a = el('a', '', label + ' ');
    a.setAttribute('data-facet', name + '=' + value);
    var next = Object.assign({}, state.filters);
    if (state.filters[name] === value) { delete next[name]; a.setAttribute('aria-current', 'true'); } else { next[name] = value; }
    a.href = '?' + queryString(state.q, next);
    a.appendChild(el('span', 'count', String(count)));
    a.addEventListener('click', function (event) {
      event.preventDefault();
      state.filters = next;
      navigate(state, true);
    });
    li.appendChild(a);
    return li;
  }

  function renderFacets(result, state) {
    // A keyboard user who chose a facet keeps focus on it, not on <body>, when the list is drawn anew.
    var active = document.activeElement, focused = active && facetsBox.contains(active) ? active.getAttribute('data-facet') : null;
    facetsBox.textContent = '';
    var m = index.manifest;
    var groups = [
      ['year', text('facet-year'), m.years.map(function (y) { return [String(y), y + text('year-suffix')]; })],
      ['topic', text('facet-topic'), m.topics],
      ['kind', text('facet-kind'), m.kinds]
    ];
    groups.forEach(function (g) {
      var counts = result.counts[g[0]], values = g[2].filter(function (v) { return counts.has(v[0]) || state.filters[g[0]] === v[0]; });
      if (values.length === 0) return;
      var section = el('section', 'search-facet'), heading = el('h2', '', g[1]);
      section.appendChild(heading);
      var ul = el('ul', 'chips');
      values.forEach(function (v) { ul.appendChild(facetLink(g[0], v[0], v[1], counts.get(v[0]) || 0, state)); });
      section.appendChild(ul);
      facetsBox.appendChild(section);
    });
    if (focused) {
      var again = facetsBox.querySelector('[data-facet="' + focused.replace(/["\\]/g, '\\$&') + '"]');
      if (again) again.focus();
    }
  }

  // ---- page state -----------------------------------------------------------------------------------------

  function queryString(q, filters) {
    var params = new URLSearchParams();
    if (q) params.set('q', q);
    ['year', 'topic', 'kind'].forEach(function (k) { if (filters[k]) params.set(k, filters[k]); });
    return params.toString();
  }

  function readState() {
    var params = new URLSearchParams(location.search), filters = {};
    ['year', 'topic', 'kind'].forEach(function (k) { if (params.get(k)) filters[k] = params.get(k); });
    return { q: params.get('q') || '', filters: filters };
  }

  var generation = 0, current = null, shown = 0;

  function run(state) {
    var mine = ++generation, started = performance.now();
    if (!state.q.trim()) {
      list.textContent = ''; facetsBox.textContent = ''; status.textContent = ''; more.hidden = true;
      return Promise.resolve();
    }
    if (!index || !index.manifest) status.textContent = text('loading');
    return load().then(function () { return search(state.q, state.filters); }).then(function (result) {
      if (mine !== generation) return null;
      if (!result || result.total === 0) {
        list.textContent = ''; more.hidden = true;
        if (result) renderFacets(result, state); else facetsBox.textContent = '';
        status.textContent = format(text('none'), state.q.trim());
        root.setAttribute('data-ms', String(Math.round(performance.now() - started)));
        return null;
      }
      return verify(result, 0, PAGE).then(function (hits) {
        if (mine !== generation) return;
        current = result; shown = hits.length;
        list.textContent = '';
        renderHits(hits, result.parts);
        renderFacets(result, state);
        status.textContent = format(text(result.approximate ? 'results-approximate' : 'results'), result.total);
        more.hidden = shown >= result.total;
        root.setAttribute('data-ms', String(Math.round(performance.now() - started)));
      });
    }).catch(function (error) {
      if (mine !== generation) return;
      status.textContent = text('error');
      if (window.console) console.warn('search failed:', error);
    });
  }

  function navigate(state, push) {
    var qs = queryString(state.q, state.filters), target = location.pathname + (qs ? '?' + qs : '');
    if (target !== location.pathname + location.search) history[push ? 'pushState' : 'replaceState'](null, '', target);
    return run(state);
  }

  var state = readState(), timer = 0;
  input.value = state.q;

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(function () { state = { q: input.value, filters: state.filters }; navigate(state, false); }, DEBOUNCE_MS);
  });
  input.addEventListener('focus', function () { load().catch(function () {}); }, { once: true });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer);
    state = { q: input.value, filters: state.filters };
    navigate(state, true);
  });
  more.addEventListener('click', function () {
    if (!current) return;
    var result = current;
    verify(result, shown, shown + PAGE).then(function (hits) {
      if (result !== current) return;
      shown += hits.length;
      renderHits(hits, result.parts);
      more.hidden = shown >= result.total;
    });
  });
  window.addEventListener('popstate', function () {
    state = readState();
    input.value = state.q;
    run(state);
  });

  run(state);
})();
