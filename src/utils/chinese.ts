import * as OpenCC from 'opencc-js';
import TRADITIONAL_CHARACTERS from './traditional-characters.json' with { type: 'json' };

// Build-time only: the converters are large, so the browser gets precomputed forms instead. They are made
// when first needed, from OpenCC's own configurations and tries: the three conversions from Simplified
// share their tries (the phrase dictionary is tens of MB as a trie; OpenCC.Converter builds it twice for
// each conversion, six times for the three).
type Convert = (text: string) => string;
type Dict = string | [string, string][];
type Config = { normalizationChain?: Dict[][]; segmentation?: Dict[]; conversionChain: Dict[][] };
const { configs } = OpenCC.Locale as unknown as { configs: Record<string, Config> };
const lazy = <T>(make: () => T) => {
  let made: T | undefined;
  return () => (made ??= make());
};

const tries = new Map<string, OpenCC.Trie>();
const dictIds = new Map<Dict, number>();
const trie = (group: Dict[], only: (dict: Dict) => Dict = (dict) => dict) => {
  const key = `${only.name}:${group.map((dict) => dictIds.get(dict) ?? dictIds.set(dict, dictIds.size).get(dict)).join(',')}`;
  let made = tries.get(key);
  if (!made) {
    made = new OpenCC.Trie();
    made.loadDictGroup(group.map(only).filter((dict) => dict.length));
    tries.set(key, made);
  }
  return made;
};

/** OpenCC's conversion `config` ("s2tw"), as OpenCC.Converter runs it, on shared tries. */
function converter(config: string, only?: (dict: Dict) => Dict): Convert {
  const { normalizationChain = [], segmentation, conversionChain } = configs[config]!;
  const normalize = normalizationChain.map((group) => trie(group, only));
  const segments = segmentation && !only ? trie(segmentation) : undefined;
  const chain = conversionChain.map((group) => trie(group, only));
  return (text) => {
    const normal = normalize.reduce((t, step) => step.convert(t), text);
    return (segments ? segments.segment(normal) : [normal]).map((part) => chain.reduce((t, step) => step.convert(t), part)).join('');
  };
}

// A step of a conversion matches only dictionary entries found in the text it is given, so a trie of those
// entries alone converts that text exactly as OpenCC's whole trie does (tens of thousands of phrases,
// hundreds of milliseconds to build and to collect). Entries are looked up by the code point they start with; of
// a dictionary given as one text ("from to|…"), the index keeps where each entry starts, and an entry is read
// when a text first needs it: splitting tens of thousands of entries into pairs cost more than a course's conversions.
type Entry = [string, string];
const entryIndexes = new Map<Dict, Map<number, (number | Entry)[]>>();
function entryIndex(dict: Dict): Map<number, (number | Entry)[]> {
  const index = entryIndexes.get(dict);
  if (index) return index;
  const made = new Map<number, (number | Entry)[]>();
  const add = (first: number, item: number | Entry) => {
    const bucket = made.get(first);
    if (bucket) bucket.push(item);
    else made.set(first, [item]);
  };
  if (typeof dict === 'string')
    for (let start = 0; start <= dict.length;) {
      const end = dict.indexOf('|', start);
      add(dict.codePointAt(start) ?? NaN, start);
      start = end === -1 ? dict.length + 1 : end + 1;
    }
  else for (const entry of dict) add(entry[0].codePointAt(0) ?? NaN, entry);
  entryIndexes.set(dict, made);
  return made;
}
/** The entry of `dict` starting at `start`, as `split(' ', 2)` reads it: its text and its first conversion. */
function entryAt(dict: string, start: number): Entry {
  const bar = dict.indexOf('|', start);
  const end = bar === -1 ? dict.length : bar;
  const space = dict.indexOf(' ', start);
  if (space === -1 || space > end) return [dict.slice(start, end)] as unknown as Entry;
  const next = dict.indexOf(' ', space + 1);
  return [dict.slice(start, space), dict.slice(space + 1, next === -1 || next > end ? end : next)];
}
function entriesIn(dict: Dict, text: string): Entry[] {
  const index = entryIndex(dict);
  const found: Entry[] = [];
  for (const char of new Set(text)) {
    const bucket = index.get(char.codePointAt(0)!) ?? [];
    bucket.forEach((item, i) => {
      // An entry is read from the dictionary's text the first time a text has its first character, then kept.
      const entry = typeof item === 'number' ? (bucket[i] = entryAt(dict as string, item)) : item;
      if (text.includes(entry[0])) found.push(entry);
    });
  }
  return found;
}
/** A trie of the group's entries found in `text`, in OpenCC's order (the group's first dictionary wins). */
function trieIn(group: Dict[], text: string): OpenCC.Trie {
  const made = new OpenCC.Trie();
  made.loadDictGroup(group.map((dict) => entriesIn(dict, text)));
  return made;
}
/** OpenCC's conversion `config` of one text, as OpenCC.Converter runs it, each step on a trie of what the text can match. */
function convertText(config: string, text: string): string {
  const { normalizationChain = [], segmentation, conversionChain } = configs[config]!;
  const normal = normalizationChain.reduce((t, group) => trieIn(group, t).convert(t), text);
  const parts = segmentation ? trieIn(segmentation, normal).segment(normal) : [normal];
  return conversionChain
    .reduce<string[]>((done, group) => {
      const step = trieIn(group, done.join(''));
      return done.map((part) => step.convert(part));
    }, parts)
    .join('');
}
const forms = new Map<string, string[]>();

/** The Traditional-character forms of a Simplified text (Taiwan, Hong Kong, OpenCC standard), without repeats. */
export function traditionalForms(text: string): string[] {
  let found = forms.get(text);
  if (!found) {
    found = [...new Set(['s2tw', 's2hk', 's2t'].map((config) => convertText(config, text)))].filter((form) => form !== text);
    forms.set(text, found);
  }
  return found;
}

// One character converts as OpenCC converts it within a text with nothing around it: only entries of one
// character can match, so tries of those entries alone give the same result, at a fraction of the cost.
const single = (dict: Dict): Dict =>
  typeof dict === 'string'
    ? dict
        .split('|')
        .filter((entry) => [...entry.slice(0, entry.indexOf(' '))].length === 1)
        .join('|')
    : dict.filter(([from]) => [...from].length === 1);
const charsToTraditional = lazy(() => ['s2tw', 's2hk', 's2t'].map((config) => converter(config, single)));
const charsToSimplified = lazy(() => ['tw2s', 'hk2s'].map((config) => converter(config, single)));
/** Every character that any of the converters to Simplified changes: the only ones that can be in the table. */
const candidates = () => {
  const chars = new Set<string>();
  for (const config of ['tw2s', 'hk2s']) {
    const { normalizationChain = [], conversionChain } = configs[config]!;
    for (const dict of [...normalizationChain, ...conversionChain].flat()) {
      const entries = typeof dict === 'string' ? dict.split('|').map((e) => e.slice(0, e.indexOf(' '))) : dict.map(([from]) => from);
      for (const from of entries) if ([...from].length === 1) chars.add(from);
    }
  }
  return chars;
};

/** Whether `text` has a character: one pass over the text, then a lookup per character asked about. */
function charsIn(text: string): (char: string) => boolean {
  // A flag per code unit, not a Set of characters: a course's text is megabytes. The few characters beyond the
  // Basic Multilingual Plane (some Simplified forms are) are kept by code point.
  const plane = new Uint8Array(0x10000);
  const beyond = new Set<number>();
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    plane[unit] = 1;
    if (unit >= 0xd800 && unit < 0xdc00) beyond.add(text.codePointAt(i)!);
  }
  return (char) => {
    const code = char.codePointAt(0)!;
    return code < 0x10000 ? plane[code] === 1 : beyond.has(code);
  };
}

/**
 * Every character of the main CJK block that is written differently in Simplified Chinese and is
 * not itself a Simplified form ("么" becomes "幺" from Taiwan usage but is the Simplified "麼":
 * "怎么办" must not count as Traditional), with its Simplified form (Taiwan usage first, then Hong Kong),
 * as OpenCC's converters give it. It depends on OpenCC alone, so it is kept in traditional-characters.json
 * (written by `node scripts/write-traditional-characters.ts`; test/unit/traditional-characters.test.ts checks
 * it against this) rather than made again by every build.
 */
export function traditionalTableOfOpenCC(): Record<string, string> {
  const table: Record<string, string> = {};
  const [toSimplified, back] = [charsToSimplified(), charsToSimplified()];
  for (const char of [...candidates()].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!)) {
    const code = char.codePointAt(0)!;
    if (code < 0x4e00 || code > 0x9fff) continue;
    const simplified = toSimplified.map((convert) => convert(char)).find((form) => form !== char);
    if (!simplified) continue;
    const simplifiedForm = charsToTraditional().some((convert) => {
      const traditional = convert(char);
      return traditional !== char && back.some((b) => b(traditional) === char);
    });
    if (!simplifiedForm) table[char] = simplified;
  }
  return table;
}

/**
 * The table of Traditional characters (traditionalTableOfOpenCC) for a course: with `within` (the course's own
 * text), only the characters whose Simplified form the course uses: converting any other one could not help a
 * query find a page, and the table stays a few KB. The search gets this table instead of a converter: a query
 * is checked and converted with it.
 */
export function traditionalTable(within?: string): Record<string, string> {
  if (within === undefined) return { ...TRADITIONAL_CHARACTERS };
  const has = charsIn(within);
  return Object.fromEntries(Object.entries(TRADITIONAL_CHARACTERS).filter(([, simplified]) => [...simplified].some(has)));
}
