#!/bin/sh
# make.sh writes the workbooks the test of -data reads when LibreOffice
# is not at hand (load_test.go makes them itself when it is): some of
# the deck's data files (../../data) saved by LibreOffice Calc, as a
# ministry keeps them, every cell as text so that each reads as the CSV
# writes it:
#
#   series.ods, outline.ods       (outline.csv is optional)
#   publishers.xlsx, claims.xlsx  (claims.csv is optional)
#
# It needs LibreOffice (apt-get install libreoffice-calc-nogui). Run it
# from anywhere: sh examples/meeting/testdata/workbooks/make.sh
set -eu
cd "$(dirname "$0")"
# CSV filter options: comma, double quote, UTF-8 (76), from line 1, and
# each of the first 16 columns as text (2). load_test.go uses the same.
opts='CSV:44,34,76,1,1/2/2/2/3/2/4/2/5/2/6/2/7/2/8/2/9/2/10/2/11/2/12/2/13/2/14/2/15/2/16/2'
soffice --headless --infilter="$opts" --convert-to ods --outdir . ../../data/series.csv ../../data/outline.csv >/dev/null
soffice --headless --infilter="$opts" --convert-to xlsx --outdir . ../../data/publishers.csv ../../data/claims.csv >/dev/null
