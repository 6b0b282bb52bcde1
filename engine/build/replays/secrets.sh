# A token passed with ARG stays in the image history; a secret mount does
# not. Replay with:
#   npm run --silent sim -- --script engine/build/replays/secrets.sh
mkdir -p segreti && cd segreti
echo '//registry.npmjs.org/:_authToken=s3cr3t' > npmrc
echo '{"dependencies":{"express":"^4.21.0"}}' > package.json
echo '{}' > package-lock.json
echo 'FROM node:22-bookworm-slim' > Dockerfile
echo 'ARG NPM_TOKEN' >> Dockerfile
echo 'WORKDIR /app' >> Dockerfile
echo 'COPY package.json package-lock.json ./' >> Dockerfile
echo 'RUN echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc && npm ci && rm .npmrc' >> Dockerfile
echo 'RUN --mount=type=secret,id=npmrc,target=/root/.npmrc npm ci' >> Dockerfile
docker build --build-arg NPM_TOKEN=tok-999 --secret id=npmrc,src=npmrc -t segreti .
docker history --no-trunc --format '{{.CreatedBy}}' segreti
docker run --rm segreti cat /root/.npmrc
