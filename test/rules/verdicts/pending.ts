/**
 * Built-in rules whose failing and passing cases are not yet pinned in a `*.cases.ts` file.
 * Only ever shrinks: a new rule comes with its cases. The test fails on a stale entry.
 */
export const PENDING: ReadonlySet<string> = new Set([
  'DUAL001', 'DUAL002', 'DUAL003', 'DUAL004', 'DUAL005', 'DUAL006', 'BW002', 'BW003', 'BW004', 'BW005', 'SKU001', 'SKU002', 'SKU003', 'SKU004', 'SKU005', 'SKU006', 'SKU007', 'SKU008', 'SKU009', 'PORT001', 'PORT002', 'PORT003', 'PORT004', 'PORT005', 'PORT006', 'PORT007', 'MACSEC001', 'MACSEC002', 'MACSEC003', 'PEER001', 'PEER002', 'PEER003', 'PEER004', 'PEER005', 'PEER006', 'PEER007', 'PEER008', 'PEER009', 'PEER010', 'PEER011', 'PEER012', 'PEER013', 'PEER014', 'PEER015', 'SEC001', 'SEC002', 'SEC003', 'SEC004', 'GW001', 'GW002', 'GW003', 'GW004', 'GW005', 'GW006', 'GW007', 'GW008', 'GW009', 'GW010', 'GW011', 'MIG001', 'MIG002', 'MIG003', 'MIG004', 'MIG005', 'MIG006', 'MIG007', 'MACSEC004', 'MACSEC005', 'GW012', 'PLAN001',
]);
