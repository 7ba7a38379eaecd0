import { describe, expect, it } from 'vitest';
import { allowed, OPERATOR_P } from '@/lib/testing/actors';
import { canManageApiTokens } from './token-policy';

describe('API tokens, role by role', () => {
  it('are managed by the operator’s members and the national team only', () => {
    expect(allowed((actor) => canManageApiTokens(actor, OPERATOR_P))).toEqual(['operatorP', 'admin']);
    expect(allowed((actor) => canManageApiTokens(actor, 'operator-q'))).toEqual(['admin']);
  });
});
