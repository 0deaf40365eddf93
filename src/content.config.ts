import { defineCollection } from 'astro:content';
import type { z } from 'astro/zod';
import { documentsLoader } from './loaders/documents';
import { yamlLoader } from './loaders/yaml';
import { documentSchema } from './schemas/document';
import { eventSchema } from './schemas/event';
import { glossarySchema } from './schemas/glossary';
import { kindSchema } from './schemas/kind';
import { notesSchema } from './schemas/notes';
import { referenceSchema } from './schemas/reference';
import { relationsSchema } from './schemas/relations';
import { themeSchema } from './schemas/theme';

/** Where content lives; tests point it at fixture folders. */
const contentDir = process.env.CONTENT_DIR ?? 'content';

/** A folder of YAML files: the loader reads and checks them, the schema gives their type. */
const yamlCollection = <S extends z.ZodType>(folder: string, schema: S) => defineCollection({ loader: yamlLoader({ contentDir, folder, schema }), schema });

export const collections = {
  documents: defineCollection({
    loader: documentsLoader({ contentDir }),
    schema: documentSchema,
  }),
  kinds: yamlCollection('kinds', kindSchema),
  themes: yamlCollection('themes', themeSchema),
  events: yamlCollection('events', eventSchema),
  glossary: yamlCollection('glossary', glossarySchema),
  relations: yamlCollection('relations', relationsSchema),
  references: yamlCollection('references', referenceSchema),
  notes: yamlCollection('notes', notesSchema),
};
