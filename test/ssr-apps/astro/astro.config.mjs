import { defineConfig } from 'astro/config';

// Static build (Astro's default output): dist/index.html.
export default defineConfig({
  output: 'static',
  devToolbar: { enabled: false },
});
