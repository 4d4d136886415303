import { describe, expect, it } from 'vitest';
import { scriptJson } from '../../src/lib/script-json.ts';

describe('scriptJson', () => {
  it('escapes every "<" so a closing script tag cannot appear', () => {
    const text = scriptJson({ stem: '</script><script>alert(1)</script><!--' });
    expect(text).not.toContain('<');
    expect(text).toContain('\\u003c/script>');
  });

  it('reads back unchanged with JSON.parse', () => {
    const value = { ids: ['a-1', 'b-2'], stem: '客户说：“a < b”，</script> 怎么办？', n: 3 };
    expect(JSON.parse(scriptJson(value))).toEqual(value);
  });
});
