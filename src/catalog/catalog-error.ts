/**
 * Bad catalog or overlay data: every problem, each naming the field it is about.
 */
export class CatalogError extends Error {
  /** One line per problem: `metros[2].pricingZone: expected a number, got "1"`. */
  public readonly problems: string[];

  constructor(origin: string, problems: string[]) {
    super(`Invalid Metro catalog data in ${origin}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'CatalogError';
    this.problems = problems;
    Object.setPrototypeOf(this, CatalogError.prototype);
  }
}
