import react from '@vitejs/plugin-react';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');

// The workspace's @fhk/* aliases, from tsconfig.base.json, so the portal imports libs as the services do.
const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')) as { compilerOptions: { paths: Record<string, string[]> } };
const alias = Object.entries(compilerOptions.paths).map(([find, [target]]) => ({ find, replacement: join(root, target) }));

export default defineConfig({
  root: here,
  base: '/',
  plugins: [react()],
  resolve: { alias },
  build: {
    outDir: join(root, 'dist', 'apps', 'portal'),
    emptyOutDir: true,
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    reportCompressedSize: false,
    rolldownOptions: {
      // The contracts lib only declares schemas and vocabularies: a page that needs a vocabulary's
      // labels does not pull in every zod schema (and zod) with it.
      treeshake: { moduleSideEffects: (id: string) => !/[\\/]libs[\\/]contracts[\\/]/.test(id) },
      output: {
        // Vendor groups change less often than the app: they stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            { name: 'i18n', test: /node_modules[\\/](i18next|react-i18next)[\\/]/ },
            { name: 'query', test: /node_modules[\\/]@tanstack[\\/]/ },
          ],
        },
      },
    },
  },
});
