#!/usr/bin/env bash
# The WordPress end-to-end tests (tests/wordpress): Debian's WordPress, MariaDB, PHP-FPM and nginx (installed with
# apt-get when missing, as root or with sudo), started by the tests on a free port and stopped after them.
# dist/ is built again with NSO_PUBLIC_URL on that port: oEmbed needs absolute URLs. `npm test` runs this last.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(wordpress mariadb-server php-fpm nginx curl)
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "installing Debian's ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then apt_get=(apt-get); else apt_get=(sudo apt-get); fi
  "${apt_get[@]}" update -qq
  DEBIAN_FRONTEND=noninteractive "${apt_get[@]}" install -y -qq "${missing[@]}" >/dev/null
fi

port="${NSO_WP_PORT:-$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')}"
echo "building dist/ for http://127.0.0.1:$port/nso/"
NSO_PUBLIC_URL="http://127.0.0.1:$port/nso/" npm run -s build --ignore-scripts >/dev/null
NSO_WP_PORT="$port" npx vitest run --config tests/wordpress/vitest.config.ts "$@"
