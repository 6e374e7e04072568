import * as fs from 'fs';
import * as path from 'path';
import { REAL_WORLD } from './lint-corpus';

/** Every configuration of the corpus says where it comes from, at which commit, under which licence. */
const dirs = fs.readdirSync(REAL_WORLD, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name).sort();

test('the corpus has its directories', () => {
  expect(dirs.length).toBeGreaterThanOrEqual(30);
});

describe.each(dirs)('%s', (dir) => {
  const source = path.join(REAL_WORLD, dir, 'SOURCE.md');

  test('SOURCE.md names the repository, the commit and a permissive licence with its notice', () => {
    const text = fs.readFileSync(source, 'utf8');
    expect(text).toMatch(/^- Repository: https:\/\/github\.com\/[\w.-]+\/[\w.-]+$/m);
    expect(text).toMatch(/^- Commit: `[0-9a-f]{40}`/m);
    const licence = /^- Licence: (MIT|MPL-2\.0|Apache-2\.0)\b/m.exec(text);
    expect(licence).not.toBeNull();
    // MIT asks for its notice in every copy; MPL-2.0 for the Exhibit A notice; Apache-2.0 for a
    // copy of the License (and the NOTICE file, where the repository has one).
    const notice: Record<string, string> = {
      'MIT': 'Permission is hereby granted, free of charge',
      'MPL-2.0': 'Mozilla Public License, v. 2.0',
      'Apache-2.0': 'TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION',
    };
    expect(text).toContain(notice[licence![1]]);
    expect(text).toMatch(/^- What changed: /m);
  });

  test('holds Terraform files only (and tfvars), each small', () => {
    const walk = (d: string): string[] => fs.readdirSync(d, { withFileTypes: true })
      .flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
    for (const file of walk(path.join(REAL_WORLD, dir))) {
      expect(path.basename(file)).toMatch(/^SOURCE\.md$|\.tf$|\.tfvars$/);
      expect(fs.statSync(file).size).toBeLessThan(64 * 1024);
    }
  });
});
