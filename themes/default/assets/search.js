/* StaticPlans search client: reads the sharded index described in docs/search-format.md.
   No framework, no third-party code; indexed text is only ever rendered with DOM text APIs.
   The query engine (createEngine) does not touch the page: the tests run this same file in Node over a built
   index (tests/StaticPlans.Tests/Search/search-runner.js), the page part below draws what it returns. */
(function (global) {
  'use strict';

  // ---- engine: fetching, folding, tokenizing, searching -------------------------------------------------

  /** transport(url, path, start, end) resolves to the bytes [start, end) of the file (all of it without start). */
  function createEngine(base, transport) {
    var index = null;        // promise of { manifest, plans, fold }
    var shards = new Map();  // shard number -> promise of Map(term -> entry)
    var lists = new Map();   // term + top flag -> promise of Map(id -> posting)
    var blocks = new Map();  // plan -> promise of block

    function url(path) { return base + path + (index && index.id ? '?v=' + index.id : ''); }
    function get(path, start, end) { return transport(url(path), path, start, end); }

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
      var pack = 0, offset = 0;
      for (var i = 0; i < count; i++) {
        plans.firstUnit[i + 1] = plans.firstUnit[i] + r.varint();
        plans.year.push(manifest.years[r.varint()]);
        plans.kind.push(manifest.kinds[r.varint()][0]);
        plans.topics.push(r.varint());
        var length = r.varint();
        plans.pack.push(pack); plans.offset.push(offset); plans.length.push(length);
        // A text pack ends with the block that brings it to packBytes (SearchIndexWriter.WriteTexts).
        offset += length;
        if (offset >= manifest.packBytes) { pack++; offset = 0; }
      }
      return plans;
    }

    function planOf(unit) {
      var first = index.plans.firstUnit, lo = 0, hi = first.length - 2;
      while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (first[mid] <= unit) lo = mid; else hi = mid - 1; }
      return lo;
    }

    /** The plan's metadata unit is its last one (docs/search-format.md, "Units and ids"). */
    function isMeta(unit, plan) { return unit === index.plans.firstUnit[plan + 1] - 1; }

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
          // The shard's terms lie back to back in the posting packs from (pack, offset); a pack ends once it reaches packBytes.
          var r = new Reader(bytes), count = r.varint(), pack = r.varint(), offset = r.varint(), entries = new Map();
          for (var i = 0; i < count; i++) {
            var length = r.varint(), t = utf8.decode(bytes.subarray(r.at, r.at + length));
            r.at += length;
            var df = r.varint(), top = r.varint(), rest = r.varint();
            // A segment's field is its length × 4 + mode: bit 0 deflated, bit 1 split layout (see decode).
            var topCount = top > 0 ? index.manifest.topSize : 0;
            entries.set(t, { term: t, df: df, pack: pack, offset: offset,
              topLength: Math.floor(top / 4), topMode: top % 4, topCount: topCount,
              restLength: Math.floor(rest / 4), restMode: rest % 4, restCount: df - topCount,
              perPlan: t.length === 1 && isHan(t.charCodeAt(0)) });
            offset += Math.floor(top / 4) + Math.floor(rest / 4);
            if (offset >= index.manifest.packBytes) { pack++; offset = 0; }
          }
          return entries;
        }));
      }
      return shards.get(shard).then(function (entries) { return entries.get(term) || null; });
    }

    /** A segment's postings as [id, posting] pairs in id order; its body is inflated first when deflated (mode bit 0). */
    function segment(bytes, mode, count) {
      var out = [];
      if (bytes.length === 0) return Promise.resolve(out);
      // Split layout (mode bit 1): varints of gap·8 + level, then the positions packed 3 bits each (never deflated).
      var split = mode & 2 ? bytes.length - Math.floor((count * 3 + 7) / 8) : bytes.length, positions = bytes.subarray(split);
      var body = bytes.subarray(0, split);
      return (mode & 1 ? inflate(body) : Promise.resolve(body)).then(function (body) {
        var r = new Reader(body), id = -1;
        for (var i = 0; !r.done(); i++) {
          var code = r.varint();
          if (mode & 2) {
            var bit = i * 3, pair = positions[bit >> 3] | ((positions[(bit >> 3) + 1] || 0) << 8);
            id += Math.floor(code / 8) + 1;
            out.push([id, { level: code % 8, position: (pair >> (bit & 7)) & 7 }]);
          } else {
            var low = code % 64;
            id += Math.floor(code / 64) + 1;
            out.push([id, { level: low >> 3, position: low & 7 }]);
          }
        }
        return out;
      });
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
            segment(top, entry.topMode, entry.topCount),
            wantRest ? segment(rest, entry.restMode, entry.restCount) : []
          ]).then(function (segments) { return new Map(segments[0].concat(segments[1])); });
        }));
      }
      return lists.get(key);
    }

    // A text block continues the deflate stream of the shared dictionary (textdict.bin): inflate both, drop the dictionary.
    var textDictionary = null;
    function block(plan) {
      if (!blocks.has(plan)) {
        var p = index.plans, start = p.offset[plan];
        if (!textDictionary) {
          textDictionary = get('search/textdict.bin');
          textDictionary.catch(function () { textDictionary = null; });
        }
        blocks.set(plan, Promise.all([textDictionary, get('search/text/' + p.pack[plan] + '.bin', start, start + p.length[plan])])
          .then(function (parts) {
            var joined = new Uint8Array(parts[0].length + parts[1].length);
            joined.set(parts[0]);
            joined.set(parts[1], parts[0].length);
            return inflate(joined);
          })
          .then(function (bytes) { return JSON.parse(utf8.decode(bytes.subarray(index.manifest.textDictionary))); }));
      }
      return blocks.get(plan);
    }

    // ---- folding and tokenizing (the same rules as SearchFolding and SearchTokenizer) --------------------

    function isHan(c) { return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007; }
    var wordChar = /[\p{L}\p{N}]/u;
    function isWordChar(ch) { return !isHan(ch.charCodeAt(0)) && wordChar.test(ch); }
    function isDigit(ch) { return ch >= '0' && ch <= '9'; }

    // fold.bin maps traditional to simplified characters and every bracket to [ or ] (after NFKC, as SearchFolding).
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

    /** [2024]15 at a '[': the number alone and with each of the 1..4 Han chars before it (a 文号's prefix). */
    function documentNumber(s, at, add) {
      var close = at + 5;
      if (close >= s.length || s.charAt(close) !== ']' || !/^[0-9]{4}$/.test(s.slice(at + 1, close))) return;
      var end = close + 1;
      while (end < s.length && isDigit(s.charAt(end))) end++;
      if (end === close + 1) return;
      add(s.slice(at, end), at);
      for (var n = 1; n <= 4 && at - n >= 0 && isHan(s.charCodeAt(at - n)); n++) add(s.slice(at - n, end), at - n);
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
          if (part.charAt(i) === '[') documentNumber(part, i, add);
          i++;
        }
      }
      return terms;
    }

    function parseQuery(q) {
      return q.split(/\s+/).filter(Boolean).map(function (raw) { var text = fold(raw); return { raw: raw, text: text, terms: queryTerms(text) }; })
        .filter(function (part) { return part.terms.length > 0; });
    }

    // ---- searching ------------------------------------------------------------------------------------------

    function idf(df, n) { return Math.log(1 + (n - df + 0.5) / (df + 0.5)); }
    function byRarity(a, b) { return (a.perPlan - b.perPlan) || (a.df - b.df) || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0); }

    /**
     * Candidates are plans: every query part must be held somewhere in the plan (a section, the intro or the
     * metadata unit), not necessarily in one section. Per part, its terms in at most tierThreshold units are
     * fetched in full and all required of one unit; a part whose terms are all commoner is left to the phrase
     * check when another part has a rare term. If every term is common, only the best postings of the rarest
     * are read. Either way the total and counts are approximate; `exact` fetches every term in full instead
     * (the page does so for a facet filter, and after showing approximate results, to make the counts exact).
     */
    function search(q, filters, exact) {
      var parts = parseQuery(q);
      if (parts.length === 0) return Promise.resolve(null);
      var unique = [];
      parts.forEach(function (p) { p.terms.forEach(function (t) { if (unique.indexOf(t.term) < 0) unique.push(t.term); }); });
      return Promise.all(unique.map(lookup)).then(function (found) {
        if (found.some(function (e) { return e === null; })) return { total: 0, approximate: false, groups: [], counts: emptyCounts(), parts: parts };
        var m = index.manifest, entries = new Map();
        found.forEach(function (e) { entries.set(e.term, e); });
        var topOnly = !exact && !found.some(function (e) { return e.df <= m.tierThreshold; });
        var driver = found.slice().sort(byRarity)[0];
        parts.forEach(function (p) {
          p.fetch = p.terms.map(function (t) { return entries.get(t.term); })
            .filter(function (e) { return exact || (topOnly ? e === driver : e.df <= m.tierThreshold); }).sort(byRarity);
        });
        // A part left to the phrase check is not counted out of any plan: the counts are then upper bounds.
        var approximate = topOnly || parts.some(function (p) { return p.fetch.length === 0; });
        var fetch = [];
        parts.forEach(function (p) { p.fetch.forEach(function (e) { if (fetch.indexOf(e) < 0) fetch.push(e); }); });
        return Promise.all(fetch.map(function (e) { return postings(e, topOnly); })).then(function (maps) {
          var byTerm = new Map();
          fetch.forEach(function (e, i) { byTerm.set(e.term, maps[i]); });
          return rank(match(parts, byTerm), filters, parts, approximate);
        });
      });
    }

    /** Per part: the units holding all its fetched per-unit terms, and the plans holding the part. */
    function partMatches(part, byTerm) {
      var m = index.manifest, unitTerms = part.fetch.filter(function (e) { return !e.perPlan; });
      var planTerms = part.fetch.filter(function (e) { return e.perPlan; });
      var planScore = function (plan) {
        var score = 0;
        for (var i = 0; i < planTerms.length; i++) {
          var posting = byTerm.get(planTerms[i].term).get(plan);
          if (!posting) return -1;
          score += idf(planTerms[i].df, m.plans) * posting.level * (m.k1 + 1) / m.levels;
        }
        return score;
      };
      var plans = new Map(), units = null;  // plan -> score of its best unit (or of the plan); units: plan -> [[unit, score]]
      if (unitTerms.length === 0) {
        byTerm.get(planTerms[0].term).forEach(function (_, plan) { var s = planScore(plan); if (s >= 0) plans.set(plan, s); });
        return { plans: plans, units: null };
      }
      units = new Map();
      byTerm.get(unitTerms[0].term).forEach(function (_, unit) {
        var score = 0;
        for (var i = 0; i < unitTerms.length; i++) {
          var posting = byTerm.get(unitTerms[i].term).get(unit);
          if (!posting) return;
          score += idf(unitTerms[i].df, m.units) * posting.level * (m.k1 + 1) / m.levels;
        }
        var plan = planOf(unit), extra = planTerms.length ? planScore(plan) : 0;
        if (extra < 0) return;
        if (!units.has(plan)) units.set(plan, []);
        units.get(plan).push([unit, score + extra]);
        plans.set(plan, Math.max(plans.get(plan) || 0, score + extra));
      });
      return { plans: plans, units: units };
    }

    function match(parts, byTerm) {
      var constrained = parts.filter(function (p) { return p.fetch.length > 0; });
      var matches = constrained.map(function (p) { return partMatches(p, byTerm); });
      var smallest = matches.slice().sort(function (a, b) { return a.plans.size - b.plans.size; })[0];
      var groups = [];
      Array.from(smallest.plans.keys()).sort(function (a, b) { return a - b; }).forEach(function (plan) {
        if (!matches.every(function (x) { return x.plans.has(plan); })) return;
        var score = 0, perUnit = new Map(), withUnits = 0;
        matches.forEach(function (x, i) {
          score += x.plans.get(plan);
          if (!x.units) return;
          withUnits++;
          x.units.get(plan).forEach(function (u) {
            var c = perUnit.get(u[0]);
            if (!c) { c = { unit: u[0], plan: plan, score: 0, parts: 0, aligned: 0 }; perUnit.set(u[0], c); }
            c.score += u[1]; c.parts++;
            if (adjacent(constrained[i], u[0], byTerm)) c.aligned++;
          });
        });
        var units = Array.from(perUnit.values()), best = null;
        units.forEach(function (c) {
          c.full = c.parts === withUnits && !isMeta(c.unit, plan);
          if (!best || preRankUnit(c, best) < 0) best = c;
        });
        // A section holding every part ranks as before; a plan holding them across sections and metadata after it.
        var full = !!best && best.full;
        groups.push({ plan: plan, units: units, full: full, aligned: best ? best.aligned : 0, score: full ? best.score : score });
      });
      return groups;
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

    function preRankUnit(a, b) { return (b.full - a.full) || (b.parts - a.parts) || (b.aligned - a.aligned) || (b.score - a.score) || (a.unit - b.unit); }
    function preRank(a, b) { return (b.full - a.full) || (b.aligned - a.aligned) || (b.score - a.score) || (a.plan - b.plan); }

    function topicIndex(key) { return index.manifest.topics.findIndex(function (x) { return x[0] === key; }); }
    function hasTopic(plan, t) { return t >= 0 && Math.floor(index.plans.topics[plan] / Math.pow(2, t)) % 2 === 1; }

    function passes(plan, filters, skip) {
      var p = index.plans;
      if (skip !== 'year' && filters.year && String(p.year[plan]) !== filters.year) return false;
      if (skip !== 'kind' && filters.kind && p.kind[plan] !== filters.kind) return false;
      if (skip !== 'topic' && filters.topic && !hasTopic(plan, topicIndex(filters.topic))) return false;
      return true;
    }

    function emptyCounts() { return { year: new Map(), kind: new Map(), topic: new Map() }; }
    function bump(map, key) { map.set(key, (map.get(key) || 0) + 1); }

    function rank(groups, filters, parts, approximate) {
      var p = index.plans, m = index.manifest, counts = emptyCounts();
      groups.forEach(function (g) {
        if (passes(g.plan, filters, 'year')) bump(counts.year, String(p.year[g.plan]));
        if (passes(g.plan, filters, 'kind')) bump(counts.kind, p.kind[g.plan]);
        if (passes(g.plan, filters, 'topic')) m.topics.forEach(function (t, i) { if (hasTopic(g.plan, i)) bump(counts.topic, t[0]); });
      });
      var ordered = groups.filter(function (g) { return passes(g.plan, filters); }).sort(preRank);
      return { total: ordered.length, approximate: approximate, groups: ordered, counts: counts, parts: parts };
    }

    function kindName(key) {
      var k = index.manifest.kinds.find(function (x) { return x[0] === key; });
      return k ? k[1] : key;
    }

    function topicNames(plan) {
      return index.manifest.topics.filter(function (t, i) { return hasTopic(plan, i); }).map(function (t) { return t[1]; });
    }

    /** The metadata fields of a plan, as SearchMetadata indexes them: [key, value]. */
    function metadata(b, plan) {
      return [['title', b.t], ['bureau', b.b], ['doc', b.d || ''], ['index', b.i || ''], ['year', index.plans.year[plan] + '年'],
        ['kind', kindName(index.plans.kind[plan])], ['topic', topicNames(plan).join('、')]].filter(function (f) { return f[1]; });
    }

    /**
     * Reads the texts of a page of plans and orders them for display: a plan whose 文号 or 索引号 holds a numeric
     * part first, then plans with a section holding every part as an exact sequence, then by how many parts the
     * plan holds anywhere (sections and metadata), how many of them its text holds, the best section's exact parts,
     * BM25, newer year, URL.
     */
    function verify(result, from, to) {
      var parts = result.parts, page = result.groups.slice(from, to);
      return Promise.all(page.map(function (g) { return block(g.plan); })).then(function (texts) {
        var hits = page.map(function (g, i) {
          var b = texts[i], first = index.plans.firstUnit[g.plan], scores = new Map(), metaScore = 0;
          g.units.forEach(function (c) { if (isMeta(c.unit, g.plan)) metaScore = c.score; else scores.set(c.unit, c.score); });
          var all = b.s.map(function (s, k) {
            var folded = foldInPlace(s[1]) + '\n' + foldInPlace(s[3]);
            var holds = parts.map(function (p) { return folded.indexOf(p.text) >= 0; });
            return { unit: first + k, anchor: s[0], heading: s[1], text: s[3], score: scores.get(first + k) || 0,
              phrase: holds.filter(Boolean).length, holds: holds };
          });
          var sections = all.filter(function (s) { return s.phrase > 0; });
          if (sections.length === 0) sections = all.filter(function (s) { return scores.has(s.unit); });
          sections.sort(function (a, b) { return (b.phrase - a.phrase) || (b.score - a.score) || (a.unit - b.unit); });
          if (sections.length === 0) sections.push(all[0]);
          var fields = metadata(b, g.plan).map(function (f) { return [f[0], foldInPlace(f[1])]; }), notes = [], covered = 0, inText = 0, exact = false;
          parts.forEach(function (p, k) {
            var inSection = all.some(function (s) { return s.holds[k]; });
            var inFields = fields.filter(function (f) { return f[1].indexOf(p.text) >= 0; }).map(function (f) { return f[0]; });
            if (inSection || inFields.length) covered++;
            if (inSection) inText++;
            if (!inSection && inFields.length) notes.push({ part: p.raw, fields: inFields });
            if (/[0-9]/.test(p.text) && (inFields.indexOf('doc') >= 0 || inFields.indexOf('index') >= 0)) exact = true;
          });
          var best = sections[0];
          return { plan: g.plan, url: b.u, title: b.t, bureau: b.b, year: index.plans.year[g.plan], kind: index.plans.kind[g.plan],
            sections: sections, notes: notes, exact: exact, full: best.phrase === parts.length, covered: covered, inText: inText,
            score: best.phrase === parts.length ? best.score : Math.max(best.score, metaScore, g.score) };
        });
        hits.sort(function (a, b) {
          return (b.exact - a.exact) || (b.full - a.full) || (b.covered - a.covered) || (b.inText - a.inText) || (b.sections[0].phrase - a.sections[0].phrase) ||
            (b.score - a.score) || (b.year - a.year) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0);
        });
        return hits;
      });
    }

    return {
      load: load, search: search, verify: verify, kindName: kindName, foldInPlace: foldInPlace,
      manifest: function () { return index && index.manifest; }
    };
  }

  global.StaticPlansSearch = { createEngine: createEngine };

  // ---- the page ---------------------------------------------------------------------------------------------

  var root = typeof document !== 'undefined' && document.getElementById('sp-search');
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
  var filter = document.getElementById('search-filter');
  var chosen = document.getElementById('search-filter-chosen');
  root.classList.add('search-ready');

  // The facets are a column beside the results on a wide screen (always open there), one 筛选 control on a phone.
  var wide = window.matchMedia('(min-width: 48rem)');
  function widen() { if (wide.matches) filter.open = true; }
  widen();
  wide.addEventListener('change', widen);

  // A server that answers a range request with the whole file (200) would send the whole file again for every
  // later range of it. The first range request finds out (the others wait for it); if ranges are ignored, each
  // file is fetched whole once and kept for the session.
  var whole = new Map(), ranges = null, probe = null;  // ranges: null unknown, true honoured, false ignored
  function fetchBytes(address, headers) {
    return fetch(address, headers ? { headers: headers } : {}).then(function (response) {
      if (!response.ok) throw new Error(address + ': HTTP ' + response.status);
      return response.arrayBuffer().then(function (buffer) { return { status: response.status, bytes: new Uint8Array(buffer) }; });
    });
  }
  function transport(address, path, start, end) {
    var cut = function (bytes) { return bytes.subarray(start, end); };
    if (start === undefined) return fetchBytes(address).then(function (r) { return r.bytes; });
    if (whole.has(path)) return whole.get(path).then(cut);
    if (ranges === false) {
      var bytes = fetchBytes(address).then(function (r) { return r.bytes; });
      whole.set(path, bytes);
      bytes.catch(function () { whole.delete(path); });
      return bytes.then(cut);
    }
    if (ranges === null && probe) return probe.then(function () { return transport(address, path, start, end); });
    var request = fetchBytes(address, { Range: 'bytes=' + start + '-' + (end - 1) }).then(function (r) {
      if (r.status === 200) { ranges = false; whole.set(path, Promise.resolve(r.bytes)); return cut(r.bytes); }
      ranges = true;
      return r.bytes;
    });
    if (ranges === null) probe = request.then(function () {}, function () { probe = null; });
    return request;
  }

  var engine = createEngine(base, transport);

  // ---- rendering (text nodes only) -----------------------------------------------------------------------

  function el(tag, className, content) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (content !== undefined) node.textContent = content;
    return node;
  }

  /** Where the query occurs in a text: its exact parts, or failing that (unless exactOnly) its terms. */
  function matches(source, parts, exactOnly) {
    var folded = engine.foldInPlace(source), marks = [];
    var needles = parts.map(function (p) { return p.text; });
    if (!needles.some(function (n) { return folded.indexOf(n) >= 0; })) {
      if (exactOnly) return marks;
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

  function renderHits(hits, parts) {
    hits.forEach(function (hit) {
      var li = el('li', 'search-hit');
      var title = el('h2', 'search-hit-title'), link = el('a', '');
      // A title is marked only where it holds a part exactly (a term or metadata match is noted below it).
      highlight(link, hit.title, matches(hit.title, parts, true), 0, hit.title.length);
      link.href = base + hit.url;
      title.appendChild(link);
      li.appendChild(title);
      var meta = el('p', 'plan-meta');
      meta.appendChild(el('span', '', hit.year + text('year-suffix')));
      meta.appendChild(el('span', 'kind', engine.kindName(hit.kind)));
      meta.appendChild(el('span', '', hit.bureau));
      li.appendChild(meta);
      hit.notes.forEach(function (n) {
        var names = n.fields.map(function (f) { return text('field-' + f); }).join('、');
        li.appendChild(el('p', 'search-found-in', text('found-in').replace('{part}', function () { return n.part; }).replace('{fields}', function () { return names; })));
      });
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
    var m = engine.manifest(), picked = [];
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
      values.forEach(function (v) {
        ul.appendChild(facetLink(g[0], v[0], v[1], counts.get(v[0]) || 0, state));
        if (state.filters[g[0]] === v[0]) picked.push(v[1]);
      });
      section.appendChild(ul);
      facetsBox.appendChild(section);
    });
    // The closed control still says what is chosen.
    chosen.textContent = picked.length ? '：' + picked.join('、') : '';
    filter.hidden = !facetsBox.firstChild;
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
      list.textContent = ''; facetsBox.textContent = ''; status.textContent = ''; more.hidden = true; filter.hidden = true;
      return Promise.resolve();
    }
    if (!engine.manifest()) status.textContent = text('loading');
    root.removeAttribute('data-done');
    // With a facet chosen the list itself must hold every plan of it: read every posting at once.
    var filtered = !!(state.filters.year || state.filters.topic || state.filters.kind);
    return engine.load().then(function () { return engine.search(state.q, state.filters, filtered); }).then(function (result) {
      if (mine !== generation) return null;
      if (!result || result.total === 0) {
        list.textContent = ''; more.hidden = true;
        if (result) renderFacets(result, state); else { facetsBox.textContent = ''; filter.hidden = true; }
        status.textContent = format(text('none'), state.q.trim());
        root.setAttribute('data-ms', String(Math.round(performance.now() - started)));
        root.setAttribute('data-done', '');
        return null;
      }
      return engine.verify(result, 0, PAGE).then(function (hits) {
        if (mine !== generation) return null;
        current = result; shown = hits.length;
        list.textContent = '';
        renderHits(hits, result.parts);
        renderFacets(result, state);
        status.textContent = format(text(result.approximate ? 'results-approximate' : 'results'), result.total);
        more.hidden = shown >= result.total;
        root.setAttribute('data-ms', String(Math.round(performance.now() - started)));
        if (!result.approximate) return null;
        // The best results are on screen; now read every posting so that the total and the facet counts are exact.
        return engine.search(state.q, state.filters, true).then(function (full) {
          if (mine !== generation || !full) return;
          renderFacets(full, state);
          status.textContent = format(text('results'), full.total);
        });
      }).then(function () { if (mine === generation) root.setAttribute('data-done', ''); });
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
  input.addEventListener('focus', function () { engine.load().catch(function () {}); }, { once: true });
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    clearTimeout(timer);
    state = { q: input.value, filters: state.filters };
    navigate(state, true);
  });
  more.addEventListener('click', function () {
    if (!current) return;
    var result = current;
    engine.verify(result, shown, shown + PAGE).then(function (hits) {
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
})(this);
