import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { Database } from '../../cloud/local/store/database';
import { tempDir } from './helpers';
import { exitOf, spawnCloud } from './process';

/** A data folder whose journal holds `n` records (one insert each), left as a crash leaves it. */
function journalOf(n: number): { dir: string; journal: string } {
  const writer = tempDir();
  const db = Database.open({ dir: writer });
  for (let i = 0; i < n; i++) db.insert('ledger', [{ _id: `e${i}`, points: i }]);
  // Take the journal as a crash leaves it (close() would compact it into the snapshot).
  const dir = tempDir();
  fs.copyFileSync(path.join(writer, 'journal.log'), path.join(dir, 'journal.log'));
  db.close();
  return { dir, journal: path.join(dir, 'journal.log') };
}

/** Flips one byte of record `index` (0-based) into `to`. */
function flipByteOfRecord(journal: string, index: number, to?: number): void {
  const buf = fs.readFileSync(journal);
  let start = 0;
  for (let i = 0; i < index; i++) start = buf.indexOf(0x0a, start) + 1;
  const at = start + 20;
  buf[at] = to ?? buf[at]! ^ 0x01;
  fs.writeFileSync(journal, buf);
}

describe('a corrupt journal', () => {
  it('is refused with a message naming --repair', () => {
    const { dir, journal } = journalOf(10);
    flipByteOfRecord(journal, 4);
    assert.throws(
      () => Database.open({ dir }),
      (err: Error & { code?: string }) => {
        assert.equal(err.code, 'LOCALCLOUD_CORRUPT_JOURNAL');
        assert.match(err.message, /--repair/);
        return true;
      },
    );
    assert.equal(fs.existsSync(path.join(dir, 'LOCK')), false, 'a refused start leaves no lock behind');
  });

  it('is not mistaken for a torn tail when the damage splits a record in two', () => {
    const { dir, journal } = journalOf(10);
    flipByteOfRecord(journal, 4, 0x0a); // a newline in the middle: two bad lines, then intact records
    assert.throws(() => Database.open({ dir }), /--repair/);
  });

  it('--repair keeps a copy, keeps every record before the damage and says how many were dropped', () => {
    const { dir, journal } = journalOf(10);
    flipByteOfRecord(journal, 4);
    const damaged = fs.readFileSync(journal);
    const warnings: string[] = [];
    const db = Database.open({ dir, repair: true, warn: (m) => warnings.push(m) });
    assert.deepEqual(
      db.find('ledger', {}).map((d) => d['_id']),
      ['e0', 'e1', 'e2', 'e3'],
    );
    assert.match(warnings.join('\n'), /保留 4 条.*丢弃 6 条/);
    const copies = fs.readdirSync(dir).filter((f) => f.startsWith('journal.log.damaged-'));
    assert.equal(copies.length, 1);
    assert.deepEqual(fs.readFileSync(path.join(dir, copies[0]!)), damaged, 'the damaged journal is kept as it was');
    db.insert('ledger', [{ _id: 'after', points: 1 }]);
    db.close();
    assert.deepEqual(
      Database.open({ dir }).find('ledger', {}).map((d) => d['_id']),
      ['e0', 'e1', 'e2', 'e3', 'after'],
    );
  });

  it('through the CLI: refused without --repair, started with it', async () => {
    const { dir, journal } = journalOf(6);
    flipByteOfRecord(journal, 2);
    await assert.rejects(spawnCloud(['--data', dir]), (err: { code: number; out: string }) => {
      assert.equal(err.code, 1);
      assert.match(err.out, /日志文件损坏.*--repair/s);
      return true;
    });
    const repaired = await spawnCloud(['--data', dir, '--repair']);
    assert.match(repaired.output(), /保留 2 条.*丢弃 4 条/);
    repaired.child.kill('SIGTERM');
    assert.equal(await exitOf(repaired.child), 0);
  });

  it('--help documents --repair', async () => {
    const { execFileSync } = await import('node:child_process');
    const help = execFileSync(process.execPath, ['--import', 'tsx', 'cloud/local/cli.ts', '--help'], { encoding: 'utf8' });
    assert.match(help, /--repair/);
  });
});
