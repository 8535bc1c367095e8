// The Custom Elements Manifest is the single source for Storybook's docs,
// editors and (later) the generated React wrappers: every public element
// carries JSDoc (@summary @tag @slot @event @csspart @cssprop @cssstate).
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/generated/**'],
  outdir: '.',
  litelement: true,
  packagejson: true,
};
