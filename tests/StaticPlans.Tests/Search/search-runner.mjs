// Runs the shipped search modules (themes/default/assets/search/, the files every site's assets/search/ holds) in
// Node over a built index folder:
//   node search-runner.mjs <assets folder> <site folder>   with a JSON array of queries on stdin
//   ([{ "q": "…", "year": "2024", "topic": "…", "kind": "…", "limit": 10, "exact": false }]); prints a JSON array of
//   results. "exact" reads every posting, as the page does after showing approximate results and when a facet is chosen.
// Only the engine is imported (query.js and what it imports); the page modules need a document.
import * as nodeModule from 'node:module';
import fs from 'node:fs';
import path from 'node:path';
import { Duplex } from 'node:stream';
import { pathToFileURL } from 'node:url';
import zlib from 'node:zlib';

const [assets, site] = process.argv.slice(2);
const modules = pathToFileURL(path.resolve(assets, 'search') + path.sep).href;

// A site ships its modules as .js with no package.json (browsers go by the script tag), and Node 18 reads an untyped .js
// as CommonJS (20.19 and later guess from the syntax): a load hook says that the files in the modules' folder are ES modules.
if (!nodeModule.register) {
  console.error(`Node ${process.version} cannot load the search modules: Node 18.19 or newer is needed (scripts/test.sh installs Debian's nodejs).`);
  process.exit(1);
}
const hook = `export async function load(url, context, next) {
  return next(url, url.startsWith(${JSON.stringify(modules)}) ? { ...context, format: 'module' } : context);
}`;
nodeModule.register('data:text/javascript,' + encodeURIComponent(hook), import.meta.url);

// Browsers have DecompressionStream('deflate-raw'); Node 18 (Debian 12 ships 18.20) has the class without that format:
// there the runner stands in zlib's raw inflater for it (a browser API the modules call, not part of what is tested).
try {
  new DecompressionStream('deflate-raw');
} catch {
  globalThis.DecompressionStream = class { constructor() { return Duplex.toWeb(zlib.createInflateRaw()); } };
}

const { SearchEngine } = await import(new URL('query.js', modules).href);

const reads = [];
function transport(url, file, start, end) {
  reads.push(file);
  const bytes = new Uint8Array(fs.readFileSync(path.join(site, file)));
  return Promise.resolve(start === undefined ? bytes : bytes.subarray(start, end));
}

const queries = JSON.parse(fs.readFileSync(0, 'utf8'));
const out = [];
for (const query of queries) {
  // A fresh engine per query, so each reports only the files it read.
  const engine = new SearchEngine('/', transport);
  await engine.load();
  reads.length = 0;
  const filters = {};
  for (const k of ['year', 'topic', 'kind']) if (query[k]) filters[k] = query[k];
  const result = await engine.search(query.q, filters, !!query.exact || Object.keys(filters).length > 0);
  if (!result) { out.push({ total: 0, approximate: false, plans: [], years: [], topics: [], kinds: [], reads: reads.slice() }); continue; }
  const hits = await engine.verify(result, 0, query.limit || 10);
  const counts = (name, values) => values.filter(v => result.counts[name].has(v[0])).map(v => ({ value: v[0], name: v[1], count: result.counts[name].get(v[0]) }));
  const m = engine.manifest;
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
