// Public surface of the image builder: `docker build`, `docker history` and
// the build-time programs RUN instructions call.

export { buildCommand, BUILD_FLAGS } from './command'
export { historyCommand } from './history'
export { installBuildPrograms } from './programs'
export { runBuild, type BuildOutcome, type BuildRequest } from './builder'
export { isIgnored, parseDockerignore } from './dockerignore'
