/**
 * The small number box that opens over a clicked link or bias. One element for the whole
 * diagram, moved to where it is needed, because thousands of links cannot each own one.
 */
import { parseTypedDecimal } from '../config/numbers';
import type { ParamRef } from '../engine/paramLayout';
import type { NetworkDiagramLabels } from './networkLabels';

/** Accepts what people type (config/numbers.ts: a comma decimal, a typographic minus); null for anything else. */
export function parseParamInput(text: string): number | null {
  const v = parseTypedDecimal(text);
  return Number.isNaN(v) ? null : v;
}

export interface ParamEditor {
  /** x, y in the stage's coordinates: the box scrolls with the diagram. */
  open(ref: ParamRef, title: string, value: number | null, x: number, y: number): void;
  close(): void;
  isOpen(): boolean;
  setLabels(labels: NetworkDiagramLabels): void;
}

let nextId = 0;

/** How an edit ended: from the keyboard (Enter, Escape) or by focus going elsewhere. */
export type EditorClose = 'keyboard' | 'blur';

interface EditorElements {
  box: HTMLDivElement;
  label: HTMLLabelElement;
  input: HTMLInputElement;
  /** Says what to type, or that what was typed is not a number; read out as it changes. */
  hint: HTMLDivElement;
}

function buildEditor(stage: HTMLElement): EditorElements {
  const id = `network-param-edit-${nextId++}`;
  const box = document.createElement('div');
  box.dataset.testid = 'network-param-editor';
  box.className = 'nd-editor';
  box.hidden = true;
  const label = document.createElement('label');
  label.htmlFor = id;
  const input = document.createElement('input');
  input.id = id;
  input.type = 'text';
  input.inputMode = 'decimal';
  input.autocomplete = 'off';
  input.spellcheck = false;
  const hint = document.createElement('div');
  hint.id = `${id}-hint`;
  hint.className = 'nd-editor-hint';
  hint.setAttribute('aria-live', 'polite');
  input.setAttribute('aria-describedby', hint.id);
  box.append(label, input, hint);
  stage.append(box);
  return { box, label, input, hint };
}

/** Just below and left of (x, y), kept inside the stage. */
function placeInStage(stage: HTMLElement, box: HTMLElement, x: number, y: number): void {
  const maxX = Math.max(0, stage.clientWidth - box.offsetWidth - 2);
  const maxY = Math.max(0, stage.clientHeight - box.offsetHeight - 2);
  box.style.left = `${Math.min(Math.max(0, x - 20), maxX)}px`;
  box.style.top = `${Math.min(Math.max(0, y + 8), maxY)}px`;
}

export function createParamEditor(
  stage: HTMLElement,
  labels: NetworkDiagramLabels,
  onCommit: (ref: ParamRef, value: number) => void,
  onClose: (by: EditorClose) => void = () => {},
): ParamEditor {
  const { box, label, input, hint } = buildEditor(stage);
  let current: ParamRef | null = null;
  let words = labels;

  function showHint(invalid: boolean): void {
    hint.textContent = invalid ? words.invalidNumber : words.editHelp;
    input.setAttribute('aria-invalid', String(invalid));
  }

  function close(by: EditorClose = 'blur'): void {
    if (!current) return;
    current = null;
    box.hidden = true;
    onClose(by);
  }

  function commit(): void {
    const v = parseParamInput(input.value);
    if (v === null || !current) {
      showHint(true);
      return;
    }
    const ref = current;
    close('keyboard');
    onCommit(ref, v);
  }

  input.addEventListener('keydown', (e) => {
    // Keys typed here are the editor's, not the diagram's arrow-key walk.
    e.stopPropagation();
    if (e.key !== 'Escape' && e.key !== 'Enter') return;
    e.preventDefault();
    if (e.key === 'Escape') close('keyboard');
    else commit();
  });
  // Clicking elsewhere abandons the edit, as Escape does; a half-typed value is never applied.
  input.addEventListener('blur', () => close('blur'));
  input.addEventListener('input', () => {
    if (input.getAttribute('aria-invalid') === 'true') showHint(false);
  });

  return {
    open(ref, title, value, x, y) {
      current = ref;
      label.textContent = title;
      input.value = value === null ? '' : String(Number(value.toPrecision(6)));
      showHint(false);
      box.hidden = false;
      placeInStage(stage, box, x, y);
      input.focus();
      input.select();
    },
    close: () => close('blur'),
    isOpen: () => current !== null,
    setLabels(next) {
      words = next;
      if (current) showHint(input.getAttribute('aria-invalid') === 'true');
    },
  };
}
