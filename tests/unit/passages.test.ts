import { describe, expect, it } from 'vitest';
import { excerpt, numberInId } from '../../src/lib/passages';
import { passageInContextPath, passagePath, withBase } from '../../src/lib/urls';

describe('passages and their URLs', () => {
  it('reads the number a passage id ends in', () => {
    expect(numberInId('clause-12')).toBe('12');
    expect(numberInId('para-1')).toBe('1');
    expect(numberInId('signing')).toBeUndefined();
  });

  it('cuts descriptions at a word, with an ellipsis', () => {
    expect(excerpt('Short text.')).toBe('Short text.');
    const long = 'The two sides agreed to take measures to ensure the long-term safe and stable operation and stable supply of the Kazakhstan section of the China-Central Asia natural gas pipeline.';
    const cut = excerpt(long, 80);
    expect(cut.length).toBeLessThanOrEqual(80);
    expect(cut.endsWith('…')).toBe(true);
    expect(long.startsWith(cut.slice(0, -1))).toBe(true);
  });

  it('makes the permanent paths, under any base', () => {
    expect(passagePath('2023-05-17-joint-statement', 'clause-12')).toBe('/documents/2023-05-17-joint-statement/clause-12/');
    expect(passageInContextPath('d', 'clause-12')).toBe('/documents/d/#clause-12');
    expect(withBase('/documents/', '/')).toBe('/documents/');
    expect(withBase('/documents/', '/china-kazakhstan')).toBe('/china-kazakhstan/documents/');
    expect(withBase('/', '/china-kazakhstan/')).toBe('/china-kazakhstan/');
  });
});
