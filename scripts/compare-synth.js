/**
 * `node scripts/compare-synth.js cdktf.out cdktf.out.cdktn`: the two flavours synthesize the same
 * examples to the same files: the same stacks, the same file names, and the same content once the
 * framework's own version (`//.metadata.version`: 0.21.0 or 0.24.0) is set aside. Run after
 * `npm run synth` and `npm run synth:cdktn`.
 */
const fs = require('fs');
const path = require('path');

const [left, right] = process.argv.slice(2).map((d) => path.join(d, 'stacks'));
const listing = (dir) => fs.readdirSync(dir, { recursive: true }).filter((f) => fs.statSync(path.join(dir, f)).isFile()).sort();
const content = (file) => {
  const text = fs.readFileSync(file, 'utf8');
  if (!file.endsWith('.json')) return text;
  const json = JSON.parse(text);
  if (json['//']?.metadata) delete json['//'].metadata.version;
  return JSON.stringify(json);
};

const files = listing(left);
const differences = [];
if (JSON.stringify(files) !== JSON.stringify(listing(right))) differences.push(`file lists differ: ${files.join(', ')} vs ${listing(right).join(', ')}`);
for (const f of files) {
  if (fs.existsSync(path.join(right, f)) && content(path.join(left, f)) !== content(path.join(right, f))) differences.push(`${f} differs`);
}
if (files.length === 0 || differences.length > 0) {
  console.error(`the flavours synthesize differently:\n${differences.join('\n') || 'no files'}`);
  process.exit(1);
}
console.log(`synth comparison: ${files.length} files in ${new Set(files.map((f) => f.split(path.sep)[0])).size} stacks identical in both flavours (but the framework version)`);
