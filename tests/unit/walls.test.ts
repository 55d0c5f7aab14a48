// The walls between the folders of src/ (eslint.config.js, README "Architecture") are real lint errors:
// a file placed in a folder that must not import from another is refused, the allowed direction is not.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const ROOT = new URL('../..', import.meta.url).pathname;

// The probes are not on disk: lint them without type information (the walls need none).
const typed = (await new ESLint({ cwd: ROOT }).calculateConfigForFile('src/engine/ids.ts')) as {
  rules?: Record<string, unknown>;
};
const eslint = new ESLint({
  cwd: ROOT,
  overrideConfig: {
    languageOptions: { parserOptions: { projectService: false, project: null } },
    rules: Object.fromEntries(
      Object.keys(typed.rules ?? {})
        .filter((rule) => rule.startsWith('@typescript-eslint/'))
        .map((rule) => [rule, 'off']),
    ),
  },
});

async function wallErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${filePath}` });
  if (!result) throw new Error('ESLint returned no result');
  const fatal = result.messages.filter((m) => m.fatal === true);
  expect(fatal).toEqual([]);
  return result.messages
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax')
    .map((m) => m.message);
}

describe('the walls between folders', () => {
  it('refuse an engine file that imports from the interface', async () => {
    const errors = await wallErrors(
      'src/engine/wall-probe.ts',
      "import type { AppContext } from '../ui/app-context.ts';\nexport type Probe = AppContext;\n",
    );
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('Wall: src/engine imports nothing from the rest of src');
  });

  it('refuse a lazy import across a wall, at any depth of the folder', async () => {
    const errors = await wallErrors(
      'src/ui/screens/wall-probe.ts',
      "export const probe = (): Promise<unknown> => import('../../scenes/world.ts');\n",
    );
    expect(errors).toEqual(['Wall: src/ui never imports from src/scenes (README, Architecture).']);
  });

  it('refuse the map model that imports from Phaser’s scenes', async () => {
    const errors = await wallErrors(
      'src/map/wall-probe.ts',
      "import { SCENE_KEYS } from '../scenes/keys.ts';\nexport const probe = SCENE_KEYS;\n",
    );
    expect(errors).toEqual([expect.stringContaining('Wall: src/map imports only from src/engine')]);
  });

  it('let the allowed directions through', async () => {
    const ui = await wallErrors(
      'src/ui/screens/wall-probe.ts',
      "import { DESIGN_WIDTH } from '../../map/layout.ts';\nimport { t } from '../../i18n/i18n.ts';\nexport const probe = [DESIGN_WIDTH, t];\n",
    );
    const scenes = await wallErrors(
      'src/scenes/wall-probe.ts',
      "import { CENTRE } from '../map/layout.ts';\nimport { SECTORS } from '../engine/ids.ts';\nexport const probe = [CENTRE, SECTORS];\n",
    );
    expect([...ui, ...scenes]).toEqual([]);
  });
});
