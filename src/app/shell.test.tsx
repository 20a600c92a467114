import { describe, expect, it } from 'vitest';
import { renderShell, SHELL_LANGS } from './shell';

describe('the prerendered page shell', () => {
  it('is the whole page in each language, with the plot’s place marked and no test ids', () => {
    expect(SHELL_LANGS).toEqual(['en', 'ja']);
    const en = renderShell('en');
    const ja = renderShell('ja');
    for (const html of [en, ja]) {
      expect(html).toContain('data-plot-host');
      expect(html).toContain('class="workspace"');
      // Placeholders a test could click by mistake: none.
      expect(html).not.toContain('data-testid');
      expect(html).not.toMatch(/NaN|undefined/);
    }
    expect(en).toContain('Neural network playground');
    expect(ja).toMatch(/[\u3040-\u30ff\u4e00-\u9faf]/);
    expect(ja).not.toContain('Neural network playground');
  });
});
