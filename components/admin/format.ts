/** Dates of the back-office, in Paris time whatever the server's zone. */
const shortDate = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeZone: 'Europe/Paris' });
const dateTime = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Paris' });

export const formatDate = (date: Date | null) => (date ? shortDate.format(date) : '—');
export const formatDateTime = (date: Date | null) => (date ? dateTime.format(date) : '—');

/** 'YYYY-MM-DD' calendar dates (holidays) read as such, not as instants. */
export const formatIsoDate = (date: string) => date.split('-').reverse().join('/');
