import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Page layouts, compact layouts and list views of the standard objects, as data files
 * (`data/{Object}.json`) shaped after the layouts a new org ships with. The describe
 * resources and the local record page read them; fields the org's schema lacks are skipped.
 */
export interface SectionData {
  heading: string;
  columns: 1 | 2;
  /** Each row holds one field per column; null leaves a blank space. */
  rows: (string | null)[][];
}

export interface RelatedListData {
  /** The parent's child relationship name (Contacts, Cases, Tasks). */
  name: string;
  label?: string;
  columns: string[];
  sort: string;
}

export interface ListViewData {
  developerName: string;
  label: string;
  /** `mine` limits the view to records the user owns. */
  scope: 'everything' | 'mine';
  columns: string[];
  where?: string;
  orderBy: string[];
}

export interface ObjectLayouts {
  layout: { name: string; sections: SectionData[]; relatedLists: RelatedListData[] };
  compactLayout: string[];
  listViews: ListViewData[];
}

const DATA_DIR = fileURLToPath(new URL('./data', import.meta.url));

/** Object name -> its layouts, in file-name order (which also fixes their ids). */
export function readLayoutData(dir = DATA_DIR): Map<string, ObjectLayouts> {
  if (!existsSync(dir)) return new Map();
  const files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort();
  return new Map(files.map((file) => [file.replace(/\.json$/, ''), JSON.parse(readFileSync(join(dir, file), 'utf8')) as ObjectLayouts]));
}
