/**
 * Excerpts that read as sentences: the sentence of a page's indexed text that best matches the
 * searched words, with whole words marked. Pagefind's text separates blocks with ". "; its words
 * are separated by zero-width spaces in the index files (used when present) and cut with
 * `Intl.Segmenter` otherwise (the text Pagefind hands to the page has them removed).
 */

export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const WORD_BREAK = '\u200b';

let segmenter: Intl.Segmenter | undefined;

/** Words of a sentence, punctuation and spaces included, so that joining them gives it back. */
function wordsOf(sentence: string): string[] {
  if (sentence.includes(WORD_BREAK)) return sentence.split(WORD_BREAK).filter(Boolean);
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  return [...segmenter.segment(sentence)].map((s) => s.segment);
}

/** The page's text as sentences (plain strings, word breaks kept), cut at full stops and blocks. */
export function sentences(content: string): string[] {
  const out: string[] = [];
  for (const block of content.split(/\.\s\u200b?|\n+/u)) {
    for (const match of block.matchAll(/[^。！？；!?]+(?:[。！？；!?][\s\u200b]*)*/gu)) {
      const sentence = match[0].replace(/^[\s\u200b]+|[\s\u200b]+$/gu, '');
      if (sentence.replaceAll(WORD_BREAK, '').length > 1) out.push(sentence);
    }
  }
  return out;
}

function trimWords(words: string[]): string[] {
  const copy = [...words];
  if (copy.length) copy[0] = copy[0]!.trimStart();
  if (copy.length) copy[copy.length - 1] = copy.at(-1)!.trimEnd();
  return copy.filter(Boolean);
}

// Spaces and a closing mark aside: Pagefind ends a block with ".", which the text skipped does not have.
const squash = (text: string) =>
  text
    .replace(/\s+/g, '')
    .replace(/[.。!！?？;；]+$/u, '')
    .toLowerCase();

/** Character ranges of `plain` covered by the terms, widened to whole words and merged. */
function markedRanges(words: string[], terms: readonly string[]): [number, number][] {
  const plain = words.join('').toLowerCase();
  const starts: number[] = [];
  let at = 0;
  for (const word of words) {
    starts.push(at);
    at += word.length;
  }
  const ranges: [number, number][] = [];
  for (const term of terms.map((t) => t.toLowerCase().trim()).filter(Boolean)) {
    for (let i = plain.indexOf(term); i >= 0; i = plain.indexOf(term, i + term.length)) {
      const end = i + term.length;
      // Widen to the words the match touches.
      let from = 0;
      let to = plain.length;
      for (let w = 0; w < words.length; w++) {
        const ws = starts[w]!;
        const we = ws + words[w]!.length;
        if (ws <= i && i < we) from = ws;
        if (ws < end && end <= we) to = we;
      }
      ranges.push([from, to]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const range of ranges) {
    const last = merged.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

export interface ExcerptOptions {
  /** Sentences never used as excerpt (the title, the index-only words). */
  skip?: readonly string[];
  /** Longest excerpt in characters before it is shortened around the first mark. */
  maxLength?: number;
}

/**
 * The best sentence for the searched terms, as text parts with whole words marked. Longer terms
 * count more, so a sentence with "光环效应" beats one with "效应". Without any match, the first
 * sentence that is not skipped (usually the page's description).
 */
export function buildExcerpt(content: string, terms: readonly string[], options: ExcerptOptions = {}): ExcerptPart[] {
  const { skip = [], maxLength = 90 } = options;
  const skipped = new Set(skip.map(squash));
  // Only the chosen sentence is cut into words: cutting a whole lesson would be slow on a phone.
  const candidates = sentences(content).filter((sentence) => !skipped.has(squash(sentence.replaceAll(WORD_BREAK, ''))));
  if (!candidates.length) return [];
  const wanted = [...new Set(terms.map((t) => t.toLowerCase().trim()).filter(Boolean))];
  let best = candidates[0]!;
  let bestScore = 0;
  for (const sentence of candidates) {
    const plain = sentence.replaceAll(WORD_BREAK, '').toLowerCase();
    const score = wanted.reduce((sum, term) => sum + (plain.includes(term) ? term.length * term.length : 0), 0);
    if (score > bestScore) {
      best = sentence;
      bestScore = score;
    }
  }
  const words = trimWords(wordsOf(best));
  return partsOf(words, bestScore ? markedRanges(words, wanted) : [], maxLength);
}

function partsOf(words: string[], ranges: [number, number][], maxLength: number): ExcerptPart[] {
  let plain = words.join('');
  let offset = 0;
  let prefix = '';
  let suffix = '';
  if (plain.length > maxLength) {
    // Start a few words before the first mark, at a word boundary.
    const first = ranges[0]?.[0] ?? 0;
    let start = 0;
    let at = 0;
    for (const word of words) {
      if (at + word.length > first - 12) break;
      at += word.length;
      start = at;
    }
    let end = start;
    for (const word of wordsFrom(words, start)) {
      if (end - start + word.length > maxLength) break;
      end += word.length;
    }
    if (end === start) end = Math.min(plain.length, start + maxLength);
    offset = start;
    prefix = start > 0 ? '…' : '';
    suffix = end < plain.length ? '…' : '';
    plain = plain.slice(start, end);
  }
  const parts: ExcerptPart[] = [];
  let cursor = 0;
  for (const [from, to] of ranges) {
    const a = Math.max(0, from - offset);
    const b = Math.min(plain.length, to - offset);
    if (b <= a || a < cursor) continue;
    if (a > cursor) parts.push({ text: plain.slice(cursor, a), mark: false });
    parts.push({ text: plain.slice(a, b), mark: true });
    cursor = b;
  }
  if (cursor < plain.length) parts.push({ text: plain.slice(cursor), mark: false });
  if (prefix) parts.unshift({ text: prefix, mark: false });
  if (suffix) parts.push({ text: suffix, mark: false });
  return parts.filter((p) => p.text);
}

function wordsFrom(words: string[], start: number): string[] {
  let at = 0;
  const out: string[] = [];
  for (const word of words) {
    if (at >= start) out.push(word);
    at += word.length;
  }
  return out;
}
