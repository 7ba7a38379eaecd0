import type { lunchArrangement } from '@/db/schema/enums';
import type { IsoDate } from '@/lib/calendar/weeks';

/* The plain values a convention's text is made of (document.ts): no database in them. */

export type LunchArrangement = (typeof lunchArrangement.enumValues)[number];

export interface PostalAddress {
  street: string;
  postcode: string;
  commune: string;
}

/** A civil liability insurance: who insures, under which contract. */
export interface Insurance {
  insurer: string;
  policyNumber: string;
}

/** A person who signs for an organisation, and in which capacity ("Principale", "Directrice des ressources humaines"). */
export interface SigningPerson {
  name: string;
  role: string;
}

/** ISO day of the week: 1 = Monday ... 5 = Friday (an internship is five days at most, Annex 3). */
export type WorkDay = 1 | 2 | 3 | 4 | 5;

/** One day of presence: arrival and departure ('HH:MM' or 'HH:MM:00', the host's local time) and the lunch break. */
export interface DaySchedule {
  day: WorkDay;
  start: string;
  end: string;
  lunchBreakMinutes: number;
}

export interface AgreementDocumentInput {
  school: {
    name: string;
    uai: string;
    /** Street and postcode may be empty when the national directory lacks them. */
    address: PostalAddress;
    /** The head (or deputy) who signs for the school. */
    signatory: SigningPerson;
    /** The teacher who follows the pupil during the week and visits or calls the host. */
    referringTeacher: { name: string; email: string | null };
    /** The school's insurance of the pupil's civil liability, when it names one (else the text states the obligation). */
    insurance: Insurance | null;
  };
  host: {
    name: string;
    /** The organisation's address (street and postcode may be empty: hosts record their commune); where the pupil goes is `internship.place`. */
    address: PostalAddress;
    /** 14 digits, or null for organisations without one. */
    siret: string | null;
    representative: SigningPerson;
    tutor: { name: string; role: string; email: string; phone: string | null };
    insurance: Insurance;
  };
  pupil: {
    firstName: string;
    lastName: string;
    className: string;
    /**
     * Printed when known. The technical note does not ask for it and the platform does not collect it
     * today (data minimisation); academies' convention forms often do: an open question.
     */
    dateOfBirth: IsoDate | null;
  };
  /** One or two, each of whom signs; `position` stays with the person when the other is removed. */
  legalRepresentatives: { position: 1 | 2; name: string; email: string }[];
  internship: {
    offerTitle: string;
    /** Where the pupil goes each day (an offer's address). */
    place: PostalAddress;
    /** What the pupil will observe and do (an offer's description). */
    activities: string;
    /** The jobs the pupil will discover (Annex 3), possibly empty. */
    jobsDiscovered: string;
    weekMonday: IsoDate;
    /** The days of presence, each at most once; a day left out is a day without presence; none yet: a draft. */
    schedule: DaySchedule[];
    /** Null until the host says how the pupil will have lunch. */
    lunch: { arrangement: LunchArrangement; details: string } | null;
  };
  /** The school's standard terms, paragraphs separated by blank lines. */
  terms: string;
}

export interface AgreementParagraph {
  text: string;
  /** A notice the reader must not miss (lunch when the host offers none): highlighted in print. */
  notice?: true;
}

export interface AgreementSection {
  heading: string;
  paragraphs: AgreementParagraph[];
}

/** The signed words, in reading order. */
export interface AgreementText {
  title: string;
  sections: AgreementSection[];
}
