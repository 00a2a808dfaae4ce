/**
 * The published dataset's shape: the contract between `build:data` (node,
 * pipeline/dataset/) and the browser loader (src/data/). Bump
 * SCHEMA_VERSION on any change a v1 reader could misread.
 */
export const SCHEMA_VERSION = 1;

/** Register categories, as counted by the official site, plus rows with none. */
export const CATEGORIES = [
  'state',
  'public-authority',
  'civil-society',
  'private-sector',
  'uncategorized',
] as const;
export type CategoryKey = (typeof CATEGORIES)[number];

/** Locales the library ships (interface strings, principles, milestones). */
export const LOCALES = ['en', 'fr', 'ar', 'ja', 'hu', 'sv', 'de', 'es'] as const;
export type LocaleCode = (typeof LOCALES)[number];
/** One text in every shipped locale. */
export type Localized = Record<LocaleCode, string>;

export type CategoryCounts = Record<CategoryKey, number>;

export interface Principle {
  /** 1..9 */
  number: number;
  short: Localized;
  full: Localized;
  /** Locales whose text is the official one (en, fr); the rest are project translations. */
  official: LocaleCode[];
}

export interface MilestoneSource {
  /** A web page (http/https only) or null for a document without a public URL. */
  url: string | null;
  /** Human label: the page's host name, or the document's description. */
  label: string;
  /** ISO 639-1 language of the source, when known. */
  language: string | null;
  /** e.g. "press-article", "register", "web-page". */
  kind: string;
  /** YYYY or YYYY-MM or YYYY-MM-DD, when known. */
  published: string | null;
}

export interface Milestone {
  /** YYYY-MM-DD */
  date: string;
  /** e.g. launch, anniversary, state-joins, organization-joins, register-snapshot */
  kind: string;
  text: Localized;
  /** Locales whose text is a project translation (not from the source). */
  translated: LocaleCode[];
  /** Counts reported on the day by the sources, as reported (not recomputed). */
  counts: Partial<Record<CategoryKey | 'total', number>>;
  /** Register ids of supporters this milestone is about. */
  supporters: string[];
  sources: MilestoneSource[];
}

export interface CountryCounts {
  /** ISO 3166-1 alpha-2 (for Intl.DisplayNames). */
  country: string;
  /** ISO 3166-1 alpha-3 as normalised (ROM → ROU). */
  alpha3: string;
  counts: CategoryCounts;
}

/**
 * What the dataset was built from (summary.json). Read by people and by the
 * refresh, not by the widgets: the loader does not copy it, so a v1 reader
 * without it is unaffected.
 */
export interface Provenance {
  /** The register's own files (a directory), an archive of its repository, or the older CSV export. */
  format: 'register' | 'register-archive' | 'csv';
  /** The register repository's commit, when the source names one (a Git checkout, a `git archive`); else null. */
  commit: string | null;
  /** When that commit was made (ISO 8601, UTC): the source's own date, never the build's clock; null when unknown. */
  committedAt: string | null;
  /** SHA-256 over the files read (names and bytes): the same for a checkout, a copy and an archive of one commit. */
  contentSha256: string;
  /** SHA-256 of the .tar.gz file, for an archive source; else null. */
  archiveSha256: string | null;
}

/**
 * `Provenance` as summary.json carries it, short because every counter
 * downloads it: the commit as Git abbreviates it (12 hex digits) and the
 * first 16 hex digits of each digest. Absent fields are unknown.
 */
export interface SummaryProvenance {
  format: Provenance['format'];
  /** 12 hex digits. */
  commit?: string;
  committedAt?: string;
  /** `sha256:` and 16 hex digits of `Provenance.contentSha256`. */
  content: string;
  /** `sha256:` and 16 hex digits of `Provenance.archiveSha256`. */
  archive?: string;
}

/** The short form of `p` for summary.json. */
export function summaryProvenance(p: Provenance): SummaryProvenance {
  return {
    format: p.format,
    ...(p.commit ? { commit: p.commit.slice(0, 12) } : {}),
    ...(p.committedAt ? { committedAt: p.committedAt } : {}),
    content: `sha256:${p.contentSha256.slice(0, 16)}`,
    ...(p.archiveSha256 ? { archive: `sha256:${p.archiveSha256.slice(0, 16)}` } : {}),
  };
}

export interface Summary {
  schemaVersion: number;
  kind: 'paris-call-summary';
  /** YYYY-MM-DD: date of the register snapshot. */
  asOf: string;
  /** Official list of supporters, for "verify" links. */
  officialListUrl: string;
  source: { name: string; url: string; license: string };
  counts: { total: number; byCategory: CategoryCounts };
  /** Sorted by alpha-2 code. */
  byCountry: CountryCounts[];
  /** Supporters the register places in no country (EU, INTERPOL, …): never lost. */
  noCountry: { id: string; name: string; category: CategoryKey }[];
  /** What build:data read (always written; optional for readers of older files). */
  /** What it was built from, in short (the full digests are in build-report.json): see SummaryProvenance. */
  provenance?: SummaryProvenance;
}

/**
 * The long texts (texts.json, beside the summary): the nine principles and
 * the milestones in every locale. Apart from the summary so that a page with
 * a counter never downloads them.
 */
export interface Texts {
  schemaVersion: number;
  kind: 'paris-call-texts';
  asOf: string;
  principles: Principle[];
  milestones: Milestone[];
  /** Register rows with a date_signed: count per date, ascending (the timeline's dated points). */
  signedByDate: { date: string; count: number }[];
}

export interface Supporter {
  /** The register's stable slug, exactly as published (case-sensitive). */
  id: string;
  name: string;
  category: CategoryKey;
  /** ISO alpha-2 or null when the register has none / an unknown code. */
  country: string | null;
  /** Stable key for the register's French `nature` label, or null. */
  nature: string | null;
  /** True on state rows the register marks `UE` (EU membership). */
  euMember: boolean;
  /** http(s) URL or null. */
  website: string | null;
  /** Twitter/X handle without "@", or null. */
  twitter: string | null;
  /** YYYY-MM-DD or null. */
  dateSigned: string | null;
}

export interface Register {
  schemaVersion: number;
  kind: 'paris-call-register';
  asOf: string;
  source: { name: string; url: string; license: string };
  supporters: Supporter[];
}
