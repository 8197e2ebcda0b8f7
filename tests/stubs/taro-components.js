// Jest stand-in for @tarojs/components: each component renders a plain DOM element.
// Taro's onClick and the mini-program's onTap both become DOM onClick.
const React = require('react')

const TAGS = { Button: 'button', Text: 'span', Input: 'input', Textarea: 'textarea', Image: 'img', Label: 'label', Form: 'form' }
const PASS = ['className', 'style', 'id', 'children', 'disabled', 'value', 'placeholder', 'src', 'type']

// Taro (and taro-ui) allow style as a CSS string; React DOM wants an object.
function styleObject(style) {
  if (typeof style !== 'string') return style
  const out = {}
  for (const decl of style.split(';')) {
    const i = decl.indexOf(':')
    if (i > 0) out[decl.slice(0, i).trim().replace(/-([a-z])/g, (_, c) => c.toUpperCase())] = decl.slice(i + 1).trim()
  }
  return out
}

function make(name) {
  const tag = TAGS[name] || 'div'
  const C = React.forwardRef(function TaroStub(props, ref) {
    const out = { ref, 'data-taro': name }
    for (const k of PASS) if (props[k] !== undefined) out[k] = props[k]
    if (out.style !== undefined) out.style = styleObject(out.style)
    for (const k of Object.keys(props)) if (k.startsWith('data-') || k.startsWith('aria-')) out[k] = props[k]
    const tap = props.onClick || props.onTap
    if (tap) out.onClick = tap
    if (props.onInput || props.onChange) {
      const h = props.onInput || props.onChange
      out.onChange = (e) => h({ ...e, detail: { value: e.target.value } })
    }
    if (tag === 'input' || tag === 'img') delete out.children
    return React.createElement(tag, out)
  })
  C.displayName = name
  return C
}

const cache = {}
module.exports = new Proxy(
  { __esModule: true },
  {
    get(target, key) {
      if (key in target) return target[key]
      if (typeof key !== 'string' || !/^[A-Z]/.test(key)) return undefined
      return (cache[key] = cache[key] || make(key))
    },
  },
)
