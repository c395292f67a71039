#!/bin/sh
# make.sh writes the test files of package spreadsheet from catalog.csv,
# a catalog in the shape of the data.gov.tw export (UTF-8 with a
# byte-order mark, a blank row in the middle, a cell of two lines):
#
#   catalog_big5.csv   the same rows in Big5 (iconv)
#   catalog_utf16.txt  the same rows as Excel's 「Unicode 文字」: UTF-16LE
#                      with a byte-order mark, tab-separated (iconv)
#   catalog.ods        written by LibreOffice Calc from catalog.csv
#   catalog.xlsx       written by LibreOffice Calc from catalog.csv
#
# It needs iconv and LibreOffice (apt-get install libreoffice-calc-nogui).
set -eu
cd "$(dirname "$0")"
# The CSV without its byte-order mark, for iconv.
tail -c +4 catalog.csv > plain.tmp
iconv -f UTF-8 -t BIG5 plain.tmp > catalog_big5.csv
# Tabs for commas: the rows hold no comma inside a cell.
tr ',' '\t' < plain.tmp | iconv -f UTF-8 -t UTF-16LE > body.tmp
printf '\377\376' | cat - body.tmp > catalog_utf16.txt
rm -f plain.tmp body.tmp
# CSV filter options: comma, double quote, UTF-8 (76), from line 1;
# every column as text (2) but the fifth, a date (5: YY/MM/DD), and the
# sixth, a number (1).
opts='CSV:44,34,76,1,1/2/2/2/3/2/4/2/5/5/6/1/7/2'
soffice --headless --infilter="$opts" --convert-to ods catalog.csv >/dev/null
soffice --headless --infilter="$opts" --convert-to xlsx catalog.csv >/dev/null
