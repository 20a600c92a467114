/** Title, language switch and the copy-link button. */
import { useState } from 'react';
import { loadDictionary } from '../i18n';
import { useStore } from '../store/store';
import { currentLink } from '../store/urlSync';
import { LANGS, type Lang } from '../config/config';
import { tipProps, useHidden } from './controls';
import { LessonsButton } from './Lessons';
import { CompareButton } from './CompareButton';
import { LinkTooLarge, linkTooLarge } from './OwnDataPanel';
import { useLang, useT } from './useT';

/** The drawer's two doors: one click to the less-used settings, one to the views inside the network. */
function DrawerButtons() {
  const t = useT();
  const drawer = useStore((s) => s.drawer);
  const setDrawer = useStore((s) => s.setDrawer);
  return (
    <>
      {(['settings', 'inside'] as const).map((tab) => (
        <button
          key={tab}
          type="button"
          className="header-button"
          aria-pressed={drawer === tab}
          data-testid={`open-${tab}`}
          {...tipProps(t(`tip.drawer.${tab}`))}
          onClick={() => setDrawer(drawer === tab ? null : tab)}
        >
          {t(`drawer.${tab}`)}
        </button>
      ))}
    </>
  );
}

export function Header() {
  const t = useT();
  const lang = useLang();
  const setLang = useStore((s) => s.setLang);
  const update = useStore((s) => s.updateConfig);
  const copied = useStore((s) => s.linkCopied);
  const setCopied = useStore((s) => s.setLinkCopied);
  const hideLang = useHidden('lang');
  const hideText = useStore((s) => s.config.hideText);

  const [tooLarge, setTooLarge] = useState(false);
  const copy = async () => {
    if (linkTooLarge()) return setTooLarge(true);
    const link = currentLink();
    try {
      await navigator.clipboard.writeText(link);
    } catch {
      // Without clipboard permission (plain http, old browsers), let the user copy it by hand;
      // a cancelled prompt copied nothing, and must not be told otherwise.
      if (window.prompt(t('share.copyLink'), link) === null) return;
    }
    setCopied(true);
    setTimeout(() => setCopied(false), 2000);
  };

  const switchLang = (next: Lang) => {
    // The words change in one go once the other language's dictionary is here (if it cannot
    // load, the store's setLang keeps today's words on screen).
    const show = () => {
      setLang(next);
      // Recorded in the link so a shared lesson opens in the language it was prepared in.
      update({ lang: next });
    };
    loadDictionary(next).then(show, show);
  };

  return (
    <header className="header">
      <div className="title">
        <h1>{t('app.title')}</h1>
        {!hideText && <p>{t('app.subtitle')}</p>}
      </div>
      <div className="header-actions">
        <LessonsButton />
        <CompareButton />
        <DrawerButtons />
        {!hideLang && (
          <div className="lang-switch" role="group" aria-label={t('lang.label')} data-tip={t('tip.lang')}>
            {LANGS.map((l) => (
              <button key={l} type="button" lang={l} aria-pressed={lang === l} data-testid={`lang-${l}`} onClick={() => switchLang(l)}>
                {t(`lang.${l}`)}
              </button>
            ))}
          </div>
        )}
        <button type="button" className="copy-link" data-testid="copy-link" {...tipProps(t('tip.copyLink'))} onClick={copy}>
          {copied ? t('share.linkCopied') : t('share.copyLink')}
        </button>
        {tooLarge && <LinkTooLarge onClose={() => setTooLarge(false)} />}
      </div>
    </header>
  );
}
