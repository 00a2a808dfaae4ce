import adapter from '@sveltejs/adapter-node';

// Server-rendered on request (SSR, no prerendering): `vite build` writes the
// Node server to build/, started with `node build`.
export default {
  kit: { adapter: adapter({ out: 'build' }) },
};
