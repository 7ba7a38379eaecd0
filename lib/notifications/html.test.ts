import { describe, expect, it } from 'vitest';
import { textToHtml } from './html';

describe('the HTML part of an e-mail', () => {
  it('keeps paragraphs and line breaks, turns addresses into links, and escapes every character of the text', () => {
    const html = textToHtml(
      'Bonjour,\n\nSon message : <b>Désolé</b> & "merci"\n\nOuvrez : https://monstage.fr/eleve?a=1&b=2.\n—\nMon stage',
      'Réponse à « Stage »',
    );
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain('<title>Réponse à « Stage »</title>');
    expect(html).toContain('<p>Bonjour,</p>');
    expect(html).toContain('Son message : &lt;b&gt;Désolé&lt;/b&gt; &amp; &quot;merci&quot;');
    expect(html).toContain(
      '<a href="https://monstage.fr/eleve?a=1&amp;b=2">https://monstage.fr/eleve?a=1&amp;b=2</a>.<br>',
    );
    expect(html).not.toContain('<b>');
  });
});
