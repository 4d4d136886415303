/**
 * Finds optional dependencies that package-lock.json does not record. npm records every platform's
 * optional binaries (esbuild's, rolldown's, Pagefind's…) when it resolves the tree from scratch; a lock
 * written by an npm that skipped other platforms makes `npm ci` refuse it on those platforms.
 */

interface LockEntry {
  optionalDependencies?: Record<string, string>;
}

/** Each optional dependency a package asks for that no lock entry resolves, as "parent -> name". */
export function missingOptionalDependencies(lock: { packages?: Record<string, LockEntry> }): string[] {
  const packages = lock.packages ?? {};
  const missing: string[] = [];
  for (const [path, entry] of Object.entries(packages)) {
    for (const name of Object.keys(entry.optionalDependencies ?? {})) {
      if (!resolves(packages, path, name)) missing.push(`${path || '(root)'} -> ${name}`);
    }
  }
  return missing;
}

/** Node's lookup: node_modules/<name> beside `path`, then in each folder above it. */
function resolves(packages: Record<string, LockEntry>, path: string, name: string): boolean {
  let base = path;
  for (;;) {
    if (packages[`${base ? `${base}/` : ''}node_modules/${name}`]) return true;
    if (!base) return false;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut < 0 ? '' : base.slice(0, cut);
  }
}
