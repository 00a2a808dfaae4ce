// Plain webpack 5, no loaders or plugins: `new URL('../data/summary.json',
// import.meta.url)` in the package is emitted as an asset by webpack itself.
// The output folder comes from the command line (--output-path).
import { fileURLToPath } from 'node:url';

export default {
  mode: 'production',
  context: fileURLToPath(new URL('.', import.meta.url)),
  entry: './main.js',
  output: { filename: 'main.js', clean: true },
};
