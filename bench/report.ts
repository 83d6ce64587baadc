import fs from 'node:fs';
import path from 'node:path';

/**
 * Replaces one `## <title>` section of docs/performance.md (or appends it), keeping every other
 * section: each benchmark writes its own, and notes written by hand between runs stay.
 */
export function writeSection(title: string, body: string): string {
  const file = path.resolve('docs', 'performance.md');
  const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '# Performance\n';
  const heading = `\n## ${title}\n`;
  const start = current.indexOf(heading);
  const section = `## ${title}\n\n${body.trim()}\n`;
  if (start === -1) {
    fs.writeFileSync(file, `${current.trimEnd()}\n\n${section}`);
    return file;
  }
  const next = current.indexOf('\n## ', start + heading.length);
  const before = current.slice(0, start).trimEnd();
  const after = next === -1 ? '' : current.slice(next + 1);
  fs.writeFileSync(file, `${before}\n\n${section}${after ? `\n${after}` : ''}`);
  return file;
}
