/**
 * Before React: the prerendered shell goes on screen, and the worker's first picture is drawn
 * into it. React, D3 and the panels take ~150 ms of the main thread to load and lay out; the
 * worker's first boundary is ready sooner, and a learner should see it as soon as it is.
 */
import { createOutputPlot, showDataOnPlot } from '../charts/outputPlot';
import { markFirstBoundary } from '../charts/firstBoundary';
import type { Lang } from '../i18n/lang';
import type { RunController } from '../store/runSync';
import { useStore } from '../store/store';

/**
 * The longest the page waits for the first boundary before loading React anyway: a big
 * network on a slow phone, or a worker that failed, must not keep the page from working.
 */
const BOUNDARY_WAIT_MS = 400;

/** The shell of `lang` (written into index.html at build time), or null (the dev server has none). */
export function shellFor(lang: Lang): HTMLTemplateElement | null {
  const template = document.getElementById(`shell-${lang}`);
  return template instanceof HTMLTemplateElement ? template : null;
}

/**
 * Puts the shell into `root`. It is inert: its controls are placeholders until React replaces
 * them, a moment later.
 */
export function showShell(root: HTMLElement, template: HTMLTemplateElement, lang: Lang): void {
  const shell = document.createElement('div');
  shell.className = 'page-shell';
  shell.inert = true;
  shell.append(template.content.cloneNode(true));
  root.replaceChildren(shell);
  document.documentElement.lang = lang;
}

/**
 * Makes the output plot in the shell at once, so it is laid out with the shell in one go while
 * the worker computes, then shows the data and the first boundary as they come. Resolves once
 * the boundary is drawn, or after BOUNDARY_WAIT_MS. The page's own plot, when React replaces the
 * shell, draws the same picture from the hub's replay in the same commit, so nothing is handed
 * over; this plot is stopped once the shell has left the page.
 */
export async function drawBoundaryBeforePage(root: HTMLElement, run: RunController): Promise<void> {
  const shell = root.firstElementChild;
  const host = root.querySelector<HTMLElement>('[data-plot-host]');
  if (!shell || !host) return;
  const plot = createOutputPlot(host);
  const { showTrainData, showTestData, discretize } = useStore.getState().config;
  plot.setShowTrain(showTrainData);
  plot.setShowTest(showTestData);
  plot.setDiscretize(discretize);
  const gone = new MutationObserver(() => {
    if (shell.isConnected) return;
    gone.disconnect();
    plot.destroy();
  });
  gone.observe(root, { childList: true });
  await new Promise<void>((resolve) => {
    let drawn = false;
    let unsubscribe: (() => void) | null = null;
    const timer = setTimeout(finish, BOUNDARY_WAIT_MS);
    function finish() {
      clearTimeout(timer);
      unsubscribe?.();
      resolve();
    }
    unsubscribe = run.hub.subscribe({
      data: (data) => showDataOnPlot(plot, data),
      grids: (grids) => {
        // Only the first picture; the subscription may replay it before subscribe() returns.
        if (drawn) return;
        drawn = true;
        plot.drawGrid(grids.outputGrid, grids.gridSize);
        markFirstBoundary(run.hub.publishing);
        queueMicrotask(finish);
      },
    });
    if (drawn) unsubscribe();
  });
}

const LOAD_FAILURE: Record<Lang, string> = {
  en: 'The page could not finish loading (its script did not arrive). Reload the page to try again.',
  ja: 'ページを最後まで読み込めませんでした（スクリプトが届きませんでした）。再読み込みしてください。',
};

/**
 * React's bundle failed to load (a dropped connection, or a deploy that replaced it): the shell
 * would otherwise stand there looking alive and doing nothing. Says so at the top of the page.
 */
export function showLoadFailure(root: HTMLElement, lang: Lang): void {
  const notice = document.createElement('div');
  notice.className = 'url-notice';
  notice.setAttribute('role', 'alert');
  notice.dataset.testid = 'load-failure';
  notice.textContent = LOAD_FAILURE[lang];
  root.prepend(notice);
}
