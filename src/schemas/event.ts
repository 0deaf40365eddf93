import { z } from 'astro/zod';
import { DATE_BASES } from './dates';
import { partialDate, passageRef, referenceIds, slug, text } from './fields';

/** A timeline event: content/events/<event-id>.yaml. */
export const eventSchema = z
  .strictObject({
    title: text,
    /** The day, month or year it happened (its start, for a span). */
    date: partialDate,
    /** The last day, month or year, for an event that spans time. */
    end: partialDate.optional(),
    /** How the date is known: stated in the texts, confirmed by a reference, or inferred. */
    dateBasis: z.enum(DATE_BASES),
    /** The editors' account of the date, required when it is inferred. */
    dateNote: text.optional(),
    description: text,
    /** A place in the glossary, for the map. */
    place: slug.optional(),
    /** A document of the record that this event is the signing or adoption of: the timeline links it, and its page lists the event. */
    document: slug.optional(),
    /** The passages that mention or imply the event. */
    passages: z.array(passageRef).min(1, 'an event is on the timeline because a passage mentions it: list at least one'),
    references: referenceIds,
  })
  .superRefine((event, ctx) => {
    if (event.dateBasis === 'confirmed' && event.references.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['references'], message: 'a confirmed date needs the reference that confirms it' });
    }
    if (event.dateBasis === 'inferred' && !event.dateNote) {
      ctx.addIssue({ code: 'custom', path: ['dateNote'], message: 'an inferred date needs a dateNote saying how it was inferred' });
    }
    if (event.end && event.end <= event.date) {
      ctx.addIssue({ code: 'custom', path: ['end'], message: `end ${event.end} is not after date ${event.date}` });
    }
  });

export type EventData = z.output<typeof eventSchema>;
