import { describe, expect, it } from 'vitest';
import { formData } from '@/lib/testing/form-data';
import { parseForm } from '@/lib/forms';
import { simulationFile } from '@/lib/testing/simulation';
import { loadSimulationSchema, MAX_RESULT_BYTES, TOO_LARGE } from './loaded-schemas';

/** The form as a browser sends it: the name, and the file chosen (an empty, nameless one when none). */
function sent(label: string, file: File) {
  const data = formData({ label });
  data.append('file', file);
  return parseForm(loadSimulationSchema, data);
}

describe('the loading form', () => {
  it('takes a name and a JSON file', () => {
    const parsed = sent('  Simulation nationale ', new File([simulationFile()], 'resultat.json'));
    expect(parsed.ok && parsed.data.label).toBe('Simulation nationale');
  });

  it('asks for a name and a file, refuses an empty or too large one, and keeps the name typed', () => {
    const none = sent('', new File([], ''));
    expect(!none.ok && none.state.fieldErrors).toEqual({
      label: 'Donnez un nom à cette simulation.',
      file: 'Choisissez le fichier de résultat (.json).',
    });
    const empty = sent('Essai', new File([], 'vide.json'));
    expect(!empty.ok && empty.state.fieldErrors).toEqual({ file: 'Ce fichier est vide.' });
    const large = sent('Essai', new File(['x'.repeat(MAX_RESULT_BYTES + 1)], 'gros.json'));
    expect(!large.ok && large.state.fieldErrors).toEqual({ file: TOO_LARGE });
    expect(!large.ok && large.state.values).toMatchObject({ label: 'Essai' });
  });
});
