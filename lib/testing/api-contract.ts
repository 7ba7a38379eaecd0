/*
 * The earlier platform's contract examples the partner API's tests compare with (its request bodies
 * and error answers), written here so that the tests stand alone on a fresh machine. npm run
 * check:contract replays the contract's own folder against a server (README, « API partenaires »).
 */

const INPUT_OFFER = {
  title: 'title',
  description: 'description',
  employer_website: 'http://google.fr',
  street: "Avenue de l'opéra",
  zipcode: '75002',
  city: 'Paris',
  employer_name: 'employer_name',
  employer_description: 'employer_description',
  remote_id: 'test',
  permalink: 'https://www.google.fr',
  sector_uuid: '1ce60ecc-273d-4c73-9b1a-2f5ee14e1bc6',
  max_candidates: 2,
  coordinates: { latitude: 1.0, longitude: 1.0 },
};

export const CONTRACT = {
  'input/internship_offers/create.json': { internship_offer: INPUT_OFFER },
  'input/internship_offers/update.json': {
    internship_offer: { title: 'title', description: 'description', max_candidates: 2 },
  },
  /** The keys of an offer as the contract answers it (output/internship_offers/update/ok.json). */
  'output/internship_offers/update/ok.json': {
    title: 'hellow',
    description: 'Lorem ipsum dolor api',
    max_candidates: 2,
    employer_website: null,
    street: '1 rue du poulet',
    zipcode: '75001',
    city: 'Paris',
    is_public: true,
    employer_name: 'Octo',
    employer_description: 'on envoie du parpaing',
    remote_id: '43',
    permalink: 'https://google.fr',
    published_at: null,
    max_students_per_group: 1,
    formatted_coordinates: { latitude: 48.866667, longitude: 2.333333 },
  },
  'output/internship_offers/create/unprocessable_entity_bad_payload.json': {
    code: 'BAD_PAYLOAD',
    error: 'param is missing or the value is empty: internship_offer',
  },
  'output/internship_offers/create/conflict.json': {
    code: 'DUPLICATE_INTERNSHIP_OFFER',
    error: 'internship_offer with this remote_id (2) already exists',
  },
  'output/internship_offers/update/not_found.json': {
    code: 'NOT_FOUND',
    error: "can't find internship_offer with this remote_id",
  },
  'output/internship_offers/update/forbidden.json': {
    code: 'FORBIDDEN',
    error: 'You are not authorized to access this page.',
  },
  'output/internship_offers/update/unprocessable_entity_bad_data.json': {
    code: 'BAD_ARGUMENT',
    error: 'bad week format: 2020-Wsem9-23, expecting ISO 8601 format',
  },
  'output/internship_offers/destroy/conflict.json': { code: 'API_ALREADY_DESTROYED', error: 'api already destroyed' },
} as const;

/** A copy of an example, to pass or compare. */
export function contract(path: keyof typeof CONTRACT): Record<string, unknown> {
  return structuredClone(CONTRACT[path]) as Record<string, unknown>;
}
