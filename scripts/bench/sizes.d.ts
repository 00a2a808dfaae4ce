// Types of scripts/bench/sizes.js, for test/node/size.test.ts.
export interface Bytes {
  min: number;
  gzip: number;
  brotli: number;
}
export interface Closure extends Bytes {
  files: string[];
  dynamic: string[];
  external: string[];
}
export interface Sizes {
  bundle: Bytes & { file: string; static: string[]; dynamic: string[] };
  /** dist/paris-call-widgets.<lang>.js by language code. */
  langBundles: Record<string, Bytes & { file: string }>;
  /** The largest of them (brotli). */
  largestLang: Bytes & { file: string };
  components: Record<string, Closure>;
  /** The locale chunks a widget entry fetches on demand (dist/chunks/<lang>-<hash>.js), by path. */
  localeChunks: Record<string, Bytes & { file: string }>;
  /** The largest of them (brotli), which the entry pages count. */
  largestLocaleChunk: Bytes & { file: string };
  data: Record<string, Bytes & { file: string }>;
  pages: Record<
    'counterViaBundle' | 'counterViaLangBundle' | 'counterViaEntry' | 'mapViaBundle' | 'mapViaEntry',
    Bytes & { label: string }
  >;
}
export const ROOT: string;
export function measure(buf: Uint8Array): Bytes;
export function importsOf(code: string): { static: string[]; dynamic: string[] };
export function closure(file: string): Closure;
export function sizes(root?: string): Sizes;
export function formatSizes(s: Sizes): string;
export function kb(n: number): string;
