#!/usr/bin/env bash
# The WordPress end-to-end tests (tests/wordpress): Debian's WordPress, MariaDB, PHP-FPM and nginx (installed with
# apt-get when missing, as root or with sudo), started by the tests on a free port and stopped after them.
# They embed a build with NSO_PUBLIC_URL on that port (oEmbed needs absolute URLs), made in a copy of the project.
# `npm test` runs this after the other tests. Root (or sudo) is needed: the services run as mysql and www-data.
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
# The build for that URL goes to a copy of the project, so that dist/ stays as `npm run build` left it.
copy="$(mktemp -d)"
trap 'rm -rf "$copy"' EXIT
tar --exclude=./node_modules --exclude=./dist --exclude=./dist-ssr --exclude=./.git --exclude=./scratch \
  --exclude=./test-results -cf - . | tar -xf - -C "$copy"
ln -s "$PWD/node_modules" "$copy/node_modules"
echo "building a copy of dist/ for http://127.0.0.1:$port/nso/"
(cd "$copy" && NSO_PUBLIC_URL="http://127.0.0.1:$port/nso/" npm run -s build --ignore-scripts >/dev/null)
chmod -R a+rX "$copy"
NSO_WP_PORT="$port" NSO_WP_DIST="$copy/dist" npx vitest run --config tests/wordpress/vitest.config.ts "$@"
