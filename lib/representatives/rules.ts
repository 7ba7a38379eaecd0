import type { ScopeLevel } from '@/lib/auth/types';

/**
 * A representative's scope as people say it: "Seine-Saint-Denis (93)", "Île-de-France",
 * "Académie de Créteil", "Ministère : Intérieur", "France entière". `name` is the territory's or
 * ministry's name (null when unknown, e.g. a deleted ministry: the code is shown instead).
 */
export function scopeLabel(scope: { level: ScopeLevel; code: string | null; name: string | null }): string {
  const name = scope.name ?? scope.code ?? '';
  switch (scope.level) {
    case 'national':
      return 'France entière';
    case 'region':
      return name;
    case 'academy':
      return academyLabel(name);
    case 'department':
      return scope.name ? `${scope.name} (${scope.code})` : `Département ${scope.code}`;
    case 'ministry':
      return `Ministère : ${name}`;
  }
}

/** Académie names are stored without their prefix because its article varies (d’Aix-Marseille, de Créteil). */
export function academyLabel(name: string): string {
  return /^[aeiouyéèêâîôûh]/i.test(name) ? `Académie d’${name}` : `Académie de ${name}`;
}
