/**
 * The views inside the network (issue 15): each opens and closes from the mouse and the
 * keyboard in both languages with no page error, and axe finds no serious or critical
 * violation with them open; the backpropagation numbers agree with their numeric check, the
 * linear collapse draws its line and withdraws it, a neuron made dead is marked, and the
 * landscape and the surface come from the running network.
 */
import { createRequire } from 'node:module';
import { expect, type Page, test } from '@playwright/test';
import { expectCalm, openApp, readLoss, waitForFirstLoss } from './helpers';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');
test.use({ bypassCSP: true });

const VIEWS = ['backprop-view', 'linear-collapse', 'neuron-health', 'loss-landscape', 'surface-3d'] as const;

async function openInside(page: Page): Promise<void> {
  await page.getByTestId('open-inside').click();
  await expect(page.getByTestId('backprop-view-open')).toBeVisible();
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    type V = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: V[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.join(', ')}`);
}

for (const lang of ['en', 'ja'] as const) {
  test(`each view opens and closes from the mouse and the keyboard, with no page error and no serious axe finding (${lang})`, async ({ page }) => {
    const watch = await openApp(page, `#lang=${lang}`);
    await waitForFirstLoss(page);
    await openInside(page);
    for (const id of VIEWS) {
      const opener = page.getByTestId(`${id}-open`);
      // Mouse: open, close with the view's own button.
      await opener.click();
      await expect(page.getByTestId(id)).toBeVisible();
      await page.getByTestId(`${id}-close`).click();
      await expect(page.getByTestId(id)).toHaveCount(0);
      // Keyboard: Enter on the opener, then Enter on the close button; focus goes back to the opener.
      await opener.focus();
      await page.keyboard.press('Enter');
      await expect(page.getByTestId(id)).toBeVisible();
      await expect(opener).toHaveAttribute('aria-expanded', 'true');
      await page.getByTestId(`${id}-close`).focus();
      await page.keyboard.press('Enter');
      await expect(page.getByTestId(id)).toHaveCount(0);
      await expect(opener).toBeFocused();
      // Space on the opener toggles it as well.
      await page.keyboard.press('Space');
      await expect(page.getByTestId(id)).toBeVisible();
    }
    await expect(page.getByTestId('loss-landscape')).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
    expect(await seriousViolations(page)).toEqual([]);
    expectCalm(watch);
  });
}

test('backpropagation, step by step: the keyboard walks the stages and each gradient agrees with its numeric check', async ({ page }) => {
  const watch = await openApp(page, '#activation=relu&outputHead=sigmoid-xent');
  await waitForFirstLoss(page);
  await openInside(page);
  await page.getByTestId('backprop-view-open').click();
  const view = page.getByTestId('backprop-view');
  await expect(page.getByTestId('backprop-stage')).toHaveAttribute('data-stage', 'forward');
  await expect(page.getByTestId('backprop-formula')).toContainText('z⁽¹⁾₁ = Σᵢ');
  await page.getByTestId('backprop-next').focus();
  // Forward through three layers, then the loss.
  for (let k = 0; k < 3; k++) await view.press('ArrowRight');
  await expect(page.getByTestId('backprop-stage')).toHaveAttribute('data-stage', 'loss');
  await expect(page.getByTestId('backprop-formula')).toContainText('L = −[t log y');
  for (let step = 0; step < 3; step++) {
    await view.press('ArrowRight');
    await expect(page.getByTestId('backprop-stage')).toHaveAttribute('data-stage', 'backward');
    const analytic = Number(await page.getByTestId('backprop-gradient').getAttribute('data-value'));
    const numeric = Number(await page.getByTestId('backprop-numeric').getAttribute('data-value'));
    expect(Number.isFinite(analytic)).toBe(true);
    expect(Math.abs(analytic - numeric)).toBeLessThan(1e-6);
    await expect(page.getByTestId('backprop-gradient')).toContainText(/∂L\/∂w⁽.⁾₁₁ = δ⁽.⁾₁ · [ax]/);
  }
  await view.press('End');
  await expect(page.getByTestId('backprop-stage')).toHaveAttribute('data-stage', 'update');
  const change = page.getByTestId('backprop-loss-change');
  expect(Number(await change.getAttribute('data-after'))).toBeLessThanOrEqual(Number(await change.getAttribute('data-before')));
  await view.press('Home');
  await expect(page.getByTestId('backprop-stage')).toHaveAttribute('data-stage', 'forward');
  // A click on the output plot picks the training point nearest to it.
  const before = await page.getByTestId('backprop-point').inputValue();
  const box = (await page.getByTestId('output-heatmap').boundingBox())!;
  await page.mouse.click(box.x + box.width * 0.9, box.y + box.height * 0.1);
  await expect(page.getByTestId('backprop-point')).not.toHaveValue(before);
  expectCalm(watch);
});

test('linear collapse: its line lies on the output with linear layers, and the panel says it no longer applies after a switch to tanh', async ({ page }) => {
  const watch = await openApp(page, '#activation=linear');
  await waitForFirstLoss(page);
  await openInside(page);
  await page.getByTestId('linear-collapse-open').click();
  const panel = page.getByTestId('linear-collapse');
  await expect(panel).toHaveAttribute('data-applies', 'true');
  await expect(page.getByTestId('output-overlay-line')).toBeVisible();
  await page.getByTestId('activation').selectOption('tanh');
  await expect(panel).toHaveAttribute('data-applies', 'false');
  await expect(page.getByTestId('output-overlay-line')).toBeHidden();
  await page.getByTestId('linear-collapse-close').click();
  await expect(page.getByTestId('linear-collapse')).toHaveCount(0);
  expectCalm(watch);
});

test('a ReLU neuron made dead by hand is marked on the diagram and counted; closing the view removes the mark', async ({ page }) => {
  const watch = await openApp(page, '#activation=relu');
  await waitForFirstLoss(page);
  await openInside(page);
  await page.getByTestId('neuron-health-open').click();
  await expect(page.getByTestId('neuron-health-layer-1').getByTestId('dead-count')).toHaveAttribute('data-value', '0');
  await page.getByTestId('bias-1-0').click({ force: true });
  const editor = page.getByTestId('network-param-editor').locator('input');
  await editor.fill('-100');
  await editor.press('Enter');
  await expect(page.getByTestId('network-diagram').getByTestId('dead-neuron')).toHaveCount(1);
  await expect(page.getByTestId('neuron-1-0').getByTestId('dead-neuron')).toHaveCount(1);
  await expect(page.getByTestId('neuron-health-layer-1').getByTestId('dead-count')).toHaveAttribute('data-value', '1');
  await page.getByTestId('neuron-health-close').click();
  await expect(page.getByTestId('dead-neuron')).toHaveCount(0);
  expectCalm(watch);
});

test('the loss landscape is centred on the current training loss', async ({ page }) => {
  const watch = await openApp(page);
  await waitForFirstLoss(page);
  await openInside(page);
  await page.getByTestId('loss-landscape-open').click();
  const view = page.getByTestId('loss-landscape');
  await expect(view).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
  expect(Number(await view.getAttribute('data-center-loss'))).toBe(await readLoss(page, 'train'));
  expectCalm(watch);
});

test('the 3-D surface turns with the arrow keys and a drag', async ({ page }) => {
  const watch = await openApp(page);
  await waitForFirstLoss(page);
  await openInside(page);
  await page.getByTestId('surface-3d-open').click();
  const view = page.getByTestId('surface-3d');
  const yaw = Number(await view.getAttribute('data-yaw'));
  await page.getByTestId('surface-3d-canvas').focus();
  await page.keyboard.press('ArrowRight');
  await expect(view).toHaveAttribute('data-yaw', String((yaw + 10) % 360));
  const box = (await page.getByTestId('surface-3d-canvas').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 40, box.y + box.height / 2, { steps: 4 });
  await page.mouse.up();
  await expect(view).not.toHaveAttribute('data-yaw', String((yaw + 10) % 360));
  // A click on a hidden neuron of the diagram shows its surface.
  await page.getByTestId('neuron-1-2').click();
  await expect(page.getByTestId('surface-3d-target')).toHaveValue('neuron-1-2');
  expectCalm(watch);
});
