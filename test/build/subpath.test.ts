import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenLinks } from '../../scripts/lib/links.ts';
import { requireDist, ROOT } from './build-site.ts';

describe('the course built for a sub-path (npm run build:subpath)', () => {
  it('has every internal link and anchor under /training/customer-service/', () => {
    expect(brokenLinks(requireDist(join(ROOT, 'dist-subpath')), '/training/customer-service/')).toEqual([]);
  });
});
