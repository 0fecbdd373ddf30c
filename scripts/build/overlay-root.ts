/** The project root each `astro build` of the partitioned build runs in. */
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './steps.ts';

/**
 * A project root for one build: a copy of the config and src/ (src/pages reduced to the
 * disclosure and body-year routes for a partition build) with links to node_modules and public/. Astro
 * keeps per-build state in <root>/.astro (content module maps, prerender chunks), so builds
 * that run side by side need roots of their own; copies, not links, because Astro keys its
 * compile cache by paths inside the root. src/ is about a megabyte: copying takes milliseconds.
 */
export function overlayRoot(dir: string, disclosuresOnly: boolean): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (existsSync(join(ROOT, 'public'))) symlinkSync(join(ROOT, 'public'), join(dir, 'public'));
  // node_modules: a folder of links to the packages, not one link to the folder, so that
  // Vite's dependency cache (node_modules/.vite) is this build's own and not shared with
  // builds running beside it.
  mkdirSync(join(dir, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) if (name !== '.vite' && name !== '.astro' && !name.startsWith('.mingzhang')) symlinkSync(join(ROOT, 'node_modules', name), join(dir, 'node_modules', name));
  for (const name of ['astro.config.mjs', 'package.json', 'tsconfig.json']) if (existsSync(join(ROOT, name))) cpSync(join(ROOT, name), join(dir, name));
  const pages = join(ROOT, 'src', 'pages');
  // A partition builds its disclosures' pages and their body-year pages (/<year>/<dept>/).
  const keep = [join(pages, '[year]', '[department]', '[kind].astro'), join(pages, '[year]', '[department]', 'index.astro'), join(pages, 'data', '[...file].ts'), join(pages, '_corpus.ts')];
  cpSync(join(ROOT, 'src'), join(dir, 'src'), {
    recursive: true,
    filter: (source) => !disclosuresOnly || !source.startsWith(pages) || source === pages || keep.some((k) => k === source || k.startsWith(`${source}/`)),
  });
  return dir;
}
