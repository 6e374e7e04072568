import * as path from 'path';

/** The Terraform fixtures. */
export const FIXTURES = path.join(__dirname, '..', 'fixtures', 'terraform');

/**
 * A fixture by file name. Each configuration fixture is a module of its own (a directory):
 * Terraform, and the lint, read every *.tf.json of a directory together.
 */
export function fixture(name: string): string {
  return name.endsWith('.tf.json') ? path.join(FIXTURES, name.slice(0, -'.tf.json'.length), name) : path.join(FIXTURES, name);
}
