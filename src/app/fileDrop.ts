/**
 * A file dragged onto the page does nothing (the pointer says so): left alone, the browser would
 * open the file in place of the app, and the learner's run would be gone. The own-data issue
 * will read a dropped CSV here.
 */
export function ignoreFileDrops(target: Window): void {
  target.addEventListener('dragover', (event) => {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'none';
  });
  target.addEventListener('drop', (event) => event.preventDefault());
}
