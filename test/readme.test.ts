import * as fs from 'fs';
import { README, renderReadme } from '../scripts/docs';

test('the catalog and rule tables in README.md are current (npm run docs)', () => {
  const text = fs.readFileSync(README, 'utf8');
  expect(renderReadme(text)).toBe(text);
});

test('the README holds exactly the two set-up commands', () => {
  const text = fs.readFileSync(README, 'utf8');
  const setup = text.slice(text.indexOf('## Set up'), text.indexOf('\n## ', text.indexOf('## Set up') + 1));
  const commands = [...setup.matchAll(/```sh\n([\s\S]*?)```/g)].map((m) => m[1].trim());
  expect(commands).toEqual(['npm ci && npm run synth', 'npm test']);
});
