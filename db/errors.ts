/**
 * PostgreSQL's unique_violation (SQLSTATE 23505), on `constraint` when given: the error of an
 * insert or update that a unique index refused, which is how the database decides races between
 * concurrent requests (two heads claiming a school, two accounts for one address). Drivers and
 * Drizzle nest the server's error in `cause`; node-postgres and PGlite both report the
 * constraint's name.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  return violates(error, '23505', constraint);
}

/**
 * PostgreSQL's check_violation (SQLSTATE 23514) on `constraint`: a CHECK, or a trigger raising it
 * under that name (a week holding more pupils than its seats, a third confirmed internship).
 */
export function isCheckViolation(error: unknown, constraint: string): boolean {
  return violates(error, '23514', constraint);
}

function violates(error: unknown, sqlState: string, constraint: string | undefined): boolean {
  for (let e = error, depth = 0; e instanceof Object && depth < 5; e = (e as { cause?: unknown }).cause, depth++) {
    const { code, constraint: name } = e as { code?: unknown; constraint?: unknown };
    if (code === sqlState) return constraint === undefined || name === constraint;
  }
  return false;
}
