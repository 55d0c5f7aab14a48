import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Never write HTML as a string (every file). */
const NO_HTML_STRINGS = [
  {
    selector: "MemberExpression[property.name='innerHTML']",
    message: 'Never write HTML as a string: build DOM nodes.',
  },
  {
    selector: "MemberExpression[property.name='outerHTML']",
    message: 'Never write HTML as a string: build DOM nodes.',
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: 'Never write HTML as a string.',
  },
];

/** The engine is pure: no randomness but its own seeded one, no clock. */
const ENGINE_PURITY = [
  {
    selector: "MemberExpression[object.name='Math'][property.name='random']",
    message: 'Seeded randomness only (rng.ts).',
  },
  { selector: "MemberExpression[object.name='Date'][property.name='now']", message: 'No clock in the engine.' },
  { selector: "NewExpression[callee.name='Date']", message: 'No clock in the engine.' },
];

/**
 * The walls between the folders of src/ (README, "Architecture"): which of our folders each folder may
 * import from (`only`) or must not (`never`). A folder not listed may import any other.
 */
const WALLS = {
  engine: { only: [] },
  narrative: { only: ['engine'] },
  content: { only: ['engine'] },
  i18n: { only: ['engine'] },
  map: { only: ['engine'] },
  scenes: { only: ['engine', 'map'] },
  state: { never: ['ui', 'scenes', 'lms'] },
  checker: { never: ['ui', 'scenes', 'state', 'map', 'lms'] },
  trainer: { never: ['ui', 'scenes'] },
  lms: { never: ['scenes'] },
  ui: { never: ['scenes'] },
  build: { never: ['ui', 'scenes', 'state', 'map'] },
};
/** Node-only: the story files are compiled (narrative/compile.ts) when they are read from disk. */
const WALL_EXCEPTIONS = { 'src/content/scenario-files.ts': ['narrative'] };

const SRC_FOLDERS = [
  ...new Set([
    ...Object.keys(WALLS),
    ...readdirSync(`${import.meta.dirname}/src`, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => d.name),
  ]),
];

function forbiddenFolders(folder, allowedAlso = []) {
  const wall = WALLS[folder];
  const forbidden = 'only' in wall ? SRC_FOLDERS.filter((f) => f !== folder && !wall.only.includes(f)) : wall.never;
  return forbidden.filter((f) => !allowedAlso.includes(f));
}

function wallText(folder, allowedAlso) {
  const wall = WALLS[folder];
  const list = (folders) => folders.map((f) => `src/${f}`).join(', ');
  if (!('only' in wall)) return `src/${folder} never imports from ${list(wall.never)}`;
  const allowed = [...wall.only, ...allowedAlso];
  return allowed.length === 0
    ? `src/${folder} imports nothing from the rest of src`
    : `src/${folder} imports only from ${list(allowed)}`;
}

/**
 * One block per folder and per depth below it: a file `depth` folders below src/ reaches another folder
 * of src/ through exactly `depth` times `../`. Static imports are checked by no-restricted-imports, lazy
 * `import()` by no-restricted-syntax.
 */
function wallBlocks() {
  const blocks = [];
  const exceptions = Object.entries(WALL_EXCEPTIONS);
  for (const folder of Object.keys(WALLS)) {
    for (let depth = 1; depth <= 4; depth += 1) {
      const glob = `src/${folder}/${'*/'.repeat(depth - 1)}*.ts`;
      const variants = [
        { files: [glob], ignores: exceptions.map(([file]) => file), allowedAlso: [] },
        ...exceptions
          .filter(([file]) => file.startsWith(`src/${folder}/`) && file.split('/').length === depth + 2)
          .map(([file, allowedAlso]) => ({ files: [file], ignores: [], allowedAlso })),
      ];
      for (const { files, ignores, allowedAlso } of variants) {
        const forbidden = forbiddenFolders(folder, allowedAlso);
        if (forbidden.length === 0) continue;
        const up = '\\.\\./'.repeat(depth);
        const message = `Wall: ${wallText(folder, allowedAlso)} (README, Architecture).`;
        const regex = `^${up}(${forbidden.join('|')})(/|$)`;
        blocks.push({
          files,
          ignores,
          rules: {
            'no-restricted-imports': [
              'error',
              {
                patterns: [
                  { regex, message },
                  ...(folder === 'engine'
                    ? [
                        {
                          group: ['phaser', 'inkjs', 'inkjs/*', 'i18next', 'zustand', 'zustand/*', 'node:*'],
                          message: 'The engine is pure.',
                        },
                      ]
                    : []),
                ],
              },
            ],
            'no-restricted-syntax': [
              'error',
              ...NO_HTML_STRINGS,
              ...(folder === 'engine' ? ENGINE_PURITY : []),
              // esquery regexes cannot hold a slash: \x2F is one.
              { selector: `ImportExpression[source.value=/${regex.replaceAll('/', '\\x2F')}/u]`, message },
            ],
          },
        });
      }
    }
  }
  return blocks;
}

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'bench-results.json', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      'no-restricted-properties': [
        'error',
        { object: 'Element', property: 'innerHTML', message: 'Never write HTML as a string.' },
      ],
      'no-restricted-syntax': ['error', ...NO_HTML_STRINGS],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'localStorage', 'fetch'],
    },
  },
  ...wallBlocks(),
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
