import { describe, expect, it } from 'vitest';
import { defaultConfig } from '../config/config';
import { decodeHash } from '../url';
import { isBareLessonLink } from './lessonRuntime';

const bare = (hash: string) => isBareLessonLink(decodeHash(hash).config, defaultConfig());

describe('a bare lesson link', () => {
  it('is one with only lesson keys and the reader\'s own preferences: the step then sets everything else', () => {
    expect(bare('lesson=nonlinear&step=2')).toBe(true);
    expect(bare('lesson=features&step=2&classroom=true&lang=ja&speed=max&stopAt=500')).toBe(true);
    expect(bare('lesson=features&embed=play,output')).toBe(true);
  });

  it('is not one that carries a setting of the network or the data: a link copied mid-lesson keeps them', () => {
    expect(bare('lesson=nonlinear&step=2&activation=relu')).toBe(false);
    expect(bare('lesson=nonlinear&dataset=xor')).toBe(false);
    expect(bare('lesson=nonlinear&networkShape=8')).toBe(false);
  });
});
