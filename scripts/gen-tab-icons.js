// Writes 81x81 tab bar PNGs (normal + active) to src/assets/tab/ with no dependencies.
// Run once: node scripts/gen-tab-icons.js (the PNGs are committed; WeChat wants PNG/JPG ≤ 40 KB).
const fs = require('node:fs')
const path = require('node:path')
const zlib = require('node:zlib')

const S = 81
const OUT = path.resolve(__dirname, '../src/assets/tab')
const GREY = [0x99, 0x99, 0x99]
const RED = [0xc8, 0x10, 0x2e]

// inside(x, y) in [-1, 1] coordinates: one simple shape per tab
const SHAPES = {
  home: (x, y) => (y > -0.05 && y < 0.75 && Math.abs(x) < 0.6) || (y <= -0.05 && y > -0.75 && Math.abs(x) < (y + 0.75) * 1.1),
  points: (x, y) => x * x + y * y < 0.7 && x * x + y * y > 0.3,
  stations: (x, y) => Math.abs(x) < 0.65 && Math.abs(y) < 0.65 && !(Math.abs(x) < 0.3 && y > 0.1),
  volunteer: (x, y) => { const a = x * 1.3, b = -y * 1.3 + 0.3; return (a * a + b * b - 1) ** 3 - a * a * b ** 3 < 0 },
  me: (x, y) => x * x + (y + 0.35) ** 2 < 0.12 || (y > 0.15 && y < 0.75 && x * x + (y - 0.75) ** 2 < 0.45),
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc32 = (buf) => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0 }
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length)
  const td = Buffer.concat([Buffer.from(type), data])
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td))
  return Buffer.concat([len, td, crc])
}
function png(inside, [r, g, b]) {
  const raw = Buffer.alloc(S * (S * 4 + 1))
  for (let y = 0; y < S; y++) {
    raw[y * (S * 4 + 1)] = 0 // filter: none
    for (let x = 0; x < S; x++) {
      const on = inside((x + 0.5) / S * 2 - 1, (y + 0.5) / S * 2 - 1)
      raw.set([r, g, b, on ? 255 : 0], y * (S * 4 + 1) + 1 + x * 4)
    }
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(S, 0); ihdr.writeUInt32BE(S, 4); ihdr[8] = 8; ihdr[9] = 6 // 8-bit RGBA
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))])
}

fs.mkdirSync(OUT, { recursive: true })
for (const [name, inside] of Object.entries(SHAPES)) {
  fs.writeFileSync(path.join(OUT, `${name}.png`), png(inside, GREY))
  fs.writeFileSync(path.join(OUT, `${name}-active.png`), png(inside, RED))
}
console.log('wrote', Object.keys(SHAPES).length * 2, 'icons to', OUT)
