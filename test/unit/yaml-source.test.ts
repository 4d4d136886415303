import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readYaml, readYamlWithNodes } from '../../src/lib/yaml-source.ts';

const CONTENT = join(import.meta.dirname, '../../content');

/** Every YAML text of the course: the list and object files, and each lesson's frontmatter (from line 2). */
function yamlTexts(dir = CONTENT): { file: string; text: string; firstLine: number }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return yamlTexts(path);
    const file = relative(CONTENT, path);
    if (entry.name.endsWith('.yaml')) return [{ file, text: readFileSync(path, 'utf8'), firstLine: 1 }];
    const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(entry.name.endsWith('.mdx') ? readFileSync(path, 'utf8') : '');
    return frontmatter ? [{ file, text: frontmatter[1]!, firstLine: 2 }] : [];
  });
}

describe('readYaml, the fast reading', () => {
  const texts = yamlTexts();

  it('finds the course content', () => {
    expect(texts.filter((t) => t.file.startsWith('questions/')).length).toBeGreaterThan(0);
    expect(texts.filter((t) => t.file.endsWith('.mdx')).length).toBeGreaterThan(0);
  });

  it('reads every content file to the same value, and each list item at the same line, as the reading with nodes', () => {
    for (const { file, text, firstLine } of texts) {
      const fast = readYaml(text, firstLine);
      const nodes = readYamlWithNodes(text, firstLine);
      expect(fast.value, file).toEqual(nodes.value);
      if (Array.isArray(nodes.value)) for (const i of nodes.value.keys()) expect(fast.lineOf([i]), `${file} item ${i}`).toBe(nodes.lineOf([i]));
      else if (nodes.value && typeof nodes.value === 'object')
        for (const key of Object.keys(nodes.value)) expect(fast.lineOf([], key), `${file} field ${key}`).toBe(nodes.lineOf([], key));
    }
  });

  it('gives the line of a field, and explains a mistake with its line, as before', () => {
    const text = '- id: a\n  stem: 甲\n- id: b\n  stem: 乙\n  explanation: 丙\n';
    expect(readYaml(text).lineOf([1, 'explanation'])).toBe(5);
    expect(readYaml(text).lineOf([1])).toBe(3);
    const broken = readYaml('- id: a\n  stem: "甲\n- id: b\n');
    expect(broken.value).toBeUndefined();
    expect(broken.error?.code).toBe('yaml.quote');
  });

  it('keeps dates and YAML 1.1 words as text, as the core schema says', () => {
    expect(readYaml('a: 2026-01-01\nb: yes\nc: on\nd: 010\n').value).toEqual({ a: '2026-01-01', b: 'yes', c: 'on', d: 10 });
  });

  it('finds a top field written twice, or inside a flow map, from the nodes', () => {
    const text = 'title: 甲\nnotes: |\n  title: 不是字段\n';
    expect(readYaml(text).lineOf([], 'title')).toBe(1);
    const flow = '{ title: 甲, order: 2 }\n';
    expect(readYaml(flow).lineOf([], 'order')).toBe(readYamlWithNodes(flow).lineOf([], 'order'));
  });

  it('finds item lines from the nodes when the list is not written at the margin', () => {
    const text = '[{ id: a }, { id: b }]\n';
    expect(readYaml(text).lineOf([1])).toBe(readYamlWithNodes(text).lineOf([1]));
  });
});
