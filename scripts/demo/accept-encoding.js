// Content negotiation for the project's small servers (the demo's and the
// benchmark's): which compression to send for a request's Accept-Encoding.

/** The encoding to send, from the request's Accept-Encoding (`br;q=0` refuses br): br, gzip or none. */
export function encodingFor(accept = '') {
  const q = new Map();
  for (const part of accept.toLowerCase().split(',')) {
    const [name, ...params] = part.split(';').map((p) => p.trim());
    const weight = params.find((p) => p.startsWith('q='));
    if (name) q.set(name, weight ? Number(weight.slice(2)) : 1);
  }
  const accepted = (enc) => (q.get(enc) ?? q.get('*') ?? 0) > 0;
  return ['br', 'gzip'].find(accepted) ?? null;
}
