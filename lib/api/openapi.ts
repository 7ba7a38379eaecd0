/*
 * The partner API's OpenAPI 3 document, served at /api/v1/openapi.json and read by /developpeurs.
 * It keeps the earlier platform's contract (the api-contract folder of the reference data):
 * the same paths, fields and error codes, so that partners' tools keep working, and says what
 * that contract left vague: weeks in ISO 8601 (2026-W45), the daily hours' limits, the seats, the
 * error body naming each field, the rate limit. A test checks that the document validates and
 * that every route under app/api/v1 is in it (openapi.test.ts).
 */

import { errors, json, pageParameter, ref, remoteIdParameter, components, type PathItem } from './openapi-schemas';

const paths: Record<string, PathItem> = {
  '/openapi.json': {
    get: {
      operationId: 'openApiDocument',
      summary: 'Ce document (sans jeton)',
      security: [],
      responses: { '200': json({ type: 'object' }, 'Le document OpenAPI.') },
    },
  },
  '/internship_offers': {
    get: {
      operationId: 'listInternshipOffers',
      summary: 'Les offres de l’opérateur, les plus récentes d’abord',
      parameters: [pageParameter],
      responses: { '200': json(ref('OfferPage'), 'Une page d’offres.'), ...errors() },
    },
    post: {
      operationId: 'createInternshipOffer',
      summary: 'Publier une offre',
      requestBody: { required: true, content: { 'application/json': { schema: ref('OfferCreate') } } },
      responses: { '201': json(ref('Offer'), 'Offre créée et publiée.'), ...errors(400, 409, 422) },
    },
  },
  '/internship_offers/search': {
    get: {
      operationId: 'searchInternshipOffers',
      summary: 'Rechercher les offres publiées (opérateurs à accès complet)',
      parameters: [
        { name: 'keyword', in: 'query', required: false, schema: { type: 'string' } },
        { name: 'latitude', in: 'query', required: false, schema: { type: 'number' } },
        { name: 'longitude', in: 'query', required: false, schema: { type: 'number' } },
        { name: 'radius', in: 'query', required: false, description: 'En mètres.', schema: { type: 'integer' } },
        pageParameter,
      ],
      responses: { '200': json(ref('OfferPage'), 'Une page d’offres.'), ...errors(403) },
    },
  },
  '/internship_offers/{remote_id}': {
    parameters: [remoteIdParameter],
    patch: {
      operationId: 'updateInternshipOffer',
      summary: 'Modifier une offre ; `published_at: null` la dépublie, une date la republie',
      requestBody: { required: true, content: { 'application/json': { schema: ref('OfferPatch') } } },
      responses: { '200': json(ref('Offer'), 'Offre modifiée.'), ...errors(400, 403, 404, 409, 422) },
    },
    delete: {
      operationId: 'deleteInternshipOffer',
      summary: 'Supprimer une offre (retirée de la recherche, ses candidatures traitées comme sur le site)',
      responses: { '200': json(ref('Offer'), 'Offre supprimée.'), ...errors(403, 404, 409) },
    },
  },
  '/sectors': {
    get: {
      operationId: 'listSectors',
      summary: 'Les secteurs professionnels et leur `uuid`',
      responses: {
        '200': json(
          { type: 'object', required: ['sectors'], properties: { sectors: { type: 'array', items: ref('Sector') } } },
          'Les secteurs.',
        ),
        ...errors(),
      },
    },
  },
};

export const openApiDocument = {
  openapi: '3.0.3',
  info: {
    title: 'API partenaires de Mon stage de troisième',
    version: '1.0.0',
    description:
      'Pour les associations partenaires et les plateformes locales qui publient des offres de stage de 3e depuis leurs propres outils : ' +
      'créer, modifier, dépublier, republier et supprimer leurs offres par leur propre identifiant (`remote_id`), lister leurs offres, ' +
      'rechercher les offres publiées (accès complet) et lister les secteurs. Compatible avec le contrat de la plateforme précédente. ' +
      'Authentification : `Authorization: Bearer <jeton>`, un jeton créé dans l’espace de l’opérateur.',
  },
  servers: [{ url: '/api/v1' }],
  security: [{ bearerAuth: [] }],
  paths,
  components,
};
