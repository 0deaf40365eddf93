import { resolve } from 'node:path';
import { readKinds } from '../../src/loaders/read-documents';
import { VALID_FIXTURE } from './fixtures';

/** The kinds of document of the valid fixture (a joint statement and a talks readout), for unit tests that read documents. */
export const KINDS = readKinds(resolve(VALID_FIXTURE)).kinds;
