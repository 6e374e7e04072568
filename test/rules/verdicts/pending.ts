/**
 * Built-in rules whose failing and passing cases are not yet pinned in a `*.cases.ts` file.
 * Only ever shrinks: a new rule comes with its cases. The test fails on a stale entry.
 */
export const PENDING: ReadonlySet<string> = new Set([
  'METRO001', 'METRO002', 'METRO003', 'METRO004', 'METRO005', 'METRO006', 'BW002', 'BW003', 'BW005', 'SKU002', 'SKU004', 'SKU006', 'SKU007', 'SKU008', 'SKU009', 'PORT001', 'PORT002', 'PORT004', 'PORT005', 'PORT006', 'MACSEC001', 'MACSEC002', 'MACSEC003', 'PEER001', 'PEER002', 'PEER003', 'PEER004', 'PEER005', 'PEER006', 'PEER007', 'PEER009', 'PEER012', 'PEER013', 'PEER014', 'SEC001', 'SEC002', 'SEC003', 'SEC004', 'GW001', 'GW003', 'GW005', 'GW006', 'GW007', 'GW009', 'GW011', 'GR001', 'GR002', 'GR003', 'GR004', 'GR005', 'MIG001', 'MIG002', 'MIG004', 'MIG005', 'MIG007', 
]);
