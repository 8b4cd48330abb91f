/**
 * `npm run --silent catalogue`: the whole catalogue as JSON on stdout, one entry per service version, for other tools.
 * Functions (intake rules) are not data; their ids, names and citations are printed instead.
 */
import { serviceVersions } from '../../shared/regulations/catalogue';
import { catalogueEntry } from '../../shared/regulations/catalogue-entry';

const json = JSON.stringify({ services: serviceVersions.map(catalogueEntry) }, null, 2);
console.log(json);
