// sylabsio/lolcow on Docker Hub: Ubuntu 16.04 with fortune, cowsay and
// lolcat, whose command prints `date | cowsay | lolcat`. Its command, layer
// count and programs come from the Apptainer catalog entry of the same image.
// NOTE: sizes are estimates of the uncompressed layers (about three times
// the compressed blobs of the Apptainer entry); the date is plausible, not Docker Hub's.

import { REMOTE_IMAGES } from '../apptainer/catalog'
import { imageFromSpec, PATH_ENV } from './spec'
import { debianBase } from './trees'
import type { Image } from './types'

const UNCOMPRESSED_LAYER_BYTES = [134_800_000, 745, 7, 87_200_000]

/** Builds `sylabsio/lolcow:latest`. */
export function lolcowImage(): Image {
  const remote = REMOTE_IMAGES.find((image) => image.repository === 'docker.io/sylabsio/lolcow')!
  const [base, policy, systemd, packages] = UNCOMPRESSED_LAYER_BYTES as [number, number, number, number]

  return imageFromSpec({
    repository: 'sylabsio/lolcow',
    tag: remote.tag,
    created: '2021-03-08T20:43:12Z',
    config: {
      Env: [`PATH=/usr/games:${PATH_ENV.slice('PATH='.length)}`, 'LC_ALL=C'],
      Cmd: remote.cmd,
      Entrypoint: remote.entrypoint.length > 0 ? remote.entrypoint : null,
    },
    tree: (mtime) => [
      ...debianBase(mtime),
      { path: '/etc/os-release', content: remote.osRelease, mtime },
      { path: '/etc/debian_version', content: 'stretch/sid\n', mtime },
      ...remote.software.map((name) => ({ path: `/usr/games/${name}`, mode: 0o755, mtime })),
    ],
    steps: [
      ['/bin/sh -c #(nop) ADD file:5fc0b2a0e4c42ef3a8d5a1b0d5a6a5d3c2a7b5b3e1c5d8f9a0b4c6d2e8f1a3b7 in / ', base],
      ["/bin/sh -c set -xe \t\t&& echo '#!/bin/sh' > /usr/sbin/policy-rc.d … ", policy],
      ['/bin/sh -c mkdir -p /run/systemd && echo \'docker\' > /run/systemd/container', systemd],
      ['/bin/sh -c #(nop)  CMD ["/bin/bash"]', 0],
      ['/bin/sh -c apt-get update && apt-get install -y fortune cowsay lolcat', packages],
      ['/bin/sh -c #(nop)  ENV PATH=/usr/games:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 0],
      ['/bin/sh -c #(nop)  ENV LC_ALL=C', 0],
      [`/bin/sh -c #(nop)  CMD ${JSON.stringify(remote.cmd).replace(/,/g, ' ')}`, 0],
    ],
  })
}
