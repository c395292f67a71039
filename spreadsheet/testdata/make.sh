#!/bin/sh
# make.sh writes the test files of package spreadsheet (see README.md):
#
#   catalog_big5.csv    catalog.csv in Big5 (iconv)
#   catalog_utf16.txt   catalog.csv as Excel's 「Unicode 文字」: UTF-16LE
#                       with a byte-order mark, tab-separated (iconv)
#   catalog.ods         written by LibreOffice Calc from catalog.csv
#   catalog.xlsx        written by LibreOffice Calc from catalog.csv
#   export_sample.ods   written by LibreOffice Calc from export_sample.csv,
#   export_sample.xlsx  its dates and numbers recognised as Calc does
#   inventory_sample.ods   written by LibreOffice Calc from
#   inventory_sample.xlsx  inventory_sample.html: merged cells and dates
#
# It needs iconv and LibreOffice (apt-get install libreoffice-calc-nogui).
# Run it from anywhere: sh spreadsheet/testdata/make.sh
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
# The export as Calc opens it: comma, double quote, UTF-8, from line 1,
# no column formats, English (US) locale (1033), quoted cells not forced
# to text, special numbers (dates and times) detected.
opts='CSV:44,34,76,1,,1033,false,true'
soffice --headless --infilter="$opts" --convert-to ods export_sample.csv >/dev/null
soffice --headless --infilter="$opts" --convert-to xlsx export_sample.csv >/dev/null
# An HTML table: colspan and rowspan become merged ranges, and a cell's
# sdval and sdnum (LibreOffice's own HTML attributes) a date with its
# format.
soffice --headless --infilter='HTML (StarCalc)' --convert-to ods inventory_sample.html >/dev/null
soffice --headless --infilter='HTML (StarCalc)' --convert-to xlsx inventory_sample.html >/dev/null
