import fs from 'node:fs/promises';
import path from 'node:path';
import { AppError } from './errors.ts';

/**
 * Files kept under UPLOAD_DIR (logos, incident photos, documents, request attachments, site photos), named by
 * a path relative to it as stored in the database. A path that would leave the folder is treated as missing.
 */

export function storedFilePath(uploadDir: string, relativePath: string): string {
  const root = path.resolve(uploadDir);
  const file = path.resolve(root, relativePath);
  if (!file.startsWith(root + path.sep)) {
    throw new AppError('not_found');
  }
  return file;
}

/** Writes beside the target then renames, so a reader never sees half a file. */
export async function storeFile(uploadDir: string, relativePath: string, data: Buffer): Promise<void> {
  const file = storedFilePath(uploadDir, relativePath);
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.${Date.now()}.tmp`;
  await fs.writeFile(temporary, data);
  await fs.rename(temporary, file);
}

/** The file's bytes; 404 when it is not there. */
export async function readStoredFile(uploadDir: string, relativePath: string): Promise<Buffer> {
  try {
    return await fs.readFile(storedFilePath(uploadDir, relativePath));
  } catch {
    throw new AppError('not_found');
  }
}

/** Removes a file (or a whole folder); one already gone is fine. */
export async function removeStoredFile(uploadDir: string, relativePath: string): Promise<void> {
  await fs.rm(storedFilePath(uploadDir, relativePath), { recursive: true, force: true });
}
