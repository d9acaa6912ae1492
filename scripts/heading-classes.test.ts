import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The renderer may not read files itself, so this check of its stylesheet lives with the scripts. */
const SRC = join(__dirname, '..', 'renderer', 'src');

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return tsxFiles(path);
    return entry.name.endsWith('.tsx') ? [path] : [];
  });
}

/** Every heading size class a component uses, such as heading-m. */
function headingClassesUsed(): Set<string> {
  const used = new Set<string>();
  for (const file of tsxFiles(SRC)) {
    for (const match of readFileSync(file, 'utf8').matchAll(/\bheading-(xs|s|m|l|xl)\b/g)) used.add(match[0]);
  }
  return used;
}

describe('the heading size classes', () => {
  // A class used but defined nowhere leaves a heading at the browser's default size on most screens, and
  // only the screens whose own stylesheet happened to style it look right.
  it('are each defined in the shared base styles', () => {
    const base = readFileSync(join(SRC, 'shared', 'styles', 'base.css'), 'utf8');
    const used = [...headingClassesUsed()];
    expect(used.length).toBeGreaterThan(0);
    const undefinedClasses = used.filter((name) => !new RegExp(`^\\.${name} \\{`, 'm').test(base));
    expect(undefinedClasses).toEqual([]);
  });
});
