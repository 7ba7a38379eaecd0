import { describe, expect, it } from 'vitest';
import { departmentFromPostcode } from './postcode';

describe('departmentFromPostcode', () => {
  it('reads metropolitan departments from the first two digits', () => {
    expect(departmentFromPostcode('93200')).toBe('93');
    expect(departmentFromPostcode('01000')).toBe('01');
    expect(departmentFromPostcode('75015')).toBe('75');
  });

  it('splits Corsica at 20200', () => {
    expect(departmentFromPostcode('20000')).toBe('2A');
    expect(departmentFromPostcode('20167')).toBe('2A');
    expect(departmentFromPostcode('20200')).toBe('2B');
    expect(departmentFromPostcode('20600')).toBe('2B');
  });

  it('takes three digits overseas and gives up where we have no department', () => {
    expect(departmentFromPostcode('97400')).toBe('974');
    expect(departmentFromPostcode('97600')).toBe('976');
    expect(departmentFromPostcode('97500')).toBeNull();
    expect(departmentFromPostcode('98000')).toBeNull();
    expect(departmentFromPostcode('9320')).toBeNull();
  });
});
