/** One page of each type, for checks that must cover every kind of page. */
export const PAGE_TYPES = [
  './',
  'modules/communication/',
  'lessons/communication/communication-model/',
  'lessons/product-value/four-layers/',
  'search/?q=沟通',
  'glossary/',
  'question-types/',
  'progress/',
  'paths/',
  'paths/new-hire/',
  'paths/custom/',
  'team/',
  'no-such-page/',
];
