import { describe, expect, it } from 'vitest';
import { formatDateSpan, formatPartialDate, isPartialDate, precisionOf } from '../../src/lib/dates';
import { byDate, eventDateLabel, eventsByYear, toTimelineEvent, type TimelineEvent } from '../../src/lib/events';

const event = (id: string, date: string, end?: string): TimelineEvent =>
  toTimelineEvent(id, `${id}.yaml`, {
    title: id,
    date,
    ...(end ? { end } : {}),
    dateBasis: 'stated',
    description: '…',
    passages: ['a/clause-1'],
    references: [],
  });

describe('dates known to the day, month or year', () => {
  it('accepts only dates that exist, at any of the three precisions', () => {
    expect(['1992-01-03', '2014-11', '2015'].map(isPartialDate)).toEqual([true, true, true]);
    expect(['2023-02-30', '2014-13', '15', '2015-1', '2015-01-01T00:00'].map(isPartialDate)).toEqual([false, false, false, false, false]);
    expect(['1992-01-03', '2014-11', '2015'].map(precisionOf)).toEqual(['day', 'month', 'year']);
  });

  it('writes each precision as it is known, never more precisely', () => {
    expect(formatPartialDate('1992-01-03')).toBe('3 January 1992');
    expect(formatPartialDate('2014-11')).toBe('November 2014');
    expect(formatPartialDate('2015')).toBe('2015');
  });

  it('writes spans briefly', () => {
    expect(formatDateSpan('2024-07-02', '2024-07-04')).toBe('2–4 July 2024');
    expect(formatDateSpan('2022-09-30', '2022-10-02')).toBe('30 September – 2 October 2022');
    expect(formatDateSpan('2023-07-04', '2024-07-04')).toBe('4 July 2023 – 4 July 2024');
    expect(formatDateSpan('2012', '2022')).toBe('2012–2022');
    expect(eventDateLabel({ date: '2025' })).toBe('2025');
  });
});

describe('the timeline', () => {
  const events = [
    event('2024-07-03-talks', '2024-07-03'),
    event('2024-tourism', '2024'),
    event('1992-relations', '1992-01-03'),
    event('2024-07-summit', '2024-07-03', '2024-07-04'),
    event('2024-07-visit', '2024-07'),
  ];

  it('orders by start, the vaguer date first within its period, then the shorter span', () => {
    expect([...events].sort(byDate).map((e) => e.id)).toEqual([
      '1992-relations',
      '2024-tourism',
      '2024-07-visit',
      '2024-07-03-talks',
      '2024-07-summit',
    ]);
  });

  it('groups events by the year they start in, oldest first', () => {
    expect(eventsByYear(events).map((y) => [y.year, y.events.length])).toEqual([
      [1992, 1],
      [2024, 4],
    ]);
  });
});
