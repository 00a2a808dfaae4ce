// ESLint (flat config): TypeScript rules on src/ and the build scripts, Lit's
// template rules and the web-component rules on the widgets. Formatting is
// Prettier's (.prettierrc.json: Lit's html/css templates are left as written),
// not ESLint's. `npm run lint` runs both in npm test; `npm run fix` applies
// what both can fix.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'bench/pages/', 'coverage/', 'custom-elements.json', 'test/consumers/', 'test/ssr-apps/', '**/node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // Intentionally unused: `_name` parameters and rest siblings.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // `any` is allowed where a generic wrapper must accept every component (src/react/with-fallback.ts).
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    // Chai's property assertions (`expect(x).to.be.true`) are expressions.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
);
