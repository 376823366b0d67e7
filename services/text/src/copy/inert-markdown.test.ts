import { expect, test } from 'vitest';
import { inertMarkdown } from './inert-markdown.ts';

test('HTML outside code is escaped, so no renderer makes an element of it', () => {
  expect(inertMarkdown('Hi <script>alert(1)</script> and <img src=x onerror=alert(1)>')).toBe(
    'Hi &lt;script>alert(1)&lt;/script> and &lt;img src=x onerror=alert(1)>',
  );
});

test('links to script URLs lose their target; ordinary links stay', () => {
  expect(inertMarkdown('[a](javascript:alert(1)) [b]( data:text/html,x) [c](https://example.com)')).toBe(
    '[a](#)) [b](#) [c](https://example.com)',
  );
});

test('code spans and fenced blocks are left as written', () => {
  const markdown = 'Use `<div>` here.\n\n```html\n<p>kept</p>\n```\n\nAfter <b>.';
  expect(inertMarkdown(markdown)).toBe('Use `<div>` here.\n\n```html\n<p>kept</p>\n```\n\nAfter &lt;b>.');
});

test('Markdown syntax itself is untouched', () => {
  const markdown = '# Title\n\n> quote\n\n- item **bold** [link](https://x.y)\n\n1 < 2 > 0';
  expect(inertMarkdown(markdown)).toBe('# Title\n\n> quote\n\n- item **bold** [link](https://x.y)\n\n1 &lt; 2 > 0');
});
