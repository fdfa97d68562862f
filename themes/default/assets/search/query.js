// The query: candidates from the postings, ranking, and the page of results read from the plans' texts. It does not
// touch the page, so the tests run it in Node over a built index (tests/StaticPlans.Tests/Search/search-runner.mjs).
import { SearchIndex } from './index.js';
import { parseQuery } from './fold.js';

const idf = (df, n) => Math.log(1 + (n - df + 0.5) / (df + 0.5));
const byRarity = (a, b) => (a.perPlan - b.perPlan) || (a.df - b.df) || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0);
const preRankUnit = (a, b) => (b.full - a.full) || (b.parts - a.parts) || (b.aligned - a.aligned) || (b.score - a.score) || (a.unit - b.unit);
const preRank = (a, b) => (b.full - a.full) || (b.aligned - a.aligned) || (b.score - a.score) || (a.plan - b.plan);
const emptyCounts = () => ({ year: new Map(), kind: new Map(), topic: new Map() });
const bump = (map, key) => map.set(key, (map.get(key) || 0) + 1);

/** Per part: the units holding all its fetched per-unit terms, and the plans holding the part. */
function partMatches(index, part, byTerm) {
  const m = index.manifest, unitTerms = part.fetch.filter(e => !e.perPlan), planTerms = part.fetch.filter(e => e.perPlan);
  const planScore = plan => {
    let score = 0;
    for (const term of planTerms) {
      const posting = byTerm.get(term.term).get(plan);
      if (!posting) return -1;
      score += idf(term.df, m.plans) * posting.level * (m.k1 + 1) / m.levels;
    }
    return score;
  };
  const plans = new Map();  // plan -> score of its best unit (or of the plan)
  if (unitTerms.length === 0) {
    byTerm.get(planTerms[0].term).forEach((_, plan) => {
      const s = planScore(plan);
      if (s >= 0) plans.set(plan, s);
    });
    return { plans, units: null };
  }
  const units = new Map();  // plan -> [[unit, score]]
  byTerm.get(unitTerms[0].term).forEach((_, unit) => {
    let score = 0;
    for (const term of unitTerms) {
      const posting = byTerm.get(term.term).get(unit);
      if (!posting) return;
      score += idf(term.df, m.units) * posting.level * (m.k1 + 1) / m.levels;
    }
    const plan = index.planOf(unit), extra = planTerms.length ? planScore(plan) : 0;
    if (extra < 0) return;
    if (!units.has(plan)) units.set(plan, []);
    units.get(plan).push([unit, score + extra]);
    plans.set(plan, Math.max(plans.get(plan) || 0, score + extra));
  });
  return { plans, units };
}

/** Whether the part's terms found in the unit sit at the offsets they have in the part (positions are kept mod 8). */
function adjacent(part, unit, byTerm) {
  let previous = null;
  for (const t of part.terms) {
    const list = byTerm.get(t.term), posting = list && list.get(unit);
    if (!posting) continue;
    if (previous && ((posting.position - previous.position - (t.offset - previous.offset)) % 8 + 8) % 8 !== 0) return false;
    previous = { offset: t.offset, position: posting.position };
  }
  return true;
}

/** The plans holding every constrained part, each with its units and their scores. */
function match(index, parts, byTerm) {
  const constrained = parts.filter(p => p.fetch.length > 0);
  const matches = constrained.map(p => partMatches(index, p, byTerm));
  const smallest = matches.slice().sort((a, b) => a.plans.size - b.plans.size)[0];
  const groups = [];
  for (const plan of Array.from(smallest.plans.keys()).sort((a, b) => a - b)) {
    if (!matches.every(x => x.plans.has(plan))) continue;
    let score = 0, withUnits = 0;
    const perUnit = new Map();
    matches.forEach((x, i) => {
      score += x.plans.get(plan);
      if (!x.units) return;
      withUnits++;
      for (const [unit, unitScore] of x.units.get(plan)) {
        let c = perUnit.get(unit);
        if (!c) {
          c = { unit, plan, score: 0, parts: 0, aligned: 0 };
          perUnit.set(unit, c);
        }
        c.score += unitScore;
        c.parts++;
        if (adjacent(constrained[i], unit, byTerm)) c.aligned++;
      }
    });
    const units = Array.from(perUnit.values());
    let best = null;
    for (const c of units) {
      c.full = c.parts === withUnits && !index.isMeta(c.unit, plan);
      if (!best || preRankUnit(c, best) < 0) best = c;
    }
    // A section holding every part ranks as before; a plan holding them across sections and metadata after it.
    const full = !!best && best.full;
    groups.push({ plan, units, full, aligned: best ? best.aligned : 0, score: full ? best.score : score });
  }
  return groups;
}

function passes(index, plan, filters, skip) {
  const p = index.plans;
  if (skip !== 'year' && filters.year && String(p.year[plan]) !== filters.year) return false;
  if (skip !== 'kind' && filters.kind && p.kind[plan] !== filters.kind) return false;
  if (skip !== 'topic' && filters.topic && !index.hasTopic(plan, index.topicIndex(filters.topic))) return false;
  return true;
}

/** The groups that pass the filters, best first, and each facet's counts under the other facets' filters. */
function rank(index, groups, filters, parts, approximate) {
  const p = index.plans, counts = emptyCounts();
  for (const g of groups) {
    if (passes(index, g.plan, filters, 'year')) bump(counts.year, String(p.year[g.plan]));
    if (passes(index, g.plan, filters, 'kind')) bump(counts.kind, p.kind[g.plan]);
    if (passes(index, g.plan, filters, 'topic')) index.manifest.topics.forEach((t, i) => { if (index.hasTopic(g.plan, i)) bump(counts.topic, t[0]); });
  }
  const ordered = groups.filter(g => passes(index, g.plan, filters)).sort(preRank);
  return { total: ordered.length, approximate, groups: ordered, counts, parts };
}

/** The metadata fields of a plan, as SearchMetadata indexes them: [key, value]. */
const metadata = (index, b, plan) => [
  ['title', b.t], ['bureau', b.b], ['doc', b.d || ''], ['index', b.i || ''], ['year', index.plans.year[plan] + '年'],
  ['kind', index.kindName(index.plans.kind[plan])], ['topic', index.topicNames(plan).join('、')],
].filter(f => f[1]);

/** The search of one site: load() once, then search() and verify() per query. */
export class SearchEngine {
  #index;

  /** transport(url, path, start, end) resolves to the bytes [start, end) of the file (all of it without start). */
  constructor(base, transport) {
    this.#index = new SearchIndex(base, transport);
  }

  load() { return this.#index.load(); }

  /** The manifest once the index is loaded, else null. */
  get manifest() { return this.#index.manifest; }

  kindName(key) { return this.#index.kindName(key); }

  foldInPlace(s) { return this.#index.folding.foldInPlace(s); }

  /**
   * Candidates are plans: every query part must be held somewhere in the plan (a section, the intro or the
   * metadata unit), not necessarily in one section. Per part, its terms in at most tierThreshold units are
   * fetched in full and all required of one unit; a part whose terms are all commoner is left to the phrase
   * check when another part has a rare term. If every term is common, only the best postings of the rarest
   * are read. Either way the total and counts are approximate; `exact` fetches every term in full instead
   * (the page does so for a facet filter, and after showing approximate results, to make the counts exact).
   */
  async search(q, filters, exact) {
    const index = this.#index, parts = parseQuery(q, index.folding);
    if (parts.length === 0) return null;
    const unique = [];
    for (const p of parts) for (const t of p.terms) if (!unique.includes(t.term)) unique.push(t.term);
    const found = await Promise.all(unique.map(term => index.lookup(term)));
    if (found.some(e => e === null)) return { total: 0, approximate: false, groups: [], counts: emptyCounts(), parts };
    const m = index.manifest, entries = new Map(found.map(e => [e.term, e]));
    const topOnly = !exact && !found.some(e => e.df <= m.tierThreshold);
    const driver = found.slice().sort(byRarity)[0];
    for (const p of parts) {
      p.fetch = p.terms.map(t => entries.get(t.term))
        .filter(e => exact || (topOnly ? e === driver : e.df <= m.tierThreshold)).sort(byRarity);
    }
    // A part left to the phrase check is not counted out of any plan: the counts are then upper bounds.
    const approximate = topOnly || parts.some(p => p.fetch.length === 0);
    const fetch = [];
    for (const p of parts) for (const e of p.fetch) if (!fetch.includes(e)) fetch.push(e);
    const maps = await Promise.all(fetch.map(e => index.postings(e, topOnly)));
    const byTerm = new Map(fetch.map((e, i) => [e.term, maps[i]]));
    return rank(index, match(index, parts, byTerm), filters, parts, approximate);
  }

  /**
   * Reads the texts of a page of plans and orders them for display: a plan whose 文号 or 索引号 holds a numeric
   * part first, then plans with a section holding every part as an exact sequence, then by how many parts the
   * plan holds anywhere (sections and metadata), how many of them its text holds, the best section's exact parts,
   * BM25, newer year, URL.
   */
  async verify(result, from, to) {
    const index = this.#index, fold = s => index.folding.foldInPlace(s);
    const parts = result.parts, page = result.groups.slice(from, to);
    const texts = await Promise.all(page.map(g => index.block(g.plan)));
    const hits = page.map((g, i) => {
      const b = texts[i], first = index.plans.firstUnit[g.plan], scores = new Map();
      let metaScore = 0;
      for (const c of g.units) {
        if (index.isMeta(c.unit, g.plan)) metaScore = c.score; else scores.set(c.unit, c.score);
      }
      const all = b.s.map((s, k) => {
        const folded = fold(s[1]) + '\n' + fold(s[3]);
        const holds = parts.map(p => folded.indexOf(p.text) >= 0);
        return { unit: first + k, anchor: s[0], heading: s[1], text: s[3], score: scores.get(first + k) || 0,
          phrase: holds.filter(Boolean).length, holds };
      });
      let sections = all.filter(s => s.phrase > 0);
      if (sections.length === 0) sections = all.filter(s => scores.has(s.unit));
      sections.sort((a, b) => (b.phrase - a.phrase) || (b.score - a.score) || (a.unit - b.unit));
      if (sections.length === 0) sections.push(all[0]);
      const fields = metadata(index, b, g.plan).map(f => [f[0], fold(f[1])]), notes = [];
      let covered = 0, inText = 0, exact = false;
      parts.forEach((p, k) => {
        const inSection = all.some(s => s.holds[k]);
        const inFields = fields.filter(f => f[1].indexOf(p.text) >= 0).map(f => f[0]);
        if (inSection || inFields.length) covered++;
        if (inSection) inText++;
        if (!inSection && inFields.length) notes.push({ part: p.raw, fields: inFields });
        if (/[0-9]/.test(p.text) && (inFields.includes('doc') || inFields.includes('index'))) exact = true;
      });
      const best = sections[0];
      return { plan: g.plan, url: b.u, title: b.t, bureau: b.b, year: index.plans.year[g.plan], kind: index.plans.kind[g.plan],
        sections, notes, exact, full: best.phrase === parts.length, covered, inText,
        score: best.phrase === parts.length ? best.score : Math.max(best.score, metaScore, g.score) };
    });
    hits.sort((a, b) => (b.exact - a.exact) || (b.full - a.full) || (b.covered - a.covered) || (b.inText - a.inText) ||
      (b.sections[0].phrase - a.sections[0].phrase) || (b.score - a.score) || (b.year - a.year) || (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
    return hits;
  }
}
