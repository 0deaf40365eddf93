/** How the content writes ids and references to them: shared by the schemas and the domain. */

/** A permanent id: lower-case letters and digits joined by hyphens. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A passage, from outside its document: "<doc-id>/<passage-id>". */
export const PASSAGE_REF_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A relation's target: a passage ("<doc-id>/<passage-id>") or a whole document of the record ("<doc-id>"). */
export const RELATION_TARGET_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)?$/;
