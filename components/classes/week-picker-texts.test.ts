import { describe, expect, it } from 'vitest';
import type { PickerWeek, WeekPicker } from '@/lib/schools/week-picker-rules';
import { missingCalendarNotice, suggestionSummary, weekFacts, zoneName } from './week-picker-texts';

const CHRISTMAS = { name: 'Vacances de Noël', startsOn: '2026-12-19', endsOn: '2027-01-03' };
const WINTER = { name: 'Vacances d’hiver', startsOn: '2027-02-06', endsOn: '2027-02-21' };
const plain: PickerWeek = {
  week: '2027-01-11',
  holiday: null,
  holidayAfter: null,
  otherSchools: 0,
  theirPupils: 0,
  freeSeats: 0,
  suggested: false,
};
const picker: WeekPicker = {
  schoolYear: 2026,
  zone: 'C',
  calendarPublished: true,
  located: true,
  radiusKm: 60,
  classPupils: 24,
  weeks: [plain],
};

describe('the facts under a week', () => {
  it('names the holidays of a holiday week, alone', () => {
    const week = { ...plain, week: '2026-12-21', holiday: CHRISTMAS, freeSeats: 12 };
    expect(weekFacts(week, picker, false)).toEqual(['Vacances de Noël (zone C) : pas de stage pendant les vacances']);
    expect(weekFacts(week, picker, true)).toEqual([
      'Vacances de Noël (zone C) : pas de stage pendant les vacances, décochez cette semaine',
    ]);
  });

  it('warns on the last week before holidays, then counts the neighbours and the free seats', () => {
    const week = { ...plain, holidayAfter: WINTER, otherSchools: 3, theirPupils: 1234, freeSeats: 45 };
    expect(weekFacts(week, picker, false)).toEqual([
      'Dernière semaine avant les vacances d’hiver : à éviter',
      '3 autres collèges à moins de 60 km · 1\u202f234 élèves',
      '45 places libres à moins de 60 km',
    ]);
    expect(weekFacts({ ...plain, otherSchools: 1, theirPupils: 1, freeSeats: 1 }, picker, false)).toEqual([
      '1 autre collège à moins de 60 km · 1 élève',
      '1 place libre à moins de 60 km',
    ]);
    expect(weekFacts(plain, picker, false)).toEqual([
      'Aucun autre collège à moins de 60 km',
      'Aucune place libre à moins de 60 km',
    ]);
  });

  it('counts nothing for a collège without coordinates', () => {
    expect(weekFacts(plain, { ...picker, located: false }, false)).toEqual([]);
  });
});

describe('the summary above the weeks', () => {
  it('names the suggested weeks and why', () => {
    const weeks = ['2027-01-11', '2027-02-01', '2027-03-08'].map((week) => ({ ...plain, week, suggested: true }));
    expect(suggestionSummary({ ...picker, weeks })).toBe(
      'Semaines suggérées : semaine du 11 janvier 2027, semaine du 1er février 2027 et semaine du 8 mars 2027. Ce sont celles où il reste le plus de places libres à moins de 60 km pour chaque élève à placer, les vôtres et ceux des autres collèges proches qui ont choisi la même semaine.',
    );
    expect(suggestionSummary({ ...picker, weeks: [{ ...plain, suggested: true }] })).toMatch(
      /^Semaine suggérée : semaine du 11 janvier 2027\. C’est celle où/,
    );
  });

  it('says why no week is suggested', () => {
    expect(suggestionSummary(picker)).toBe(
      'Aucune place libre à moins de 60 km pour l’instant : aucune semaine n’est suggérée. Choisissez des semaines peu prises par les collèges proches.',
    );
    expect(suggestionSummary({ ...picker, located: false })).toMatch(/^La position de votre collège n’est pas connue/);
  });
});

it('tells when the zone’s holidays of the school year are not recorded yet', () => {
  expect(missingCalendarNotice({ schoolYear: 2027, zone: 'C' })).toBe(
    'Le calendrier des vacances scolaires 2027-2028 (zone C) n’est pas encore publié sur la plateforme : vérifiez que vos semaines ne tombent pas pendant les vacances.',
  );
  expect(zoneName('reunion')).toBe('La Réunion');
  expect(zoneName('corse')).toBe('Corse');
});
