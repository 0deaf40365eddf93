import { describe, expect, it } from 'vitest';
import { byDateDescending, formatDate, isCalendarDate, yearOf } from '../../src/lib/dates';

describe('calendar dates', () => {
  it('accepts days that exist and refuses the rest', () => {
    expect(isCalendarDate('2023-05-17')).toBe(true);
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2023-02-29')).toBe(false);
    expect(isCalendarDate('2023-02-30')).toBe(false);
    expect(isCalendarDate('2023-13-01')).toBe(false);
    expect(isCalendarDate('2023-00-10')).toBe(false);
    expect(isCalendarDate('2023-5-17')).toBe(false);
    expect(isCalendarDate('17 May 2023')).toBe(false);
  });

  it('formats as day, month name, year', () => {
    expect(formatDate('2023-05-17')).toBe('17 May 2023');
    expect(formatDate('2024-07-03')).toBe('3 July 2024');
    expect(yearOf('2024-07-03')).toBe(2024);
    expect(() => formatDate('2023-02-30')).toThrow(/not a calendar date/);
  });

  it('sorts newest first', () => {
    const docs = [{ date: '2023-05-17' }, { date: '2024-07-03' }, { date: '1992-01-03' }];
    expect(docs.sort(byDateDescending).map((d) => d.date)).toEqual(['2024-07-03', '2023-05-17', '1992-01-03']);
  });
});
