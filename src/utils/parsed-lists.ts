/**
 * The list files (questions, glossary terms) as the content check read them, handed to the build's content
 * loader so that it does not read and validate every file a second time (content-loader.ts). The check runs in
 * a thread of its own during `astro build` (content-integration.ts) and has read them before Astro syncs its
 * content. Astro loads the content config in a module graph of its own, so the hand-over is a global, not an
 * export.
 */

/** The valid items of each list file, by the file's absolute path. */
export type ParsedLists = Map<string, unknown[]>;

const KEY = Symbol.for('course:parsed-lists');
type Holder = { [KEY]?: Promise<ParsedLists | undefined> };

/** Offers the lists the check is reading (undefined if it could not: the loader then reads the files itself). */
export function offerParsedLists(lists: Promise<ParsedLists | undefined>): void {
  (globalThis as Holder)[KEY] = lists;
}

/** The lists the content check read in this build, if it offered them. */
export function parsedLists(): Promise<ParsedLists | undefined> {
  return (globalThis as Holder)[KEY] ?? Promise.resolve(undefined);
}
