import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The project root is the nearest folder above this module that holds a
 * package.json. Found from the module's own location so `build:data` gives the
 * same result whatever the working directory is.
 */
export function findProjectRoot(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, 'package.json'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${from}`);
    dir = parent;
  }
}

export const PROJECT_ROOT = findProjectRoot();

/** The shared source data sits beside the project (see its README). */
export const SHARED_DIR = resolve(PROJECT_ROOT, '../shared/data/paris-call');
/** The register in its own format (a copy of its repository's data folders): the default source. */
export const DEFAULT_SOURCE_DIR = resolve(SHARED_DIR, 'register');
/** The milestones (this project's, with their sources) for a register source. */
export const DEFAULT_MILESTONES_FILE = resolve(SHARED_DIR, 'milestones.json');
export const DEFAULT_OUT_DIR = resolve(PROJECT_ROOT, 'dist/data');
export const DEFAULT_TRANSLATIONS_DIR = resolve(PROJECT_ROOT, 'pipeline/translations');
