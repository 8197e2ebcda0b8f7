/**
 * WeChat's own template and style compilers, wcc (WXML) and wcsc (WXSS), over a built
 * mini-program. They ship as native binaries (linux/mac/windows) in `miniprogram-compiler`, the
 * package miniprogram-simulate renders with; its src/wcc.js and src/wcsc.js pass the whole file
 * list in one run, as DevTools does (imports and components resolve across files). A file the
 * real compiler rejects would fail upload or show blank in WeChat.
 */
import fs from 'node:fs';
import path from 'node:path';

type Wcc = (root: string, files: string[], wxs: string[], opts: { maxBuffer?: number }) => string;
/** Returns (does not throw) an Error when wcsc fails; on success, the compiled styles by file. */
type Wcsc = (root: string, files: string[], opts: { maxBuffer?: number }) => Record<string, string> | Error;

const compilerDir = path.dirname(require.resolve('miniprogram-compiler/package.json'));
const MAX_BUFFER = 64 * 1024 * 1024;

export interface CompileProblem {
  tool: 'wcc' | 'wcsc';
  /** The files the compiler's message names (all of them when it names none). */
  files: string[];
  message: string;
}

export interface CompileResult {
  wxml: string[];
  wxss: string[];
  problems: CompileProblem[];
}

function filesWith(dir: string, ext: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith(ext) && !f.split(path.sep).includes('node_modules'))
    .map((f) => f.split(path.sep).join('/'))
    .sort();
}

/** The package ships wcsc without its execute bit; its wrapper chmods on every call, we do it once. */
function ensureExecutable(): void {
  const dir = process.platform === 'darwin' ? 'mac' : process.platform === 'win32' ? 'windows' : 'linux';
  for (const bin of ['wcc', 'wcsc']) {
    const file = path.join(compilerDir, 'bin', dir, process.platform === 'win32' ? `${bin}.exe` : bin);
    if (process.platform !== 'win32' && (fs.statSync(file).mode & 0o111) === 0) fs.chmodSync(file, 0o755);
  }
}

const problem = (tool: CompileProblem['tool'], all: string[], message: string): CompileProblem => {
  // A whole path, not the tail of a longer one (pages/x vs packages/a/pages/x).
  const named = all.filter((f) => new RegExp(`(^|[^\\w/.-])${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(message));
  return { tool, files: named.length > 0 ? named : all, message: message.trim() };
};

export function compileWeapp(dir: string): CompileResult {
  ensureExecutable();
  const wcc = require(path.join(compilerDir, 'src', 'wcc.js')) as Wcc;
  const wcsc = require(path.join(compilerDir, 'src', 'wcsc.js')) as Wcsc;
  const wxml = filesWith(dir, '.wxml');
  const wxss = filesWith(dir, '.wxss');
  const problems: CompileProblem[] = [];
  if (wxml.length > 0) {
    try {
      wcc(
        dir,
        wxml.map((f) => f.slice(0, -'.wxml'.length)),
        filesWith(dir, '.wxs'),
        { maxBuffer: MAX_BUFFER },
      );
    } catch (err) {
      problems.push(problem('wcc', wxml, (err as Error).message));
    }
  }
  if (wxss.length > 0) {
    const out = wcsc(
      dir,
      wxss.map((f) => f.slice(0, -'.wxss'.length)),
      { maxBuffer: MAX_BUFFER },
    );
    if (out instanceof Error) problems.push(problem('wcsc', wxss, out.message));
  }
  return { wxml, wxss, problems };
}

export function describeProblems(problems: CompileProblem[]): string {
  return problems.map((p) => `${p.tool}: ${p.files.join(', ')}\n${p.message}`).join('\n\n');
}
