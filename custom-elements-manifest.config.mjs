// The Custom Elements Manifest is the single source for Storybook's docs,
// editors and (later) the generated React wrappers: every public element
// carries JSDoc (@summary @tag @slot @event @csspart @cssprop @cssstate).
export default {
  globs: ['src/**/*.ts'],
  // define.ts registers whatever it is given: not an element of its own.
  exclude: ['src/generated/**', 'src/core/define.ts'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
