/** European Legislation Identifier (ELI) vocabulary used in document pages' RDFa. */
import type { Status } from './validity.ts';

export const ELI_PREFIX = 'eli: http://data.europa.eu/eli/ontology# xsd: http://www.w3.org/2001/XMLSchema#';

const IN_FORCE = 'http://data.europa.eu/eli/ontology#InForce-inForce';
const NOT_IN_FORCE = 'http://data.europa.eu/eli/ontology#InForce-notInForce';

/** eli:in_force value for each 有效性. */
export const ELI_IN_FORCE: Record<Status, string> = {
	'not-yet-in-force': NOT_IN_FORCE,
	'in-force': IN_FORCE,
	expired: NOT_IN_FORCE,
	repealed: NOT_IN_FORCE,
};
