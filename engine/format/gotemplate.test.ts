import { describe, expect, it } from 'vitest'

import { goTime } from './gotime'
import { encodeGoJson, goStruct, renderTemplate, TemplateError } from './gotemplate'

const HEALTH_LOG = [
  { Start: goTime('2026-12-04T19:22:15.35444561Z'), End: goTime('2026-12-04T19:22:15.406855Z'), ExitCode: 0, Output: 'ok' },
  { Start: goTime('2026-12-04T19:22:45.433244388Z'), End: goTime('2026-12-04T19:22:45.5Z'), ExitCode: 0, Output: 'ok' },
  { Start: goTime('2026-12-04T19:23:15.509082484Z'), End: goTime('2026-12-04T19:23:15.6Z'), ExitCode: 1, Output: '403' },
]

const CONTAINER = {
  Name: '/nginx',
  RestartCount: 0,
  State: { Status: 'running', Running: true, Health: { Status: 'healthy', FailingStreak: 0, Log: HEALTH_LOG } },
  HostConfig: { NetworkMode: 'none', Memory: 67108864, NanoCpus: 500000000 },
  Config: {
    Healthcheck: { Test: ['CMD-SHELL', 'curl --fail http://localhost:80 || exit 1'], Interval: 5000000000 },
    Labels: { maintainer: 'NGINX <docker-maint@nginx.com>', 'com.example.tier': 'web' },
    Env: ['PATH=/usr/local/sbin:/usr/local/bin', 'NGINX_VERSION=1.22.1'],
  },
}

const NO_HEALTH = {
  Name: '/plain',
  State: { Status: 'running', Health: null },
  Config: { Healthcheck: null },
}

describe('renderTemplate output', () => {
  it.each([
    ['{{.Name}} {{.State.Status}} {{.State.Health.Status}} {{.RestartCount}} {{.HostConfig.NetworkMode}}', '/nginx running healthy 0 none'],
    ['{{.State.Health.FailingStreak}}', '0'],
    ['{{.HostConfig.Memory}} {{.HostConfig.NanoCpus}}', '67108864 500000000'],
    ['{{json .Config.Healthcheck}}', '{"Test":["CMD-SHELL","curl --fail http://localhost:80 || exit 1"],"Interval":5000000000}'],
    ['{{.Config.Healthcheck.Test}}', '[CMD-SHELL curl --fail http://localhost:80 || exit 1]'],
    ['{{.Config.Labels}}', 'map[com.example.tier:web maintainer:NGINX <docker-maint@nginx.com>]'],
    ['{{json .Config.Labels}}', '{"maintainer":"NGINX <docker-maint@nginx.com>","com.example.tier":"web"}'],
    ['{{index .Config.Labels "com.example.tier"}}', 'web'],
    ['{{index .Config.Env 1}}', 'NGINX_VERSION=1.22.1'],
    ['{{len .Config.Env}} {{len .Name}} {{len .Config.Labels}}', '2 6 2'],
    ['{{.Config.Missing}}', '<no value>'],
    ['{{.State.Status | upper}}', 'RUNNING'],
    ['{{.Name | printf "%q"}}', '"/nginx"'],
    ['{{printf "%s has %d restarts" .Name .RestartCount}}', '/nginx has 0 restarts'],
    ['{{printf "%-8s|%5.1f|%05d" "ab" 3.14159 42}}', 'ab      |  3.1|00042'],
    ['{{printf "%d" "x"}} {{printf "%s"}}', '%!d(string=x) %!s(MISSING)'],
    ['{{print "a" 1 2 "b"}}', 'a1 2b'],
    ['{{join .Config.Env ";"}}', 'PATH=/usr/local/sbin:/usr/local/bin;NGINX_VERSION=1.22.1'],
    ['{{index (split "a:b:c" ":") 2}}', 'c'],
    ['{{title "hello docker world"}} {{lower "ABC"}}', 'Hello Docker World abc'],
    ['[{{pad "x" 1 2}}] {{truncate "abcdef" 3}}', '[ x  ] abc'],
    ['{{true}} {{1.5}} {{0x1F}} {{-3}} {{"s"}} {{`raw`}} {{\'a\'}}', 'true 1.5 31 -3 s raw 97'],
  ])('%s', (template, expected) => {
    expect(renderTemplate(template, CONTAINER)).toBe(expected)
  })
})

describe('renderTemplate control structures', () => {
  it('prints health log starts as Go times', () => {
    const template = '{{range .State.Health.Log}}{{.ExitCode}} {{.Start}}{{println}}{{end}}'

    // docker inspect adds its own newline after this output.
    expect(renderTemplate(template, CONTAINER)).toBe(
      '0 2026-12-04 19:22:15.35444561 +0000 UTC\n' +
        '0 2026-12-04 19:22:45.433244388 +0000 UTC\n' +
        '1 2026-12-04 19:23:15.509082484 +0000 UTC\n',
    )
  })

  it('guards health fields with if', () => {
    const template =
      '{{.State.Status}} {{if .State.Health}}{{.State.Health.Status}} streak={{.State.Health.FailingStreak}} logs={{len .State.Health.Log}}{{end}}'

    expect(renderTemplate(template, CONTAINER)).toBe('running healthy streak=0 logs=3')
    expect(renderTemplate(template, NO_HEALTH)).toBe('running ')
  })

  it.each([
    ['{{range $i, $e := .Config.Env}}{{$i}}:{{$e}} {{end}}', '0:PATH=/usr/local/sbin:/usr/local/bin 1:NGINX_VERSION=1.22.1 '],
    ['{{range $k, $v := .Config.Labels}}{{$k}}={{$v}};{{end}}', 'com.example.tier=web;maintainer=NGINX <docker-maint@nginx.com>;'],
    ['{{range $v := .Config.Env}}{{$v}} {{end}}', 'PATH=/usr/local/sbin:/usr/local/bin NGINX_VERSION=1.22.1 '],
    ['{{range .Config.Nothing}}x{{else}}empty{{end}}', 'empty'],
    ['{{range .State.Health.Log}}{{if eq .ExitCode 1}}{{break}}{{end}}{{.Output}} {{end}}', 'ok ok '],
    ['{{range .State.Health.Log}}{{if eq .ExitCode 0}}{{continue}}{{end}}{{.Output}}{{end}}', '403'],
    ['{{range 3}}{{.}}{{end}}', '012'],
    ['{{if eq .State.Status "exited" "running"}}up{{else}}down{{end}}', 'up'],
    ['{{if and .State.Running (not .State.Paused)}}ok{{end}}', 'ok'],
    ['{{if or .State.Paused .State.Missing}}yes{{else if .State.Running}}running{{else}}no{{end}}', 'running'],
    ['{{if ne .RestartCount 0}}restarted{{else}}fresh{{end}}', 'fresh'],
    ['{{if lt .RestartCount 1}}lt{{end}} {{if ge .HostConfig.Memory 1}}ge{{end}}', 'lt ge'],
    ['{{with .State.Health}}{{.Status}}{{end}}', 'healthy'],
    ['{{with $h := .State.Health}}{{$h.FailingStreak}} {{$.Name}}{{end}}', '0 /nginx'],
    ['{{$name := .Name}}{{$name = "x"}}{{$name}}', 'x'],
    ['a  {{- .RestartCount -}}  b', 'a0b'],
    ['a {{/* comment */}} b', 'a  b'],
    ['a\n{{- /* comment */ -}}\nb', 'ab'],
  ])('%s', (template, expected) => {
    expect(renderTemplate(template, CONTAINER)).toBe(expected)
  })
})

describe('renderTemplate json', () => {
  it('encodes a starting health state', () => {
    const health = { Status: 'starting', FailingStreak: 0, Log: [] }

    expect(renderTemplate('{{json .}}', health)).toBe('{"Status":"starting","FailingStreak":0,"Log":[]}')
  })

  it('keeps HTML characters and escapes control characters', () => {
    const output = { Output: '\u0007mariadb-admin: <b>\n\r\t"q" & \\' }

    expect(renderTemplate('{{json .Output}}', output)).toBe('"\\u0007mariadb-admin: <b>\\n\\r\\t\\"q\\" & \\\\"')
  })

  it('prints nil values', () => {
    expect(renderTemplate('{{json .Config.Healthcheck}}', NO_HEALTH)).toBe('null')
    expect(renderTemplate('{{.Config.Healthcheck}}', NO_HEALTH)).toBe('<nil>')
  })

  it('encodes times as RFC 3339 text', () => {
    expect(renderTemplate('{{json (index .State.Health.Log 0).Start}}', CONTAINER)).toBe('"2026-12-04T19:22:15.35444561Z"')
  })
})

describe('renderTemplate errors', () => {
  it.each([
    ['{{.State.Health.Status}}', NO_HEALTH, 'template: :1:8: executing "" at <.State.Health.Status>: map has no entry for key "Health"'],
    ['{{.State.Health.Status}}', { State: {} }, 'template: :1:8: executing "" at <.State.Health.Status>: map has no entry for key "Health"'],
    ['{{.Name.First}}', CONTAINER, 'template: :1:7: executing "" at <.Name.First>: can\'t evaluate field First in type interface {}'],
    ['{{$n := .Name}}{{$n.First}}', CONTAINER, 'template: :1:19: executing "" at <$n.First>: can\'t evaluate field First in type string'],
    ['{{upper 3}}', CONTAINER, 'template: :1:8: executing "" at <3>: expected string; found 3'],
    ['{{truncate "abc" "x"}}', CONTAINER, 'template: :1:17: executing "" at <"x">: expected integer; found "x"'],
    ['{{upper nil}}', CONTAINER, 'template: :1:8: executing "" at <nil>: cannot assign nil to string'],
    ['{{len 3}}', CONTAINER, 'template: :1:2: executing "" at <len 3>: error calling len: len of type int'],
    ['{{index .Config.Env 5}}', CONTAINER, 'template: :1:2: executing "" at <index .Config.Env 5>: error calling index: index out of range: 5'],
    ['{{len}}', CONTAINER, 'template: :1:2: executing "" at <len>: wrong number of args for len: want 1 got 0'],
    ['{{upper .RestartCount}}', CONTAINER, 'template: :1:8: executing "" at <.RestartCount>: wrong type for value; expected string; got int'],
    ['{{if eq .Name 1}}{{end}}', CONTAINER, 'template: :1:5: executing "" at <eq .Name 1>: error calling eq: incompatible types for comparison'],
    ['line one\n  {{.Name.X}}', CONTAINER, 'template: :2:9: executing "" at <.Name.X>: can\'t evaluate field X in type interface {}'],
    ['{{.HostConfig.NetworkMode.Something.Else}}', CONTAINER, 'template: :1:13: executing "" at <.HostConfig.NetworkM...>: can\'t evaluate field Something in type interface {}'],
    ['{{"x" | .Name}}', CONTAINER, 'template: :1:8: executing "" at <.Name>: Name is not a method but has arguments'],
    ['{{nil}}', CONTAINER, 'template: :1:2: executing "" at <nil>: nil is not a command'],
    ['{{range .Name}}{{end}}', CONTAINER, 'template: :1:8: executing "" at <.Name>: range can\'t iterate over /nginx'],
  ])('%s fails', (template, data, message) => {
    expect(() => renderTemplate(template, data)).toThrow(TemplateError)
    expect(() => renderTemplate(template, data)).toThrow(message)
  })

  it('reports execution errors as exec phase', () => {
    const error = captureError(() => renderTemplate('{{.State.Health.Status}}', NO_HEALTH))

    expect(error.phase).toBe('exec')
  })

  it('fails on any missing key in error mode', () => {
    expect(() => renderTemplate('{{.Config.Missing}}', CONTAINER, { missingKey: 'error' })).toThrow(
      'template: :1:9: executing "" at <.Config.Missing>: map has no entry for key "Missing"',
    )
  })
})

describe('renderTemplate parse errors', () => {
  it.each([
    ['{{.State.Health.Status', 'template: :1: unclosed action'],
    ['{{.Name }', 'template: :1: unexpected "}" in operand'],
    ['{{.Name}', "template: :1: bad character U+007D '}'"],
    ['{{nosuch .Name}}', 'template: :1: function "nosuch" not defined'],
    ['{{if .Name}}x', 'template: :1: unexpected EOF'],
    ['{{end}}', 'template: :1: unexpected {{end}}'],
    ['{{else}}', 'template: :1: unexpected {{else}}'],
    ['{{$x}}', 'template: :1: undefined variable "$x"'],
    ['{{}}', 'template: :1: missing value for command'],
    ['{{if}}{{end}}', 'template: :1: missing value for if'],
    ['{{"abc}}', 'template: :1: unterminated quoted string'],
    ['{{.Name | "x"}}', 'template: :1: non executable command in pipeline stage 2'],
    ['{{break}}', 'template: :1: {{break}} outside {{range}}'],
    ['{{(.Name}}', 'template: :1: unclosed left paren'],
    ['{{.Name)}}', 'template: :1: unexpected right paren'],
    ['{{/* open', 'template: :1: unclosed comment'],
    ['{{3x}}', 'template: :1: bad number syntax: "3x"'],
    ['a\nb\n{{.Name', 'template: :3: unclosed action'],
  ])('%j fails', (template, message) => {
    const error = captureError(() => renderTemplate(template, CONTAINER))

    expect(error).toBeInstanceOf(TemplateError)
    expect(error.message).toBe(message)
    expect(error.phase).toBe('parse')
  })
})

function captureError(action: () => unknown): TemplateError {
  try {
    action()
  } catch (error) {
    return error as TemplateError
  }
  throw new Error('expected an error')
}

describe('encodeGoJson', () => {
  it('indents like docker inspect', () => {
    const container = {
      Id: 'a9026ba15864d12a22dffd0126b93ab883fd6de9d967bd4287c895893251c796',
      Args: ['nginx', '-g', 'daemon off;'],
      State: { Status: 'running', Running: true, Pid: 24890, Error: '' },
      Volumes: null,
      Labels: {},
    }

    expect(encodeGoJson([container], { indent: '    ' })).toBe(
      [
        '[',
        '    {',
        '        "Id": "a9026ba15864d12a22dffd0126b93ab883fd6de9d967bd4287c895893251c796",',
        '        "Args": [',
        '            "nginx",',
        '            "-g",',
        '            "daemon off;"',
        '        ],',
        '        "State": {',
        '            "Status": "running",',
        '            "Running": true,',
        '            "Pid": 24890,',
        '            "Error": ""',
        '        },',
        '        "Volumes": null,',
        '        "Labels": {}',
        '    }',
        ']',
      ].join('\n'),
    )
  })

  it('escapes HTML only when asked', () => {
    expect(encodeGoJson('<a href="x">&</a>', { escapeHtml: true })).toBe('"\\u003ca href=\\"x\\"\\u003e\\u0026\\u003c/a\\u003e"')
    expect(encodeGoJson('<a>')).toBe('"<a>"')
  })

  it('sorts Map keys and escapes line separators', () => {
    expect(encodeGoJson(new Map<string, unknown>([['b', 1], ['a', '\u2028']]))).toBe('{"a":"\\u2028","b":1}')
  })
})

describe('renderTemplate structs', () => {
  const plugins = goStruct('system.PluginsInfo', { Volume: ['local'], Network: ['bridge', 'host'], Authorization: [], Log: ['json-file'] })
  const info = goStruct('system.dockerInfo', { Driver: 'overlay2', Plugins: plugins, Labels: [] })

  it('prints fields in declaration order', () => {
    expect(renderTemplate('{{.Plugins}}', info)).toBe('{[local] [bridge host] [] [json-file]}')
  })

  it('rejects an unknown field with the struct type', () => {
    expect(() => renderTemplate('{{.Foo}}', info)).toThrow('template: :1:2: executing "" at <.Foo>: can\'t evaluate field Foo in type system.dockerInfo')
    expect(() => renderTemplate('{{.Plugins.Foo}}', info)).toThrow('template: :1:10: executing "" at <.Plugins.Foo>: can\'t evaluate field Foo in type system.PluginsInfo')
  })

  it('encodes JSON like a plain object', () => {
    expect(renderTemplate('{{json .Plugins}}', info)).toBe('{"Volume":["local"],"Network":["bridge","host"],"Authorization":[],"Log":["json-file"]}')
  })
})
