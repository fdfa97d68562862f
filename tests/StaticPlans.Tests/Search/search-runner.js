// Runs the shipped search client (themes/default/assets/search.js) in Node over a built index folder:
//   node search-runner.js <search.js> <site folder>   with a JSON array of queries on stdin
//   ([{ "q": "…", "year": "2024", "topic": "…", "kind": "…", "limit": 10, "exact": false }]); prints a JSON array of
//   results. "exact" reads every posting, as the page does after showing approximate results and when a facet is chosen.
// The script's page part stays idle (there is no document); its engine is the code citizens run.
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');

const [script, site] = process.argv.slice(2);
const context = vm.createContext({ Blob, Response, DecompressionStream, TextDecoder, Map, Set, Promise, Uint8Array, Int32Array, Math, JSON, console });
vm.runInContext(fs.readFileSync(script, 'utf8'), context, { filename: script });

const reads = [];
function transport(url, file, start, end) {
  reads.push(file);
  const bytes = new Uint8Array(fs.readFileSync(path.join(site, file)));
  return Promise.resolve(start === undefined ? bytes : bytes.subarray(start, end));
}

async function main() {
  const queries = JSON.parse(fs.readFileSync(0, 'utf8'));
  const out = [];
  for (const query of queries) {
    // A fresh engine per query, so each reports only the files it read.
    const engine = context.StaticPlansSearch.createEngine('/', transport);
    await engine.load();
    reads.length = 0;
    const filters = {};
    for (const k of ['year', 'topic', 'kind']) if (query[k]) filters[k] = query[k];
    const result = await engine.search(query.q, filters, !!query.exact || Object.keys(filters).length > 0);
    if (!result) { out.push({ total: 0, approximate: false, plans: [], years: [], topics: [], kinds: [], reads: reads.slice() }); continue; }
    const hits = await engine.verify(result, 0, query.limit || 10);
    const counts = (name, values) => values.filter(v => result.counts[name].has(v[0])).map(v => ({ value: v[0], name: v[1], count: result.counts[name].get(v[0]) }));
    const m = engine.manifest();
    out.push({
      total: result.total,
      approximate: result.approximate,
      plans: hits.map(h => ({
        url: h.url, title: h.title, year: h.year, kind: h.kind, bureau: h.bureau, full: h.full, covered: h.covered,
        notes: h.notes.map(n => ({ part: n.part, fields: n.fields })),
        sections: h.sections.map(s => ({ anchor: s.anchor, heading: s.heading, phraseHits: s.phrase })),
      })),
      years: counts('year', m.years.map(y => [String(y), y + '年'])),
      topics: counts('topic', m.topics),
      kinds: counts('kind', m.kinds),
      reads: reads.slice(),
    });
  }
  process.stdout.write(JSON.stringify(out));
}

main().catch(e => { console.error(e && e.stack || e); process.exit(1); });
