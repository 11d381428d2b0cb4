/** Reading the synthetic audit fixtures (test/fixtures/audit/README.md). */
import { readFileSync } from 'fs';
import { join } from 'path';

/** Directory of the audit fixtures. */
export const AUDIT_DIR = join(__dirname, '../fixtures/audit');

/** A fixture as `{ name, text }`. */
export function auditFile(name: string): { name: string; text: string } {
  return { name, text: readFileSync(join(AUDIT_DIR, name), 'utf8') };
}

/** Milliseconds of an ISO date-time. */
export const at = (iso: string): number => Date.parse(iso);
