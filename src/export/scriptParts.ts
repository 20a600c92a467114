/** What the NumPy and the PyTorch scripts share: their header, the input features, the points as rows. */
import type { Lang } from '../config/config';
import { comment, leftOutName } from './comments';
import { featureExpr, type CodeModel } from './codeModel';

/** Points as rows [x1, x2, label]. */
export function pointRows(p: { x: number[]; y: number[]; label: number[] }): number[][] {
  return p.x.map((x, i) => [x, p.y[i], p.label[i]]);
}

export function header(m: CodeModel, lang: Lang, title: string, file: string): string {
  const start = m.start.from === 'file' ? comment(lang, 'startFile') : comment(lang, m.start.resets > 0 ? 'startSeedReset' : 'startSeed', { seed: m.start.seed, resets: String(m.start.resets) });
  const lines = [title, comment(lang, 'samePath'), start, comment(lang, 'usage', { file })];
  if (m.leftOut.length > 0) lines.push(comment(lang, 'differs', { what: m.leftOut.map((w) => leftOutName(lang, w)).join(', ') }));
  return lines.map((l) => `# ${l}`).join('\n');
}

export function featuresFunction(m: CodeModel, ns: 'np' | 'torch'): string {
  const exprs = m.features.map((f) => featureExpr(f, ns));
  const body = exprs.length === 0 ? (ns === 'np' ? 'np.zeros((len(P), 0))' : 'torch.zeros((len(P), 0))') : `${ns}.stack([${exprs.join(', ')}], ${ns === 'np' ? 'axis' : 'dim'}=1)`;
  return `def features(P):\n    x1, x2 = P[:, 0], P[:, 1]\n    return ${body}`;
}
