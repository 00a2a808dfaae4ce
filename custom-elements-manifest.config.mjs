// custom-elements.json is generated from the components' JSDoc
// (@summary, @slot, @csspart, @cssprop, @fires, documented properties).
export default {
  globs: ['src/components/**/*.ts', 'src/core/base-element.ts'],
  exclude: ['src/components/**/*.styles.ts', 'src/components/**/*.strings.ts', 'src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
};
