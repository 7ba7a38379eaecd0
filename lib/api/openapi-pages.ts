import { openApiDocument } from './openapi';
import { errorCodesOf, HTTP_METHODS, offerFields, REQUIRED_OFFER_FIELDS, type ApiParameter } from './openapi-schemas';

/*
 * The OpenAPI document (openapi.ts) as /developpeurs shows it: each operation with its parameters
 * and answers, and the fields of an offer. Read from the document itself, never written twice.
 */

export interface ApiOperationView {
  id: string;
  method: string;
  path: string;
  summary: string;
  parameters: ApiParameter[];
  responses: { status: string; description: string; codes: string[] }[];
}

/** Every operation of the document, in its order, its path under /api/v1. */
export function apiOperations(): ApiOperationView[] {
  return Object.entries(openApiDocument.paths).flatMap(([path, item]) =>
    HTTP_METHODS.flatMap((method) => {
      const operation = item[method];
      if (!operation) return [];
      return [
        {
          id: operation.operationId,
          method: method.toUpperCase(),
          path: `/api/v1${path}`,
          summary: operation.summary,
          parameters: [...(item.parameters ?? []), ...(operation.parameters ?? [])],
          responses: Object.entries(operation.responses).map(([status, response]) => ({
            status,
            description: response.description,
            codes: Number(status) >= 400 ? errorCodesOf(Number(status)) : [],
          })),
        },
      ];
    }),
  );
}

/** The fields of an offer: name, JSON type, required at creation, description. */
export function offerFieldRows(): { name: string; type: string; required: boolean; description: string }[] {
  return Object.entries(offerFields).map(([name, schema]) => ({
    name,
    type: typeof schema.type === 'string' ? schema.type : 'object',
    required: REQUIRED_OFFER_FIELDS.includes(name),
    description: schema.description ?? '',
  }));
}
