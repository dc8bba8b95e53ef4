import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

// Vue must know which tags are custom elements, or it tries to resolve them as Vue components and warns.
const ENVOY_TAGS = new Set(['world-clock', 'days-since', 'news-list', 'article-card', 'consular-contact']);

export default defineConfig({
  base: './',
  logLevel: 'warn',
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => ENVOY_TAGS.has(tag) } } })],
});
