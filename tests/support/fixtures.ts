import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ROOT, TMP } from './build';

/** The small, valid content folder the content tests start from. */
export const VALID_FIXTURE = resolve(ROOT, 'tests/fixtures/valid');

export type Edit =
  | { file: string; replace: string; with: string }
  | { file: string; write: string }
  | { file: string; remove: true };

/**
 * A copy of the valid fixture with some edits, in tests/.tmp. A `replace` that finds
 * nothing throws, so a test can never pass because its edit silently did nothing.
 */
export function fixture(name: string, edits: Edit[] = []): string {
  const dir = join(TMP, 'fixtures', name);
  rmSync(dir, { recursive: true, force: true });
  cpSync(VALID_FIXTURE, dir, { recursive: true });
  for (const edit of edits) {
    const file = join(dir, edit.file);
    if ('remove' in edit) rmSync(file);
    else if ('write' in edit) writeFileSync(file, edit.write);
    else {
      const text = readFileSync(file, 'utf8');
      if (!text.includes(edit.replace)) throw new Error(`fixture ${name}: "${edit.replace}" is not in ${edit.file}`);
      writeFileSync(file, text.replace(edit.replace, edit.with));
    }
  }
  return dir;
}
