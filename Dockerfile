# syntax=docker/dockerfile:1
# The course as a container image: Node builds the static export, then an
# unprivileged nginx serves it. Build and run:
#   docker build -t container-sicuri .
#   docker compose up        (compose.yaml sets the runtime hardening)

# NOTE: both base images are pinned by exact tag, not by digest, because the
# registry could not be reached where this file was written. Pin the digests with
# `docker buildx imagetools inspect IMAGE:TAG` and drop the CS008 pragmas.

# hadolint ignore=CS008
FROM node:20.20.2-bookworm-slim AS build
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1

# The lockfile alone first, so the dependency layer stays cached while only sources change.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

COPY . .
RUN npm run build

# hadolint ignore=CS008
FROM nginxinc/nginx-unprivileged:1.28.0-alpine-slim

# Everything stays owned by root: the nginx user can read the site and the
# configuration but cannot change them.
COPY deploy/nginx/nginx.conf /etc/nginx/nginx.conf
COPY deploy/nginx/default.conf /etc/nginx/conf.d/default.conf
COPY deploy/nginx/security-headers.conf /etc/nginx/security-headers.conf
COPY --from=build /app/deploy/nginx/generated/csp-hashes.conf /etc/nginx/csp-hashes.conf
COPY --from=build /app/out /usr/share/nginx/html

USER nginx
EXPOSE 8080

# BusyBox wget is part of the Alpine base; exec form, so no shell is needed.
HEALTHCHECK --interval=30s --timeout=3s --start-period=5s --retries=3 \
  CMD ["wget", "--quiet", "--spider", "http://127.0.0.1:8080/"]
