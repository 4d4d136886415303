/**
 * Finds what looks like a credential in the files of a built site or package: an HTTP Basic or Bearer
 * value, a key, secret, password or token written as a value, a user and password inside a URL, a
 * private key. The course never needs one: an LMS hands the cmi5 package its token at launch, and a
 * trainer types the LRS key into /team/ at run time. Used by package:cmi5 and the build checks.
 */

export interface TextFile {
  name: string;
  text: string;
}

const PATTERNS: [what: string, pattern: RegExp][] = [
  ['an HTTP Basic credential', /\bBasic\s+[A-Za-z0-9+/]{12,}={0,2}(?![A-Za-z0-9+/=])/],
  ['a Bearer token', /\bBearer\s+[A-Za-z0-9._~+/-]{16,}/],
  [
    'a key, secret, password or token as a value',
    /["']?\b(?:api[_-]?key|secret|password|passwd|auth[_-]?token|access[_-]?token|client[_-]?secret)["']?\s*[:=]\s*["'][^"'\s]{6,}["']/i,
  ],
  ['a user and password in a URL', /\bhttps?:\/\/[^/\s:@"'<>]+:[^/\s@"'<>]+@[\w.-]+/],
  ['a private key', /-----BEGIN [A-Z ]*PRIVATE KEY-----/],
];

/** One line per finding: the file, what was found and a short excerpt with the value masked. */
export function findCredentials(files: readonly TextFile[]): string[] {
  const found: string[] = [];
  for (const { name, text } of files) {
    for (const [what, pattern] of PATTERNS) {
      const match = pattern.exec(text);
      if (match) found.push(`${name}: ${what} (${match[0].slice(0, 12)}…)`);
    }
  }
  return found;
}

/** Whether a file's name says it is text the browser reads (the files worth scanning). */
export const isTextFile = (name: string) => /\.(html|js|mjs|css|json|webmanifest|txt|xml|svg)$/i.test(name);
