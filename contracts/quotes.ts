// Chinese quotation marks, nested the Chinese way: “…‘…’…”. A name that already has quotes in it
// (“学习强国”月度学习达标) put inside quotes would otherwise read ““学习强国”月度学习达标”.

/** Turns quotes inside quotes into single quotes: “a“b”c” → “a‘b’c”. Leaves anything else alone. */
export function nestQuotes(text: string): string {
  let depth = 0;
  let out = '';
  for (const ch of text) {
    if (ch === '“') {
      out += depth % 2 === 1 ? '‘' : '“';
      depth++;
    } else if (ch === '”' && depth > 0) {
      depth--;
      out += depth % 2 === 1 ? '’' : '”';
    } else out += ch;
  }
  return out;
}

/** “name”, with any quotes inside the name turned into single quotes. */
export function quoted(name: string): string {
  return nestQuotes(`“${name}”`);
}
