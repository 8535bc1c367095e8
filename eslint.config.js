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
  // The layers (docs/architecture.md), kept by lint.
  {
    files: ['demo/server/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // The tables of forces and of which services each offers import nothing (the demo site's pages need both).
              regex: '/src/(?!contract/|sdm/|generated/|forces/forces\\.js$|forces/service-offers\\.js$)',
              message:
                'The sandbox imports only src/contract, src/sdm, src/generated, the forces table and the services each offers.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [{regex: '^(\\.\\./|lit|@lit)', message: 'src/contract stands alone: nothing outside it, no Lit.'}],
        },
      ],
    },
  },
  {
    files: ['src/sdm/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./(core|fields|engine|widgets|services|themes|forces)/',
              message: 'src/sdm imports no UI: only src/contract and src/generated.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/forces/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {patterns: [{regex: '^\\.\\./', message: 'src/forces is data: it imports nothing outside it.'}]},
      ],
    },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+(fields|engine|widgets|services|sdm)/',
              message: 'src/core is the foundation: it imports no field, element, service or SDM code.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/fields/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {regex: '/(engine|widgets|services)/', message: 'A field never imports the engine, a widget or a service.'},
          ],
        },
      ],
    },
  },
  {
    files: ['src/widgets/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '/(engine|services)/',
              message: 'A widget never imports the engine or a service: what passes between elements is in src/core.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/engine/**/*.ts', 'src/services/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '/widgets/[^/]+/(?!soh-)[^/]+$',
              message: 'The engine and the services load a widget only by its tag module (soh-*.js).',
            },
          ],
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
      'test/definitions/**/*.ts',
      'bin/**/*.mjs',
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
