#!/usr/bin/env bash
# `make bundle`: build the Linux one-folder bundle with PyInstaller, then smoke-test
# the bundled program (the offscreen self-test, and a certificate rendered by it).
#
#   bash scripts/bundle.sh            build into build/ and dist/custody-app/, then test
#   SKIP_BUILD=1 bash scripts/bundle.sh   test an existing dist/custody-app/ only
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
PY=.venv/bin/python
[ -x "$PY" ] || { echo "bundle: no .venv here; run 'make test' (or make the venv) first" >&2; exit 2; }
BUNDLE=dist/custody-app
EXE="$BUNDLE/custody-app"
EXAMPLE=tests/reports/data/secure_justified.json  # a record with a lawful s38(6) certificate
EXAMPLE_NUMBER=EX-26-000002

say() { printf '\n== %s\n' "$*"; }
fail() { printf 'bundle: FAILED: %s\n' "$*" >&2; exit 1; }
now() { date +%s.%N; }
took() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f s", b - a }'; }

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  if ! "$PY" -c 'import PyInstaller' 2>/dev/null; then
    say "installing PyInstaller into .venv"
    "$PY" -m pip install -q 'pyinstaller>=6.5'
  fi
  say "building $BUNDLE ($("$PY" -m PyInstaller --version | sed 's/^/PyInstaller /'))"
  t=$(now)
  "$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
      --distpath dist --workpath build packaging/custody-app.spec
  echo "built in $(took "$t")"
fi
[ -x "$EXE" ] || fail "$EXE is missing: the build did not produce it"
echo "bundle size: $(du -sh "$BUNDLE" | cut -f1) ($(find "$BUNDLE" -type f | wc -l) files)"

say "version"
want="custody-app $(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -1)"
got="$("$EXE" --version)" || fail "'custody-app --version' exited $?"
[ "$got" = "$want" ] || fail "the bundle says '$got', pyproject.toml says '$want'"
echo "$got"

say "self-test (offscreen)"
t=$(now)
if ! env -u DISPLAY -u WAYLAND_DISPLAY QT_QPA_PLATFORM=offscreen "$EXE" --self-test; then
  fail "the bundled 'custody-app --self-test' failed (see above)"
fi
echo "self-test took $(took "$t")"

say "certificate rendered by the bundled program"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
t=$(now)
"$EXE" certificate "$EXAMPLE" -o "$tmp/certificate.pdf" || fail "the bundled 'certificate' command failed"
echo "certificate took $(took "$t")"
command -v pdftotext >/dev/null || fail "pdftotext is missing (poppler-utils; run scripts/system-deps.sh)"
pdftotext "$tmp/certificate.pdf" - | grep -q "$EXAMPLE_NUMBER" \
  || fail "the certificate does not show the custody number $EXAMPLE_NUMBER"
pdftotext "$tmp/certificate.pdf" - | grep -q "$want" \
  || fail "the certificate does not show the version ($want)"
echo "the certificate shows $EXAMPLE_NUMBER and $want"

say "shift paper from a database (import, then downtime-pack and handover)"
"$EXE" import "$EXAMPLE" --db "$tmp/custody.sqlite3" >/dev/null || fail "the bundled 'import' failed"
"$EXE" downtime-pack --db "$tmp/custody.sqlite3" -o "$tmp/pack.pdf" || fail "the bundled 'downtime-pack' failed"
"$EXE" handover --db "$tmp/custody.sqlite3" -o "$tmp/handover.pdf" || fail "the bundled 'handover' failed"
pdftotext "$tmp/handover.pdf" - | grep -q "Handover sheet" || fail "the handover sheet has no title"

say "bundle OK: $BUNDLE ($(du -sh "$BUNDLE" | cut -f1))"
