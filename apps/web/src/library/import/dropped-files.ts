/** A folder dropped on the page is read this deep and this far at most: a folder's worth, not a disk's. */
const MAX_DEPTH = 3;
export const MAX_DROPPED_FILES = 500;

function fileOf(entry: FileSystemFileEntry): Promise<File> {
  return new Promise((resolve, reject) => entry.file(resolve, reject));
}

function entriesOf(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const all: FileSystemEntry[] = [];
  // readEntries answers in batches until it answers none.
  return new Promise((resolve, reject) => {
    const next = () =>
      reader.readEntries((batch) => {
        if (batch.length === 0 || all.length >= MAX_DROPPED_FILES) return resolve(all);
        all.push(...batch);
        next();
      }, reject);
    next();
  });
}

async function collect(entry: FileSystemEntry, depth: number, files: File[]): Promise<void> {
  if (files.length >= MAX_DROPPED_FILES) return;
  if (entry.isFile) files.push(await fileOf(entry as FileSystemFileEntry));
  else if (entry.isDirectory && depth < MAX_DEPTH) {
    for (const child of await entriesOf(entry as FileSystemDirectoryEntry)) await collect(child, depth + 1, files);
  }
}

/**
 * The files of a drop, with the files inside dropped folders. The entries must be taken while the drop event runs;
 * their contents are read after.
 */
export async function droppedFiles(data: DataTransfer): Promise<File[]> {
  const entries = [...data.items].flatMap((item) => {
    const entry = typeof item.webkitGetAsEntry === "function" ? item.webkitGetAsEntry() : null;
    return entry ? [entry] : [];
  });
  if (entries.length === 0) return [...data.files].slice(0, MAX_DROPPED_FILES);
  const files: File[] = [];
  for (const entry of entries) await collect(entry, 0, files);
  // Hidden files (.DS_Store) are never statements.
  return files.filter((file) => !file.name.startsWith(".")).slice(0, MAX_DROPPED_FILES);
}
