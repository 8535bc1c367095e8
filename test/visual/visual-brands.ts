/**
 * The two force themes the visual tests show besides the base theme, made from brand colours the way a force makes
 * its own (`npx soh-elements theme --force <id> --brand <colour>`). The 44 shipped themes are all the neutral palette,
 * so screenshots in them would show the base theme again; these two show that a theme reaches every element: a dark
 * blue kept as it is, and a bright yellow that white text cannot sit on, darkened by the generator.
 */
export const VISUAL_BRANDS = {
  'dark-blue': {force: 'essex', colour: '#00447c'},
  yellow: {force: 'north-wales', colour: '#ffdd00'},
} as const;

export type VisualBrand = keyof typeof VISUAL_BRANDS;

declare global {
  /** Set by a theme's test file: the brand whose theme every force has there (visual-project.ts). */
  var __sohVisualBrand: VisualBrand | undefined;
}
