import { z } from 'astro/zod';
import { fullWidthPunctuation } from './punctuation.ts';

/** Text a learner reads: required, trimmed, with Chinese punctuation made full-width. */
export const prose = z.string().trim().min(1).transform(fullWidthPunctuation);
