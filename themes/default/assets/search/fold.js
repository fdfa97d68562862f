// Folding and tokenising: the same rules as SearchFolding and SearchTokenizer (docs/search-format.md). Strings are
// walked by UTF-16 code unit, as the C# side does, so offsets and terms agree with the index.

export const isHan = c => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff) || c === 0x3007;
const wordChar = /[\p{L}\p{N}]/u;
const isWordChar = ch => !isHan(ch.charCodeAt(0)) && wordChar.test(ch);
const isDigit = ch => ch >= '0' && ch <= '9';

/** fold.bin maps traditional to simplified characters and every bracket to [ or ] (after NFKC, as SearchFolding). */
export class Folding {
  #table;

  /** pairs: fold.bin's text, each character followed by the one it folds to. */
  constructor(pairs) {
    this.#table = new Map();
    for (let i = 0; i + 1 < pairs.length; i += 2) this.#table.set(pairs.charAt(i), pairs.charAt(i + 1));
  }

  #char(ch) {
    const n = ch.normalize('NFKC');
    if (n.length === 1) ch = n;
    ch = ch.toLowerCase();
    return this.#table.get(ch) || ch;
  }

  fold(s) {
    const n = s.normalize('NFKC').toLowerCase();
    let out = '';
    for (let i = 0; i < n.length; i++) {
      const ch = n.charAt(i);
      out += this.#table.get(ch) || ch;
    }
    return out;
  }

  /** Folds char by char so positions match the original text (for highlighting). */
  foldInPlace(s) {
    let out = '';
    for (let i = 0; i < s.length; i++) out += this.#char(s.charAt(i));
    return out;
  }
}

/** [2024]15 at a '[': the number alone and with each of the 1..4 Han chars before it (a 文号's prefix). */
function documentNumber(s, at, add) {
  const close = at + 5;
  if (close >= s.length || s.charAt(close) !== ']' || !/^[0-9]{4}$/.test(s.slice(at + 1, close))) return;
  let end = close + 1;
  while (end < s.length && isDigit(s.charAt(end))) end++;
  if (end === close + 1) return;
  add(s.slice(at, end), at);
  for (let n = 1; n <= 4 && at - n >= 0 && isHan(s.charCodeAt(at - n)); n++) add(s.slice(at - n, end), at - n);
}

/** The index terms of one folded query part, each with its offset in the part, in order of appearance. */
export function queryTerms(part) {
  const terms = [], seen = new Set();
  const add = (term, offset) => {
    if (seen.has(term)) return;
    seen.add(term);
    terms.push({ term, offset });
  };
  let i = 0;
  while (i < part.length) {
    const c = part.charCodeAt(i);
    if (isHan(c)) {
      // Han text: overlapping bigrams; a lone Han character is its own term.
      const next = i + 1 < part.length && isHan(part.charCodeAt(i + 1));
      const prev = i > 0 && isHan(part.charCodeAt(i - 1));
      if (next) add(part.slice(i, i + 2), i); else if (!prev) add(part.charAt(i), i);
      i++;
    } else if (isWordChar(part.charAt(i))) {
      let end = i;
      while (end < part.length) {
        const ch = part.charAt(end);
        if (isWordChar(ch)) end++;
        else if (ch === '.' && end > i && isDigit(part.charAt(end - 1)) && end + 1 < part.length && isDigit(part.charAt(end + 1))) end++;
        else break;
      }
      const word = part.slice(i, end);
      add(word, i);
      // A number with its unit (98.75%, 3所) is a term too.
      if (end < part.length && /^[0-9.]+$/.test(word)) {
        const unit = part.charAt(end);
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

/** The space-separated parts of a query that hold a term: { raw, text (folded), terms }. */
export const parseQuery = (q, folding) => q.split(/\s+/).filter(Boolean)
  .map(raw => {
    const text = folding.fold(raw);
    return { raw, text, terms: queryTerms(text) };
  })
  .filter(part => part.terms.length > 0);
