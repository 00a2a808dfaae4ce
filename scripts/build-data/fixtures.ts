/**
 * Small crafted source directories for the tests: a few rows carrying the
 * register's real kinds of flaws, and minimal principles/milestones files.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const HEADER = 'id,name,category,nationality,nature,website,twitter,date_signed';

export const FIXTURE_ROWS = [
  'alpha-state-FRA,Alpha,state,FRA,UE,,,2019-11-12',
  'beta_corp-private-sector-ROM,Beta &amp; Co ,private-sector,ROM,Entreprise,www.beta.example,https://twitter.com/beta_co?lang=en,2019-11-12',
  'gamma-undefined-,Gamma,,,Bibliothèque,javascript:alert(1),n/a,12/11/2019',
];

export const PRINCIPLES = {
  source: 'test',
  principles: Array.from({ length: 9 }, (_, i) => ({
    number: i + 1,
    short: { en: `Principle ${i + 1}`, fr: `Principe ${i + 1}` },
    full: { en: `Full text ${i + 1}.`, fr: `Texte complet ${i + 1}.` },
  })),
};

export const MILESTONES = {
  about: 'test',
  milestones: [
    {
      date: '2020-01-01',
      kind: 'register-snapshot',
      facts: 'Three supporters.',
      counts: { state: 1, total: 3 },
      sources: ['supporters.csv', 'https://www.example.org/news', 'ftp://example.org/file'],
    },
    { date: '2018-11-12', kind: 'launch', facts: 'Launch.', supporters: ['alpha-state-FRA'], sources: [] },
  ],
  documents: {
    'supporters.csv': { language: 'en', kind: 'register', published: '2020-01-01', about: 'The register' },
  },
};

export interface FixtureOverrides {
  csv?: string | null;
  principles?: string | null;
  milestones?: string | null;
}

/** Write a source directory; `null` leaves a file out, a string replaces it. */
export function makeSource(overrides: FixtureOverrides = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'paris-call-src-'));
  const files: [string, string | null | undefined, string][] = [
    ['supporters.csv', overrides.csv, [HEADER, ...FIXTURE_ROWS].join('\n') + '\n'],
    ['principles.json', overrides.principles, JSON.stringify(PRINCIPLES)],
    ['milestones.json', overrides.milestones, JSON.stringify(MILESTONES)],
  ];
  for (const [name, override, fallback] of files) {
    if (override === null) continue;
    writeFileSync(join(dir, name), override ?? fallback);
  }
  return dir;
}

/** A translations directory holding the given files (none: the build must fall back to English). */
export function makeTranslations(files: Record<string, unknown> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'paris-call-tr-'));
  mkdirSync(dir, { recursive: true });
  for (const [name, json] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof json === 'string' ? json : JSON.stringify(json));
  }
  return dir;
}
