#!/usr/bin/env python3
"""Write input.txt of the binary-garbage case: 400 bytes of non-text.

A fixed linear congruential generator (the Numerical Recipes constants,
seed 8-K = 0x08) makes the same bytes on every machine; the stream is
spread over the whole byte range, NULs and other controls included, so
the file is not text in any encoding.  Run from this folder:
    python3 make-input.py
"""


def main():
    state = 0x08
    out = bytearray()
    for _ in range(400):
        state = (1664525 * state + 1013904223) & 0xFFFFFFFF
        out.append(state >> 24)
    with open("input.txt", "wb") as f:
        f.write(bytes(out))


if __name__ == "__main__":
    main()
