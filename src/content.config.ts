// Wiring only: loaders + schemas from src/schemas. Content lives in ./content (or MINGZHANG_CONTENT).
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ArticleSchema } from './schemas/article.ts';
import { DepartmentSchema } from './schemas/department.ts';
import { DisclosureSchema } from './schemas/disclosure.ts';
import { CONTENT_DIR } from './lib/content-dir.ts';
import { disclosureIds, statedYearsIn } from './lib/content-ids.ts';
import { buildScope, figuresGlob, textsGlob } from './lib/build/build-scope.ts';
import { disclosureTextLoader } from './lib/content/disclosure-text-loader.ts';
import { allLiteral, listedFilesLoader } from './lib/content/listed-files-loader.ts';

/** "2023/guangzhou-rd/self-evaluation.json" → "2023/guangzhou-rd/self-evaluation". */
const pathId = ({ entry }: { entry: string }) => entry.replace(/\.(json|mdx)$/, '');

const departments = defineCollection({
  loader: glob({ base: `${CONTENT_DIR}/departments`, pattern: '*.json' }),
  schema: DepartmentSchema,
});

/**
 * Disclosure figures: content/<year>/<dept>/<kind>.json. A partition build loads only the
 * figures its pages read (src/lib/build/partition.ts, partitionDependencies).
 */
const figures = figuresGlob(buildScope(), () => disclosureIds(CONTENT_DIR), statedYearsIn(CONTENT_DIR));
const disclosures = defineCollection({
  // A list of files is read as listed, not matched against the whole content folder.
  loader: Array.isArray(figures) && allLiteral(figures) ? listedFilesLoader({ base: CONTENT_DIR, paths: figures }) : glob({ base: CONTENT_DIR, pattern: figures, generateId: pathId }),
  schema: DisclosureSchema,
});

/**
 * Disclosure prose: content/<year>/<dept>/<kind>.mdx, same id as its figures. A partitioned
 * build (scripts/build-site.ts, MINGZHANG_PARTITION) loads only its partition's texts, so its
 * memory and time depend on the partition, not the corpus; a plain build loads them all.
 * Each text is compiled once, at sync, to code kept in the data store, not made a module of
 * its own (src/lib/content/disclosure-text-loader.ts says why).
 */
const disclosureTexts = defineCollection({
  loader: disclosureTextLoader({ base: CONTENT_DIR, pattern: textsGlob(buildScope()) }),
});

const articles = defineCollection({
  loader: glob({ base: `${CONTENT_DIR}/articles`, pattern: '*.mdx' }),
  schema: ArticleSchema,
});

export const collections = { departments, disclosures, disclosureTexts, articles };
