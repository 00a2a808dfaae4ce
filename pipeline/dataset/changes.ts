/**
 * What a refresh changes: the new dataset against the published one, per
 * supporter (added, removed, renamed, re-categorised, moved country) and per
 * category, with the signs of a broken export that stop a refresh unless the
 * publisher accepts them. Written as changes.json, printed as text, and as
 * Markdown for a pull request's body.
 */
import { CATEGORIES, type CategoryKey, type SummaryProvenance, type Register, type Summary, type Supporter } from '../../src/data/types.ts';
import { int } from './report.ts';

/** The categories the official site counts: a fall in one of them is suspect. (Uncategorized falling is a fix.) */
export const COUNTED_CATEGORIES = CATEGORIES.filter((c) => c !== 'uncategorized');
/** More than this share of the previous supporters removed is implausible. */
export const MAX_REMOVED_SHARE = 0.05;

export interface Entry {
  id: string;
  name: string;
  category: CategoryKey;
  country: string | null;
}

export interface Flag {
  code: 'removed-too-many' | 'category-fell' | 'id-reused';
  message: string;
}

export interface ChangeReport {
  kind: 'paris-call-changes';
  schemaVersion: 1;
  before: { asOf: string; total: number; provenance: SummaryProvenance | null } | null;
  after: { asOf: string; total: number; provenance: SummaryProvenance | null };
  /** Whether anything a reader sees changed (supporters, counts, texts): provenance alone is not a change. */
  changed: boolean;
  /** Published files whose bytes differ from the previous ones. */
  filesChanged: string[];
  counts: { category: CategoryKey | 'total'; before: number | null; after: number }[];
  added: Entry[];
  removed: Entry[];
  renamed: { id: string; before: string; after: string }[];
  recategorised: { id: string; name: string; before: CategoryKey; after: CategoryKey }[];
  movedCountry: { id: string; name: string; before: string | null; after: string | null }[];
  /** Signs of a broken export; any of them refuses the refresh unless accepted. */
  flags: Flag[];
  /** "published": no flags, or accepted; "refused": flags and not accepted. */
  verdict: 'published' | 'published-accepted' | 'refused';
}

const entry = (s: Supporter): Entry => ({ id: s.id, name: s.name, category: s.category, country: s.country });

const STOPWORDS = new Set([
  'the',
  'of',
  'and',
  'for',
  'de',
  'du',
  'des',
  'la',
  'le',
  'les',
  'et',
  'en',
  'ltd',
  'inc',
  'sa',
  'ag',
  'gmbh',
  'llc',
  'co',
  'plc',
]);

function words(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !STOPWORDS.has(w));
}

/**
 * Could two names be one organisation renamed (a typo fixed, a suffix
 * added, an acronym spelled out) rather than an id given to another one?
 * Yes when they share a word, or one is the other's initials.
 */
export function sameOrganisation(a: string, b: string): boolean {
  const [wa, wb] = [words(a), words(b)];
  if (wa.length === 0 || wb.length === 0) return a.trim().toLowerCase() === b.trim().toLowerCase();
  if (wa.some((w) => wb.includes(w))) return true;
  const initials = (ws: string[]) => ws.map((w) => w[0]).join('');
  const [ca, cb] = [wa.join(''), wb.join('')];
  return ca === initials(wb) || cb === initials(wa) || ca.includes(cb) || cb.includes(ca);
}

export interface Published {
  summary: Summary;
  register: Register;
}

/**
 * Compare the new dataset with the previous one (null: nothing published
 * yet, every supporter is added and nothing is flagged).
 */
export function compareDatasets(
  previous: Published | null,
  next: Published,
  { accept = false, filesChanged = [] as string[], textsChanged = false } = {},
): ChangeReport {
  const added: Entry[] = [];
  const removed: Entry[] = [];
  const renamed: ChangeReport['renamed'] = [];
  const recategorised: ChangeReport['recategorised'] = [];
  const movedCountry: ChangeReport['movedCountry'] = [];
  const flags: Flag[] = [];
  const before = previous ? new Map(previous.register.supporters.map((s) => [s.id, s])) : new Map<string, Supporter>();
  const reused: string[] = [];
  for (const s of next.register.supporters) {
    const old = before.get(s.id);
    if (!old) {
      added.push(entry(s));
      continue;
    }
    before.delete(s.id);
    if (old.name !== s.name) {
      renamed.push({ id: s.id, before: old.name, after: s.name });
      if (!sameOrganisation(old.name, s.name)) reused.push(`${s.id} ("${old.name}" → "${s.name}")`);
    }
    if (old.category !== s.category) recategorised.push({ id: s.id, name: s.name, before: old.category, after: s.category });
    if (old.country !== s.country) movedCountry.push({ id: s.id, name: s.name, before: old.country, after: s.country });
  }
  for (const s of before.values()) removed.push(entry(s));
  removed.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const counts: ChangeReport['counts'] = [...CATEGORIES, 'total' as const].map((category) => ({
    category,
    before: previous ? (category === 'total' ? previous.summary.counts.total : previous.summary.counts.byCategory[category]) : null,
    after: category === 'total' ? next.summary.counts.total : next.summary.counts.byCategory[category],
  }));

  if (previous) {
    const total = previous.register.supporters.length;
    if (total > 0 && removed.length / total > MAX_REMOVED_SHARE) {
      flags.push({
        code: 'removed-too-many',
        message: `${int(removed.length)} of ${int(total)} supporters removed (${((100 * removed.length) / total).toFixed(1)} %, more than ${MAX_REMOVED_SHARE * 100} %)`,
      });
    }
    for (const c of counts) {
      if ((COUNTED_CATEGORIES as readonly string[]).includes(c.category) && c.before !== null && c.after < c.before) {
        flags.push({ code: 'category-fell', message: `${c.category}: ${int(c.before)} → ${int(c.after)}` });
      }
    }
    for (const r of reused) flags.push({ code: 'id-reused', message: `id given to another organisation? ${r}` });
  }

  const supportersChanged = added.length + removed.length + renamed.length + recategorised.length + movedCountry.length > 0;
  const countsChanged = counts.some((c) => c.before !== c.after);
  return {
    kind: 'paris-call-changes',
    schemaVersion: 1,
    before: previous
      ? { asOf: previous.summary.asOf, total: previous.summary.counts.total, provenance: previous.summary.provenance ?? null }
      : null,
    after: { asOf: next.summary.asOf, total: next.summary.counts.total, provenance: next.summary.provenance ?? null },
    changed: supportersChanged || countsChanged || textsChanged || next.summary.asOf !== previous?.summary.asOf,
    filesChanged,
    counts,
    added,
    removed,
    renamed,
    recategorised,
    movedCountry,
    flags,
    verdict: flags.length === 0 ? 'published' : accept ? 'published-accepted' : 'refused',
  };
}

const who = (e: { id: string; name: string }) => `${e.name} (${e.id})`;
const place = (c: string | null) => c ?? 'no country';

function provenanceLine(p: SummaryProvenance | null): string {
  if (!p) return 'provenance not recorded';
  const what = p.commit
    ? `commit ${p.commit}${p.committedAt ? ` of ${p.committedAt}` : ''}`
    : p.archive
      ? `archive ${p.archive}…`
      : `content ${p.content}…`;
  return `${p.format}, ${what}`;
}

/** The sections of the report as title + lines, shared by the text and Markdown forms. */
function sections(r: ChangeReport, limit: number): { title: string; lines: string[] }[] {
  const cap = (lines: string[]) =>
    lines.length > limit ? [...lines.slice(0, limit), `… and ${int(lines.length - limit)} more (see changes.json)`] : lines;
  return [
    { title: `Added (${int(r.added.length)})`, lines: cap(r.added.map((e) => `${who(e)}, ${e.category}, ${place(e.country)}`)) },
    { title: `Removed (${int(r.removed.length)})`, lines: cap(r.removed.map((e) => `${who(e)}, ${e.category}, ${place(e.country)}`)) },
    { title: `Renamed (${int(r.renamed.length)})`, lines: cap(r.renamed.map((e) => `${e.id}: "${e.before}" → "${e.after}"`)) },
    {
      title: `Re-categorised (${int(r.recategorised.length)})`,
      lines: cap(r.recategorised.map((e) => `${who(e)}: ${e.before} → ${e.after}`)),
    },
    {
      title: `Moved country (${int(r.movedCountry.length)})`,
      lines: cap(r.movedCountry.map((e) => `${who(e)}: ${place(e.before)} → ${place(e.after)}`)),
    },
  ];
}

function verdictLine(r: ChangeReport): string {
  if (r.verdict === 'refused')
    return `REFUSED: ${r.flags.length} sign(s) of a broken export; nothing published (rerun with --accept if the changes are real)`;
  if (r.verdict === 'published-accepted') return `published with --accept despite ${r.flags.length} flag(s)`;
  return r.changed ? 'published' : 'published (no change a reader would see)';
}

/** The readable summary printed on stdout. */
export function formatChanges(r: ChangeReport, limit = 20): string {
  const out = [
    `data:update: ${r.before ? `${r.before.asOf} (${provenanceLine(r.before.provenance)})` : 'nothing published before'} → ${r.after.asOf} (${provenanceLine(r.after.provenance)})`,
    `counts (before → after): ${r.counts.map((c) => `${c.category} ${c.before === null ? '–' : int(c.before)} → ${int(c.after)}`).join(', ')}`,
  ];
  for (const s of sections(r, limit)) {
    out.push(`${s.title.toLowerCase()}${s.lines.length ? ':' : ''}`, ...s.lines.map((l) => `  ${l}`));
  }
  if (r.flags.length > 0) out.push('flags:', ...r.flags.map((f) => `  [${f.code}] ${f.message}`));
  out.push(`files changed: ${r.filesChanged.length > 0 ? r.filesChanged.join(', ') : 'none'}`, verdictLine(r));
  return out.join('\n') + '\n';
}

/** The same report in Markdown (a pull request's body). */
export function changesMarkdown(r: ChangeReport, limit = 200): string {
  const esc = (t: string) => t.replace(/([\\`*_[\]<>|])/g, '\\$1');
  const out = [
    '## Paris Call register refresh',
    '',
    `- Before: ${r.before ? `${r.before.asOf}, ${esc(provenanceLine(r.before.provenance))}` : 'nothing published'}`,
    `- After: ${r.after.asOf}, ${esc(provenanceLine(r.after.provenance))}`,
    `- Verdict: ${esc(verdictLine(r))}`,
    '',
    '| category | before | after |',
    '| --- | ---: | ---: |',
    ...r.counts.map((c) => `| ${c.category} | ${c.before === null ? '–' : int(c.before)} | ${int(c.after)} |`),
  ];
  if (r.flags.length > 0) out.push('', '### Flags', '', ...r.flags.map((f) => `- **${f.code}**: ${esc(f.message)}`));
  for (const s of sections(r, limit)) {
    out.push('', `### ${s.title}`);
    if (s.lines.length > 0) out.push('', ...s.lines.map((l) => `- ${esc(l)}`));
  }
  out.push(
    '',
    `Files changed: ${r.filesChanged.length > 0 ? r.filesChanged.map((f) => `\`${f}\``).join(', ') : 'none'}. Full report: \`dist/data/changes.json\`.`,
  );
  return out.join('\n') + '\n';
}
