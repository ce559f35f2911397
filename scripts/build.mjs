// Bundles each entry point into one CommonJS file in dist/ (unified and friends are
// ESM-only; bundling makes the VS Code extension host and `node` happy alike).
// `--watch` rebuilds on change; `--production` minifies.
import {build, context} from 'esbuild'
import {mkdirSync, writeFileSync, existsSync, chmodSync, readFileSync} from 'node:fs'

const production = process.argv.includes('--production')
const watch = process.argv.includes('--watch')
const entries = {cli: 'cli/src/cli.ts', server: 'server/src/server.ts', client: 'client/src/extension.ts'}
const entryPoints = Object.fromEntries(Object.entries(entries).filter(([, file]) => existsSync(file)))

mkdirSync('dist', {recursive: true})
// The package is ESM ("type": "module"); the bundles are CommonJS.
writeFileSync('dist/package.json', '{"type": "commonjs"}\n')

/**
 * JSON data (the model's weights, word clusters, lexicon, cues) as `JSON.parse` of a string,
 * not as a JavaScript object literal: V8 scans a string literal far faster than it parses
 * an object literal, and every start of the CLI, a lint worker or the server compiles the
 * whole bundle. Our own JSON only, imported by default, as all of it is.
 */
const jsonAsParsedString = {
  name: 'json-as-parsed-string',
  setup(build) {
    build.onLoad({filter: /\.json$/}, ({path}) => {
      // Dependencies may `require` their JSON, and expect the object, not a default export.
      if (/[\\/]node_modules[\\/]/.test(path)) return undefined
      const text = JSON.stringify(JSON.parse(readFileSync(path, 'utf8')))
      return {contents: `export default JSON.parse(${JSON.stringify(text)})`, loader: 'js'}
    })
  },
}

const options = {
  entryPoints,
  plugins: [jsonAsParsedString],
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  minify: production,
  sourcemap: !production,
  logLevel: 'warning',
  legalComments: 'none',
  // Some dependencies read import.meta.url, which CommonJS lacks.
  define: {'import.meta.url': '__importMetaUrl'},
  banner: {js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;"},
}

if (watch) {
  const ctx = await context(options)
  await ctx.watch()
} else {
  await build(options)
  if (existsSync('dist/cli.js')) chmodSync('dist/cli.js', 0o755)
}
