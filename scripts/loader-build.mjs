// Build plugins that make dist/latch.js a loader whose lazily imported ES chunks share its core.
//
// The loader is a classic script (so `<script src>` works anywhere and `window.Latch` exists as soon as it
// ran); the element chunks are ES modules fetched beside it. A chunk must not carry a second copy of the
// core (lit, the base element, the localization and appearance engines, …), so:
//   1. `vite build --mode chunks` treats every module the loader bundles as external and rewrites each import of
//      one into a read of the table the loader publishes (`globalThis[Symbol.for('latch.shared:<build>')]`),
//      recording which exports of which module the chunks use: dist/chunks/manifest.json;
//   2. `vite build --mode loader` reads that manifest and bundles a virtual module that publishes exactly those
//      exports (everything else in the loader stays tree-shakable), plus the file list of every chunk.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { build as esbuild } from 'esbuild';

export const MANIFEST = 'dist/chunks/manifest.json';
/** What the loader's rewritten dynamic imports call (see exposeSharedModules). */
const LAZY_IMPORT = 'src/loader/lazy-import.ts';
/** `import('./x.js')` as an expression; `typeof import('./x.js')` is a type, and stays. */
const DYNAMIC_IMPORT = /(?<!typeof\s+)\bimport\(\s*(['"])([^'"]+)\1\s*\)/g;
const SHARED = 'latch-shared:';
const VIRTUAL = 'virtual:latch-shared';
/** The chunk list alone (no imports), for the loader's first module: it runs before the shared modules. */
const VIRTUAL_CHUNKS = 'virtual:latch-chunks';

/**
 * The modules the loader entry bundles (absolute paths), found with a fast esbuild pass over the same sources:
 * those with code in its output. A module of ours it only passes through (a barrel re-exporting every element's
 * en-US strings, say) does not count, or chunks would read what it re-exports from the loader, and the loader
 * would carry it for them. `.packageFiles` lists every package file of the loader's import graph, barrels included.
 */
export async function loaderModules(root, entry, carries = [], lazyModules = []) {
  const lazy = new Set(lazyModules.map((path) => resolve(root, path)));
  const graph = new Set();
  // The carried modules are re-exported whole (default included), so they and what they import count as the loader's.
  const imports = [entry, ...carries].map((path) => resolve(root, path));
  const contents = [
    `import ${JSON.stringify(imports[0])};`,
    ...imports.slice(1).map((p, i) => `export * as carried${i} from ${JSON.stringify(p)};`),
  ];
  const result = await esbuild({
    absWorkingDir: root,
    stdin: { contents: contents.join('\n'), resolveDir: root, loader: 'js' },
    bundle: true,
    write: false,
    metafile: true,
    outfile: 'loader.js',
    format: 'esm',
    platform: 'browser',
    logLevel: 'silent',
    external: [VIRTUAL, VIRTUAL_CHUNKS],
    tsconfig: resolve(root, 'tsconfig.json'),
    // What the loader fetches lazily is empty in it (as in the loader build, exposeSharedModules).
    plugins: [
      {
        name: 'lazy-modules',
        setup(build) {
          build.onLoad({ filter: /\.ts$/ }, (args) =>
            lazy.has(args.path) ? { contents: '', loader: 'js' } : undefined,
          );
          // Every package file the loader's graph reaches, barrels included (tree-shaking drops them from the output).
          build.onLoad({ filter: /node_modules/ }, (args) => {
            graph.add(args.path);
            return undefined;
          });
        },
      },
    ],
  });
  const [output] = Object.values(result.metafile.outputs);
  // A library's barrel (lit/decorators.js) has no code of its own but must stay shared: a chunk that bundled it
  // would carry the barrel's every other export.
  // A lazy module does not count although esbuild's wrapper for a dynamically imported (emptied) module has bytes.
  const bundled = Object.entries(output.inputs).filter(
    ([path, { bytesInOutput }]) => bytesInOutput > 0 || path.includes('node_modules/'),
  );
  const modules = new Set(bundled.map(([path]) => resolve(root, path)).filter((path) => !lazy.has(path)));
  return Object.assign(modules, { packageFiles: graph });
}

/** `a, b as c, default as d` → `a,b:c,default:d` (a destructuring pattern). */
function destructure(specifiers) {
  return specifiers
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [imported, local] = part.split(/\s+as\s+/);
      return local && local !== imported ? `${imported}:${local}` : imported;
    })
    .join(',');
}

const RE_EXPORT = /^export\s*(?:\*|\{[^}]*\})\s*from\s*(['"])([^'"]+)\1;?$/;

/** The statements of a module of ours, comments dropped, whitespace collapsed. */
function statementsOf(path) {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '')
    .split(/;/)
    .map((statement) => statement.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/**
 * Whether `id` is a barrel whose exports the loader has, although the loader's bundle has no code from the barrel
 * itself (tree-shaking drops it): a package file in the loader's import graph (zod/mini's index), or a module of ours
 * that only re-exports loader modules (src/api/schemas/index.ts). Bundled into a chunk instead, its `export *`
 * would read whole namespaces from the loader, and make the loader publish, and so carry, all they export.
 * `resolve` is the plugin context's.
 */
async function isLoaderBarrel(id, inLoader, root, resolve) {
  if (id.includes('node_modules/')) return inLoader.packageFiles.has(id);
  if (!id.startsWith(`${root}/src/`)) return false;
  const statements = statementsOf(id);
  if (!statements.length) return false;
  for (const statement of statements) {
    const match = RE_EXPORT.exec(statement);
    const target = match && (await resolve(match[2], id));
    if (!target || !inLoader.has(target.id)) return false;
  }
  return true;
}

/**
 * Chunks build: imports of loader modules become reads of the loader's shared table.
 * `carries` lists modules the loader bundles for the chunks although it does not import them itself;
 * `lazyModules` those the loader build leaves out (exposeSharedModules); `aliases` maps a key to the entry whose
 * files it shares.
 */
export function shareLoaderModules({ root, loaderEntry, carries = [], lazyModules = [], aliases = {} }) {
  const buildId = randomBytes(6).toString('hex');
  let inLoader;
  /**
   * module key → index in the shared table, and the export names chunks read from it ('*' = the namespace), each
   * with the short key it is published under (`0`, `1`, … `a`, …: the loader and every chunk spell it once per use, and
   * `registerDefaultStrings` is longer than `a`).
   */
  const table = new Map();
  const slot = (key) => {
    let entry = table.get(key);
    if (!entry) {
      entry = { index: table.size, names: new Map() };
      table.set(key, entry);
    }
    return entry;
  };
  const shortKey = (entry, name) => {
    if (!entry.names.has(name)) entry.names.set(name, entry.names.size.toString(36));
    return entry.names.get(name);
  };
  return {
    name: 'latch-share-loader-modules',
    enforce: 'pre',
    async buildStart() {
      inLoader = await loaderModules(root, loaderEntry, carries, lazyModules);
    },
    async resolveId(source, importer, options) {
      if (!importer || source.startsWith(SHARED)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external) return null;
      const shared =
        inLoader.has(resolved.id) ||
        (await isLoaderBarrel(resolved.id, inLoader, root, (spec, from) =>
          this.resolve(spec, from, { skipSelf: true }),
        ));
      return shared ? { id: SHARED + relative(root, resolved.id), external: true } : null;
    },
    renderChunk(code) {
      const global = `globalThis[Symbol.for(${JSON.stringify(`latch.shared:${buildId}`)})]`;
      let used = false;
      const importRe =
        /import\s*(?:([\w$]+)\s*,?\s*)?(?:\{([^}]*)\}|\*\s*as\s+([\w$]+))?\s*(?:from\s*)?["']latch-shared:([^"']+)["'];?/g;
      const out = code.replace(importRe, (_match, def, named, namespace, key) => {
        const entry = slot(key);
        const lines = [];
        if (namespace) {
          // A namespace is the module's own object, read by real names: the loader publishes it whole.
          if (entry.names.size && !entry.names.has('*')) this.error(`${key}: read both by name and as a namespace`);
          entry.names.set('*', '*');
          lines.push(`const ${namespace}=__latchShared[${entry.index}];`);
        }
        const parts = [];
        if (def) parts.push(`default as ${def}`);
        if (named?.trim()) parts.push(named);
        if (parts.length) {
          if (entry.names.has('*')) this.error(`${key}: read both by name and as a namespace`);
          const pattern = destructure(parts.join(','))
            .split(',')
            .map((part) => {
              const [name, local = name] = part.split(':');
              return `${shortKey(entry, name)}:${local}`;
            })
            .join(',');
          lines.push(`const{${pattern}}=__latchShared[${entry.index}];`);
        }
        used = true;
        return lines.join('');
      });
      if (out.includes(SHARED)) this.error(`a chunk re-exports a loader module; import it instead:\n${out}`);
      if (!used) return null;
      return { code: `const __latchShared=${global};\n${out}`, map: null };
    },
    generateBundle(_options, bundle) {
      const chunks = {};
      const staticDeps = (file, seen = new Set()) => {
        if (seen.has(file)) return seen;
        seen.add(file);
        for (const dep of bundle[file].imports) if (bundle[dep]) staticDeps(dep, seen);
        return seen;
      };
      for (const [file, output] of Object.entries(bundle)) {
        // The entry first, then every chunk it imports statically: the loader fetches them all at once.
        if (output.type === 'chunk' && output.isEntry) chunks[output.name] = [...staticDeps(file)];
      }
      // Tags whose module is another tag's entry (one module defining several elements) share its files.
      for (const [key, entryName] of Object.entries(aliases)) chunks[key] = chunks[entryName];
      // Per module: [export name, short key] pairs (['*', '*'] for a namespace).
      const shared = [...table].map(([key, { names }]) => [key, [...names]]);
      this.emitFile({
        type: 'asset',
        fileName: 'chunks/manifest.json',
        source: `${JSON.stringify({ buildId, shared, chunks }, null, 1)}\n`,
      });
    },
  };
}

/**
 * Loader build: `virtual:latch-shared` publishes the loader's exports the chunks read (from the manifest), and
 * names the chunks. Modules the loader fetches lazily (locales, elements) are replaced by an empty module, so they
 * are not bundled.
 */
export function exposeSharedModules({ root, lazyModules = [], namedModules = {} }) {
  const manifest = JSON.parse(readFileSync(resolve(root, MANIFEST), 'utf8'));
  const lazy = new Set(lazyModules.map((path) => resolve(root, path)));
  const nameOf = new Map(Object.entries(namedModules).map(([name, path]) => [resolve(root, path), name]));
  const lazyImportModule = JSON.stringify(resolve(root, LAZY_IMPORT));
  return {
    name: 'latch-expose-shared-modules',
    enforce: 'pre',
    /**
     * `import('./x.js')` of a module the loader fetches as a named chunk becomes `lazyImport('x')`
     * (src/loader/lazy-import.ts): bundled as it was, the module would ride in the loader.
     */
    async transform(code, id) {
      if (!id.startsWith(root) || id.includes('node_modules') || !code.includes('import(')) return null;
      let changed = false;
      let out = code;
      for (const [match, , specifier] of code.matchAll(DYNAMIC_IMPORT)) {
        const resolved = await this.resolve(specifier, id);
        const name = resolved && nameOf.get(resolved.id);
        if (!name) continue;
        out = out.replace(match, `__latchLazyImport(${JSON.stringify(name)})`);
        changed = true;
      }
      if (!changed) return null;
      return { code: `import { lazyImport as __latchLazyImport } from ${lazyImportModule};\n${out}`, map: null };
    },
    async resolveId(source, importer, options) {
      if (source === VIRTUAL || source === VIRTUAL_CHUNKS) return `\0${source}`;
      if (!importer || importer.startsWith('\0') || !source.startsWith('.')) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      return resolved && lazy.has(resolved.id) ? '\0latch-lazy-module' : null;
    },
    load(id) {
      if (id === '\0latch-lazy-module') return 'export {};';
      if (id === `\0${VIRTUAL_CHUNKS}`) return `export const chunks = ${JSON.stringify(manifest.chunks)};`;
      if (id !== `\0${VIRTUAL}`) return null;
      const imports = [];
      const values = manifest.shared.map(([key, names], index) => {
        const from = JSON.stringify(resolve(root, key));
        if (names.some(([name]) => name === '*')) {
          imports.push(`import * as s${index} from ${from};`);
          return `s${index}`;
        }
        imports.push(`import { ${names.map(([name], n) => `${name} as s${index}_${n}`).join(', ')} } from ${from};`);
        return `{ ${names.map(([, short], n) => `${short}: s${index}_${n}`).join(', ')} }`;
      });
      return [
        ...imports,
        `export const sharedKey = Symbol.for(${JSON.stringify(`latch.shared:${manifest.buildId}`)});`,
        `export const shared = [${values.join(', ')}];`,
        `export { chunks } from ${JSON.stringify(VIRTUAL_CHUNKS)};`,
      ].join('\n');
    },
  };
}

const ZOD_NAMESPACE_IMPORT = /import\s*\*\s*as\s+([\w$]+)\s+from\s*(['"])zod\/mini\2;?/;

/**
 * Script-tag builds: `import * as z from 'zod/mini'` in our sources becomes named imports of the functions the
 * module calls (`z.string()` → `__zod_string()`). A chunk shares what it imports from the loader by name
 * (shareLoaderModules); a namespace would make the loader publish, and so carry, all of zod/mini, and a lazy
 * schema module could not use the loader's zod at all.
 */
export function namedZodImports() {
  let runtimeNames;
  return {
    name: 'latch-named-zod-imports',
    enforce: 'pre',
    async transform(code, id) {
      if (id.includes('node_modules') || !/\.ts$/.test(id)) return null;
      const match = ZOD_NAMESPACE_IMPORT.exec(code);
      if (!match) return null;
      runtimeNames ??= new Set(Object.keys(await import('zod/mini')));
      const namespace = match[1].replace(/\$/g, '\\$');
      const used = new Set();
      // Type-only members (`z.output`, `z.ZodMiniType`) are not runtime exports: they stay, and vanish with the types.
      const body = code.replace(new RegExp(`(?<![\\w$.])${namespace}\\.([A-Za-z_$][\\w$]*)`, 'g'), (all, name) => {
        if (!runtimeNames.has(name)) return all;
        used.add(name);
        return `__zod_${name}`;
      });
      if (!used.size) return null;
      const named = [...used].map((name) => `${name} as __zod_${name}`).join(', ');
      return { code: `import { ${named} } from 'zod/mini';\n${body}`, map: null };
    },
  };
}
