/**
 * Turning what a learner types into what the index is asked: normalising, finding aliases,
 * cutting a whole question into the words worth searching. No DOM, no Pagefind.
 */

/** Question words, particles and fillers that say nothing about the topic of a question. */
const STOPWORDS: ReadonlySet<string> = new Set(
  (
    '怎么 怎么办 怎样 怎么样 如何 为什么 为何 什么 啥 哪 哪些 哪个 哪里 哪儿 哪几 多少 几 几个 几种 几步 是否 是不是 有没有 能不能 可不可以 ' +
    '吗 呢 吧 啊 呀 嘛 了 的 地 得 着 过 么 和 与 及 或 跟 同 对 把 被 给 向 从 在 于 为 以 就 都 还 也 又 才 再 很 太 挺 最 更 非常 特别 ' +
    '总是 老是 一直 到底 到底是 究竟 要不要 会不会 该不该 让 其实 真的 应该 应当 该 要 想 会 能 能够 可以 可 得 需要 必须 是 有 没 没有 不 别 ' +
    '我 你 您 他 她 它 我们 你们 他们 她们 咱们 自己 人家 这 那 这个 那个 这些 那些 这样 那样 这么 那么 一个 一下 一些 一种 ' +
    'a an the of to in on for and or is are how what why which who when do does should can i my me we you it'
  ).split(' '),
);

const HAN = /\p{Script=Han}/u;

/** `text` with each Traditional character of `table` (character → Simplified form) in its Simplified form. */
export function toSimplified(text: string, table: Readonly<Record<string, string>>): string {
  return [...text].map((c) => table[c] ?? c).join('');
}

const DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** A number from 0 to 100 written in Chinese numerals ("二十", "九十五", "十五", "一百"), or undefined. */
function chineseNumber(text: string): number | undefined {
  if (text === '一百' || text === '百') return 100;
  const match = /^([一二两三四五六七八九])?十([一二三四五六七八九])?$/.exec(text);
  if (match) return (match[1] ? DIGITS[match[1]]! : 1) * 10 + (match[2] ? DIGITS[match[2]]! : 0);
  return text.length === 1 ? DIGITS[text] : undefined;
}

/**
 * Full-width letters and digits to ASCII, spaces collapsed, trimmed; and a percentage said in words
 * ("百分之二十", as voice input writes it) as the course writes it ("20%").
 */
export function normalizeQuery(query: string): string {
  return query
    .normalize('NFKC')
    .replace(/百分之([零〇一二两三四五六七八九十百]+|\d+(?:\.\d+)?)/gu, (said, amount: string) => {
      const n = /\d/.test(amount) ? amount : chineseNumber(amount);
      return n === undefined ? said : `${n}%`;
    })
    .replace(/\s+/g, ' ')
    .trim();
}

/** An alias found in a query, with the glossary term it stands for. */
export interface AliasHit {
  alias: string;
  term: string;
}

/**
 * The aliases a query contains (longest first, without overlaps), each with its term, and the
 * query with them taken out. Latin aliases match whole words only, ignoring case: "GE" is not
 * found in "manager".
 */
export function findAliases(query: string, aliases: readonly (readonly [alias: string, term: string])[]): { hits: AliasHit[]; rest: string } {
  const sorted = [...aliases].sort((a, b) => b[0].length - a[0].length);
  const hits: AliasHit[] = [];
  let rest = query;
  for (const [alias, term] of sorted) {
    if (!alias) continue;
    const latin = !HAN.test(alias);
    const pattern = new RegExp(latin ? `(?<![a-z0-9])${escape(alias)}(?![a-z0-9])` : escape(alias), latin ? 'iu' : 'u');
    if (!pattern.test(rest)) continue;
    hits.push({ alias, term });
    rest = rest.replace(pattern, ' ');
  }
  return { hits, rest: normalizeQuery(rest) };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether the query is a question or phrase with words that only ask ("客户发火怎么办"). */
export function isQuestion(query: string, lexicon: ReadonlySet<string> = new Set()): boolean {
  return segmentWords(normalizeQuery(query).toLowerCase(), withStopwords(lexicon)).some(isStopword);
}

// Question words longer than a character are cut whole ("怎么办", not "怎么|办").
const LONG_STOPWORDS = [...STOPWORDS].filter((w) => w.length > 1 && /\p{Script=Han}/u.test(w));
const withStopwords = (lexicon: ReadonlySet<string>) => new Set([...lexicon, ...LONG_STOPWORDS]);

let segmenter: Intl.Segmenter | undefined;

/** Splits text into words: longest match from `lexicon` first, then the platform's word segmenter. */
export function segmentWords(text: string, lexicon: ReadonlySet<string> = new Set()): string[] {
  const longest = Math.max(0, ...[...lexicon].map((w) => w.length));
  const words: string[] = [];
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const cut = segmenter;
  const flush = (span: string) => {
    for (const s of cut.segment(span)) if (s.isWordLike) words.push(s.segment);
  };
  let pending = '';
  let i = 0;
  outer: while (i < text.length) {
    for (let length = Math.min(longest, text.length - i); length >= 2; length--) {
      const candidate = text.slice(i, i + length);
      if (lexicon.has(candidate)) {
        flush(pending);
        pending = '';
        words.push(candidate);
        i += length;
        continue outer;
      }
    }
    pending += text[i];
    i++;
  }
  flush(pending);
  return words;
}

/** Whether a word only asks: a question word or particle, or "几个/几种…" asking for a number. */
export const isStopword = (word: string): boolean => STOPWORDS.has(word) || /^几./u.test(word);

/**
 * The words of a question worth searching on their own: question words and particles dropped,
 * and runs of single Chinese characters the segmenter left apart joined again ("客|服" → "客服").
 */
export function queryTerms(query: string, lexicon: ReadonlySet<string> = new Set()): string[] {
  const words = segmentWords(normalizeQuery(query).toLowerCase(), withStopwords(lexicon));
  const terms: string[] = [];
  let run = '';
  const endRun = () => {
    if (run) terms.push(run);
    run = '';
  };
  for (const word of words) {
    if (isStopword(word)) {
      endRun();
      continue;
    }
    if (word.length === 1 && HAN.test(word)) {
      run += word;
      continue;
    }
    endRun();
    terms.push(word);
  }
  endRun();
  return [...new Set(terms)];
}

/** Words a way of asking implies: "…是什么意思" asks for a definition (定义). */
const INTENTS: [RegExp, string][] = [[/什么意思|啥意思|的含义|什么叫|指的是什么/u, '定义']];

/** Course words implied by how the question is asked, searched with the question's own words. */
export function intentWords(query: string): string[] {
  return INTENTS.filter(([pattern]) => pattern.test(query)).map(([, word]) => word);
}
