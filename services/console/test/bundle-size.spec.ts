// The JavaScript a browser loads before the first page shows (the entry and the chunks it
// imports statically) stays within 300 KB gzipped; pages and charts load later, on demand.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ensureBuilt } from '../../../scripts/built';

const BUDGET_BYTES = 300 * 1024;

interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

describe('console build', () => {
  const dist = path.resolve(__dirname, '../dist');
  let manifest: Record<string, ManifestChunk>;

  beforeAll(() => {
    ensureBuilt('console');
    manifest = JSON.parse(readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
  }, 180_000);

  const mainFiles = () => {
    const files = new Set<string>();
    const visit = (key: string) => {
      const chunk = manifest[key];
      if (files.has(chunk.file)) return;
      files.add(chunk.file);
      chunk.imports?.forEach(visit);
    };
    visit(Object.keys(manifest).find((key) => manifest[key].isEntry)!);
    return [...files];
  };

  it('keeps the main JavaScript within 300 KB gzipped', () => {
    const gzipped = mainFiles().reduce(
      (sum, file) => sum + gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length,
      0,
    );
    console.log(`console main JavaScript: ${(gzipped / 1024).toFixed(1)} KB gzipped (budget 300 KB)`);
    expect(gzipped).toBeGreaterThan(10 * 1024);
    expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
  });

  it('loads the pages and the chart library as separate chunks, with content-hashed names', () => {
    const entry = Object.values(manifest).find((chunk) => chunk.isEntry)!;
    expect(entry.dynamicImports).toEqual(
      expect.arrayContaining([
        'src/pages/agreements/AgreementsPage.tsx',
        'src/pages/monitoring/MonitoringPage.tsx',
      ]),
    );
    expect(mainFiles()).not.toContain(manifest['src/pages/monitoring/MonitoringPage.tsx'].file);
    for (const chunk of Object.values(manifest))
      expect(chunk.file).toMatch(/^assets\/[\w.-]+-[\w-]{8}\.(js|css)$/);
  });
});
