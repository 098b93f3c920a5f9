import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { escapeHtml, heading, html, Markup } from '../../../src/report/html/markup.js';

describe('escapeHtml', () => {
  it('turns the five HTML metacharacters into entities', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
  });

  it('cleans like the other reports: control characters and bidi overrides gone, white space collapsed', () => {
    expect(escapeHtml('a\u0000b\u202Ec\n\n d\u001b[31m')).toBe('a b c d');
  });

  it('leaves no character that could open a tag or close an attribute, whatever the text (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        expect(escapeHtml(s)).not.toMatch(/[<>"']/);
      }),
      { seed: 17, numRuns: 500 },
    );
  });
});

describe('html', () => {
  it('escapes every interpolated string, keeps Markup, joins arrays, drops empty parts', () => {
    const name = '<b>x</b>';
    const out = html`<p title="${name}">${name} ${html`<i>${name}</i>`} ${[html`<br>`, 'a&b']}${null}${undefined}${false}${3}</p>`;
    expect(out).toBeInstanceOf(Markup);
    expect(out.value).toBe('<p title="&lt;b&gt;x&lt;/b&gt;">&lt;b&gt;x&lt;/b&gt; <i>&lt;b&gt;x&lt;/b&gt;</i> <br>a&amp;b3</p>');
  });

  it('prints no NaN or Infinity', () => {
    expect(html`${NaN}|${Infinity}`.value).toBe('|');
  });

  it('cannot be fooled by an object that looks like Markup', () => {
    const fake = { value: '<script>' } as unknown as Markup;
    expect(html`${fake}`.value).not.toContain('<script>');
  });
});

describe('heading', () => {
  it('keeps the level between 1 and 6 and escapes the text and the id', () => {
    expect(heading(3, 'A <b>', 'x"y').value).toBe('<h3 id="x&quot;y">A &lt;b&gt;</h3>');
    expect(heading(9, 'deep').value).toBe('<h6>deep</h6>');
    expect(heading(0, 'top').value).toBe('<h1>top</h1>');
  });
});
