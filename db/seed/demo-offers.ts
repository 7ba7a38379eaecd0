import type { Db } from '../client';
import * as s from '../schema';
import { hashToken } from '@/lib/auth/tokens';
import { addWeeks } from '@/lib/calendar/weeks';
import { DEMO_API_TOKEN, DEMO_OTHER_API_TOKEN } from '@/lib/demo/accounts';
import { PEOPLE, demoId } from './demo-data';

export interface DemoContext {
  today: Date;
  schoolYear: number;
  weeks: string[];
  ministryId: string;
  sectors: Record<'logistics' | 'computing' | 'publicAdministration' | 'sport' | 'paramedical' | 'retail', string>;
}

/** Host organisations (a private, a public, an association, one supported by an operator) and their multi-week offers. */
export async function seedDemoOffers(
  db: Db,
  { today, schoolYear, weeks, ministryId, sectors }: DemoContext,
): Promise<void> {
  const [w0, w1, w2, w3, w4, w5] = weeks as [string, string, string, string, string, string];
  const lastYear = (week: string) => addWeeks(week, -52);
  await db.insert(s.paqteGroups).values({ id: demoId(301), name: 'Groupe Horizon Mobilités' });
  await db.insert(s.hostOrganisations).values([
    {
      id: demoId(311),
      kind: 'private',
      name: 'Horizon Logistique Plaine Commune',
      siret: '88412379200019',
      paqteGroupId: demoId(301),
      commune: 'Saint-Denis',
      postcode: '93200',
      departmentCode: '93',
    },
    {
      id: demoId(312),
      kind: 'public',
      name: 'Préfecture de la Seine-Saint-Denis',
      ministryId,
      commune: 'Bobigny',
      postcode: '93000',
      departmentCode: '93',
    },
    {
      id: demoId(313),
      kind: 'association',
      name: 'Sport et citoyenneté Marseille',
      commune: 'Marseille',
      postcode: '13003',
      departmentCode: '13',
    },
    {
      id: demoId(314),
      kind: 'private',
      name: 'Centre de santé des Docks',
      commune: 'Marseille',
      postcode: '13002',
      departmentCode: '13',
    },
  ]);
  await db.insert(s.hostMembers).values([
    { userId: PEOPLE.host.id, organisationId: demoId(311), role: 'admin' },
    { userId: PEOPLE.publicHost.id, organisationId: demoId(312), role: 'admin' },
  ]);
  // Full API access, so that the demo token can try every operation of the partner API.
  await db.insert(s.operators).values({ id: demoId(321), name: 'Tous en stage', apiFullAccess: true });
  await db.insert(s.operatorMembers).values({ userId: PEOPLE.operator.id, operatorId: demoId(321) });
  await db.insert(s.apiTokens).values({
    id: demoId(322),
    operatorId: demoId(321),
    name: 'Démonstration',
    tokenHash: hashToken(DEMO_API_TOKEN),
    createdBy: PEOPLE.operator.id,
    createdAt: today,
  });
  // Another operator, API only: its offers are not Tous en stage's (check:contract's 403).
  await db.insert(s.operators).values({ id: demoId(323), name: 'Plateforme locale des stages' });
  await db.insert(s.apiTokens).values({
    id: demoId(324),
    operatorId: demoId(323),
    name: 'Démonstration',
    tokenHash: hashToken(DEMO_OTHER_API_TOKEN),
    createdAt: today,
  });
  await db.insert(s.operatorHosts).values([
    { operatorId: demoId(321), organisationId: demoId(313) },
    { operatorId: demoId(321), organisationId: demoId(314) },
  ]);

  const common = {
    schoolYear,
    dailyStart: '09:00',
    dailyEnd: '16:30',
    lunchBreakMinutes: 60,
    publishedAt: today,
    status: 'published' as const,
  };
  const offer = (
    n: number,
    organisationId: number,
    fields: Omit<typeof s.offers.$inferInsert, 'organisationId' | 'schoolYear'>,
  ) => ({
    id: demoId(n),
    organisationId: demoId(organisationId),
    ...common,
    ...fields,
  });
  await db.insert(s.offers).values([
    offer(401, 311, {
      title: 'Découvrir les métiers de la logistique urbaine',
      description:
        "Tu suivras une livraison du quai de chargement jusqu'au client, tu observeras le travail des préparateurs de commandes, des chauffeurs et de l'équipe qui organise les tournées.",
      jobsDiscovered: 'Préparateur de commandes, cariste, chauffeur-livreur, responsable des tournées.',
      sectorId: sectors.logistics,
      street: '12 rue du Landy',
      postcode: '93200',
      commune: 'Saint-Denis',
      communeCode: '93066',
      departmentCode: '93',
      lat: 48.9232,
      lng: 2.3589,
      tutorName: 'Sophie Lemaire',
      tutorEmail: 'entreprise@demo.test',
      seatsPerWeek: 2,
      seatsPerYear: 6,
      lunch: 'canteen_invitation',
      createdBy: PEOPLE.host.id,
      paqteGroupId: demoId(301),
    }),
    offer(402, 311, {
      title: 'Une semaine avec l’équipe informatique',
      description:
        "Découvre comment une équipe conçoit et fait fonctionner le site de suivi des colis : développeurs, testeurs et technicien réseau t'expliquent leur métier.",
      jobsDiscovered: 'Développeur, testeur, technicien réseau, cheffe de projet.',
      sectorId: sectors.computing,
      street: '5 avenue Victor Hugo',
      postcode: '93400',
      commune: 'Saint-Ouen-sur-Seine',
      communeCode: '93070',
      departmentCode: '93',
      lat: 48.9114,
      lng: 2.3362,
      tutorName: 'Marc Petit',
      tutorEmail: 'marc.petit@demo.test',
      seatsPerWeek: 1,
      seatsPerYear: 3,
      lunch: 'reduced_rate',
      createdBy: PEOPLE.host.id,
      paqteGroupId: demoId(301),
    }),
    offer(403, 312, {
      title: 'Au cœur des services de la préfecture',
      description:
        "Accueil des usagers, délivrance des titres, sécurité civile : tu découvriras comment l'État agit au quotidien en Seine-Saint-Denis.",
      jobsDiscovered: 'Agent d’accueil, instructeur de titres, attaché d’administration, officier de sécurité civile.',
      sectorId: sectors.publicAdministration,
      street: '1 esplanade Jean Moulin',
      postcode: '93000',
      commune: 'Bobigny',
      communeCode: '93008',
      departmentCode: '93',
      lat: 48.9086,
      lng: 2.4397,
      tutorName: 'Karim Bensaïd',
      tutorEmail: 'administration@demo.test',
      seatsPerWeek: 3,
      seatsPerYear: 10,
      lunch: 'canteen_invitation',
      accessibleToDisabled: true,
      createdBy: PEOPLE.publicHost.id,
      ministryId,
    }),
    offer(404, 312, {
      title: 'Accueil du public et délivrance des titres',
      description:
        'Réservé aux élèves du collège Henri Barbusse : observe le travail des agents au guichet et en back-office.',
      jobsDiscovered: 'Agent d’accueil, instructeur de titres.',
      sectorId: sectors.publicAdministration,
      street: '1 esplanade Jean Moulin',
      postcode: '93000',
      commune: 'Bobigny',
      communeCode: '93008',
      departmentCode: '93',
      lat: 48.9086,
      lng: 2.4397,
      tutorName: 'Karim Bensaïd',
      tutorEmail: 'administration@demo.test',
      seatsPerWeek: 2,
      seatsPerYear: 4,
      isReserved: true,
      createdBy: PEOPLE.publicHost.id,
      ministryId,
    }),
    offer(405, 313, {
      title: 'Animateur ou animatrice sportive',
      description:
        "Prépare et encadre des séances de sport pour les enfants du quartier avec les éducateurs de l'association.",
      jobsDiscovered: 'Éducateur sportif, animateur, coordinatrice de l’association.',
      sectorId: sectors.sport,
      street: '20 boulevard National',
      postcode: '13003',
      commune: 'Marseille',
      communeCode: '13203',
      departmentCode: '13',
      lat: 43.3083,
      lng: 5.3826,
      tutorName: 'Malik Ouali',
      tutorEmail: 'malik.ouali@demo.test',
      seatsPerWeek: 2,
      seatsPerYear: 8,
      operatorId: demoId(321),
      createdBy: PEOPLE.operator.id,
    }),
    offer(406, 314, {
      title: 'Les métiers du soin en centre de santé',
      description:
        'Infirmiers, secrétaires médicaux, kinésithérapeutes : découvre les métiers qui accueillent et soignent les patients.',
      jobsDiscovered: 'Infirmier, secrétaire médicale, kinésithérapeute, agent d’accueil.',
      sectorId: sectors.paramedical,
      street: '8 rue de la République',
      postcode: '13002',
      commune: 'Marseille',
      communeCode: '13202',
      departmentCode: '13',
      lat: 43.3004,
      lng: 5.3698,
      tutorName: 'Claire Martin',
      tutorEmail: 'claire.martin@demo.test',
      seatsPerWeek: 1,
      seatsPerYear: 4,
      lunch: 'none',
      operatorId: demoId(321),
      createdBy: PEOPLE.operator.id,
    }),
    offer(407, 311, {
      title: 'Préparateur ou préparatrice de commandes',
      tutorName: 'Sophie Lemaire',
      tutorEmail: 'entreprise@demo.test',
      status: 'draft',
      publishedAt: null,
      dailyStart: null,
      dailyEnd: null,
      createdBy: PEOPLE.host.id,
    }),
    offer(408, 311, {
      title: 'Vente et relation client en boutique',
      description: 'Offre suspendue par la structure.',
      jobsDiscovered: 'Vendeur, conseillère clientèle, responsable de boutique.',
      sectorId: sectors.retail,
      street: '12 rue du Landy',
      postcode: '93200',
      commune: 'Saint-Denis',
      communeCode: '93066',
      departmentCode: '93',
      lat: 48.9232,
      lng: 2.3589,
      tutorName: 'Sophie Lemaire',
      tutorEmail: 'entreprise@demo.test',
      status: 'unpublished',
      createdBy: PEOPLE.host.id,
    }),
    // Last campaign's offer, archived: its host can renew it for this campaign.
    {
      ...offer(409, 311, {
        title: 'Les coulisses d’un entrepôt',
        description: 'Réception des marchandises, stockage, préparation et expédition des commandes.',
        jobsDiscovered: 'Réceptionnaire, magasinier, cariste, responsable d’entrepôt.',
        sectorId: sectors.logistics,
        street: '12 rue du Landy',
        postcode: '93200',
        commune: 'Saint-Denis',
        communeCode: '93066',
        departmentCode: '93',
        lat: 48.9232,
        lng: 2.3589,
        tutorName: 'Sophie Lemaire',
        tutorEmail: 'entreprise@demo.test',
        status: 'archived',
        createdBy: PEOPLE.host.id,
      }),
      schoolYear: schoolYear - 1,
    },
  ]);
  const offerWeeks: Record<number, string[]> = {
    401: [w0, w1, w2, w3],
    402: [w0, w1, w2],
    403: [w0, w1, w2, w3, w4],
    404: [w1, w2],
    405: [w1, w3, w4, w5],
    406: [w1, w3],
    407: [w2],
    408: [w0],
    409: [lastYear(w1), lastYear(w2)],
  };
  await db
    .insert(s.offerWeeks)
    .values(
      Object.entries(offerWeeks).flatMap(([n, list]) => list.map((week) => ({ offerId: demoId(Number(n)), week }))),
    );
  await db
    .insert(s.offerReservations)
    .values({ offerId: demoId(404), schoolId: demoId(101), status: 'accepted', requestedBy: PEOPLE.head.id });
}
