import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { CallOut } from '@codegouvfr/react-dsfr/CallOut';
import { PageContainer } from '@/components/layout/page-container';
import { FollowUpKeyFigures, FollowUpList } from '@/components/pupils/follow-up-section';
import { ApproveJoinRequestsForm, RecordConsentForm, WithdrawConsentForm } from '@/components/pupils/consent-forms';
import { InviteLinkForm } from '@/components/classes/invite-link-form';
import { requireRole } from '@/lib/auth/session';
import { schoolYearLabel } from '@/lib/calendar/school-year';
import { formatWeek } from '@/lib/calendar/format';
import { todayInParis } from '@/lib/calendar/weeks';
import { appUrl } from '@/lib/config';
import { getClassFollowUp, type ClassFollowUp } from '@/lib/classes/queries';
import { followUpFigures, listFollowUp } from '@/lib/pupils/follow-up-queries';
import { parseFollowUpParams } from '@/lib/pupils/follow-up-schemas';
import { plural } from '@/lib/text/words';

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

// Once per request for the page and its title.
const loadClass = cache(async (id: string) => getClassFollowUp(await requireRole('school_staff'), id));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const cls = await loadClass((await params).id);
  return { title: cls ? `Classe ${cls.name}` : 'Classe' };
}

/**
 * A class and the follow-up of its pupils, for the staff who follow it (canFollowClass: not the main
 * teacher of another class); anyone else gets a 404, never data.
 */
export default async function ClassPage({ params, searchParams }: Props) {
  const cls = await loadClass((await params).id);
  if (!cls) notFound();
  const user = await requireRole('school_staff');
  const today = todayInParis();
  // The class is the page's own, never a URL parameter.
  const listParams = { ...parseFollowUpParams(await searchParams), classId: '' };
  const [followUp, figures] = await Promise.all([
    listFollowUp(user, { ...listParams, classId: cls.id }, today),
    followUpFigures(user, cls.id, today),
  ]);
  const pending = cls.pupils.filter((pupil) => !pupil.consentAt);
  const granted = cls.pupils.filter((pupil) => pupil.consentAt);
  const option = (pupil: (typeof cls.pupils)[number]) => ({
    id: pupil.id,
    name: `${pupil.lastName} ${pupil.firstName}`,
  });

  return (
    <PageContainer
      title={`Classe ${cls.name}`}
      lead={`${cls.schoolName} · année scolaire ${schoolYearLabel(cls.schoolYear)}`}
    >
      <p>
        <Link
          href="/etablissement/classes"
          className={fr.cx('fr-link', 'fr-icon-arrow-left-line', 'fr-link--icon-left')}
        >
          Toutes les classes
        </Link>
      </p>
      <ClassSummary cls={cls} />

      <section aria-labelledby="eleves" className={fr.cx('fr-mt-6w')}>
        <h2 id="eleves">Élèves</h2>
        {cls.pupils.length === 0 ? (
          <CallOut title="Aucun élève inscrit pour le moment" titleAs="h3" iconId="fr-icon-user-add-line">
            Les élèves créent leur compte eux-mêmes sur {appUrl('/inscription/eleve')} en choisissant leur collège puis
            leur classe, ou directement avec le lien d’inscription de la classe
            {cls.canEditClass ? ' (plus bas sur cette page)' : ', que le professeur principal peut vous donner'}. Avec
            le lien, ils apparaîtront ici, en attente d’autorisation parentale ; sans le lien, le professeur principal
            ou la direction confirme d’abord leur inscription.
          </CallOut>
        ) : (
          followUp &&
          figures && (
            <>
              <FollowUpKeyFigures figures={figures.total} />
              <FollowUpList
                path={`/etablissement/classes/${cls.id}`}
                params={listParams}
                classId={cls.id}
                result={followUp}
                classes={[]}
              />
            </>
          )
        )}
        {cls.canApprovePupils && (
          <>
            <h3 id="a-confirmer" className={fr.cx('fr-h6', 'fr-mt-4w')}>
              Inscriptions à confirmer
              {cls.joinRequests.length > 0 && ` (${cls.joinRequests.length})`}
            </h3>
            <ApproveJoinRequestsForm classId={cls.id} requests={cls.joinRequests.map(option)} />
          </>
        )}
      </section>

      {cls.canRecordConsent && (
        <section aria-labelledby="autorisations" className={fr.cx('fr-mt-6w')}>
          <h2 id="autorisations">Autorisations parentales</h2>
          <p>
            Un élève ne voit les offres de stage qu’une fois l’autorisation signée par un représentant légal et
            enregistrée ici. Imprimez les formulaires (une page par élève, à son nom), faites-les signer, puis cochez
            les élèves dont le formulaire est revenu.
          </p>
          <ul className={fr.cx('fr-raw-list', 'fr-mb-4w')}>
            {pending.length > 0 && (
              <DownloadLink
                href={`/etablissement/classes/${cls.id}/autorisations`}
                label="Imprimer les autorisations parentales en attente"
                detail={`PDF · ${plural(pending.length, 'élève')}`}
              />
            )}
            {granted.length > 0 && (
              <DownloadLink
                href={`/etablissement/classes/${cls.id}/autorisations?tous=1`}
                label="Imprimer les autorisations de toute la classe"
                detail={`PDF · ${plural(cls.pupils.length, 'élève')}`}
              />
            )}
            <DownloadLink
              href={`/etablissement/classes/${cls.id}/autorisations?vierge=1`}
              label="Imprimer un formulaire vierge"
              detail="PDF · pour les élèves pas encore inscrits"
            />
          </ul>
          <div className={fr.cx('fr-grid-row')}>
            <div className={fr.cx('fr-col-12', 'fr-col-lg-8')}>
              <RecordConsentForm classId={cls.id} pending={pending.map(option)} />
              <h3 className={fr.cx('fr-h6', 'fr-mt-6w')}>Retirer une autorisation enregistrée par erreur</h3>
              <WithdrawConsentForm classId={cls.id} granted={granted.map(option)} />
            </div>
          </div>
        </section>
      )}

      {cls.canEditClass && (
        <section aria-labelledby="lien" className={fr.cx('fr-mt-6w')}>
          <h2 id="lien">Lien d’inscription des élèves</h2>
          <InviteLinkForm
            classId={cls.id}
            url={cls.inviteToken ? appUrl(`/inscription/eleve/classe/${cls.inviteToken}`) : null}
          />
        </section>
      )}
    </PageContainer>
  );
}

function ClassSummary({ cls }: { cls: ClassFollowUp }) {
  return (
    <>
      <p className={fr.cx('fr-mb-1w')}>Professeur principal : {cls.mainTeacherName ?? <em>pas encore désigné</em>}</p>
      <p className={fr.cx('fr-mb-1w')}>
        {cls.weeks.length === 0 ? (
          <>
            Semaines de stage : <em>pas encore choisies</em>
          </>
        ) : (
          `Semaine${cls.weeks.length > 1 ? 's' : ''} de stage : ${cls.weeks.map((week) => formatWeek(week)).join(' ; ')}`
        )}
      </p>
      {cls.canEditClass && (
        <p>
          <Link
            href={`/etablissement/classes/${cls.id}/modifier`}
            className={fr.cx('fr-link', 'fr-icon-edit-line', 'fr-link--icon-left')}
          >
            Modifier la classe
          </Link>
        </p>
      )}
    </>
  );
}

/**
 * A plain link, not next/link: the route answers with a file to download, not a page. Not DSFR's
 * fr-link--download: its detail is positioned absolutely under the first line, and on a phone a
 * label that wraps pushed the download icon onto it. The detail sits under the link instead.
 */
function DownloadLink({ href, label, detail }: { href: string; label: string; detail: string }) {
  return (
    <li className={fr.cx('fr-mb-2w')}>
      <a className={fr.cx('fr-link', 'fr-icon-download-line', 'fr-link--icon-right')} href={href} download>
        {label}
        <span className={fr.cx('fr-sr-only')}> ({detail})</span>
      </a>
      <span
        className={fr.cx('fr-text--xs', 'fr-mb-0')}
        style={{ display: 'block', color: 'var(--text-mention-grey)' }}
        aria-hidden="true"
      >
        {detail}
      </span>
    </li>
  );
}
