import { z } from 'astro/zod';
import { text } from './fields';

/** A theme: content/themes/<theme-id>.yaml. Passages name it in their `themes` attribute. */
export const themeSchema = z.strictObject({
  title: text,
  /** One paragraph, in the editors' words: what the theme covers. */
  description: text,
});

export type ThemeData = z.output<typeof themeSchema>;
