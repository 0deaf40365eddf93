// Every built page is valid HTML, and the security headers cover every page's policy.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/lib/security-headers';
import { SITE_DIR, htmlPages } from '../support/dist';

describe('HTML', () => {
  it('validates on every page: zero errors', async () => {
    const validator = new HtmlValidate({
      extends: ['html-validate:recommended'],
      rules: {
        // Astro writes <!doctype html>; style is not validity.
        'doctype-style': 'off',
        // Attribute and void-element style is Astro's, not ours to police.
        'attribute-boolean-style': 'off',
        'void-style': 'off',
        // The texts use straight quotes and apostrophes verbatim.
        'no-raw-characters': 'off',
        // Inline <style> is how Astro ships each page's CSS (hashed in the CSP).
        'no-inline-style': 'off',
        // Long passage ids in URLs make long lines; not a validity matter.
        'long-title': 'off',
        // HTML allows an id to start with a digit; events' permanent anchors start with their date.
        'valid-id': ['error', { relaxed: true }],
      },
    });
    const pages = htmlPages().filter((p) => p.file.endsWith('.html'));
    const errors: string[] = [];
    for (const { path, file } of pages) {
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      for (const result of report.results) {
        for (const m of result.messages) if (m.severity === 2) errors.push(`${path}:${m.line}:${m.column} ${m.ruleId} ${m.message}`);
      }
    }
    console.log(`html-validate: ${pages.length} pages, ${errors.length} errors`);
    expect(errors).toEqual([]);
  });
});

describe('security headers', () => {
  it('write a _headers file whose policy allows every page its own hashes', () => {
    const headers = readFileSync(join(SITE_DIR, '_headers'), 'utf8');
    const policy = parsePolicy(/Content-Security-Policy: (.*)/.exec(headers)![1]!);
    expect(policy.get('frame-ancestors')).toEqual(["'none'"]);
    for (const { file } of htmlPages()) {
      const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(readFileSync(file, 'utf8'));
      expect(meta, file).not.toBeNull();
      for (const [name, sources] of parsePolicy(meta![1]!)) {
        for (const source of sources) expect(policy.get(name), `${file}: ${name} ${source}`).toContain(source);
      }
    }
  });
});
