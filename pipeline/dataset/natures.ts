/**
 * The register's `nature` column holds free French labels. The published
 * dataset carries a stable English key instead, so widgets can translate it
 * and a relabelling on the official site does not change our data.
 */

/** Canonical label (as the register spells it, trimmed) → stable key. */
export const NATURE_LABELS: ReadonlyArray<readonly [label: string, key: string]> = [
  ['Entreprise', 'company'],
  ['Association professionnelle', 'professional-association'],
  ['Organisation à but non lucratif', 'non-profit'],
  ['Université', 'university'],
  ['Fondation', 'foundation'],
  ['Think tank', 'think-tank'],
  ['Association', 'association'],
  ['Chambre de commerce', 'chamber-of-commerce'],
  ['ONG', 'ngo'],
  ['Centre de recherche', 'research-centre'],
  ['Collectivité locale', 'local-government'],
  ['Fédération', 'federation'],
  ['Etat fédéré', 'federated-state'],
  ['Forum', 'forum'],
  ['Opérateur', 'operator'],
  ['Autorité indépendante', 'independent-authority'],
  ['Organisme public', 'public-body'],
  ['Ecole', 'school'],
  ['Agence', 'agency'],
  ['Organisation internationale', 'international-organization'],
  // The register also has this one label in English.
  ['International Organization', 'international-organization'],
  ['Groupement d’intérêt public', 'public-interest-group'],
  ['Commission consultative', 'advisory-commission'],
  ["Centre d'excellence", 'centre-of-excellence'],
  ['Académie', 'academy'],
];

/** Every key a supporter's `nature` may hold (besides null), in a stable order. */
export const NATURE_KEYS: readonly string[] = [...new Set(NATURE_LABELS.map(([, key]) => key))];

/**
 * `UE` is not a nature: on state rows it marks membership of the European
 * Union, published as `euMember: true`.
 */
export const EU_MEMBER_LABEL = 'UE';

/**
 * Comparison form of a label: case, accents, apostrophe style and spacing do
 * not distinguish labels (the register has `Université` and `université`,
 * `Etat` without its accent, and trailing spaces).
 */
export function foldLabel(label: string): string {
  return label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const BY_FOLDED = new Map(NATURE_LABELS.map(([label, key]) => [foldLabel(label), { label, key }]));
const EU_MEMBER_FOLDED = foldLabel(EU_MEMBER_LABEL);

export type NatureMatch =
  { kind: 'empty' } | { kind: 'eu-member' } | { kind: 'known'; key: string; canonical: string; exact: boolean } | { kind: 'unknown' };

/** Classify a (whitespace-cleaned) label. */
export function matchNature(label: string): NatureMatch {
  if (label.trim() === '') return { kind: 'empty' };
  const folded = foldLabel(label);
  if (folded === EU_MEMBER_FOLDED) return { kind: 'eu-member' };
  const hit = BY_FOLDED.get(folded);
  if (!hit) return { kind: 'unknown' };
  return { kind: 'known', key: hit.key, canonical: hit.label, exact: hit.label === label };
}
