// Small builders shared by the engine tests.
import type { Scenario } from '../../src/engine/world.ts';
import { parseTag } from '../../src/engine/tags.ts';
import type { Tag } from '../../src/engine/tags.ts';

const text = (s: string) => ({ fr: s, en: s });

export function scenario(overrides: Partial<Scenario> = {}): Scenario {
  return {
    id: 'test',
    version: 1,
    title: text('Test'),
    summary: text('Test'),
    minutes: 5,
    weeks: 4,
    timePerWeek: 6,
    principles: ['reseau', 'confiance', 'ethique', 'communication'],
    cast: [
      { id: 'ana', role: 'beneficiary', name: text('Ana'), about: text('.') },
      { id: 'cfp', role: 'partner', sector: 'formation', trust: 40, name: text('Centre'), about: text('.') },
      { id: 'rpe', role: 'partner', sector: 'garde_enfants', trust: 50, name: text('RPE'), about: text('.') },
      { id: 'sam', role: 'colleague', name: text('Sam'), about: text('.') },
    ],
    ...overrides,
  };
}

export function tag(raw: string): Tag {
  const result = parseTag(raw);
  if (!result.ok) throw new Error(result.error);
  return result.tag;
}
