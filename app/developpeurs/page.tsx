import type { Metadata } from 'next';
import Link from 'next/link';
import { fr } from '@codegouvfr/react-dsfr';
import { PageContainer } from '@/components/layout/page-container';
import { apiOperations, offerFieldRows } from '@/lib/api/openapi-pages';

export const metadata: Metadata = { title: 'API partenaires' };

/**
 * The partner API's documentation for people, read from the same OpenAPI document the API serves
 * (lib/api/openapi.ts): one source, so the page cannot describe another API than the one running.
 */
export default function ApiDocumentationPage() {
  const operations = apiOperations();
  return (
    <PageContainer
      title="API partenaires"
      lead="Pour les associations partenaires et les plateformes locales qui publient leurs offres de stage de 3e depuis leurs propres outils."
      breadcrumb="API partenaires"
      narrow
    >
      <h2>Principe</h2>
      <p>
        Chaque offre est désignée par votre propre identifiant, <code>remote_id</code>. Une offre publiée par l’API se
        comporte comme une offre du site : les élèves la trouvent, y candidatent, et la convention se signe de la même
        façon ; votre association y figure comme éditrice. Les règles sont celles du site : 7 heures de présence par
        jour au plus, semaines dans la période des stages de la campagne, jamais passées.
      </p>
      <h2>Authentification</h2>
      <p>
        Créez un jeton dans l’espace de votre association (rubrique « Jetons d’API ») et envoyez-le dans l’en-tête{' '}
        <code>Authorization: Bearer &lt;jeton&gt;</code>. Le jeton n’est affiché qu’une fois ; révoquez-le dès qu’il
        n’est plus utile. Chaque jeton a une limite de requêtes par minute : au-delà, la réponse 429 indique dans{' '}
        <code>Retry-After</code> le nombre de secondes à attendre.
      </p>
      <p>
        Le document OpenAPI 3 :{' '}
        <Link href="/api/v1/openapi.json" className={fr.cx('fr-link')}>
          /api/v1/openapi.json
        </Link>
        . Adresse de base : <code>/api/v1</code>.
      </p>

      <h2>Opérations</h2>
      {operations.map((operation) => (
        <section key={operation.id} aria-labelledby={operation.id}>
          <h3 id={operation.id}>
            <code>
              {operation.method} {operation.path}
            </code>
          </h3>
          <p>{operation.summary}</p>
          {operation.parameters.length > 0 && (
            <ul>
              {operation.parameters.map((parameter) => (
                <li key={parameter.name}>
                  <code>{parameter.name}</code> ({parameter.in === 'path' ? 'dans l’adresse' : 'paramètre'}
                  {parameter.required ? ', obligatoire' : ''})
                  {parameter.description ? ` : ${parameter.description}` : ''}
                </li>
              ))}
            </ul>
          )}
          <p className={fr.cx('fr-mb-1w')}>Réponses :</p>
          <ul>
            {operation.responses.map((response) => (
              <li key={response.status}>
                <strong>{response.status}</strong> : {response.description}
                {response.codes.length > 0 && <> (code {response.codes.map((code) => code).join(', ')})</>}
              </li>
            ))}
          </ul>
        </section>
      ))}

      <h2>Champs d’une offre</h2>
      <p>
        Dans un objet <code>internship_offer</code>. Obligatoires à la création : ceux marqués comme tels ; une
        modification n’envoie que ce qui change.
      </p>
      <div className={fr.cx('fr-table')}>
        <table>
          <caption>Champs d’une offre de l’API</caption>
          <thead>
            <tr>
              <th scope="col">Champ</th>
              <th scope="col">Type</th>
              <th scope="col">À la création</th>
              <th scope="col">Description</th>
            </tr>
          </thead>
          <tbody>
            {offerFieldRows().map((field) => (
              <tr key={field.name}>
                <th scope="row">
                  <code>{field.name}</code>
                </th>
                <td>{field.type}</td>
                <td>{field.required ? 'obligatoire' : 'facultatif'}</td>
                <td>{field.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </PageContainer>
  );
}
