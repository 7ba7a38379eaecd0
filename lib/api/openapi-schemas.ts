import { API_ERRORS, type ApiErrorCode } from './types';

/*
 * The parts of the partner API's OpenAPI document (openapi.ts): its types, the error answers of each
 * status, the offer's fields and the components' schemas.
 */

export type Schema = Record<string, unknown>;

export interface ApiParameter {
  name: string;
  in: 'path' | 'query';
  required: boolean;
  description?: string;
  schema: Schema;
}
export interface ApiOperation {
  operationId: string;
  summary: string;
  security?: unknown[];
  parameters?: ApiParameter[];
  requestBody?: unknown;
  responses: Record<string, { description: string } & Schema>;
}
export const HTTP_METHODS = ['get', 'post', 'patch', 'put', 'delete'] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];
export type PathItem = { parameters?: ApiParameter[] } & Partial<Record<HttpMethod, ApiOperation>>;

/** The error codes answered with an HTTP status (API_ERRORS). */
export function errorCodesOf(status: number): ApiErrorCode[] {
  return (Object.entries(API_ERRORS) as [ApiErrorCode, number][])
    .filter(([, code]) => code === status)
    .map(([code]) => code);
}

export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

const STATUS_TEXT: Record<number, string> = {
  400: 'Données invalides : `error` nomme chaque champ et ce qui ne va pas.',
  401: 'Jeton absent, inconnu ou révoqué.',
  403: 'Cette offre appartient à un autre opérateur, ou la recherche demande l’accès complet.',
  404: 'Aucune offre de cet opérateur ne porte ce `remote_id`.',
  409: 'Conflit : `remote_id` déjà utilisé par une autre offre de l’opérateur, ou offre déjà supprimée.',
  422: 'Requête illisible : pas d’objet `internship_offer`, ou une valeur mal formée (semaine hors ISO 8601).',
  429: 'Trop de requêtes pour ce jeton : réessayer après le nombre de secondes de l’en-tête `Retry-After`.',
};

/** The responses of the given error statuses, each with the codes the API answers with. */
export function errors(...statuses: (keyof typeof STATUS_TEXT)[]): ApiOperation['responses'] {
  return Object.fromEntries(
    [...statuses, 401, 429].map((status) => [
      String(status),
      {
        description: STATUS_TEXT[status]!,
        ...(status === 429 && {
          headers: { 'Retry-After': { description: 'Secondes à attendre.', schema: { type: 'integer' } } },
        }),
        content: {
          'application/json': {
            schema: {
              allOf: [
                ref('Error'),
                { type: 'object', properties: { code: { type: 'string', enum: errorCodesOf(status) } } },
              ],
            },
          },
        },
      },
    ]),
  );
}

export const json = (schema: Schema, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

export const remoteIdParameter: ApiParameter = {
  name: 'remote_id',
  in: 'path',
  required: true,
  description: 'L’identifiant de l’offre chez l’opérateur, tel qu’il l’a donné à la création.',
  schema: { type: 'string', example: 'remote-123' },
};

export const pageParameter: ApiParameter = {
  name: 'page',
  in: 'query',
  required: false,
  description: 'Page de 30 offres, à partir de 1.',
  schema: { type: 'integer', minimum: 1, default: 1 },
};

export const offerFields: Record<string, Schema & { description?: string }> = {
  remote_id: {
    type: 'string',
    maxLength: 200,
    example: 'remote-123',
    description: 'Identifiant de l’offre chez l’opérateur, unique pour lui.',
  },
  title: { type: 'string', maxLength: 150, example: 'Stage d’observation du métier de chef de service' },
  description: { type: 'string', maxLength: 500, description: 'Description de l’offre de stage.' },
  employer_name: { type: 'string', example: 'BNP Paribas', description: 'La structure d’accueil.' },
  employer_description: { type: 'string', maxLength: 275 },
  employer_website: { type: 'string', nullable: true, example: 'https://www.exemple.fr' },
  street: { type: 'string', example: '16 rue de la Paix' },
  zipcode: { type: 'string', example: '75002' },
  city: { type: 'string', example: 'Paris' },
  coordinates: ref('Coordinates'),
  sector_uuid: { type: 'string', format: 'uuid', description: 'Un `uuid` de GET /sectors.' },
  is_public: {
    type: 'boolean',
    description: 'Structure publique (administration) : true ; entreprise ou association : false.',
  },
  max_candidates: {
    type: 'integer',
    minimum: 1,
    description: 'Élèves accueillis sur l’année, toutes semaines comprises.',
  },
  max_students_per_group: {
    type: 'integer',
    minimum: 1,
    default: 1,
    description: 'Élèves accueillis ensemble une même semaine.',
  },
  weeks: {
    type: 'array',
    items: { type: 'string', pattern: '^\\d{4}-W\\d{2}$', example: '2026-W45' },
    description: 'Semaines ISO 8601 proposées, dans la période des stages de la campagne, jamais passées.',
  },
  daily_hours: {
    type: 'object',
    description:
      'Horaires de présence par jour (lundi à vendredi) : 7 heures au plus par jour, pause comprise hors temps de présence.',
    additionalProperties: { type: 'array', items: { type: 'string', example: '9:00' }, minItems: 2, maxItems: 2 },
    example: { lundi: ['9:00', '16:00'], mardi: ['9:00', '16:00'] },
  },
  lunch_break: { type: 'string', example: '12:00-13:00', description: 'Pause déjeuner.' },
  permalink: {
    type: 'string',
    example: 'https://www.exemple.fr/offres/123',
    description: 'L’offre sur le site de l’opérateur.',
  },
};

export const REQUIRED_OFFER_FIELDS = [
  'remote_id',
  'title',
  'employer_name',
  'street',
  'zipcode',
  'city',
  'sector_uuid',
  'max_candidates',
];

export const components = {
  securitySchemes: { bearerAuth: { type: 'http', scheme: 'bearer' } },
  schemas: {
    Coordinates: {
      type: 'object',
      required: ['latitude', 'longitude'],
      properties: {
        latitude: { type: 'number', minimum: -90, maximum: 90 },
        longitude: { type: 'number', minimum: -180, maximum: 180 },
      },
    },
    OfferFields: { type: 'object', properties: offerFields },
    OfferCreate: {
      type: 'object',
      required: ['internship_offer'],
      properties: {
        internship_offer: { allOf: [ref('OfferFields'), { type: 'object', required: REQUIRED_OFFER_FIELDS }] },
      },
    },
    OfferPatch: {
      type: 'object',
      required: ['internship_offer'],
      properties: {
        internship_offer: {
          allOf: [
            ref('OfferFields'),
            { type: 'object', properties: { published_at: { type: 'string', format: 'date-time', nullable: true } } },
          ],
        },
      },
    },
    Offer: {
      type: 'object',
      properties: {
        ...Object.fromEntries(
          [
            'remote_id',
            'title',
            'description',
            'employer_name',
            'employer_description',
            'employer_website',
            'street',
            'zipcode',
            'city',
            'is_public',
            'max_candidates',
            'max_students_per_group',
            'permalink',
          ].map((name) => [name, offerFields[name]]),
        ),
        published_at: { type: 'string', format: 'date-time', nullable: true },
        formatted_coordinates: ref('Coordinates'),
      },
    },
    OfferSummary: {
      type: 'object',
      properties: {
        id: { type: 'string', format: 'uuid' },
        title: { type: 'string' },
        description: { type: 'string' },
        employer_name: { type: 'string' },
        url: { type: 'string', description: 'La page de l’offre sur Mon stage de troisième.' },
        city: { type: 'string' },
        date_start: { type: 'string', description: 'Lundi de la première semaine, en toutes lettres.' },
        date_end: { type: 'string' },
        latitude: { type: 'number' },
        longitude: { type: 'number' },
        image: { type: 'string', description: 'L’illustration du secteur.' },
        sector: { type: 'string', description: 'Le nom du secteur.' },
        handicap_accessible: { type: 'boolean', description: 'Accessible à un élève en situation de handicap.' },
      },
    },
    OfferPage: {
      type: 'object',
      properties: {
        pagination: {
          type: 'object',
          properties: {
            totalInternshipOffers: { type: 'integer' },
            internshipOffersPerPage: { type: 'integer' },
            totalPages: { type: 'integer' },
            currentPage: { type: 'integer' },
            nextPage: { type: 'string', nullable: true },
            prevPage: { type: 'string', nullable: true },
            isFirstPage: { type: 'boolean' },
            isLastPage: { type: 'boolean' },
            pageUrlBase: { type: 'string' },
          },
        },
        internshipOffers: { type: 'array', items: ref('OfferSummary') },
      },
    },
    Sector: {
      type: 'object',
      properties: {
        id: { type: 'string' },
        name: { type: 'string' },
        external_url: { type: 'string' },
        uuid: { type: 'string', format: 'uuid' },
      },
    },
    Error: {
      type: 'object',
      required: ['code', 'error'],
      properties: {
        code: { type: 'string' },
        error: {
          oneOf: [
            { type: 'string' },
            { type: 'object', additionalProperties: { type: 'array', items: { type: 'string' } } },
          ],
        },
      },
    },
  },
};
