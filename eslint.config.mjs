import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import { importX } from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import globals from 'globals';

const renderer = './renderer/src';
const features = ['review', 'tracking', 'improvement', 'reports', 'meetings', 'voice'];
/** Features that compose others (a printed report shows tracking's charts and improvement's actions): they may use
 * the other features' entries (index.ts), never their internals, and no feature may use them. */
const composers = ['reports'];
/** A feature's second entry, for the composers' lazily loaded code only: what would otherwise load a library
 * with the app's first screen (tracking/charts.ts brings visx and d3). The app shell may not use these. */
const lazyEntries = { tracking: ['./charts.ts'] };
/** Features whose index.ts serves other features' lazily loaded code: the app shell uses their shell.ts, so
 * what only those need does not load with the first screen, and their parts.ts for its own lazily loaded
 * screens (the dashboard is a chunk of its own). */
const shellEntries = ['review', 'tracking'];
/** Features whose API entry (api/index.ts, imported as @feature/api) any other feature may use: the data and
 * parts one feature owns and others show (a review adds an action; a report reads the reviews). */
const apiEntries = ['review', 'improvement', 'voice', 'tracking'];
/** The renderer's app shell: composes the features and may use only their entry (index.ts, styles). */
const appShell = [`${renderer}/*.{ts,tsx}`, `${renderer}/{screens,components,forms}/**`];

/** contract/ and its folders (rules/, ops/, exports/) are importable from both sides: outside its tests, a
 * contract/ file imports only other contract/ files and zod (checked on the resolved file). */
const contractOnlyItself = {
  target: './contract',
  from: '.',
  except: ['./contract', './node_modules/zod'],
  message: 'contract/ imports only zod and its own modules, so both sides can use it anywhere.',
};

/** Which folder may not import which: checked on the resolved file, so aliases cannot slip past. */
const zones = [
  {
    target: ['./db', './contract'],
    from: ['./electron', './renderer', './web', './shell-shared'],
    message: 'db/ and contract/ are plain Node: no Electron shell, renderer or browser-mode server.',
  },
  {
    target: './renderer',
    from: ['./db', './electron', './web', './shell-shared'],
    message: 'The renderer never touches Node, Electron or the database: go through the contract client.',
  },
  // The two shells (Electron and browser mode) never import each other: what both need is in shell-shared/.
  {
    target: './electron',
    from: './web',
    message: 'electron/ may not import web/: move what both shells need to shell-shared/.',
  },
  {
    target: './web',
    from: './electron',
    message: 'web/ may not import electron/: move what both shells need to shell-shared/.',
  },
  {
    target: './shell-shared',
    from: ['./electron', './web', './renderer'],
    message: 'shell-shared/ is used by both shells and uses neither of them.',
  },
  ...features.flatMap((feature) => [
    ...features
      .filter((other) => other !== feature)
      .map((other) =>
        composers.includes(feature) && !composers.includes(other)
          ? {
              target: `${renderer}/${feature}`,
              from: `${renderer}/${other}`,
              except: [
                './index.ts',
                ...(lazyEntries[other] ?? []),
                ...(apiEntries.includes(other) ? ['./api/index.ts'] : []),
              ],
              message: `${feature}/ may use ${other}/ only through its entry, @${other}${other in lazyEntries ? ` (or @${other}/charts)` : ''}.`,
            }
          : {
              target: `${renderer}/${feature}`,
              from: `${renderer}/${other}`,
              except: apiEntries.includes(other) ? ['./api/index.ts'] : [],
              message: apiEntries.includes(other)
                ? `${feature}/ may use ${other}/ only through its API entry, @${other}/api.`
                : `${feature}/ may not import ${other}/: move what both need to renderer/src/shared/.`,
            },
      ),
    {
      target: appShell,
      from: `${renderer}/${feature}`,
      except: [
        ...(shellEntries.includes(feature) ? ['./shell.ts', './parts.ts'] : ['./index.ts']),
        `./${feature}.css`,
      ],
      message: shellEntries.includes(feature)
        ? `Use the feature's entries for the app shell, @${feature}/shell or @${feature}/parts, not its internals.`
        : `Use the feature's entry, @${feature}, not its internals.`,
    },
  ]),
  {
    target: `${renderer}/shared`,
    from: [
      ...features.map((feature) => `${renderer}/${feature}`),
      `${renderer}/screens`,
      `${renderer}/components`,
    ],
    message: 'shared/ is used by the features and the app, and never uses them.',
  },
];

/** Syntax refused everywhere (each entry is lifted only in the one file allowed to use it, below). */
const openExternalOnlyThroughGuard = {
  selector: "CallExpression[callee.property.name='openExternal']",
  message: 'Open links only through openExternalSafely in electron/external-links.ts.',
};
const userTextAsText = {
  selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
  message: 'User text is rendered as text, never as HTML.',
};
/**
 * A regular expression as an expected value inside toMatchObject passes whatever the value is (Vitest 4.1:
 * a string, even a number, "matches" /xyz/), so the assertion can never fail. Use the exact text, or
 * expect.stringMatching(/…/).
 */
const noHollowRegexMatch = {
  selector: "CallExpression[callee.property.name='toMatchObject'] Property > Literal.value[regex]",
  message:
    'A regular expression inside toMatchObject matches anything: use the exact text or expect.stringMatching(/…/).',
};
/** One clock and one calendar: dates and times are taken and worded only in contract/rules/dates.ts. */
const datesOnlyInDatesModule = [
  {
    selector: "MemberExpression[object.name='Intl'][property.name='DateTimeFormat']",
    message:
      'Format dates with contract/rules/dates.ts (formatIsoDate, formatTimestamp, todayIso…): it knows the home is in Europe/London.',
  },
  {
    selector:
      "CallExpression[callee.property.name=/^(slice|substring|substr)$/][callee.object.type='CallExpression'][callee.object.callee.property.name='toISOString']",
    message:
      "The first characters of toISOString() are UTC's date, an hour behind the home's in summer: use dateOfTimestamp() or todayIso() from contract/rules/dates.ts.",
  },
];
const DATES_MODULE = 'contract/rules/dates.ts';
const LINK_GUARD = 'electron/external-links.ts';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'release/',
      'node_modules/',
      '.cache/',
      'test-results/',
      'playwright-report/',
      'reports/',
      '.stryker-tmp/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs,cjs,ts,tsx,mts}'],
    languageOptions: { globals: { ...globals.node } },
    plugins: { 'import-x': importX },
    settings: {
      // The TypeScript preset's parsers and extensions, so no-cycle can read the files it follows.
      'import-x/extensions': importX.flatConfigs.typescript.settings['import-x/extensions'],
      'import-x/parsers': importX.flatConfigs.typescript.settings['import-x/parsers'],
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ tsconfig: { configFile: 'tsconfig.eslint.json' } }),
      ],
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { basePath: import.meta.dirname, zones }],
    },
  },
  {
    // Typed linting: a promise is awaited, returned or handled, never dropped or passed where none is expected.
    files: ['**/*.{ts,tsx,mts}'],
    languageOptions: {
      parserOptions: { project: './tsconfig.eslint.json', tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: false }],
      '@typescript-eslint/no-misused-promises': 'error',
    },
  },
  {
    files: ['db/**/*.ts', 'contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [{ name: 'electron', message: 'db/ and contract/ are plain Node: no Electron.' }] },
      ],
    },
  },
  {
    files: ['contract/**/*.ts'],
    ignores: ['contract/**/*.test.ts'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        { basePath: import.meta.dirname, zones: [...zones, contractOnlyItself] },
      ],
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              // Its own modules include its folders (rules/, ops/, exports/); the zone above keeps them inside.
              regex: '^(?!zod$|\\.\\.?/)',
              message: 'contract/ imports only zod and its own modules, so both sides can use it anywhere.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [
                'node:*',
                'fs',
                'path',
                'child_process',
                'electron',
                'better-sqlite3',
                'better-sqlite3-multiple-ciphers',
                '**/db/**',
                '**/electron/**',
                '**/web/**',
                '**/shell-shared/**',
              ],
              message:
                'The renderer never touches Node, Electron or the database: go through the contract client.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.{ts,tsx,js,mjs}'],
    ignores: [LINK_GUARD, DATES_MODULE],
    rules: {
      'no-restricted-syntax': [
        'error',
        openExternalOnlyThroughGuard,
        userTextAsText,
        noHollowRegexMatch,
        ...datesOnlyInDatesModule,
      ],
    },
  },
  {
    files: [LINK_GUARD],
    rules: { 'no-restricted-syntax': ['error', userTextAsText, ...datesOnlyInDatesModule] },
  },
  {
    files: [DATES_MODULE],
    rules: { 'no-restricted-syntax': ['error', openExternalOnlyThroughGuard, userTextAsText] },
  },
  {
    // The app writes to its log (db/log), never the console: a packaged app's console is seen by no one.
    // Scripts, the bench, the tests and the two terminal programs (web/cli.ts, web/report-cli.ts) print
    // on purpose: the terminal is where their reader is.
    files: ['{db,contract,electron,renderer,web,shell-shared}/**/*.{ts,tsx,mts}'],
    ignores: ['**/*.test.{ts,tsx}', 'web/cli.ts', 'web/report-cli.ts', 'db/test-support/**'],
    rules: { 'no-console': 'error' },
  },
);
