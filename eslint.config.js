import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {ignores: ['dist/', 'storybook-static/', 'src/generated/', 'custom-elements.json', 'node_modules/', 'test-results/']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    plugins: {lit, 'lit-a11y': litA11y, wc},
    languageOptions: {globals: globals.browser},
    rules: {
      ...lit.configs.recommended.rules,
      ...litA11y.configs.recommended.rules,
      ...wc.configs.recommended.rules,
      ...wc.configs['best-practice'].rules,
      // Elements are registered through defineElement(), which warns on a second registration.
      'wc/tag-name-matches-class': 'off',
    },
  },
  {
    // Every call to the endpoint goes through one helper, so all have the same privacy settings.
    files: ['src/**/*.ts'],
    ignores: ['src/core/transport/endpoint-fetch.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        {
          name: 'fetch',
          message: 'Call endpointFetch (src/core/transport/endpoint-fetch.ts): one set of privacy settings.',
        },
      ],
    },
  },
  {
    files: ['demo/site/**/*.js'],
    languageOptions: {globals: globals.browser},
  },
  {
    files: [
      'demo/server/**/*.ts',
      'scripts/**/*.ts',
      'scripts/**/*.mjs',
      '*.config.*',
      'test/server/**/*.ts',
      'test/e2e/**/*.ts',
      'test/themes/**/*.ts',
      'test/localize/**/*.ts',
      'web-test-runner.config.mjs',
    ],
    languageOptions: {globals: globals.node},
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_'}],
    },
  },
);
