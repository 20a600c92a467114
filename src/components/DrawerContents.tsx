/** What the drawer shows, loaded on its first opening (see Drawer). */
import type { DrawerTab } from '../store/store';
import { InsideViews } from './InsideViews';
import { LessonPanel } from './LessonPanel';
import { PanelBoundary } from './PanelBoundary';
import { TeachingPanel } from './TeachingPanel';
import { TrainingPanel } from './TrainingPanel';
import { INSIDE_WORDS } from '../i18n/insideWords';
import { useWords } from './useWords';

export default function DrawerContents({ tab }: { tab: DrawerTab }) {
  const t = useWords(INSIDE_WORDS);
  if (tab === 'lesson') {
    return (
      <PanelBoundary name={t('drawer.lesson')}>
        <LessonPanel />
      </PanelBoundary>
    );
  }
  return tab === 'settings' ? (
    <PanelBoundary name={t('drawer.settings')}>
      <TrainingPanel />
    </PanelBoundary>
  ) : (
    <>
      <PanelBoundary name={t('inside.title')}>
        <InsideViews />
      </PanelBoundary>
      <PanelBoundary name={t('drawer.inside')}>
        <TeachingPanel />
      </PanelBoundary>
    </>
  );
}
