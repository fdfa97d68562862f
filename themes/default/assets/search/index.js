// Reading the sharded search index (format 3, docs/search-format.md): the manifest, plans.bin and fold.bin up front,
// then dictionary shards, posting ranges and text blocks as a query needs them, each read once per page.
import { Folding, isHan } from './fold.js';

const utf8 = new TextDecoder();

const inflate = async bytes => {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
};

/** FNV-1a (32 bit) over the UTF-16 code units of the term, as SearchFormat computes it. */
const hash = term => {
  let h = 2166136261;
  for (let i = 0; i < term.length; i++) {
    h ^= term.charCodeAt(i);
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h;
};

class Reader {
  constructor(bytes) {
    this.bytes = bytes;
    this.at = 0;
  }

  varint() {
    let value = 0, scale = 1, b;
    do {
      b = this.bytes[this.at++];
      value += (b & 0x7f) * scale;
      scale *= 128;
    } while (b >= 0x80);
    return value;
  }

  done() { return this.at >= this.bytes.length; }
}

function parsePlans(bytes, manifest) {
  const r = new Reader(bytes), count = r.varint();
  const plans = { firstUnit: new Int32Array(count + 1), year: [], kind: [], topics: [], pack: [], offset: [], length: [] };
  let pack = 0, offset = 0;
  for (let i = 0; i < count; i++) {
    plans.firstUnit[i + 1] = plans.firstUnit[i] + r.varint();
    plans.year.push(manifest.years[r.varint()]);
    plans.kind.push(manifest.kinds[r.varint()][0]);
    plans.topics.push(r.varint());
    const length = r.varint();
    plans.pack.push(pack);
    plans.offset.push(offset);
    plans.length.push(length);
    // A text pack ends with the block that brings it to packBytes (SearchIndexWriter.WriteTexts).
    offset += length;
    if (offset >= manifest.packBytes) { pack++; offset = 0; }
  }
  return plans;
}

/** A segment's postings as [id, posting] pairs in id order; its body is inflated first when deflated (mode bit 0). */
async function segment(bytes, mode, count) {
  const out = [];
  if (bytes.length === 0) return out;
  // Split layout (mode bit 1): varints of gap·8 + level, then the positions packed 3 bits each (never deflated).
  const split = mode & 2 ? bytes.length - Math.floor((count * 3 + 7) / 8) : bytes.length, positions = bytes.subarray(split);
  const body = mode & 1 ? await inflate(bytes.subarray(0, split)) : bytes.subarray(0, split);
  const r = new Reader(body);
  let id = -1;
  for (let i = 0; !r.done(); i++) {
    const code = r.varint();
    if (mode & 2) {
      const bit = i * 3, pair = positions[bit >> 3] | ((positions[(bit >> 3) + 1] || 0) << 8);
      id += Math.floor(code / 8) + 1;
      out.push([id, { level: code % 8, position: (pair >> (bit & 7)) & 7 }]);
    } else {
      const low = code % 64;
      id += Math.floor(code / 64) + 1;
      out.push([id, { level: low >> 3, position: low & 7 }]);
    }
  }
  return out;
}

/**
 * One site's index. transport(url, path, start, end) resolves to the bytes [start, end) of the file (all of it
 * without start); url carries the build's id once the manifest is read, so a new build never meets cached parts.
 */
export class SearchIndex {
  #base;
  #transport;
  #id = '';
  #loading = null;
  #shards = new Map();  // shard number -> promise of Map(term -> entry)
  #lists = new Map();   // term + top flag -> promise of Map(id -> posting)
  #blocks = new Map();  // plan -> promise of block
  #textDictionary = null;

  /** Set once load() has read the manifest, plans.bin and fold.bin. */
  manifest = null;
  plans = null;
  folding = null;

  constructor(base, transport) {
    this.#base = base;
    this.#transport = transport;
  }

  #get(path, start, end) {
    return this.#transport(this.#base + path + (this.#id ? '?v=' + this.#id : ''), path, start, end);
  }

  /** Reads the parts every query needs; a failed load is tried afresh the next time. */
  load() {
    if (!this.#loading) {
      this.#loading = this.#read();
      this.#loading.catch(() => { this.#loading = null; this.#id = ''; });
    }
    return this.#loading;
  }

  async #read() {
    this.#id = '';
    const manifest = JSON.parse(utf8.decode(await this.#get('search/manifest.json')));
    this.#id = manifest.id;
    const [plans, fold] = await Promise.all([this.#get('search/plans.bin').then(inflate), this.#get('search/fold.bin').then(inflate)]);
    this.plans = parsePlans(plans, manifest);
    this.folding = new Folding(utf8.decode(fold));
    this.manifest = manifest;
    return this;
  }

  /** The plan a unit belongs to (units are numbered plan by plan). */
  planOf(unit) {
    const first = this.plans.firstUnit;
    let lo = 0, hi = first.length - 2;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (first[mid] <= unit) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  /** The plan's metadata unit is its last one (docs/search-format.md, "Units and ids"). */
  isMeta(unit, plan) { return unit === this.plans.firstUnit[plan + 1] - 1; }

  topicIndex(key) { return this.manifest.topics.findIndex(x => x[0] === key); }

  hasTopic(plan, t) { return t >= 0 && Math.floor(this.plans.topics[plan] / Math.pow(2, t)) % 2 === 1; }

  kindName(key) {
    const k = this.manifest.kinds.find(x => x[0] === key);
    return k ? k[1] : key;
  }

  topicNames(plan) { return this.manifest.topics.filter((t, i) => this.hasTopic(plan, i)).map(t => t[1]); }

  /** The dictionary entry of a term, or null when no unit holds it. */
  async lookup(term) {
    const shard = hash(term) & (this.manifest.shards - 1);
    if (!this.#shards.has(shard)) this.#shards.set(shard, this.#readShard(shard));
    return (await this.#shards.get(shard)).get(term) || null;
  }

  async #readShard(shard) {
    const m = this.manifest;
    const bytes = await inflate(await this.#get('search/dict/' + shard.toString(16).padStart(3, '0') + '.bin'));
    // The shard's terms lie back to back in the posting packs from (pack, offset); a pack ends once it reaches packBytes.
    const r = new Reader(bytes), count = r.varint(), entries = new Map();
    let pack = r.varint(), offset = r.varint();
    for (let i = 0; i < count; i++) {
      const length = r.varint(), term = utf8.decode(bytes.subarray(r.at, r.at + length));
      r.at += length;
      const df = r.varint(), top = r.varint(), rest = r.varint();
      // A segment's field is its length × 4 + mode: bit 0 deflated, bit 1 split layout (see segment).
      const topCount = top > 0 ? m.topSize : 0;
      entries.set(term, {
        term, df, pack, offset,
        topLength: Math.floor(top / 4), topMode: top % 4, topCount,
        restLength: Math.floor(rest / 4), restMode: rest % 4, restCount: df - topCount,
        perPlan: term.length === 1 && isHan(term.charCodeAt(0)),
      });
      offset += Math.floor(top / 4) + Math.floor(rest / 4);
      if (offset >= m.packBytes) { pack++; offset = 0; }
    }
    return entries;
  }

  /** A term's postings by unit (or by plan for a lone Han character); topOnly reads only its best ones when it has them. */
  postings(entry, topOnly) {
    const key = entry.term + (topOnly ? '\u0001' : '');
    if (!this.#lists.has(key)) this.#lists.set(key, this.#readPostings(entry, topOnly));
    return this.#lists.get(key);
  }

  async #readPostings(entry, topOnly) {
    const wantRest = !topOnly || entry.topLength === 0;
    const end = entry.offset + entry.topLength + (wantRest ? entry.restLength : 0);
    const bytes = await this.#get('search/post/' + entry.pack + '.bin', entry.offset, end);
    const top = bytes.subarray(0, entry.topLength), rest = bytes.subarray(entry.topLength);
    const [first, second] = await Promise.all([
      segment(top, entry.topMode, entry.topCount),
      wantRest ? segment(rest, entry.restMode, entry.restCount) : [],
    ]);
    return new Map(first.concat(second));
  }

  /** A plan's texts: { u: url, t: title, b: bureau, d: 文号, i: 索引号, s: [[anchor, heading, level, text]] }. */
  block(plan) {
    if (!this.#blocks.has(plan)) this.#blocks.set(plan, this.#readBlock(plan));
    return this.#blocks.get(plan);
  }

  // A text block continues the deflate stream of the shared dictionary (textdict.bin): inflate both, drop the dictionary.
  async #readBlock(plan) {
    const p = this.plans, start = p.offset[plan];
    if (!this.#textDictionary) {
      this.#textDictionary = this.#get('search/textdict.bin');
      this.#textDictionary.catch(() => { this.#textDictionary = null; });
    }
    const [dictionary, block] = await Promise.all([this.#textDictionary, this.#get('search/text/' + p.pack[plan] + '.bin', start, start + p.length[plan])]);
    const joined = new Uint8Array(dictionary.length + block.length);
    joined.set(dictionary);
    joined.set(block, dictionary.length);
    const bytes = await inflate(joined);
    return JSON.parse(utf8.decode(bytes.subarray(this.manifest.textDictionary)));
  }
}
