import type {Plugin, Rolldown} from 'vite';

type OutputBundle = Rolldown.OutputBundle;
type OutputChunk = Rolldown.OutputChunk;

/**
 * The build's plugin that tells the autoloader every file each element needs
 * (src/autoload.ts). Without it, the browser learns an element's files one
 * level at a time: the element's entry, then the chunks it imports, then
 * theirs, a round trip each. With the list, the autoloader asks for them all
 * at once (`<link rel="modulepreload">`).
 *
 * The list is only known once the chunks have their names, so it is added to
 * the end of the built autoload.js, as `var SOH_AUTOLOAD_FILES = …`: a `var`
 * is declared from the start of the module, and the autoloader reads it only
 * after the module has run (src/autoload.ts). Added at the end, it leaves the
 * source map of the code before it true.
 */
export function autoloadPreloads(): Plugin {
  return {
    name: 'soh-autoload-preloads',
    apply: 'build',
    generateBundle(_options, bundle) {
      const autoload = Object.values(bundle).find(
        (file): file is OutputChunk => file.type === 'chunk' && file.isEntry && file.name === 'autoload',
      );
      if (!autoload) return;
      const files: string[] = [];
      const elements: Record<string, number[]> = {};
      for (const entry of autoload.dynamicImports) {
        const indexes = needs(bundle, entry).map((file) => {
          const index = files.indexOf(file);
          return index < 0 ? files.push(file) - 1 : index;
        });
        elements[entry.replace(/\.js$/, '')] = indexes;
      }
      autoload.code += `\nvar SOH_AUTOLOAD_FILES=${JSON.stringify({files, elements})};\n`;
    },
  };
}

/** A chunk and every chunk it imports statically, at any depth: what the browser fetches before running it. */
function needs(bundle: OutputBundle, fileName: string, seen = new Set<string>()): string[] {
  const chunk = bundle[fileName];
  if (!chunk || chunk.type !== 'chunk') throw new Error(`autoload imports ${fileName}, which the build has not made`);
  seen.add(fileName);
  for (const imported of chunk.imports) if (!seen.has(imported)) needs(bundle, imported, seen);
  return [...seen];
}
