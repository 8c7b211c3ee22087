/**
 * A ```hatrack block as real generators write it into a page, for the fence upgrader's browser
 * test. The MkDocs samples are Pygments 2.20's own output with the options pymdownx.highlight
 * gives it (Material's recommended `anchor_linenums` and `line_spans: __span`, and
 * `extend_pygments_lang` naming `hatrack` YAML, which makes the wrapper `language-hatrack`).
 * The others follow the generators' renderers: Docusaurus 3's CodeBlock (Prism knows no
 * `hatrack`, so each line is one plain token ended by a `<br>`), Expressive Code in Starlight (a
 * `<div>` per line, an empty line holding a lone line break, the line-numbers plugin's gutter,
 * the page's code styles in the first block), VitePress 1.6 (Shiki's line spans, the
 * line-number column beside the `<pre>`) and pymdownx.superfences' custom fence.
 */

/** The scenario every sample holds, as its author wrote it in the Markdown. */
export const SCENARIO = `# hatrack: view=table alt="Omkar asks STS who he is"
hatrack: 1
title: Fenced <in> a generator

accounts:
  main: { id: '123456789012' }
users:
  omkar: { account: main }
steps:
  - as: omkar
    getCallerIdentity: {}
`

/** The title the player reports once it loaded the scenario. */
export const SCENARIO_TITLE = 'Fenced <in> a generator'

/** One generator's markup for the block, and the text the player must get from it. */
export interface GeneratedBlock {
  readonly name: string
  readonly html: string
  /** The block's text: the scenario, with the trailing line break the generator keeps or drops. */
  readonly text: string
}

/** Text as HTML: the escaping every generator applies to code. */
function escape(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
}

const LINES = SCENARIO.trimEnd().split('\n')

/** MkDocs Material, `linenums: true`: a table, line numbers in a `<pre>` of their own. */
const mkdocsTable = `<div class="language-hatrack highlight"><table class="highlighttable"><tr><td class="linenos"><div class="linenodiv"><pre><span></span><span class="normal"><a href="#__codelineno-0-1"> 1</a></span>
<span class="normal"><a href="#__codelineno-0-2"> 2</a></span>
<span class="normal"><a href="#__codelineno-0-3"> 3</a></span>
<span class="normal"><a href="#__codelineno-0-4"> 4</a></span>
<span class="normal"><a href="#__codelineno-0-5"> 5</a></span>
<span class="normal"><a href="#__codelineno-0-6"> 6</a></span>
<span class="normal"><a href="#__codelineno-0-7"> 7</a></span>
<span class="normal"><a href="#__codelineno-0-8"> 8</a></span>
<span class="normal"><a href="#__codelineno-0-9"> 9</a></span>
<span class="normal"><a href="#__codelineno-0-10">10</a></span>
<span class="normal"><a href="#__codelineno-0-11">11</a></span></pre></div></td><td class="code"><div><pre><span></span><code><span id="__span-0-1"><a id="__codelineno-0-1" name="__codelineno-0-1"></a><span class="c1"># hatrack: view=table alt=&quot;Omkar asks STS who he is&quot;</span>
</span><span id="__span-0-2"><a id="__codelineno-0-2" name="__codelineno-0-2"></a><span class="nt">hatrack</span><span class="p">:</span><span class="w"> </span><span class="l l-Scalar l-Scalar-Plain">1</span>
</span><span id="__span-0-3"><a id="__codelineno-0-3" name="__codelineno-0-3"></a><span class="nt">title</span><span class="p">:</span><span class="w"> </span><span class="l l-Scalar l-Scalar-Plain">Fenced &lt;in&gt; a generator</span>
</span><span id="__span-0-4"><a id="__codelineno-0-4" name="__codelineno-0-4"></a>
</span><span id="__span-0-5"><a id="__codelineno-0-5" name="__codelineno-0-5"></a><span class="nt">accounts</span><span class="p">:</span>
</span><span id="__span-0-6"><a id="__codelineno-0-6" name="__codelineno-0-6"></a><span class="w">  </span><span class="nt">main</span><span class="p">:</span><span class="w"> </span><span class="p p-Indicator">{</span><span class="nt"> id</span><span class="p">:</span><span class="w"> </span><span class="s">&#39;123456789012&#39;</span><span class="w"> </span><span class="p p-Indicator">}</span>
</span><span id="__span-0-7"><a id="__codelineno-0-7" name="__codelineno-0-7"></a><span class="nt">users</span><span class="p">:</span>
</span><span id="__span-0-8"><a id="__codelineno-0-8" name="__codelineno-0-8"></a><span class="w">  </span><span class="nt">omkar</span><span class="p">:</span><span class="w"> </span><span class="p p-Indicator">{</span><span class="nt"> account</span><span class="p">:</span><span class="w"> </span><span class="nv">main</span><span class="w"> </span><span class="p p-Indicator">}</span>
</span><span id="__span-0-9"><a id="__codelineno-0-9" name="__codelineno-0-9"></a><span class="nt">steps</span><span class="p">:</span>
</span><span id="__span-0-10"><a id="__codelineno-0-10" name="__codelineno-0-10"></a><span class="w">  </span><span class="p p-Indicator">-</span><span class="w"> </span><span class="nt">as</span><span class="p">:</span><span class="w"> </span><span class="l l-Scalar l-Scalar-Plain">omkar</span>
</span><span id="__span-0-11"><a id="__codelineno-0-11" name="__codelineno-0-11"></a><span class="w">    </span><span class="nt">getCallerIdentity</span><span class="p">:</span><span class="w"> </span><span class="p p-Indicator">{}</span>
</span></code></pre></div></td></tr></table></div>`

/** MkDocs Material without line numbers. */
const mkdocsPlain = `<div class="language-hatrack highlight"><pre><span></span><code><span id="__span-1-1"><a id="__codelineno-1-1" name="__codelineno-1-1" href="#__codelineno-1-1"></a><span class="c1"># hatrack: view=table alt=&quot;Omkar asks STS who he is&quot;</span>
</span><span id="__span-1-2"><a id="__codelineno-1-2" name="__codelineno-1-2" href="#__codelineno-1-2"></a><span class="nt">hatrack</span><span class="p">:</span><span class="w"> </span><span class="l l-Scalar l-Scalar-Plain">1</span>
</span><span id="__span-1-3"><a id="__codelineno-1-3" name="__codelineno-1-3" href="#__codelineno-1-3"></a><span class="nt">title</span><span class="p">:</span><span class="w"> </span><span class="l l-Scalar l-Scalar-Plain">Fenced &lt;in&gt; a generator</span>
</span><span id="__span-1-4"><a id="__codelineno-1-4" name="__codelineno-1-4" href="#__codelineno-1-4"></a>
</span><span id="__span-1-5"><a id="__codelineno-1-5" name="__codelineno-1-5" href="#__codelineno-1-5"></a><span class="nt">accounts</span><span class="p">:</span>
</span><span id="__span-1-6"><a id="__codelineno-1-6" name="__codelineno-1-6" href="#__codelineno-1-6"></a><span class="w">  </span><span class="nt">main</span><span class="p">:</span><span class="w"> </span><span class="p p-Indicator">{</span><span class="nt"> id</span><span class="p">:</span><span class="w"> </span><span class="s">&#39;123456789012&#39;</span><span class="w"> </span><span class="p p-Indicator">}</span>
</span><span id="__span-1-7"><a id="__codelineno-1-7" name="__codelineno-1-7" href="#__codelineno-1-7"></a><span class="nt">users</span><span class="p">:</span>
</span><span id="__span-1-8"><a id="__codelineno-1-8" name="__codelineno-1-8" href="#__codelineno-1-8"></a><span class="w">  </span><span class="nt">omkar</span><span class="p">:</span><span class="w"> </span><span class="p p-Indicator">{</span><span class="nt"> account</span><span class="p">:</span><span class="w"> </span><span class="nv">main</span><span class="w"> </span><span class="p p-Indicator">}</span>
</span><span id="__span-1-9"><a id="__codelineno-1-9" name="__codelineno-1-9" href="#__codelineno-1-9"></a><span class="nt">steps</span><span class="p">:</span>
</span><span id="__span-1-10"><a id="__codelineno-1-10" name="__codelineno-1-10" href="#__codelineno-1-10"></a><span class="w">  </span><span class="p p-Indicator">-</span><span class="w"> </span><span class="nt">as</span><span class="p">:</span><span class="w"> </span><span class="l l-Scalar l-Scalar-Plain">omkar</span>
</span><span id="__span-1-11"><a id="__codelineno-1-11" name="__codelineno-1-11" href="#__codelineno-1-11"></a><span class="w">    </span><span class="nt">getCallerIdentity</span><span class="p">:</span><span class="w"> </span><span class="p p-Indicator">{}</span>
</span></code></pre></div>`

/** MkDocs Material, `linenums_style: inline`: each number a span inside the code. */
const mkdocsInline = `<div class="language-hatrack highlight"><pre><span></span><code><span id="__span-2-1"><a id="__codelineno-2-1" name="__codelineno-2-1"></a><span class="linenos"> 1</span><span class="c1"># hatrack: view=table alt=&quot;Omkar asks STS who he is&quot;</span>
</span><span id="__span-2-2"><a id="__codelineno-2-2" name="__codelineno-2-2"></a><span class="linenos"> 2</span><span class="nt">hatrack</span><span class="p">:</span><span class="w"> </span><span class="l l-Scalar l-Scalar-Plain">1</span>
</span><span id="__span-2-3"><a id="__codelineno-2-3" name="__codelineno-2-3"></a><span class="linenos"> 3</span><span class="nt">title</span><span class="p">:</span><span class="w"> </span><span class="l l-Scalar l-Scalar-Plain">Fenced &lt;in&gt; a generator</span>
</span><span id="__span-2-4"><a id="__codelineno-2-4" name="__codelineno-2-4"></a><span class="linenos"> 4</span>
</span><span id="__span-2-5"><a id="__codelineno-2-5" name="__codelineno-2-5"></a><span class="linenos"> 5</span><span class="nt">accounts</span><span class="p">:</span>
</span><span id="__span-2-6"><a id="__codelineno-2-6" name="__codelineno-2-6"></a><span class="linenos"> 6</span><span class="w">  </span><span class="nt">main</span><span class="p">:</span><span class="w"> </span><span class="p p-Indicator">{</span><span class="nt"> id</span><span class="p">:</span><span class="w"> </span><span class="s">&#39;123456789012&#39;</span><span class="w"> </span><span class="p p-Indicator">}</span>
</span><span id="__span-2-7"><a id="__codelineno-2-7" name="__codelineno-2-7"></a><span class="linenos"> 7</span><span class="nt">users</span><span class="p">:</span>
</span><span id="__span-2-8"><a id="__codelineno-2-8" name="__codelineno-2-8"></a><span class="linenos"> 8</span><span class="w">  </span><span class="nt">omkar</span><span class="p">:</span><span class="w"> </span><span class="p p-Indicator">{</span><span class="nt"> account</span><span class="p">:</span><span class="w"> </span><span class="nv">main</span><span class="w"> </span><span class="p p-Indicator">}</span>
</span><span id="__span-2-9"><a id="__codelineno-2-9" name="__codelineno-2-9"></a><span class="linenos"> 9</span><span class="nt">steps</span><span class="p">:</span>
</span><span id="__span-2-10"><a id="__codelineno-2-10" name="__codelineno-2-10"></a><span class="linenos">10</span><span class="w">  </span><span class="p p-Indicator">-</span><span class="w"> </span><span class="nt">as</span><span class="p">:</span><span class="w"> </span><span class="l l-Scalar l-Scalar-Plain">omkar</span>
</span><span id="__span-2-11"><a id="__codelineno-2-11" name="__codelineno-2-11"></a><span class="linenos">11</span><span class="w">    </span><span class="nt">getCallerIdentity</span><span class="p">:</span><span class="w"> </span><span class="p p-Indicator">{}</span>
</span></code></pre></div>`

/** The same table once Material's script has given the code its copy button. */
const mkdocsTableMaterial = mkdocsTable.replace(
  '<div><pre><span></span><code>',
  '<div><pre id="__code_0"><span></span><button class="md-clipboard md-icon" title="Copy to clipboard" data-clipboard-target="#__code_0 > code"></button><code>',
)

/** pymdownx.superfences' custom fence with `fence_code_format`: no highlighting at all. */
const mkdocsCustomFence = `<pre class="language-hatrack"><code>${escape(SCENARIO.trimEnd())}</code></pre>`

/** Docusaurus 3: a line per span, each ended by `<br>`, an empty line's token empty. */
function docusaurus(lineNumbers: boolean): string {
  const lines = LINES.map((line) => {
    const token =
      line === ''
        ? '<span class="token plain" style="display:inline-block"></span>'
        : `<span class="token plain">${escape(line)}</span>`
    return lineNumbers
      ? `<span class="token-line codeLine_lJS_" style="color:#393A34"><span class="codeLineNumber_Tfdd"></span><span class="codeLineContent_feaV">${token}</span><br></span>`
      : `<span class="token-line" style="color:#393A34">${token}<br></span>`
  }).join('')
  const codeClass = lineNumbers
    ? 'codeBlockLines_e6Vv codeBlockLinesWithNumbering_o6Pm'
    : 'codeBlockLines_e6Vv'
  return `<div class="language-hatrack codeBlockContainer_Ckt0 theme-code-block" style="--prism-color:#393A34;--prism-background-color:#f6f8fa"><div class="codeBlockContent_QJqH"><pre tabindex="0" class="prism-code language-hatrack codeBlock_bY9V thin-scrollbar" style="color:#393A34;background-color:#f6f8fa"><code class="${codeClass}">${lines}</code></pre><div class="buttonGroup_M5ko"><button type="button" aria-label="Copy code to clipboard" title="Copy" class="clean-btn"><span class="copyButtonIcons_IEyt" aria-hidden="true"><svg viewBox="0 0 24 24" class="copyButtonIcon_TrPX"><path fill="currentColor" d="M19,21H8V7H19M19,5H8A2,2 0 0,0 6,7V21A2,2 0 0,0 8,23H19A2,2 0 0,0 21,21V7A2,2 0 0,0 19,5M16,1H4A2,2 0 0,0 2,3V17H4V3H16V1Z"></path></svg><svg viewBox="0 0 24 24" class="copyButtonSuccessIcon_LjdS"><path fill="currentColor" d="M21,7L9,19L3.5,13.5L4.91,12.09L9,16.17L19.59,5.59L21,7Z"></path></svg></span></button></div></div></div>`
}

/**
 * Starlight's Expressive Code: `div.ec-line` per line, no line break between them, leading
 * spaces in an indent span, an empty line holding `\n`; with the line-numbers plugin, a gutter.
 * The first block of a page also carries the page's code styles.
 */
function starlight(lineNumbers: boolean): string {
  const lines = LINES.map((line, i) => {
    const gutter = lineNumbers
      ? `<div class="gutter"><div class="ln" aria-hidden="true">${i + 1}</div></div>`
      : ''
    const [, indent = '', rest = ''] = /^( *)(.*)$/.exec(line) ?? []
    const code =
      line === ''
        ? '\n'
        : (indent === '' ? '' : `<span class="indent">${indent}</span>`) +
          `<span style="--0:#d6deeb;--1:#403f53">${escape(rest)}</span>`
    return `<div class="ec-line">${gutter}<div class="code">${code}</div></div>`
  }).join('')
  const copy = escape(SCENARIO.trimEnd()).replaceAll('\n', '\u007f')
  return `<div class="expressive-code"><style>.expressive-code .ec-line{display:grid}</style><figure class="frame not-content"><figcaption class="header"></figcaption><pre data-language="hatrack"><code>${lines}</code></pre><div class="copy"><div aria-live="polite"></div><button title="Copy to clipboard" data-copied="Copied!" data-code="${copy}"><div></div></button></div></figure></div>`
}

/** VitePress with `lineNumbers: true`: the numbers in a column beside the `<pre>`. */
const vitepress = `<div class="language-hatrack vp-adaptive-theme line-numbers-mode"><button title="Copy Code" class="copy"></button><span class="lang">hatrack</span><pre class="shiki shiki-themes github-light github-dark vp-code" tabindex="0"><code>${LINES.map(
  (line) =>
    line === ''
      ? '<span class="line"></span>'
      : `<span class="line"><span style="--shiki-light:#24292e;--shiki-dark:#e1e4e8">${escape(line)}</span></span>`,
).join('\n')}</code></pre><div class="line-numbers-wrapper" aria-hidden="true">${LINES.map(
  (_, i) => `<span class="line-number">${i + 1}</span><br>`,
).join('')}</div></div>`

/** Every sample, with the text its player must play. */
export const GENERATED_BLOCKS: readonly GeneratedBlock[] = [
  { name: 'MkDocs Material, line numbers in a table', html: mkdocsTable, text: SCENARIO },
  { name: 'MkDocs Material, after its script ran', html: mkdocsTableMaterial, text: SCENARIO },
  { name: 'MkDocs Material, no line numbers', html: mkdocsPlain, text: SCENARIO },
  { name: 'MkDocs Material, inline line numbers', html: mkdocsInline, text: SCENARIO },
  { name: 'MkDocs, SuperFences custom fence', html: mkdocsCustomFence, text: LINES.join('\n') },
  { name: 'Docusaurus', html: docusaurus(false), text: SCENARIO },
  { name: 'Docusaurus, showLineNumbers', html: docusaurus(true), text: SCENARIO },
  { name: 'Starlight', html: starlight(false), text: LINES.join('\n') },
  { name: 'Starlight, line numbers', html: starlight(true), text: LINES.join('\n') },
  { name: 'VitePress, line numbers', html: vitepress, text: LINES.join('\n') },
]

/** The Pygments table again, for a language the upgrader must leave alone. */
export const YAML_TABLE = mkdocsTable.replace('language-hatrack', 'language-yaml')
