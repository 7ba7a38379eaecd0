const NUMBER = new Intl.NumberFormat('fr-FR');

/**
 * "0 place", "1 élève", "2 places prises", "12 345 élèves": a count and its words, in the plural
 * from 2 on as French has it. Each word of `words` takes an s.
 */
export function plural(count: number, words: string): string {
  return `${NUMBER.format(count)} ${
    count > 1
      ? words
          .split(' ')
          .map((word) => `${word}s`)
          .join(' ')
      : words
  }`;
}

/** "semaine du 14 décembre" -> "Semaine du 14 décembre": a phrase written for mid-sentence, at the start of a line. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "Vacances de Noël" -> "vacances de Noël": a name written to start a line, inside a sentence. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** « de Sarah », « d’Inès », « d’Hélène »: the preposition elided before a vowel or a silent h. */
export function ofName(name: string): string {
  return /^[aeiouyhàâäéèêëîïôöùûüœæ]/i.test(name.normalize('NFC')) ? `d’${name}` : `de ${name}`;
}
