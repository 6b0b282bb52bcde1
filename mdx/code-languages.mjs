// Code fence languages a lesson may use. Shiki leaves an unknown language
// unhighlighted without any error, so the build rejects it instead.
export const CODE_LANGUAGES = ['bash', 'console', 'dockerfile', 'yaml', 'ini', 'json', 'text']
