import { describe, expect, it } from 'vitest';
import { csvResponse } from './csv';
import { attachmentResponse, textResponse } from './http';

describe('file downloads of the route handlers', () => {
  it('sends a file as an attachment no shared cache keeps', async () => {
    const answer = attachmentResponse('{}', 'application/json; charset=utf-8', 'mes-donnees.json');
    expect(answer.headers.get('content-disposition')).toBe('attachment; filename="mes-donnees.json"');
    // Pupils' names and a scope's figures: a proxy must not serve them to the next caller.
    expect(answer.headers.get('cache-control')).toBe('private, no-store');
    expect(await answer.text()).toBe('{}');
    expect(csvResponse('a;b\r\n', 'eleves.csv').headers.get('content-type')).toBe('text/csv; charset=utf-8');
  });

  it('refuses in French plain text with the status given', async () => {
    const answer = textResponse('Connectez-vous pour télécharger vos offres.', 401);
    expect(answer.status).toBe(401);
    expect(answer.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await answer.text()).toBe('Connectez-vous pour télécharger vos offres.');
  });
});
