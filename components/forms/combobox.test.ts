import { describe, expect, it } from 'vitest';
import { comboboxKey } from './combobox';

const closed = { open: false, active: -1 };

describe('the keys of a field with suggestions', () => {
  it('opens the list on the first suggestion with the down arrow, then moves and wraps around', () => {
    expect(comboboxKey('ArrowDown', closed, 3)).toEqual({ open: true, active: 0, choose: false });
    expect(comboboxKey('ArrowDown', { open: true, active: 0 }, 3)).toMatchObject({ active: 1 });
    expect(comboboxKey('ArrowDown', { open: true, active: 2 }, 3)).toMatchObject({ active: 0 });
    expect(comboboxKey('ArrowUp', { open: true, active: 0 }, 3)).toMatchObject({ active: 2 });
    expect(comboboxKey('ArrowUp', { open: true, active: -1 }, 3)).toMatchObject({ active: 2 });
    expect(comboboxKey('ArrowUp', { open: true, active: 2 }, 3)).toMatchObject({ active: 1 });
  });

  it('chooses the highlighted suggestion with Enter and closes with Escape', () => {
    expect(comboboxKey('Enter', { open: true, active: 1 }, 3)).toEqual({ open: false, active: -1, choose: true });
    expect(comboboxKey('Escape', { open: true, active: 1 }, 3)).toEqual({ open: false, active: -1, choose: false });
  });

  it('leaves the field its own keys: Enter submits the form when nothing is highlighted', () => {
    expect(comboboxKey('Enter', { open: true, active: -1 }, 3)).toBeNull();
    expect(comboboxKey('Enter', closed, 3)).toBeNull();
    expect(comboboxKey('Escape', closed, 3)).toBeNull();
    expect(comboboxKey('ArrowDown', closed, 0)).toBeNull();
    expect(comboboxKey('ArrowUp', closed, 3)).toBeNull();
    expect(comboboxKey('a', { open: true, active: 0 }, 3)).toBeNull();
    expect(comboboxKey('Tab', { open: true, active: 0 }, 3)).toBeNull();
  });
});
