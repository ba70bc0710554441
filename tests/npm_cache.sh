# Sourced by tests that need npm packages.  npm_cache DIR PKG@VERSION...
# installs the pinned packages into DIR (a cache under the build tree, kept
# between runs; never committed) unless they are there already, and exits
# 77 (skip) when node or npm is missing or the registry cannot be reached.
npm_cache() {
  dir=$1; shift
  if ! command -v node > /dev/null 2>&1 || ! command -v npm > /dev/null 2>&1; then
    echo "SKIP: node/npm not installed"; exit 77
  fi
  mkdir -p "$dir" || exit 1
  stamp="$dir/.installed"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$*" ]; then
    return 0
  fi
  [ -f "$dir/package.json" ] || printf '{"private": true}\n' > "$dir/package.json"
  # bounded: an unreachable registry must not hang the suite
  if ! (cd "$dir" && timeout 600 npm install --no-audit --no-fund --ignore-scripts \
        --loglevel=error --fetch-retries=1 --fetch-timeout=60000 "$@") > "$dir/npm.log" 2>&1; then
    echo "SKIP: npm could not install $* (no network?):"; tail -3 "$dir/npm.log"
    exit 77
  fi
  echo "$*" > "$stamp"
}
