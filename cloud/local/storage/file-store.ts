import fs from 'node:fs';
import path from 'node:path';

/**
 * The local cloud's stand-in for CloudBase cloud storage: files under
 * <data>/storage/<cloudPath>, or in memory when the local cloud has no data
 * folder. File IDs look like CloudBase's: cloud://<env>.<bucket>/<cloudPath>, with the env the
 * local functions run in (`local`, their TCB_ENV), so that a function can tell its own files.
 */
export class FileStore {
  private readonly memory = new Map<string, Buffer>();

  constructor(
    private readonly dir: string | null,
    readonly bucket = 'local.local-bucket',
  ) {}

  fileId(cloudPath: string): string {
    return `cloud://${this.bucket}/${cloudPath}`;
  }

  /** The cloudPath of one of our file IDs, or null for anything else. */
  cloudPathOf(fileId: unknown): string | null {
    const prefix = `cloud://${this.bucket}/`;
    return typeof fileId === 'string' && fileId.startsWith(prefix) ? fileId.slice(prefix.length) : null;
  }

  put(cloudPath: string, content: Buffer): void {
    if (!this.dir) return void this.memory.set(cloudPath, content);
    const file = this.resolve(cloudPath);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }

  has(cloudPath: string): boolean {
    if (!this.dir) return this.memory.has(cloudPath);
    try {
      return fs.existsSync(this.resolve(cloudPath));
    } catch {
      return false;
    }
  }

  /** Deletes one file; false when there was none. */
  remove(cloudPath: string): boolean {
    if (!this.dir) return this.memory.delete(cloudPath);
    const file = this.resolve(cloudPath);
    if (!fs.existsSync(file)) return false;
    fs.rmSync(file);
    return true;
  }

  get(cloudPath: string): Buffer | null {
    if (!this.dir) return this.memory.get(cloudPath) ?? null;
    const file = this.resolve(cloudPath);
    return fs.existsSync(file) ? fs.readFileSync(file) : null;
  }

  /** Bytes stored under the given cloudPaths' folders whose names start with `prefix` (a user's files, for the quota). */
  bytesUnder(folder: string, prefix = ''): number {
    if (!this.dir) {
      let total = 0;
      for (const [p, b] of this.memory) if (p.startsWith(`${folder}/${prefix}`)) total += b.length;
      return total;
    }
    const dir = this.resolve(folder);
    if (!fs.existsSync(dir)) return 0;
    return fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isFile() && e.name.startsWith(prefix))
      .reduce((sum, e) => sum + fs.statSync(path.join(dir, e.name)).size, 0);
  }

  private resolve(cloudPath: string): string {
    const root = path.resolve(this.dir!, 'storage');
    const file = path.resolve(root, cloudPath);
    if (!file.startsWith(root + path.sep)) throw new Error('invalid path');
    return file;
  }
}

export const MAX_UPLOAD_BYTES = 5 * 1024 * 1024;
/** All of one person's files together (evidence photos and avatars). */
export const USER_QUOTA_BYTES = 50 * 1024 * 1024;
