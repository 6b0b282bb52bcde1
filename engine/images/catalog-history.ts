// `docker history` steps of the images the daemon stores at start, oldest
// first, after the official Dockerfiles of these tags. The sizes of each
// image add up to its `docker images` size.
// NOTE: the sizes of the large steps are estimates, not Docker Hub's figures.

import type { ImageSpec } from './spec'

type Steps = ImageSpec['steps']

export const NGINX_STEPS: Steps = [
  ["# debian.sh --arch 'amd64' out/ 'bookworm' '@1740355200'", 74_800_000],
  ['LABEL maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>', 0],
  ['ENV NGINX_VERSION=1.27.4', 0],
  ['ENV NJS_VERSION=0.8.9', 0],
  ['ENV NJS_RELEASE=1~bookworm', 0],
  ['ENV PKG_RELEASE=1~bookworm', 0],
  ['ENV DYNPKG_RELEASE=1~bookworm', 0],
  ['RUN /bin/sh -c set -x     && groupadd --system --gid 101 nginx     && useradd --system --gid nginx --no-create-home --home /nonexistent --comment "nginx user" --shell /bin/false --uid 101 nginx     && apt-get update … # buildkit', 117_192_477],
  ['COPY docker-entrypoint.sh / # buildkit', 1_620],
  ['COPY 10-listen-on-ipv6-by-default.sh /docker-entrypoint.d # buildkit', 2_125],
  ['COPY 15-local-resolvers.envsh /docker-entrypoint.d # buildkit', 389],
  ['COPY 20-envsubst-on-templates.sh /docker-entrypoint.d # buildkit', 3_018],
  ['COPY 30-tune-worker-processes.sh /docker-entrypoint.d # buildkit', 4_620],
  ['ENTRYPOINT ["/docker-entrypoint.sh"]', 0],
  ['EXPOSE map[80/tcp:{}]', 0],
  ['STOPSIGNAL SIGQUIT', 0],
  ['CMD ["nginx" "-g" "daemon off;"]', 0],
]

// The Ubuntu base was built by the legacy builder, the MariaDB steps by BuildKit.
// NOTE: the upstream `VOLUME /var/lib/mysql` is left out, like the volume it declares.
export const MARIADB_STEPS: Steps = [
  ['/bin/sh -c #(nop)  ARG RELEASE', 0],
  ['/bin/sh -c #(nop)  ARG LAUNCHPAD_BUILD_ARCH', 0],
  ['/bin/sh -c #(nop)  LABEL org.opencontainers.image.ref.name=ubuntu', 0],
  ['/bin/sh -c #(nop)  LABEL org.opencontainers.image.version=24.04', 0],
  ['/bin/sh -c #(nop) ADD file:ba8ae4e2e1c12f8e7d4ed1aa7c3e6c1fc0e1b4b2a7f4e0d1b8f7c0c2c8a61c58 in / ', 78_100_000],
  ['/bin/sh -c #(nop)  CMD ["/bin/bash"]', 0],
  ['RUN /bin/sh -c groupadd --gid 999 -r mysql && useradd -r -g mysql mysql --home-dir /var/lib/mysql --uid 999 # buildkit', 4_710],
  ['ENV GOSU_VERSION=1.17', 0],
  ['RUN /bin/sh -c set -eux;  apt-get update;  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends   ca-certificates   gpg … # buildkit', 8_900_000],
  ['RUN /bin/sh -c mkdir /docker-entrypoint-initdb.d # buildkit', 0],
  ['ENV LANG=C.UTF-8', 0],
  ['ARG MARIADB_VERSION=1:11.8.3+maria~ubu2404', 0],
  ['ENV MARIADB_VERSION=1:11.8.3+maria~ubu2404', 0],
  ['RUN |1 MARIADB_VERSION=1:11.8.3+maria~ubu2404 /bin/sh -c set -ex;  { echo "mariadb-server" mysql-server/root_password password …; apt-get install -y --no-install-recommends mariadb-server=$MARIADB_VERSION … # buildkit', 249_780_000],
  ['COPY healthcheck.sh /usr/local/bin/healthcheck.sh # buildkit', 18_757],
  ['COPY docker-entrypoint.sh /usr/local/bin/ # buildkit', 20_686],
  ['ENTRYPOINT ["docker-entrypoint.sh"]', 0],
  ['EXPOSE map[3306/tcp:{}]', 0],
  ['CMD ["mariadbd"]', 0],
]

export const BUSYBOX_STEPS: Steps = [
  ['ADD busybox.tar.xz / # buildkit', 4_277_910],
  ['CMD ["sh"]', 0],
]

export const ALPINE_STEPS: Steps = [
  ['ADD alpine-minirootfs-3.22.2-x86_64.tar.gz / # buildkit', 8_314_848],
  ['CMD ["/bin/sh"]', 0],
]
