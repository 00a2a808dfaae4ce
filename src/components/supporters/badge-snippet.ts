const ENTITIES: Record<string, string> = { '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' };

/** The HTML a host pastes to show this supporter's badge (the id escaped for an attribute value). */
export function badgeSnippet(id: string): string {
  return `<paris-call-badge supporter="${id.replace(/[&<>"]/g, (c) => `&${ENTITIES[c]};`)}"></paris-call-badge>`;
}
