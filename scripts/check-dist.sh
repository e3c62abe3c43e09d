#!/usr/bin/env bash
# Validates every book in a folder the way a publisher would before release:
# epubcheck (0 errors, 0 warnings) for each EPUB; qpdf --check and pdffonts
# (every font embedded) for each PDF. Prints one line per check and, last,
# "dist checks: N passed, N failed"; exits non-zero when any check fails.
set -uo pipefail
dir="${1:-dist}"
jar="$(dpkg -L epubcheck 2>/dev/null | grep 'epubcheck.jar$' || true)"
passed=0
failed=0
check() { # name, then the command; a check passes when the command succeeds
  local name="$1"; shift
  if "$@"; then passed=$((passed + 1)); echo "ok      $name"; else failed=$((failed + 1)); echo "FAILED  $name"; fi
}
# epubcheck is a short-lived JVM: the client compiler alone and the serial collector halve its CPU time.
java_quick=(-XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
# Output is captured first: with pipefail, `grep -q` closing a pipe early would fail the check at random.
epub_clean() { local out; out="$(java "${java_quick[@]}" -jar "$jar" "$1" 2>&1)"; [[ "$out" == *'Messages: 0 fatals / 0 errors / 0 warnings'* ]]; }
qpdf_clean() { local out; out="$(qpdf --check "$1" 2>&1)"; [[ "$out" == *'No syntax or stream encoding errors found'* && "$out" != *[Ww]arning* ]]; }
fonts_embedded() { [ -z "$(pdffonts "$1" | tail -n +3 | awk '$(NF-4) != "yes"')" ]; }

shopt -s nullglob
books=("$dir"/*.epub "$dir"/*.pdf)
[ ${#books[@]} -gt 0 ] || { echo "no books in $dir"; echo "dist checks: 0 passed, 1 failed"; exit 1; }
[ -n "$jar" ] || { echo "epubcheck is not installed"; echo "dist checks: 0 passed, 1 failed"; exit 1; }
for f in "$dir"/*.epub; do check "epubcheck $f" epub_clean "$f"; done
for f in "$dir"/*.pdf; do
  check "qpdf --check $f" qpdf_clean "$f"
  check "pdffonts $f" fonts_embedded "$f"
done
echo "dist checks: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
