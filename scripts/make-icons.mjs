// Draws the toolbar icons (a white check mark on Suomi.fi brand blue, hsl(212,63%,45%) from
// suomifi-design-tokens) as PNGs without any image library: the icons are committed, and this
// script documents how they were made. Run: node scripts/make-icons.mjs
import { deflateSync } from 'node:zlib'
import { writeFileSync } from 'node:fs'

const BLUE = [42, 110, 187]
const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})
const crc32 = (buf) => {
  let c = 0xffffffff
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}
const chunk = (type, data) => {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length)
  const td = Buffer.concat([Buffer.from(type), data])
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td))
  return Buffer.concat([len, td, crc])
}
const distToSegment = (px, py, ax, ay, bx, by) => {
  const dx = bx - ax, dy = by - ay
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)))
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy))
}
function icon(size) {
  const rows = []
  const s = 4 // supersampling
  for (let y = 0; y < size; y++) {
    const row = [0]
    for (let x = 0; x < size; x++) {
      let cover = 0, white = 0
      for (let sy = 0; sy < s; sy++) for (let sx = 0; sx < s; sx++) {
        const u = (x + (sx + 0.5) / s) / size, v = (y + (sy + 0.5) / s) / size
        const r = 0.2, cx = Math.min(Math.max(u, r), 1 - r), cy = Math.min(Math.max(v, r), 1 - r)
        if (Math.hypot(u - cx, v - cy) > r) continue
        cover++
        const d = Math.min(distToSegment(u, v, 0.24, 0.52, 0.43, 0.71), distToSegment(u, v, 0.43, 0.71, 0.77, 0.31))
        if (d < 0.085) white++
      }
      const a = cover / (s * s), w = cover ? white / cover : 0
      row.push(...BLUE.map((c) => Math.round(c + (255 - c) * w)), Math.round(a * 255))
    }
    rows.push(Buffer.from(row))
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })), chunk('IEND', Buffer.alloc(0))])
}
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icons/icon-${size}.png`, icon(size))
