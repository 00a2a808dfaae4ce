// The `pcw:data/` ids that rollup.config.js resolves to the published JSON (see dataset.ts).
declare module 'pcw:data/summary.json' {
  const summary: import('../data/types.js').Summary;
  export default summary;
}
declare module 'pcw:data/texts.json' {
  const texts: import('../data/types.js').Texts;
  export default texts;
}
declare module 'pcw:data/register.json' {
  const register: import('../data/types.js').Register;
  export default register;
}
declare module 'pcw:data/map.json' {
  const map: {
    viewBox: number[];
    countries: { id: string; d: string }[];
    land?: string[];
    markers?: { id: string; x: number; y: number }[];
  };
  export default map;
}
