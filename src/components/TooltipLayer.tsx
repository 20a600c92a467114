/**
 * One tooltip for the whole page, for every element with `data-tip`: shown after a short
 * hover, at once on keyboard focus, and on a long press on a touch screen (where hover does not
 * exist and a `title` never shows). Escape, scrolling or leaving hides it.
 */
import { useRef } from 'react';
import { useTooltips } from './useTooltips';

export function TooltipLayer() {
  const bubbleRef = useRef<HTMLDivElement>(null);
  useTooltips(bubbleRef);
  // Screen readers get each tip as its element's description; the bubble is for the eye.
  return <div ref={bubbleRef} className="tip-bubble" data-testid="tooltip" aria-hidden="true" hidden />;
}
