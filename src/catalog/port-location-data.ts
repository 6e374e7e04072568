import { Sources } from './sources';
import { PortLocationData, PortLocationsData } from './types';

/**
 * Where ExpressRoute Direct port locations are.
 *
 * Azure's port-location list (`az network express-route port location list`) gives each name
 * with an address but no peering location, and no Microsoft page maps the names to peering
 * locations. A name is listed here only where a source places it:
 *
 * - Sources.DIRECT_CLI (ms.date 05/20/2019) shows example output with addresses. Where the
 *   address names the facility and the locations page (Sources.LOCATIONS, ms.date 04/28/2026)
 *   lists that facility at one peering location, the port location is at that location
 *   (`"2001 Sixth Ave., Suite 350, SE2, Seattle, WA 98121"`, and Seattle at Equinix SE2).
 * - Sources.GOOGLE_CCI_AZURE_LOCATIONS (last updated 2026-04-02) lists Azure port locations by
 *   metropolitan area. That names the city only, so the port location is at one of the city's
 *   peering locations on the locations page (`Equinix-Sydney-SY2`: Sydney or Sydney2): its
 *   country and geopolitical region are known, its peering location is not.
 *
 * The site code in a name (`-SY2`) is not read: no source states how the names are formed. So
 * `Airtel-Chennai2-CLS`, `Allied-Toronto-King-West` and `CoreSite-Santa-Clara-SV7` (the Google
 * page's "San Francisco" is no peering location) stay unknown; overlay `portLocations` to add
 * one from `az network express-route port location show`.
 */
export const BUILTIN_PORT_LOCATIONS: PortLocationsData = {
  asOf: '2026-04-02',
  source: `${Sources.DIRECT_CLI}; ${Sources.GOOGLE_CCI_AZURE_LOCATIONS}`,
  locations: [
    ...fromAddress('Equinix-Ashburn-DC2', '21715 Filigree Court, DC2, Building F, Ashburn, VA 20147', 'Washington DC', 'Equinix DC2; Equinix DC6'),
    ...fromAddress('Equinix-Dallas-DA3', '1950 N. Stemmons Freeway, Suite 1039A, DA3, Dallas, TX 75207', 'Dallas', 'Equinix DA3; Equinix DA6'),
    ...fromAddress('Equinix-San-Jose-SV1', '11 Great Oaks Blvd, SV1, San Jose, CA 95119', 'Silicon Valley', 'Equinix SV1'),
    ...fromAddress('Equinix-Seattle-SE2', '2001 Sixth Ave., Suite 350, SE2, Seattle, WA 98121', 'Seattle', 'Equinix SE2'),
    ...inCity('Hong Kong', ['Equinix-Hong-Kong-HK1'], ['Hong Kong', 'Hong Kong2']),
    ...inCity('Osaka', ['Equinix-Osaka-OS1'], ['Osaka']),
    ...inCity('Seoul', ['KINX-Seoul-Gasan'], ['Seoul', 'Seoul2']),
    ...inCity('Singapore', ['Equinix-Singapore-SG1', 'Global-Switch-Singapore'], ['Singapore', 'Singapore2']),
    ...inCity('Tokyo', ['Equinix-Tokyo-TY4'], ['Tokyo', 'Tokyo2', 'Tokyo3']),
    ...inCity('Sydney', ['Equinix-Sydney-SY2', 'NextDC-Sydney-S1'], ['Sydney', 'Sydney2']),
    ...inCity('Amsterdam', ['Equinix-Amsterdam-AM5'], ['Amsterdam', 'Amsterdam2']),
    // The page names Interxion-Frankfurt-FRA11 in its availability example ("Frankfurt am Main").
    ...inCity('Frankfurt', ['Equinix-Frankfurt-FR7', 'Interxion-Frankfurt-FRA11'], ['Frankfurt', 'Frankfurt2']),
    ...inCity('London', ['Equinix-London-LD5'], ['London', 'London2']),
    ...inCity('Paris', ['Interxion-Paris-PAR5'], ['Paris', 'Paris2']),
    ...inCity('Zurich', ['Interxion-Zurich-ZUR2'], ['Zurich', 'Zurich2']),
    ...inCity('Mumbai', ['Tata-Mumbai-LVSB'], ['Mumbai', 'Mumbai2']),
    ...inCity('Washington D.C.', ['Equinix-Ashburn-DC6', 'CoreSite-Reston-VA2', 'CoreSite-Reston-VA3'], ['Washington DC', 'Washington DC2']),
    ...inCity('Chicago', ['Equinix-Chicago-CH1'], ['Chicago', 'Chicago2']),
    ...inCity('Las Vegas', ['Switch-Las-Vegas'], ['Las Vegas']),
    ...inCity('Montréal', ['Cologix-Montreal-MTL3'], ['Montreal']),
    ...inCity('Portland', ['EdgeConneX-Portland-POR01'], ['Portland']),
    ...inCity('San Antonio, Texas', ['CyrusOne-San-Antonio-1'], ['San Antonio']),
    ...inCity('Toronto', ['Cologix-Toronto-TOR1'], ['Toronto', 'Toronto2']),
  ],
};

/** A port location whose address (Sources.DIRECT_CLI) names a facility the locations page lists at one peering location. */
function fromAddress(name: string, address: string, peeringLocation: string, facility: string): PortLocationData[] {
  return [{
    name, peeringLocations: [peeringLocation],
    evidence: `address "${address}"; the locations page lists ${peeringLocation} at ${facility}`,
    source: `${Sources.DIRECT_CLI} (ms.date 05/20/2019, example output of az network express-route port location list); ${Sources.LOCATIONS} (ms.date 04/28/2026)`,
  }];
}

/** Port locations the Google page lists in a metropolitan area: at one of that city's peering locations. */
function inCity(metropolitanArea: string, names: string[], peeringLocations: string[]): PortLocationData[] {
  return names.map((name) => ({
    name, peeringLocations,
    evidence: `metropolitan area "${metropolitanArea}"; the locations page lists ${peeringLocations.join(' and ')} there`,
    source: `${Sources.GOOGLE_CCI_AZURE_LOCATIONS} (last updated 2026-04-02); ${Sources.LOCATIONS} (ms.date 04/28/2026)`,
  }));
}
