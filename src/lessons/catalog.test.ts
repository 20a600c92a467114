/**
 * The lessons hold together: each step opens from its link with no URL notice, its words exist
 * in both languages (question and goal where the step has them), and every goal meant to be
 * reachable is reached by training the step's configuration (with the learner's action applied)
 * within its budget, as the worker would.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LESSON_IDS } from '../config/config';
import { decodeHash } from '../url';
import { Run } from '../worker/run';
import { CATALOG } from './catalog';
import { goalsMet } from './goals';
import type { LessonModule } from './types';

const present = LESSON_IDS.map((id) => [id, CATALOG[id]] as const);

/**
 * The 17 ideas learners come to see (shared/CONCEPTS.md), by number, with a word of each that
 * its lesson's English title or summary must carry, so a lesson filed under the wrong idea shows.
 */
const IDEAS: Readonly<Record<number, RegExp>> = {
  1: /neuron/i,
  2: /non-linear|linear/i,
  3: /step/i,
  4: /sigmoid|tanh|relu/i,
  5: /output|loss/i,
  6: /accuracy/i,
  7: /learning rate|gradient descent/i,
  8: /batch/i,
  9: /backprop|chain rule/i,
  10: /optimi[sz]er|momentum|adam/i,
  11: /initiali[sz]|initial weights/i,
  12: /vanish/i,
  13: /batch norm/i,
  14: /overfit/i,
  15: /regulari[sz]/i,
  16: /feature/i,
  17: /universal|approximat/i,
};

const CONCEPTS = fileURLToPath(new URL('../../../shared/CONCEPTS.md', import.meta.url));

describe('the catalog', () => {
  it('has one lesson for each of the 17 ideas, each filed under its own idea, with words in both languages', () => {
    const ideas = LESSON_IDS.map((id) => CATALOG[id].lesson.idea).sort((a, b) => a - b);
    expect(ideas).toEqual(Array.from({ length: 17 }, (_, k) => k + 1));
    for (const id of LESSON_IDS) {
      const mod = CATALOG[id];
      expect(`${mod.en.title} ${mod.en.summary}`, id).toMatch(IDEAS[mod.lesson.idea]);
      expect(mod.ja.title.length, `${id} ja title`).toBeGreaterThan(0);
      expect(mod.ja.summary.length, `${id} ja summary`).toBeGreaterThan(0);
    }
  });

  it.runIf(existsSync(CONCEPTS))('matches the ideas of shared/CONCEPTS.md, where that file is beside the project', () => {
    const rows = readFileSync(CONCEPTS, 'utf8')
      .split('\n')
      .map((line) => /^\|\s*(\d+)\s*\|/.exec(line)?.[1])
      .filter((n): n is string => n !== undefined)
      .map(Number);
    expect(rows).toEqual(Array.from({ length: 17 }, (_, k) => k + 1));
  });
});

/** A step's configuration with the learner's action laid over it, as a link. */
const stepHash = (setup: string, solution = '') => [setup, solution].filter(Boolean).join('&');

describe.each(present)('lesson %s', (id, mod: LessonModule) => {
  it('is filed under its own id, with 3 to 7 steps', () => {
    expect(mod.lesson.id).toBe(id);
    expect(mod.lesson.steps.length).toBeGreaterThanOrEqual(3);
    expect(mod.lesson.steps.length).toBeLessThanOrEqual(7);
  });

  it('has its words in English and Japanese for every step, question and goal', () => {
    for (const text of [mod.en, mod.ja]) {
      expect(text.title.length).toBeGreaterThan(0);
      expect(text.steps.length).toBe(mod.lesson.steps.length);
      mod.lesson.steps.forEach((step, k) => {
        const t = text.steps[k];
        expect(t.body.length, `step ${k + 1} body`).toBeGreaterThan(20);
        expect(t.action.length, `step ${k + 1} action`).toBeGreaterThan(5);
        expect(Boolean(t.question), `step ${k + 1} question`).toBe(Boolean(step.question));
        if (step.question && t.question) {
          expect(t.question.answers.length).toBe(step.question.answers);
          for (const c of step.question.correct) expect(c).toBeLessThan(step.question.answers);
        }
        expect(Boolean(t.goal), `step ${k + 1} goal words`).toBe(Boolean(step.goal));
      });
    }
  });

  it('opens every step from its link with no URL notice', () => {
    mod.lesson.steps.forEach((step, k) => {
      const { issues } = decodeHash(`lesson=${id}&step=${k + 1}&${step.setup}`);
      expect(issues, `step ${k + 1}`).toEqual([]);
      if (step.solution) expect(decodeHash(stepHash(step.setup, step.solution)).issues, `step ${k + 1} solution`).toEqual([]);
    });
  });

  it('reaches every goal within its budget', () => {
    mod.lesson.steps.forEach((step, k) => {
      if (!step.goal || step.setup.includes('compare=')) return;
      const { config } = decodeHash(stepHash(step.setup, step.solution));
      const run = new Run(config);
      const budget = step.budget ?? 500;
      let met = false;
      for (let epoch = 0; epoch <= budget && !met; epoch += 10) {
        if (epoch > 0) run.trainEpochs(10);
        met = goalsMet(step.goal, {
          config,
          diverged: run.divergence !== null,
          epoch: run.trainer.epoch,
          trainLoss: run.lastTrain.loss,
          testLoss: run.lastTest.loss,
          testAccuracy: Number.isNaN(run.lastTest.accuracy) ? null : run.lastTest.accuracy,
          zeroWeights: run.net.layers.reduce((n, l) => n + l.weights.filter((w) => w === 0).length, 0),
        });
      }
      expect(met, `step ${k + 1}: ${JSON.stringify(step.goal)} within ${budget} epochs`).toBe(true);
    });
  });
});
