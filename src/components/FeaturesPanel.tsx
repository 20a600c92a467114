/** The input features, each with its picture over the plane, toggled by a click. */
import { useEffect, useRef } from 'react';
import { drawFunctionPicture } from '../charts/featurePicture';
import { FEATURES, type FeatureId } from '../config/config';
import { FEATURE_REGISTRY } from '../store/registries';
import { useStore } from '../store/store';
import { afterNextPaint } from './afterPaint';
import { tipProps } from './controls';
import { useT } from './useT';

function FeaturePicture({ id }: { id: FeatureId }) {
  const ref = useRef<HTMLCanvasElement>(null);
  useEffect(
    () =>
      afterNextPaint(() => {
        if (ref.current) drawFunctionPicture(ref.current, FEATURE_REGISTRY[id].f);
      }),
    [id],
  );
  return <canvas ref={ref} width={32} height={32} aria-hidden="true" />;
}

export function FeaturesPanel() {
  const t = useT();
  const features = useStore((s) => s.config.features);
  const hidden = useStore((s) => s.config.hidden);
  const update = useStore((s) => s.updateConfig);
  const toggle = (id: FeatureId) => {
    const on = features.includes(id);
    // Kept in the registry's order, which is also the order the URL codec rebuilds.
    const next = FEATURES.filter((f) => (f === id ? !on : features.includes(f)));
    update({ features: next });
  };
  return (
    <section className="panel features-panel" aria-labelledby="features-title">
      <div className="panel-head">
        <h2 id="features-title" {...tipProps(t('features.which'))}>
          {t('features.title')}
        </h2>
      </div>
      <div className="features">
        {FEATURES.filter((id) => !hidden.includes(id)).map((id) => {
          const on = features.includes(id);
          return (
            <button
              key={id}
              type="button"
              className="feature"
              aria-pressed={on}
              data-testid={`feature-${id}`}
              {...tipProps(t(`tip.feature.${id}`))}
              onClick={() => toggle(id)}
            >
              <FeaturePicture id={id} />
              <span>{t(`feature.${id}`)}</span>
            </button>
          );
        })}
      </div>
    </section>
  );
}
