import { defineConfig } from 'vite';

// The bundle holds Angular's compiler (see src/main.ts), well over Vite's 500 kB warning.
export default defineConfig({ base: './', logLevel: 'warn', build: { chunkSizeWarningLimit: 2000 } });
