import type { NeedId } from '../../src/engine/ids.ts';

export const NEEDS_FOR_TESTS: readonly NeedId[] = ['formation', 'garde_enfants', 'emploi', 'logement'];
