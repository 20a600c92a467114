/** Vitest setup (vite.config.ts): unit tests translate synchronously, so both dictionaries are at hand. */
import { provideDictionary } from './index';
import { en } from './en';
import { ja } from './ja';

provideDictionary('en', en);
provideDictionary('ja', ja);
