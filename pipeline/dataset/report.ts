/**
 * The build report: what went in, what came out, every value the build
 * changed and every row it could not place. Written as build-report.json and
 * printed; both come from the same object and hold nothing that depends on the
 * machine, the checkout path or the clock, so they are reproducible.
 */
import { CATEGORIES, type CategoryCounts, type CategoryKey, type Provenance } from '../../src/data/types.ts';
import { escapeInvisible } from './json.ts';
import { RULES, type Change, type RuleId, type Warning } from './normalise.ts';
import type { FileState } from './translations.ts';

export interface Report {
  kind: 'paris-call-build-report';
  schemaVersion: number;
  asOf: string;
  /** Where asOf came from: "--as-of", "register-snapshot milestone" or "latest date_signed". */
  asOfFrom: string;
  /** What the dataset was built from (as in summary.json). */
  provenance: Provenance;
  /** Inputs by name with their SHA-256, so a published dataset names exactly what it was built from. */
  inputs: { file: string; sha256: string | null; note?: string }[];
  rows: { in: number; out: number };
  counts: { byCategory: CategoryCounts; total: number; countries: number; noCountry: number };
  changes: {
    values: number;
    rows: number;
    byRule: { rule: RuleId; count: number; description: string }[];
    list: Change[];
  };
  unplaced: { line: number; id: string; name: string; category: CategoryKey; nationality: string; reason: string }[];
  /** Re-encodings that lose nothing (not listed as changes): tallies only. */
  recoded: {
    natureLabels: { label: string; key: string; rows: number }[];
    alpha3ToAlpha2: number;
    twitterAtDropped: number;
  };
  translations: { principles: FileState; milestones: FileState; englishFallbacks: number };
  /** The register's nationality codes against the site's own country table (register sources only). */
  countryTable: {
    file: string;
    codesInTable: number;
    codesUsed: number;
    notInTable: string[];
    /** The site's English name and the ISO name of the country we place the code in, where they differ. */
    namesDiffer: { code: string; alpha3: string | null; site: string; ours: string | null }[];
  } | null;
  warnings: Warning[];
}

/** 1222 → "1,222", without depending on the machine's ICU data. */
export function int(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

const quote = (v: string | null) => (v === null ? 'null' : escapeInvisible(JSON.stringify(v)));

export function categoryLine(byCategory: CategoryCounts, total: number): string {
  return `${CATEGORIES.map((c) => `${c} ${int(byCategory[c])}`).join(', ')}, total ${int(total)}`;
}

/** The few lines `--quiet` prints. */
export function summaryLines(r: Report): string[] {
  const eq = r.rows.in === r.rows.out ? '=' : '≠';
  const p = r.provenance;
  const from = p.format === 'csv' ? 'CSV export' : p.format === 'register-archive' ? 'register archive' : 'register files';
  return [
    `build:data: Paris Call register as of ${r.asOf} (${r.asOfFrom})`,
    `source: ${from}${p.commit ? `, commit ${p.commit.slice(0, 12)}` : ''}${p.committedAt ? ` of ${p.committedAt}` : ''}, content sha256 ${p.contentSha256.slice(0, 16)}…`,
    `rows: ${int(r.rows.in)} in ${eq} ${int(r.rows.out)} out`,
    `categories: ${categoryLine(r.counts.byCategory, r.counts.total)}`,
    `countries: ${int(r.counts.countries)}; no country: ${int(r.counts.noCountry)} rows`,
    `changes: ${int(r.changes.values)} values in ${int(r.changes.rows)} rows, by ${r.changes.byRule.length} rules`,
    `translations: principles ${r.translations.principles}, milestones ${r.translations.milestones}, ${int(r.translations.englishFallbacks)} texts fall back to English`,
    `warnings: ${int(r.warnings.length)}`,
  ];
}

export function formatReport(r: Report, { quiet = false } = {}): string {
  const out = summaryLines(r);
  if (quiet) return out.join('\n') + '\n';
  const section = (title: string, lines: string[]) => {
    if (lines.length > 0) out.push('', title, ...lines.map((l) => `  ${l}`));
  };
  const width = Math.max(0, ...r.changes.byRule.map((b) => b.rule.length));
  section(
    'changes by rule:',
    r.changes.byRule.map((b) => `${b.rule.padEnd(width)} ${int(b.count).padStart(5)}  ${b.description}`),
  );
  const csv = r.provenance.format === 'csv';
  section(
    csv ? 'changed values (line id field [rule] before → after):' : 'changed values (id:line-in-its-file field [rule] before → after):',
    r.changes.list.map(
      (c) => `${csv ? `${c.line} ${c.id}` : `${c.id}:${c.line}`} ${c.field} [${c.rule}] ${quote(c.before)} → ${quote(c.after)}`,
    ),
  );
  section(
    'could not place (no country):',
    r.unplaced.map((u) => `${csv ? `${u.line} ` : ''}${u.id} ${JSON.stringify(u.name)} (${u.category}): ${u.reason}`),
  );
  if (r.countryTable) {
    const t = r.countryTable;
    section(`country codes against the site's table (${t.file}, ${int(t.codesInTable)} codes; ${int(t.codesUsed)} used):`, [
      `not in the table: ${t.notInTable.length > 0 ? t.notInTable.join(', ') : 'none'}`,
      ...t.namesDiffer.map(
        (d) =>
          `${d.code}${d.alpha3 && d.alpha3 !== d.code ? ` → ${d.alpha3}` : ''}: site "${d.site}", ISO ${d.ours === null ? 'none' : `"${d.ours}"`}`,
      ),
    ]);
  }
  section(
    'warnings:',
    r.warnings.map((w) => `[${w.code}]${w.line !== undefined ? ` line ${w.line}` : ''}${w.id ? ` ${w.id}` : ''}: ${w.message}`),
  );
  section('re-encoded without loss (not listed above):', [
    `nature label → key: ${r.recoded.natureLabels.map((n) => `${JSON.stringify(n.label)} → ${n.key} (${int(n.rows)})`).join(', ')}`,
    `nationality alpha-3 → country alpha-2: ${int(r.recoded.alpha3ToAlpha2)} rows`,
    `twitter "@" dropped from handle: ${int(r.recoded.twitterAtDropped)} rows`,
  ]);
  section('inputs (sha256):', [
    ...r.inputs.map((i) => `${i.file} ${i.sha256 ?? (i.note ? `(${i.note})` : '(not found)')}`),
    `content (every register file read) ${r.provenance.contentSha256}`,
    ...(r.provenance.archiveSha256 ? [`archive ${r.provenance.archiveSha256}`] : []),
  ]);
  return out.join('\n') + '\n';
}

export function ruleTally(changes: Change[]): Report['changes']['byRule'] {
  const counts = new Map<RuleId, number>();
  for (const c of changes) counts.set(c.rule, (counts.get(c.rule) ?? 0) + 1);
  // Rule order is the order of RULES (field order), not by count: stable across builds.
  return (Object.keys(RULES) as RuleId[])
    .filter((rule) => counts.has(rule))
    .map((rule) => ({ rule, count: counts.get(rule)!, description: RULES[rule] }));
}
