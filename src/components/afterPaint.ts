/**
 * Runs `task` once the browser has painted the current frame, and returns a cancel function
 * for an effect's cleanup. For pictures nobody waits for (the dataset and feature thumbnails):
 * at load they would otherwise hold the main thread in the very task that is about to paint the
 * first decision boundary.
 */
export function afterNextPaint(task: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    if (timer !== undefined) clearTimeout(timer);
  };
}
