import type { Plugin } from 'vite';
import { fullWidthPunctuation } from '../text/punctuation.ts';

const FRONTMATTER = /^(---\r?\n[\s\S]*?\r?\n---\r?\n?)([\s\S]*)$/;

/** A lesson's MDX body with full-width Chinese punctuation; frontmatter is left to the schema. */
function punctuateMdx(source: string): string {
  const match = FRONTMATTER.exec(source);
  return match ? match[1] + fullWidthPunctuation(match[2]!) : fullWidthPunctuation(source);
}

/** Vite plugin: runs before MDX compiles a lesson, so prose and component text props are fixed alike. */
export function punctuationPlugin(): Plugin {
  return {
    name: 'course:full-width-punctuation',
    enforce: 'pre',
    transform: {
      // A filter lets Rolldown skip every other module without calling into JavaScript.
      filter: { id: /\.mdx(?:\?|$)/ },
      handler(code) {
        return { code: punctuateMdx(code), map: null };
      },
    },
  };
}
