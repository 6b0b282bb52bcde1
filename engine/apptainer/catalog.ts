// Images the simulated registries serve to `apptainer pull`. Private entries
// need credentials for their registry; the sizes are those of the converted SIF.

export interface RemoteImage {
  /** Registry host and repository, e.g. `docker.io/sylabsio/lolcow`. */
  repository: string
  tag: string
  private: boolean
  /** SIF size in bytes after conversion. */
  sifSize: number
  /** Layer blob sizes in bytes, for progress bars and `cache list`. */
  layers: number[]
  /** The image's ENTRYPOINT and CMD, which become the runscript. */
  entrypoint: string[]
  cmd: string[]
  /** Programs the image contains beyond the shell basics, e.g. `python`. */
  software: string[]
  osRelease: string
  env: Record<string, string>
}

const ALPINE_OS = 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.22.2\nPRETTY_NAME="Alpine Linux v3.22"\nHOME_URL="https://alpinelinux.org/"\nBUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"\n'
const UBUNTU_OS = 'PRETTY_NAME="Ubuntu 16.04.7 LTS"\nNAME="Ubuntu"\nVERSION_ID="16.04"\nVERSION="16.04.7 LTS (Xenial Xerus)"\nID=ubuntu\nID_LIKE=debian\n'
const DEBIAN_OS = 'PRETTY_NAME="Debian GNU/Linux 10 (buster)"\nNAME="Debian GNU/Linux"\nVERSION_ID="10"\nVERSION="10 (buster)"\nID=debian\n'
const PATH_ENV = { PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' }

const image = (fields: Partial<RemoteImage> & Pick<RemoteImage, 'repository' | 'tag'>): RemoteImage => ({
  private: false,
  sifSize: 3_371_008,
  layers: [3_802_452],
  entrypoint: [],
  cmd: ['/bin/sh'],
  software: [],
  osRelease: ALPINE_OS,
  env: PATH_ENV,
  ...fields,
})

// NOTE: sizes are plausible values, except lolcow's 74993664 bytes from the Apptainer user docs.
export const REMOTE_IMAGES: RemoteImage[] = [
  image({ repository: 'docker.io/sylabsio/lolcow', tag: 'latest', sifSize: 74_993_664, layers: [46_509_288, 847, 162, 28_721_410], cmd: ['/bin/sh', '-c', 'date | cowsay | lolcat'], software: ['cowsay', 'lolcat', 'fortune'], osRelease: UBUNTU_OS }),
  image({ repository: 'docker.io/library/alpine', tag: 'latest' }),
  image({ repository: 'docker.io/library/ubuntu', tag: 'latest', sifSize: 29_360_128, layers: [29_724_688], cmd: ['/bin/bash'], osRelease: UBUNTU_OS }),
  image({ repository: 'quay.io/bitnami/python', tag: '3.7', sifSize: 219_435_008, layers: [27_145_793, 6_041_214, 52_111_843, 158_907_214], cmd: ['python'], software: ['python'], osRelease: DEBIAN_OS }),
  image({ repository: 'nvcr.io/nvidia/pytorch', tag: '21.09-py3', sifSize: 6_082_375_680, layers: [28_567_139, 1_048_576_000, 2_684_354_560, 2_147_483_648], cmd: ['/bin/bash'], software: ['python', 'nvidia-smi'], osRelease: UBUNTU_OS }),
  image({ repository: 'ghcr.io/containerd/alpine', tag: 'latest' }),
  image({ repository: 'docker.io/myuser/private-app', tag: 'latest', private: true, cmd: ['/bin/sh', '-c', 'echo "Hello from a private image"'] }),
  image({ repository: 'quay.io/myuser/private-app', tag: 'latest', private: true, cmd: ['/bin/sh', '-c', 'echo "Hello from a private image"'] }),
  image({ repository: 'ghcr.io/myuser/private-app', tag: 'latest', private: true, cmd: ['/bin/sh', '-c', 'echo "Hello from a private image"'] }),
  image({ repository: 'nvcr.io/nvidia/private-app', tag: 'latest', private: true, cmd: ['/bin/sh', '-c', 'echo "Hello from a private image"'] }),
  image({ repository: '123456789012.dkr.ecr.eu-south-1.amazonaws.com/my-app', tag: 'latest', private: true, cmd: ['/bin/sh', '-c', 'echo "Hello from ECR"'] }),
  image({ repository: 'myregistry.azurecr.io/my-app', tag: 'latest', private: true, cmd: ['/bin/sh', '-c', 'echo "Hello from ACR"'] }),
]

export interface ImageReference {
  /** Registry host as credentials are keyed: `docker.io`, `quay.io`, … */
  registry: string
  /** Repository path without the registry. */
  path: string
  tag: string
}

/** Parses the part after `docker://` the way Docker does: a bare name is `docker.io/library/NAME`. */
export function parseReference(text: string): ImageReference {
  const [namePart, tag] = splitTag(text)
  const parts = namePart.split('/')
  const hasRegistry = parts.length > 1 && (parts[0]!.includes('.') || parts[0]!.includes(':') || parts[0] === 'localhost')
  const registry = hasRegistry ? parts[0]! : 'docker.io'
  const rest = hasRegistry ? parts.slice(1) : parts
  const path = registry === 'docker.io' && rest.length === 1 ? `library/${rest[0]}` : rest.join('/')
  return { registry: registry === 'index.docker.io' ? 'docker.io' : registry, path, tag }
}

function splitTag(text: string): [string, string] {
  const slash = text.lastIndexOf('/')
  const colon = text.lastIndexOf(':')
  if (colon > slash) return [text.slice(0, colon), text.slice(colon + 1)]
  return [text, 'latest']
}

export function findImage(reference: ImageReference): RemoteImage | undefined {
  return REMOTE_IMAGES.find((item) => item.repository === `${reference.registry}/${reference.path}` && item.tag === reference.tag)
}

/** Default SIF name: last path component and tag, `lolcow_latest.sif`. */
export function defaultSifName(uri: string): string {
  const withoutScheme = uri.replace(/^[a-z]+:\/\//, '')
  const last = withoutScheme.split('/').pop() ?? withoutScheme
  const [name, tag] = last.includes(':') ? [last.slice(0, last.indexOf(':')), last.slice(last.indexOf(':') + 1)] : [last, 'latest']
  return `${name}_${tag}.sif`
}
