# Shared by the test scripts (sourced, not run): a work directory removed
# on exit, and pass/fail counting that ends in the plain "N passed, N
# failed" line.
W=$(mktemp -d)
trap 'rm -rf "$W"' EXIT
fails=0
n=0
ok() { n=$((n + 1)); }
bad() { n=$((n + 1)); fails=$((fails + 1)); echo "FAIL: $*"; }
check() { # check DESCRIPTION COMMAND...: the command must succeed
  d=$1
  shift
  if "$@"; then ok; else bad "$d"; fi
}
finish() {
  echo "$((n - fails)) passed, $fails failed"
  [ $fails -eq 0 ]
}
