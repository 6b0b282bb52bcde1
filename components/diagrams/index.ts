// Diagrams available in lessons without an import; one export line each.
export {}
export { DockerDesktopVm } from './DockerDesktopVm'
export { DockerSocketAccess } from './DockerSocketAccess'
export { TlsCertificates } from './TlsCertificates'
export { DockerVsApptainer } from './DockerVsApptainer'
export { MultiStageBuild } from './MultiStageBuild'
export { LayerCache } from './LayerCache'
export { HealthStateMachine } from './HealthStateMachine'
export { HealthTimeline } from './HealthTimeline'
export { ReadOnlyFilesystem } from './ReadOnlyFilesystem'
