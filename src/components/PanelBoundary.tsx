/**
 * A panel that throws while rendering shows a message and a button that renders it again,
 * instead of React unmounting the whole page (a blank screen, the learner's work gone).
 */
import { Component, type ReactNode } from 'react';
import { translate, type Lang } from '../i18n';
import { useLang } from './useT';

interface Props {
  /** Read aloud and shown: which panel failed. */
  name: string;
  lang: Lang;
  children: ReactNode;
}

interface State {
  error: Error | null;
}

class Boundary extends Component<Props, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const t = (key: 'panel.failed' | 'panel.reload') => translate(this.props.lang, key, { name: this.props.name });
    return (
      <section className="panel panel-failed" role="alert" data-testid="panel-error">
        <p>{t('panel.failed')}</p>
        <p className="hint">{error.message}</p>
        <button type="button" className="text-button" onClick={() => this.setState({ error: null })}>
          {t('panel.reload')}
        </button>
      </section>
    );
  }
}

export function PanelBoundary({ name, children }: { name: string; children: ReactNode }) {
  const lang = useLang();
  return (
    <Boundary name={name} lang={lang}>
      {children}
    </Boundary>
  );
}
