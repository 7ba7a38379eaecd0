import 'server-only';
import { sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { rowsOf } from '@/db/migrate';
import {
  agreements,
  hostOrganisations,
  offers,
  pupils,
  schoolAgreementTerms,
  schoolClasses,
  schools,
  staffMemberships,
  users,
  type AgreementFacts,
} from '@/db/schema';
import { STAFF_ROLE_LABELS } from '@/lib/staff/labels';
import type { HostPart, SchoolPart } from './rules';

/**
 * The convention of an application the pupil has just confirmed, in the confirmation's transaction:
 * the facts copied from the school, the host, the offer, the pupil and the week, the host's part
 * prefilled from the offer (tutor, activities, hours, lunch) and the school's from the school (its
 * head signs, the class's main teacher refers, its standard terms).
 */
export async function createAgreementForConfirmed(tx: Db, applicationId: string, now = new Date()): Promise<string> {
  const [row] = rowsOf<{
    school: AgreementFacts['school'];
    host: AgreementFacts['host'];
    pupil: AgreementFacts['pupil'];
    internship: AgreementFacts['internship'];
    offer: {
      tutorName: string | null;
      tutorRole: string | null;
      tutorEmail: string | null;
      tutorPhone: string | null;
      description: string;
      dailyStart: string | null;
      dailyEnd: string | null;
      lunchBreakMinutes: number;
      lunch: HostPart['lunch']['arrangement'];
    };
    head: { userId: string; name: string } | null;
    teacher: { name: string; email: string } | null;
    terms: string | null;
  }>(
    await tx.execute(sql`
    select jsonb_build_object('name', s.name, 'uai', s.uai, 'address', jsonb_build_object('street', coalesce(s.address, ''), 'postcode', coalesce(s.postcode, ''), 'commune', s.commune)) as school,
      jsonb_build_object('name', h.name, 'siret', h.siret, 'address', jsonb_build_object('street', '', 'postcode', coalesce(h.postcode, ''), 'commune', coalesce(h.commune, ''))) as host,
      jsonb_build_object('firstName', u.first_name, 'lastName', u.last_name, 'className', coalesce(c.name, '')) as pupil,
      jsonb_build_object('offerTitle', o.title, 'place', jsonb_build_object('street', coalesce(o.street, ''), 'postcode', coalesce(o.postcode, ''), 'commune', coalesce(o.commune, '')), 'jobsDiscovered', o.jobs_discovered, 'weekMonday', a.week) as internship,
      jsonb_build_object('tutorName', o.tutor_name, 'tutorRole', o.tutor_role, 'tutorEmail', o.tutor_email, 'tutorPhone', o.tutor_phone,
        'description', o.description, 'dailyStart', to_char(o.daily_start, 'HH24:MI'), 'dailyEnd', to_char(o.daily_end, 'HH24:MI'),
        'lunchBreakMinutes', o.lunch_break_minutes, 'lunch', o.lunch) as offer,
      (select jsonb_build_object('userId', hu.id, 'name', hu.first_name || ' ' || hu.last_name) from ${staffMemberships} m
        join ${users} hu on hu.id = m.user_id where m.school_id = s.id and m.role = 'head' and m.status = 'active' and hu.deleted_at is null) as head,
      (select jsonb_build_object('name', tu.first_name || ' ' || tu.last_name, 'email', tu.email) from ${users} tu
        where tu.id = c.main_teacher_id and tu.deleted_at is null) as teacher,
      (select t.text from ${schoolAgreementTerms} t where t.school_id = s.id) as terms
    from applications a
    join ${offers} o on o.id = a.offer_id
    join ${hostOrganisations} h on h.id = o.organisation_id
    join ${pupils} p on p.user_id = a.pupil_id
    join ${schools} s on s.id = p.school_id
    join ${users} u on u.id = a.pupil_id
    left join ${schoolClasses} c on c.id = p.class_id
    where a.id = ${applicationId}`),
  );
  if (!row) throw new Error(`no application ${applicationId} to make a convention of`);
  const { offer } = row;
  const hostPart: Partial<HostPart> = {
    tutor: {
      name: offer.tutorName ?? '',
      role: offer.tutorRole ?? '',
      email: offer.tutorEmail ?? '',
      phone: offer.tutorPhone ?? '',
    },
    activities: offer.description,
    schedule:
      offer.dailyStart && offer.dailyEnd
        ? ([1, 2, 3, 4, 5] as const).map((day) => ({
            day,
            start: offer.dailyStart!,
            end: offer.dailyEnd!,
            lunchBreakMinutes: offer.lunchBreakMinutes,
          }))
        : [],
    lunch: { arrangement: offer.lunch, details: '' },
  };
  const schoolPart: Partial<SchoolPart> = {
    ...(row.head && { signatory: { ...row.head, role: STAFF_ROLE_LABELS.head } }),
    ...(row.teacher && { referringTeacher: row.teacher }),
    ...(row.terms && { terms: row.terms }),
  };
  const [created] = await tx
    .insert(agreements)
    .values({
      applicationId,
      facts: { school: row.school, host: row.host, pupil: row.pupil, internship: row.internship },
      hostPart,
      schoolPart,
      createdAt: now,
    })
    .returning({ id: agreements.id });
  return created!.id;
}
