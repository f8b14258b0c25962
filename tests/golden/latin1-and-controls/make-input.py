#!/usr/bin/env python3
"""Write input.txt of the latin1-and-controls case with exact bytes.

The filing is typed in ASCII below with escapes for the bytes that
matter, then written with CRLF line ends:
  \\xe9 \\xe8 \\xc9  Latin-1 accented letters (Soci\\xe9t\\xe9, Ren\\xe9, ...)
  \\xa7          Latin-1 section sign
  \\x92          Windows-1252 right single quote (EDGAR text has both)
  \\x01          a stray control character inside a paragraph
  \\t            one tab
Run from this folder:  python3 make-input.py   (output is deterministic)
"""

TEXT = r"""
                       SECURITIES AND EXCHANGE COMMISSION
                             Washington, D.C. 20549

                                    FORM 8-K

                                 CURRENT REPORT

     Pursuant to Section 13 or 15(d) of the Securities Exchange Act of 1934

        Date of Report (Date of earliest event reported):  July 10, 2001

                       SOCI\xc9T\xc9 MARCHANDE DES LACS, INC.
             (Exact name of registrant as specified in its charter)

        Louisiana                     0-24385                 72-1342960
(State or other jurisdiction   (Commission File Number)     (IRS Employer
    of incorporation)                                    Identification No.)

           2250 Bayou L\xe9ger Road, Lafayette, Louisiana 70503
              (Address of principal executive offices) (Zip Code)

                                 (337) 555-0164
              (Registrant's telephone number, including area code)


Item 5.  Other Events.

     On July 10, 2001, Soci\xe9t\xe9 Marchande des Lacs, Inc. (the "Company")
entered into a five-year supply agreement with Maison Th\xe9riault Fr\xe8res
S.A.R.L. of Lyon, France, under which the Company will be the exclusive
importer of Th\xe9riault copper cookware in the United States and Canada.
Under \xa7 4.2 of the agreement the Company must purchase at least
$3.0 million of product in each contract year.

     The Company\x92s Board of Directors approved the agreement\x01 on
July 6, 2001.\tA copy of the agreement and of the press release announcing
it are filed as Exhibits 10.1 and 99.1 to this report.


Item 7.  Financial Statements and Exhibits.

     (c)  Exhibits

          10.1   Exclusive Supply Agreement dated as of July 10, 2001
                 between Soci\xe9t\xe9 Marchande des Lacs, Inc. and Maison
                 Th\xe9riault Fr\xe8res S.A.R.L.

          99.1   Press release dated July 10, 2001.


                                   SIGNATURES

     Pursuant to the requirements of the Securities Exchange Act of 1934,
the registrant has duly caused this report to be signed on its behalf by
the undersigned hereunto duly authorized.

                                        SOCI\xc9T\xc9 MARCHANDE DES LACS, INC.


                                        By: /s/ Ren\xe9 A. Fontenot
                                            ------------------------------
                                            Ren\xe9 A. Fontenot
                                            Vice President and Chief
                                            Financial Officer

Date: July 11, 2001
"""


def main():
    data = TEXT[1:].encode("ascii").decode("unicode_escape").encode("latin-1")
    data = data.replace(b"\n", b"\r\n")
    with open("input.txt", "wb") as f:
        f.write(data)


if __name__ == "__main__":
    main()
