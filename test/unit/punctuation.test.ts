import { describe, expect, it } from 'vitest';
import { fullWidthPunctuation } from '../../src/text/punctuation.ts';

describe('fullWidthPunctuation', () => {
  it.each([
    ['客户,你好', '客户，你好'],
    ['你好:请问有什么可以帮您', '你好：请问有什么可以帮您'],
    ['是吗?', '是吗？'],
    ['太好了!', '太好了！'],
    ['态度;知识', '态度；知识'],
    ['质量(服务)', '质量（服务）'],
    ['(注意)先道歉', '（注意）先道歉'],
    ['按定义,客户服务意识是提供哪种服务的欲望和意识?', '按定义，客户服务意识是提供哪种服务的欲望和意识？'],
    ['客户 ,你好', '客户，你好'],
    ['Hello,你好', 'Hello，你好'],
    ['“好”,他说', '“好”，他说'],
  ])('makes the ASCII marks in %j full-width: %j', (input, output) => {
    expect(fullWidthPunctuation(input)).toBe(output);
  });

  it.each([
    ['a number', '共 3,000 元'],
    ['English text', 'Hello, world: are you there? (yes)!'],
    ['a standard number', 'GB/T19004.2-1994(ISO9004-2)'],
    ['a standard number inside Chinese text', '见GB/T19004.2-1994(ISO9004-2)标准'],
    ['English in parentheses after Chinese', '服务(service)质量'],
    ['a time', '上午 9:30 开始'],
    ['text that is already full-width', '客户，你好：请问（服务）？'],
  ])('leaves %s unchanged', (_name, text) => {
    expect(fullWidthPunctuation(text)).toBe(text);
  });
});
