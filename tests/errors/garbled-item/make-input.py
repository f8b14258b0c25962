#!/usr/bin/env python3
"""Write input.txt of the garbled-item case.

A complete 1999 Form 8-K whose Item 5 text breaks off in mid-sentence
and is followed by six lines of line noise (as a damaged transmission
leaves them: control characters, NULs, bytes of every value) before
Item 7 resumes normally.  The noise comes from a fixed linear
congruential generator, so the bytes are the same on every machine.
Run from this folder:  python3 make-input.py
"""

HEAD = r"""
                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

                                    FORM 8-K

                                 CURRENT REPORT

     Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934

       Date of Report (Date of earliest event reported): October 4, 1999

                         HALF MOON BAY CERAMICS, INC.
             (Exact name of registrant as specified in its charter)

        California                    0-25514                 77-0387122
(State or other jurisdiction   (Commission File Number)     (IRS Employer
    of incorporation)                                    Identification No.)

          1450 Pilarcitos Creek Road, Half Moon Bay, California 94019
              (Address of principal executive offices) (Zip Code)

                                 (650) 555-0193
              (Registrant's telephone number, including area code)


Item 5.  Other Events.

     On October 4, 1999, Half Moon Bay Ceramics, Inc. (the "Company")
announced that it will discontinue its line of decorative garden tiles
and concentrate on architectural tile for commercial buildings.  The
Company expects to record a charge of approximately $1.4 million in the
fourth quarter for the write-down of inventory and molds and for sev
"""

TAIL = r"""

Item 7.  Financial Statements and Exhibits.

     (c)  Exhibits

          99.1   Press release dated October 4, 1999.


                                   SIGNATURES

     Pursuant to the requirements of the Securities Exchange Act of 1934,
the registrant has duly caused this report to be signed on its behalf by
the undersigned hereunto duly authorized.

                                        HALF MOON BAY CERAMICS, INC.


                                        By: /s/ Marisol D. Ekwueme
                                            ------------------------------
                                            Marisol D. Ekwueme
                                            Chief Financial Officer

Date: October 6, 1999
"""


def noise(nlines, width, seed):
    state = seed
    lines = []
    for _ in range(nlines):
        line = bytearray()
        while len(line) < width:
            state = (1664525 * state + 1013904223) & 0xFFFFFFFF
            b = state >> 24
            if b not in (0x0A, 0x0D):
                line.append(b)
        lines.append(bytes(line))
    return b"\n".join(lines)


def main():
    data = (HEAD[1:].rstrip("\n").encode("ascii") + noise(6, 72, 0x0599)
            + TAIL.encode("ascii"))
    with open("input.txt", "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
