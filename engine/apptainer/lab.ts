// State of the Apptainer side of the host: cache, credentials, artifacts
// pushed with oras:// and the token that `aws ecr get-login-password` prints.

import type { HostSystem } from '../host/system'
import { findImage, parseReference, type ImageReference, type RemoteImage } from './catalog'
import { CredentialStore, type Credential } from './credentials'
import { SifCache, type SifMeta } from './sif'

export const APPTAINER_VERSION = '1.4.5'

export class ApptainerLab {
  readonly cache: SifCache
  readonly credentials: CredentialStore
  /** SIF files pushed with `apptainer push … oras://`, by `registry/path:tag`. */
  readonly artifacts = new Map<string, SifMeta>()
  /** The current ECR password; a new `aws ecr get-login-password` replaces it (tokens last 12 hours). */
  awsToken = ''

  constructor(readonly system: HostSystem) {
    this.cache = new SifCache(system)
    this.credentials = new CredentialStore(system)
  }

  /** Checks credentials the way each registry's documented login does (`$oauthtoken` on nvcr.io, `AWS` plus the current token on ECR). */
  acceptsCredential(registry: string, credential: Credential): boolean {
    if (credential.password === '') return false
    if (registry === 'nvcr.io') return credential.username === '$oauthtoken'
    if (registry.endsWith('.amazonaws.com')) return credential.username === 'AWS' && credential.password === this.awsToken && this.awsToken !== ''
    return credential.username !== ''
  }

  /** Looks up an image for a pull, or returns the registry's error as go-containerregistry prints it. */
  resolve(reference: ImageReference, credential: Credential | undefined): RemoteImage | string {
    const apiHost = reference.registry === 'docker.io' ? 'index.docker.io' : reference.registry
    const url = `GET https://${apiHost}/v2/${reference.path}/manifests/${reference.tag}`
    const unauthorized = `${url}: UNAUTHORIZED: authentication required; [map[Action:pull Class: Name:${reference.path} Type:repository]]`
    if (credential && !this.acceptsCredential(reference.registry, credential)) return unauthorized

    const image = findImage(reference)
    if (!image) return reference.registry === 'docker.io' ? unauthorized : `${url}: MANIFEST_UNKNOWN: manifest unknown; map[Tag:${reference.tag}]`
    if (image.private && !credential) return unauthorized
    return image
  }

  parse(text: string): ImageReference {
    return parseReference(text)
  }
}
