import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSourceText } from '../../src/lib/sources';

describe('source texts', () => {
  it('splits paragraphs on blank lines and keeps their characters', () => {
    expect(parseSourceText('One "two".\n\nThree <> four.\n\n\n  Five.  \n')).toEqual({
      paragraphs: ['One "two".', 'Three <> four.', 'Five.'],
    });
  });

  it('takes a leading " date YYYY-MM-DD" as the date of the copy, not as text', () => {
    expect(parseSourceText(' date 2024-07-12 On the morning of July 3.\n\nNext.')).toEqual({
      date: '2024-07-12',
      paragraphs: ['On the morning of July 3.', 'Next.'],
    });
  });

  it('reads the two sources as the paragraphs their README counts', () => {
    const talks = parseSourceText(readFileSync('content/sources/2024-07-03-astana-talks.txt', 'utf8'));
    const statement = parseSourceText(readFileSync('content/sources/2023-05-joint-statement.txt', 'utf8'));
    expect(talks.date).toBe('2024-07-12');
    expect(talks.paragraphs).toHaveLength(15);
    expect(talks.paragraphs[0]).toMatch(/^On the morning of July 3, 2024/);
    expect(statement.date).toBeUndefined();
    expect(statement.paragraphs).toHaveLength(50);
    expect(statement.paragraphs[2]).toMatch(/^1\. The two sides reaffirmed/);
  });
});
