#!/usr/bin/env python3
"""Reads a PNG with the standard library only (zlib) and prints
"WIDTH HEIGHT COLOURS INK" where COLOURS counts distinct colours and INK is
the share of pixels that differ from the top-left pixel (the background).
Optional crop: png_info.py FILE [X Y W H].  Exits 1 on a malformed file.
Handles 8-bit RGB and RGBA, non-interlaced (what cairo and Chromium write)."""
import struct
import sys
import zlib


def read_png(path):
    data = open(path, "rb").read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise ValueError("not a PNG signature")
    pos, idat, ihdr = 8, b"", None
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            ihdr = struct.unpack(">IIBBBBB", body)
        elif kind == b"IDAT":
            idat += body
        elif kind == b"IEND":
            break
        pos += 12 + n
    w, h, depth, ctype, _, _, interlace = ihdr
    if depth != 8 or ctype not in (2, 6) or interlace:
        raise ValueError("unsupported PNG (depth %d, colour type %d)" % (depth, ctype))
    bpp = 3 if ctype == 2 else 4
    raw = zlib.decompress(idat)
    stride = w * bpp
    rows, prev = [], bytearray(stride)
    for y in range(h):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - bpp] if i >= bpp else 0
            b = prev[i]
            c = prev[i - bpp] if i >= bpp else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif f == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return w, h, bpp, rows


def main():
    w, h, bpp, rows = read_png(sys.argv[1])
    x0, y0, cw, ch = 0, 0, w, h
    if len(sys.argv) == 6:
        x0, y0, cw, ch = (int(float(v)) for v in sys.argv[2:6])
        cw, ch = max(1, min(cw, w - x0)), max(1, min(ch, h - y0))
    bg = rows[y0][x0 * bpp:x0 * bpp + 3]
    colours, ink = set(), 0
    for y in range(y0, y0 + ch, 2):  # every other row and column: plenty
        r = rows[y]
        for x in range(x0, x0 + cw, 2):
            px = r[x * bpp:x * bpp + 3]
            colours.add(px)
            ink += px != bg
    total = ((ch + 1) // 2) * ((cw + 1) // 2)
    print(w, h, len(colours), "%.4f" % (ink / total), "#%02x%02x%02x" % tuple(bg))


if __name__ == "__main__":
    try:
        main()
    except (ValueError, zlib.error, struct.error, TypeError, IndexError) as e:
        print("png_info: %s: %s" % (sys.argv[1], e), file=sys.stderr)
        sys.exit(1)
