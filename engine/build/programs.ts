// Adds the build-time programs to the container shell's program table, so
// that RUN instructions and `docker run` find them wherever the image has
// the binary (apt-get on Debian images, pip on python images, and so on).

import { PROGRAMS } from '../shell/programs'
import { FILE_PROGRAMS } from './programs-files'
import { PACKAGE_PROGRAMS } from './programs-packages'
import { RUNTIME_PROGRAMS } from './programs-runtimes'
import { USER_PROGRAMS } from './programs-users'

let installed = false

/**
 * Registers apt-get, pip, npm, go, useradd/groupadd, adduser/addgroup, chown,
 * chgrp, python and node, and replaces chmod with a version that accepts
 * symbolic modes and -R. Safe to call more than once.
 */
export function installBuildPrograms(): void {
  if (installed) return
  installed = true
  Object.assign(PROGRAMS, PACKAGE_PROGRAMS, USER_PROGRAMS, FILE_PROGRAMS, RUNTIME_PROGRAMS)
}
