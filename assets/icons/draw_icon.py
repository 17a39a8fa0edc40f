"""Draws Kohtaamo's app icon: two overlapping circles (two services meeting
around one client) on a rounded square. Standard library only, so the icon can
be redrawn anywhere: python3 assets/icons/draw_icon.py"""
import struct, zlib, os

def png(size):
    bg = (0, 94, 120)       # deep teal
    left = (255, 255, 255)
    right = (255, 209, 102) # warm yellow
    r = size * 0.22
    rows = []
    for y in range(size):
        row = bytearray([0])
        for x in range(size):
            cx, cy = x + 0.5, y + 0.5
            # rounded-square mask
            m = size * 0.18
            dx = max(m - cx, 0, cx - (size - m)); dy = max(m - cy, 0, cy - (size - m))
            if dx * dx + dy * dy > m * m:
                row += bytes((0, 0, 0, 0)); continue
            c = bg
            in_l = (cx - size * 0.39) ** 2 + (cy - size * 0.5) ** 2 < r * r
            in_r = (cx - size * 0.61) ** 2 + (cy - size * 0.5) ** 2 < r * r
            if in_l and in_r: c = (255, 240, 200)
            elif in_l: c = left
            elif in_r: c = right
            row += bytes(c + (255,))
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)
    def chunk(t, d): return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)) + chunk(b"IDAT", raw) + chunk(b"IEND", b"")

here = os.path.dirname(os.path.abspath(__file__))
out = os.path.join(here, "..", "..", "src-tauri", "icons")
os.makedirs(out, exist_ok=True)
for name, size in [("32x32.png", 32), ("128x128.png", 128), ("icon.png", 256)]:
    open(os.path.join(out, name), "wb").write(png(size))
# An .ico may hold PNG data as is (Vista and later).
data = png(256)
ico = struct.pack("<HHH", 0, 1, 1) + struct.pack("<BBBBHHII", 0, 0, 0, 0, 1, 32, len(data), 22) + data
open(os.path.join(out, "icon.ico"), "wb").write(ico)
