/**
 * A private WordPress from Debian's packages, as a publisher's CMS: MariaDB
 * (its own data folder and socket), PHP-FPM (its own socket) and nginx (its
 * own config and port), all under one temporary folder and stopped by pid.
 * nginx also serves the built dist/ at /nso/ (with CORS, as a CDN): the same
 * host and port as the site, the only loopback URLs WordPress's HTTP client
 * agrees to fetch (wp_http_validate_url).
 *
 * Debian's wp-config.php reads /etc/wordpress/config-<WORDPRESS_CONFIG>.php:
 * nginx passes WORDPRESS_CONFIG, so this site's config file has a name of its
 * own and is removed when the site stops. Its wp-content is private too
 * (Twenty Twenty-Three linked in, and the plugins the tests install).
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface WordPress {
  url: string;
  stop(): Promise<void>;
}

export interface WordPressOptions {
  port: number;
  /** The folder served at /nso/ (the built dist/). */
  dist: string;
  /** Plugin folders linked into wp-content/plugins (not activated). */
  plugins?: string[];
}

/** The site's config file name, one per port: two runs on one machine do not share it. */
const configName = (port: number) => `nso-graphic-e2e-${port}`;
const configFile = (port: number) => `/etc/wordpress/config-${configName(port)}.php`;
const PASSWORD = 'nso-e2e-password';

async function waitFor(what: string, check: () => boolean, timeoutMs = 30_000): Promise<void> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > timeoutMs) throw new Error(`WordPress e2e: ${what} did not start in ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

const succeeds = (file: string, args: string[]) => {
  try {
    execFileSync(file, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

export async function startWordPress({ port, dist, plugins = [] }: WordPressOptions): Promise<WordPress> {
  const dir = mkdtempSync(join(tmpdir(), 'nso-wordpress-'));
  chmodSync(dir, 0o755);
  const url = `http://127.0.0.1:${port}`;
  const processes: ChildProcess[] = [];
  const start = (file: string, args: string[]) => {
    const child = spawn(file, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('exit', (code) => {
      if (code && !stopping) console.error(`${file} exited with ${code}: ${stderr.slice(-2000)}`);
    });
    processes.push(child);
    return child;
  };
  let stopping = false;
  const stop = async () => {
    stopping = true;
    for (const child of processes.reverse()) {
      if (child.exitCode !== null) continue;
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((done) => setTimeout(done, 10_000))]);
    }
    rmSync(configFile(port), { force: true });
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    // MariaDB: a fresh data folder per run, reachable only through its socket.
    const data = join(dir, 'db');
    // The socket's folder: MariaDB (as mysql) writes it, PHP-FPM (as www-data) reaches it.
    const run = join(dir, 'run');
    mkdirSync(run, { mode: 0o755 });
    execFileSync('chown', ['mysql:mysql', run]);
    const socket = join(run, 'mysqld.sock');
    execFileSync(
      'mariadb-install-db',
      ['--user=mysql', `--datadir=${data}`, '--auth-root-authentication-method=socket'],
      {
        stdio: 'ignore',
      },
    );
    start('/usr/sbin/mariadbd', [
      '--no-defaults',
      '--user=mysql',
      `--datadir=${data}`,
      `--socket=${socket}`,
      `--pid-file=${join(run, 'mysqld.pid')}`,
      '--skip-networking',
    ]);
    await waitFor('MariaDB', () => succeeds('mariadb', [`--socket=${socket}`, '-e', 'SELECT 1']));
    execFileSync('mariadb', [
      `--socket=${socket}`,
      '-e',
      `CREATE DATABASE wordpress; GRANT ALL ON wordpress.* TO 'wordpress'@'localhost' IDENTIFIED BY '${PASSWORD}';`,
    ]);

    // wp-content: the theme linked in, the plugins under test.
    const content = join(dir, 'wp-content');
    for (const sub of ['themes', 'plugins', 'uploads']) mkdirSync(join(content, sub), { recursive: true });
    symlinkSync('/usr/share/wordpress/wp-content/themes/twentytwentythree', join(content, 'themes/twentytwentythree'));
    for (const plugin of plugins) {
      symlinkSync(resolve(plugin), join(content, 'plugins', resolve(plugin).split('/').pop()!));
    }
    execFileSync('chown', ['-R', 'www-data:www-data', content]);
    writeFileSync(
      configFile(port),
      `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'wordpress');
define('DB_PASSWORD', '${PASSWORD}');
define('DB_HOST', 'localhost:${socket}');
define('WP_CONTENT_DIR', '${content}');
define('WP_CONTENT_URL', '${url}/wp-content');
define('WP_HOME', '${url}');
define('WP_SITEURL', '${url}');
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('WP_ACCESSIBLE_HOSTS', '127.0.0.1');
`,
    );
    chmodSync(configFile(port), 0o644);

    const fpmSocket = join(dir, 'php-fpm.sock');
    const fpmConfig = join(dir, 'php-fpm.conf');
    writeFileSync(
      fpmConfig,
      `[global]
pid = ${join(dir, 'php-fpm.pid')}
error_log = ${join(dir, 'php-fpm.log')}
daemonize = no
[www]
user = www-data
group = www-data
listen = ${fpmSocket}
listen.mode = 0666
pm = static
pm.max_children = 4
catch_workers_output = yes
`,
    );
    start('/usr/sbin/php-fpm8.2', ['--nodaemonize', '--fpm-config', fpmConfig]);
    await waitFor('PHP-FPM', () => existsSync(fpmSocket));

    const nginxConfig = join(dir, 'nginx.conf');
    const temp = (name: string) => `${name}_temp_path ${join(dir, `nginx-${name}`)};`;
    writeFileSync(
      nginxConfig,
      `worker_processes 1;
daemon off;
user www-data;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'nginx-error.log')};
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  access_log off;
  ${temp('client_body')} ${temp('proxy')} ${temp('fastcgi')} ${temp('uwsgi')} ${temp('scgi')}
  server {
    listen 127.0.0.1:${port};
    root /usr/share/wordpress;
    index index.php;
    location ^~ /nso/ {
      alias ${resolve(dist)}/;
      add_header Access-Control-Allow-Origin *;
    }
    location ^~ /wp-content/ { root ${dir}; }
    location / { try_files $uri $uri/ /index.php?$args; }
    location ~ \\.php$ {
      include /etc/nginx/fastcgi.conf;
      fastcgi_param WORDPRESS_CONFIG ${configName(port)};
      fastcgi_pass unix:${fpmSocket};
    }
  }
}
`,
    );
    start('/usr/sbin/nginx', ['-c', nginxConfig]);
    await waitFor('nginx', () => succeeds('curl', ['-sf', '-o', '/dev/null', `${url}/nso/embed.html`]));

    // The installer's second step, as a browser would post it.
    execFileSync('curl', [
      '-sf',
      '-o',
      '/dev/null',
      '--data-urlencode',
      'weblog_title=Publisher',
      '--data-urlencode',
      'user_name=admin',
      '--data-urlencode',
      `admin_password=${PASSWORD}`,
      '--data-urlencode',
      `admin_password2=${PASSWORD}`,
      '--data-urlencode',
      'admin_email=admin@example.test',
      '--data-urlencode',
      'blog_public=0',
      `${url}/wp-admin/install.php?step=2`,
    ]);
  } catch (error) {
    await stop();
    throw error;
  }

  return { url, stop };
}

/** Runs PHP with the running site's WordPress (on NSO_WP_PORT) loaded; returns its standard output. */
export function wordpressPhp(code: string): string {
  const prelude = `$_SERVER['WORDPRESS_CONFIG'] = '${configName(Number(process.env.NSO_WP_PORT))}'; $_SERVER['HTTP_HOST'] = '127.0.0.1';
require '/usr/share/wordpress/wp-load.php';`;
  return execFileSync('php', ['-d', 'display_errors=stderr', '-r', `${prelude}${code}`], { encoding: 'utf8' });
}
