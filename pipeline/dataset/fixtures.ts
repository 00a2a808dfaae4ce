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

// ---------------------------------------------------------------------------
// The register's own format

/** principles.yml as the register's site has it (title and label keys, then principle-1 … principle-9). */
export const PRINCIPLES_YML =
  [
    'title:\n  en: The 9 principles\n  fr: Les 9 principes',
    ...PRINCIPLES.principles.map(
      (p) =>
        `principle-${p.number}:\n  short:\n    en: ${p.short.en}\n    fr: ${p.short.fr}\n  full:\n    en: "${p.full.en}"\n    fr: "${p.full.fr}"`,
    ),
  ].join('\n') + '\n';

const CATEGORY_CYCLE = ['state', 'public-authority', 'civil-society', 'private-sector'] as const;
const NATIONS = ['FRA', 'DEU', 'ROM', 'JPN', 'SWE', 'HUN'];

/** One supporter file as the register writes them: quoted name, bare codes, optional form fields, a statement. */
export function supporterMarkdown(f: {
  name: string;
  category: string;
  nationality: string;
  nature?: string;
  website?: string;
  extra?: string;
  body?: string;
}): string {
  const lines = [
    '---',
    `name: ${JSON.stringify(f.name)}`,
    `category: ${f.category}`,
    `nature: ${f.nature ? JSON.stringify(f.nature) : ''}`,
    `nationality: ${f.nationality}`,
  ];
  if (f.website !== undefined)
    lines.push(`website: ${JSON.stringify(f.website)}`, 'twitter: ""', 'linkedin: ""', 'date_signed: 2019-11-12');
  if (f.extra) lines.push(f.extra);
  lines.push('---', f.body ?? '');
  return lines.join('\n') + '\n';
}

/**
 * A register directory (the layout of the register's repository) with `n`
 * supporters, ids `org_<i>-<category>-<ISO3>`, and a milestones file beside
 * it whose snapshot is dated `asOf`.
 */
export function makeRegister(n = 40, asOf = '2025-12-25'): { dir: string; milestones: string } {
  const root = mkdtempSync(join(tmpdir(), 'paris-call-register-'));
  const dir = join(root, 'register');
  mkdirSync(join(dir, '_supporters'), { recursive: true });
  mkdirSync(join(dir, '_data/translations'), { recursive: true });
  for (let i = 0; i < n; i++) {
    const category = CATEGORY_CYCLE[i % 4]!;
    const nationality = NATIONS[i % NATIONS.length]!;
    const id = `org_${String(i).padStart(3, '0')}-${category}-${nationality}`;
    const website = i % 5 === 0 ? `https://org${i}.example` : undefined;
    writeFileSync(
      join(dir, '_supporters', `${id}.md`),
      supporterMarkdown({
        name: `Organisation ${i} Example`,
        category,
        nationality,
        nature: i % 4 === 3 ? 'Entreprise' : undefined,
        website,
        body: website ? 'We support the Call.' : '',
      }),
    );
  }
  writeFileSync(join(dir, '_data/translations/principles.yml'), PRINCIPLES_YML);
  writeFileSync(
    join(dir, '_data/country-codes.csv'),
    "ISO-3166-1-alpha-3,official-fr,usual-fr,usual-en,article-fr\nFRA,République française,France,France,La\nROM,Roumanie,Roumanie,Romania,La\nDEU,Allemagne,Allemagne,Germany,L'\n",
  );
  const milestones = join(root, 'milestones.json');
  writeFileSync(
    milestones,
    JSON.stringify({ milestones: [{ date: asOf, kind: 'register-snapshot', facts: 'Snapshot.', sources: [] }], documents: {} }),
  );
  return { dir, milestones };
}
