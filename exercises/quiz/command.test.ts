import { describe, expect, it } from 'vitest'
import { gradeCommand, normalizeImage } from './command'
import { QUESTION_BANK } from './index'
import { commandQuestionSchema, type CommandQuestion } from './schema'

const nginxQuestion: CommandQuestion = commandQuestionSchema.parse({
  id: 'test-nginx',
  type: 'command',
  lesson: 'health-check',
  section: 'esempio-health-check-per-nginx',
  deck: 'Esempio: Health Check per Nginx',
  prompt: 'Avvia nginx con health check.',
  expected: "docker run --name web --detach --health-cmd='curl --fail http://localhost:80 || exit 1' --health-interval=10s --health-retries=3 nginx",
  explanation: 'Spiegazione di prova.',
})

const grade = (line: string) => gradeCommand(nginxQuestion, line)

describe('gradeCommand', () => {
  it.each([
    ['the reference itself', nginxQuestion.expected],
    ['another flag order', "docker run --health-retries 3 -d --health-interval 10s --name web --health-cmd 'curl --fail http://localhost:80 || exit 1' nginx"],
    ['--flag value form', 'docker run --name=web -d --health-cmd "curl --fail http://localhost:80 || exit 1" --health-interval 10s --health-retries=3 nginx'],
    ['the container alias', "docker container run --name web -d --health-cmd='curl --fail http://localhost:80 || exit 1' --health-interval=10s --health-retries=3 nginx:latest"],
    ['an equal duration', "docker run --name web -d --health-cmd='curl --fail http://localhost:80 || exit 1' --health-interval=10000ms --health-retries=3 docker.io/library/nginx"],
  ])('accepts %s', (_case, line) => {
    expect(grade(line)).toEqual({ correct: true, problems: [] })
  })

  it('reports a missing flag', () => {
    expect(grade("docker run --name web -d --health-cmd='curl --fail http://localhost:80 || exit 1' --health-retries=3 nginx").problems).toEqual([
      "Manca l'opzione --health-interval=10s.",
    ])
  })

  it('reports a different value', () => {
    expect(grade("docker run --name web -d --health-cmd='curl --fail http://localhost:80 || exit 1' --health-interval=10s --health-retries=5 nginx").problems).toEqual([
      '--health-retries vale 5, atteso 3.',
    ])
  })

  it('reports a different duration in Go notation', () => {
    expect(grade("docker run --name web -d --health-cmd='curl --fail http://localhost:80 || exit 1' --health-interval=1m30s --health-retries=3 nginx").problems).toEqual([
      '--health-interval vale 1m30s, atteso 10s.',
    ])
  })

  it('reports an extra flag', () => {
    expect(grade("docker run --privileged --name web -d --health-cmd='curl --fail http://localhost:80 || exit 1' --health-interval=10s --health-retries=3 nginx").problems).toEqual([
      "L'opzione --privileged non è richiesta.",
    ])
  })

  it('names a single-dash long flag', () => {
    const result = grade("docker run --name web -d --health-cmd='curl --fail http://localhost:80 || exit 1' -health-interval=10s --health-retries=3 nginx")

    expect(result.problems).toEqual([
      '«-health-interval» ha un solo trattino e Docker lo leggerebbe come opzioni brevi: scrivi «--health-interval».',
    ])
  })

  it('reports a flag docker rejects', () => {
    const result = grade("docker run --name web -d --health-cmd='curl --fail http://localhost:80 || exit 1' --health-intervall=10s --health-retries=3 nginx")

    expect(result.problems).toEqual(['Docker rifiuterebbe il comando: unknown flag: --health-intervall'])
  })

  it('reports a different image', () => {
    expect(grade("docker run --name web -d --health-cmd='curl --fail http://localhost:80 || exit 1' --health-interval=10s --health-retries=3 httpd").problems).toEqual([
      "L'immagine è «httpd», attesa «nginx».",
    ])
  })

  it('reports flags written after the image', () => {
    const result = grade("docker run --name web -d nginx --health-cmd='curl --fail http://localhost:80 || exit 1' --health-interval=10s --health-retries=3")

    expect(result.correct).toBe(false)
    expect(result.problems).toContain("Manca l'opzione --health-interval=10s.")
    expect(result.problems.at(-1)).toMatch(/^Dopo l'immagine non serve un comando/)
  })

  it('rejects a different subcommand', () => {
    expect(grade('docker ps').problems).toEqual(['Il comando è «docker ps», atteso «docker run».'])
  })

  it('rejects an unknown program', () => {
    expect(grade('podman run nginx').problems).toEqual(['Comando non riconosciuto: «podman run».'])
  })

  it('rejects two commands', () => {
    expect(grade('docker run nginx; docker ps').problems).toEqual(['Scrivi un solo comando, senza «;», «&&» o pipe.'])
  })

  it('rejects an unterminated quote', () => {
    expect(grade("docker run --health-cmd='curl nginx").problems[0]).toMatch(/^La shell non accetterebbe la riga: /)
  })
})

describe('normalizeImage', () => {
  it.each([
    ['nginx', 'nginx:latest'],
    ['nginx:1.27', 'nginx:1.27'],
    ['docker.io/library/nginx', 'nginx:latest'],
    ['localhost:5000/app', 'localhost:5000/app:latest'],
    ['ghcr.io/org/app@sha256:abc', 'ghcr.io/org/app@sha256:abc'],
  ])('normalizes %s', (reference, expected) => {
    expect(normalizeImage(reference)).toBe(expected)
  })
})

describe('command questions in the bank', () => {
  const commandQuestions = QUESTION_BANK.filter((question) => question.type === 'command')

  it.each(commandQuestions.map((question) => [question.id, question] as const))('%s accepts its own reference', (_id, question) => {
    expect(gradeCommand(question, question.expected)).toEqual({ correct: true, problems: [] })
  })
})
