import { CourseElement, defineElement } from '../base/course-element.ts';
import { MAX_PROGRESS_FILE_BYTES } from '../../lib/progress/transfer.ts';

/**
 * A drop zone with file and folder pickers (FileDrop.astro). Reads what the trainer drops or picks,
 * walking dropped folders for .json files, and sends `course:files-reading`, then `course:files` with
 * each file's path and text. It knows nothing of what the files hold.
 */
class CourseFileDrop extends CourseElement {
  setup() {
    for (const input of this.$$<HTMLInputElement>('input[type=file]')) {
      input.addEventListener('change', () => {
        const folder = input.classList.contains('pick-folder');
        const files = [...(input.files ?? [])].filter((f) => !folder || /\.json$/i.test(f.name));
        void this.#read(files.map((file) => ({ file, path: (file as File & { webkitRelativePath?: string }).webkitRelativePath || file.name })));
        input.value = '';
      });
    }
    const zone = this.$('.drop');
    zone.addEventListener('dragover', (event) => {
      event.preventDefault();
      zone.classList.add('over');
    });
    zone.addEventListener('dragleave', () => zone.classList.remove('over'));
    zone.addEventListener('drop', (event) => {
      event.preventDefault();
      zone.classList.remove('over');
      void this.#dropped(event.dataTransfer);
    });
  }

  /** Files and folders dropped: folders are walked for .json files. */
  async #dropped(transfer: DataTransfer | null) {
    if (!transfer) return;
    const entries = [...transfer.items].map((item) => item.webkitGetAsEntry?.()).filter((e): e is FileSystemEntry => Boolean(e));
    if (entries.length === 0) return this.#read([...transfer.files].map((file) => ({ file, path: file.name })));
    const found: { file: File; path: string }[] = [];
    const walk = async (entry: FileSystemEntry, inFolder: boolean): Promise<void> => {
      if (entry.isFile) {
        if (inFolder && !/\.json$/i.test(entry.name)) return;
        const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
        found.push({ file, path: entry.fullPath.replace(/^\//, '') });
        return;
      }
      const reader = (entry as FileSystemDirectoryEntry).createReader();
      for (;;) {
        const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
        if (batch.length === 0) break;
        for (const child of batch) await walk(child, true);
      }
    };
    for (const entry of entries) await walk(entry, false);
    await this.#read(found);
  }

  async #read(files: { file: File; path: string }[]) {
    if (files.length === 0) return;
    this.emit('course:files-reading', { count: files.length });
    const read: { name: string; text: string; bytes: number }[] = [];
    for (const { file, path } of files) {
      let text = '';
      try {
        // A file too large is not read: the report says so, with the limit.
        if (file.size <= MAX_PROGRESS_FILE_BYTES) text = await file.text();
      } catch {}
      read.push({ name: path, text, bytes: file.size });
    }
    this.emit('course:files', { files: read });
  }
}

defineElement('course-file-drop', CourseFileDrop);
