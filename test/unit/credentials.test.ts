import { describe, expect, it } from 'vitest';
import { findCredentials } from '../../scripts/lib/credentials.ts';

const scan = (text: string) => findCredentials([{ name: 'a.js', text }]);

describe('findCredentials', () => {
  it('finds a Basic credential, a bearer token, a key as a value, a password in a URL and a private key', () => {
    expect(scan('headers:{Authorization:"Basic dXNlcjpzZWNyZXRwYXNz"}')).toEqual([expect.stringMatching(/^a\.js: an HTTP Basic credential/)]);
    expect(scan('Authorization: Bearer eyJhbGciOiJIUzI1NiJ9.abc')).toHaveLength(1);
    expect(scan('{"apiKey": "k-1234567890"}')).toHaveLength(1);
    expect(scan('const password = "hunter22";')).toHaveLength(1);
    expect(scan('fetch("https://lrs:s3cret@lrs.example.cn/xapi/")')).toHaveLength(1);
    expect(scan('-----BEGIN RSA PRIVATE KEY-----')).toHaveLength(1);
  });

  it('leaves code that builds a credential at run time and ordinary text alone', () => {
    expect(scan('headers.Authorization = "Basic " + btoa(user + ":" + key);')).toEqual([]);
    expect(scan('auth:`Basic ${t}`')).toEqual([]);
    expect(scan('<label>读取密钥（key）</label><input type="password" name="secret">')).toEqual([]);
    expect(scan('https://lrs.example.cn/xapi/')).toEqual([]);
  });

  it('masks what it found', () => {
    const [line] = scan('Authorization:"Basic dXNlcjpzZWNyZXRwYXNz"');
    expect(line).not.toContain('c2VjcmV0');
  });
});
