import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/**', 'dist-scorm/**', 'node_modules/**', 'bench-results.json', 'coverage/**'] },
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
      'no-restricted-syntax': [
        'error',
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
      ],
    },
  },
  {
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['phaser', 'inkjs', 'inkjs/*', 'i18next', 'zustand', 'zustand/*', 'node:*'],
              message: 'The engine is pure.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'localStorage', 'fetch'],
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[object.name='Math'][property.name='random']",
          message: 'Seeded randomness only (rng.ts).',
        },
        { selector: "MemberExpression[object.name='Date'][property.name='now']", message: 'No clock in the engine.' },
        { selector: "NewExpression[callee.name='Date']", message: 'No clock in the engine.' },
      ],
    },
  },
  {
    files: ['**/*.js'],
    ...tseslint.configs.disableTypeChecked,
  },
);
