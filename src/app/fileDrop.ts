/**
 * Files dragged onto the page: a CSV (or other text) file is read as the learner's own data;
 * anything else does nothing (the pointer says so). Left alone, the browser would open the file
 * in place of the app, and the learner's run would be gone.
 */
const TEXT_FILE = /\.(csv|tsv|txt)$/i;

const isTextFile = (file: File): boolean => TEXT_FILE.test(file.name) || file.type.startsWith('text/');

function dragsText(event: DragEvent): boolean {
  const items = event.dataTransfer?.items;
  if (!items) return false;
  return Array.from(items).some((item) => item.kind === 'file' && (item.type === '' || item.type.startsWith('text/')));
}

export function ignoreFileDrops(target: Window): void {
  target.addEventListener('dragover', (event) => {
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = dragsText(event) ? 'copy' : 'none';
  });
  target.addEventListener('drop', (event) => {
    event.preventDefault();
    const file = event.dataTransfer?.files[0];
    // Loaded on the first drop: the entry module stays as small as the first boundary needs.
    if (file && isTextFile(file)) void import('../store/ownData').then((m) => m.importCsvFile(file));
  });
}
