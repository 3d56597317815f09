var e=Object.create,t=Object.defineProperty,n=Object.getOwnPropertyDescriptor,r=Object.getOwnPropertyNames,i=Object.getPrototypeOf,a=Object.prototype.hasOwnProperty,o=(e,t,n)=>()=>{if(n)throw n[0];try{return e&&(t=e(e=0)),t}catch(e){throw n=[e],e}},s=(e,t)=>()=>(t||(e((t={exports:{}}).exports,t,t.exports),e=null),t.exports),c=(e,n)=>{let r={};for(var i in e)t(r,i,{get:e[i],enumerable:!0});return n||t(r,Symbol.toStringTag,{value:`Module`}),r},l=(e,i,o,s)=>{if(i&&typeof i==`object`||typeof i==`function`)for(var c=r(i),l=0,u=c.length,d;l<u;l++)d=c[l],!a.call(e,d)&&d!==o&&t(e,d,{get:(e=>i[e]).bind(null,d),enumerable:!(s=n(i,d))||s.enumerable});return e},u=(n,r,o)=>(o=n==null?{}:e(i(n)),l(r||!n||!n.__esModule||!a.call(n,`default`)?t(o,`default`,{value:n,enumerable:!0}):o,n)),d=e=>a.call(e,`module.exports`)?e[`module.exports`]:l(t({},`__esModule`,{value:!0}),e);(function(){let e=document.createElement(`link`).relList;if(e&&e.supports&&e.supports(`modulepreload`))return;for(let e of document.querySelectorAll(`link[rel="modulepreload"]`))n(e);new MutationObserver(e=>{for(let t of e)if(t.type===`childList`)for(let e of t.addedNodes)e.tagName===`LINK`&&e.rel===`modulepreload`&&n(e)}).observe(document,{childList:!0,subtree:!0});function t(e){let t={};return e.integrity&&(t.integrity=e.integrity),e.referrerPolicy&&(t.referrerPolicy=e.referrerPolicy),t.credentials=e.crossOrigin===`use-credentials`?`include`:e.crossOrigin===`anonymous`?`omit`:`same-origin`,t}function n(e){if(e.ep)return;e.ep=!0;let n=t(e);fetch(e.href,n)}})();var f=Object.freeze({wildcard:`*`}),p=Object.freeze({wildcard:`?`});function m(e){return typeof e!=`string`}function h(e){let t=[];for(let n of e)if(typeof n==`string`){if(n===``)continue;let e=t[t.length-1];typeof e==`string`?t[t.length-1]=e+n:t.push(n)}else{let e=t[t.length-1];if(n.wildcard===`*`&&e!==void 0&&m(e)&&e.wildcard===`*`)continue;t.push(n.wildcard===`*`?f:p)}return Object.freeze({parts:Object.freeze(t)})}function g(e){return h([e])}function _(e){let t=e.parts;if(t.length===0)return{shape:`exact`,value:``};let n=e=>e!==void 0&&m(e)&&e.wildcard===`*`;if(t.length===1){let e=t[0];return typeof e==`string`?{shape:`exact`,value:e}:e.wildcard===`*`?{shape:`any`}:{shape:`wildcard`}}if(t.length===2){let[e,r]=t;if(typeof e==`string`&&n(r))return{shape:`prefix`,value:e};if(n(e)&&typeof r==`string`)return{shape:`suffix`,value:r}}if(t.length===3){let[e,r,i]=t;if(n(e)&&typeof r==`string`&&n(i))return{shape:`contains`,value:r}}return{shape:`wildcard`}}function v(e){return e.parts.every(e=>typeof e==`string`)}function y(e){let t=[],n=``;for(let r=0;r<e.length;r++){let i=e[r];if(i===`\\`){let t=e[r+1];t===`*`||t===`?`||t===`\\`?(n+=t,r++):n+=`\\`}else i===`*`||i===`?`?(t.push(n,i===`*`?f:p),n=``):n+=i}return t.push(n),h(t)}function b(e,t){let n={...e};return t?.pos&&(n.pos=t.pos),t?.origin&&(n.origin=t.origin),Object.freeze(n)}function x(e,t){let n=e.replace(/\{\}/g,``),r={kind:`Field`,path:n};return n!==e&&(r.written=e),t?.metadata&&(r.metadata=!0),b(r,t)}function S(e,t){return b({kind:`And`,children:Object.freeze([...e])},t)}function C(e,t){return b({kind:`Or`,children:Object.freeze([...e])},t)}function w(e,t){return b({kind:`Not`,child:e},t)}var T=Object.freeze({kind:`Const`,value:!0}),E=Object.freeze({kind:`Const`,value:!1});function ee(e,t){return t?b({kind:`Const`,value:e},t):e?T:E}function D(e,t,n,r){return b({kind:`Match`,field:e,pattern:typeof t==`string`?g(t):t,caseSensitive:n},r)}function O(e,t,n,r={}){let i={kind:`Compare`,field:e,op:t,value:n,numeric:r.numeric??typeof n==`number`};return r.timePart&&(i.timePart=r.timePart),b(i,r)}Object.freeze({i:!1,m:!1,s:!1});function te(e,t,n={},r){return b({kind:`Regex`,field:e,pattern:t,flags:Object.freeze({i:!!n.i,m:!!n.m,s:!!n.s})},r)}function ne(e,t,n){return b({kind:`Cidr`,field:e,cidr:t},n)}function k(e,t){return b({kind:`Exists`,field:e},t)}function re(e,t,n,r){return b({kind:`FieldEquals`,field:e,other:t,caseSensitive:n},r)}function ie(e,t){return b({kind:`Keyword`,pattern:typeof e==`string`?g(e):e,caseSensitive:t.caseSensitive,scope:t.scope},t)}function ae(e,t){return b({kind:`EvalCondition`,expr:e},t)}function oe(e,t,n){return S([k(e),w(t)],n)}function A(e,t){switch(t(e),e.kind){case`And`:case`Or`:for(let n of e.children)A(n,t);break;case`Not`:A(e.child,t)}}function se(e,t){switch(e.kind){case`And`:case`Or`:{let n=!1,r=e.children.map(e=>{let r=se(e,t);return r!==e&&(n=!0),r});return t(n?Object.freeze({...e,children:Object.freeze(r)}):e)}case`Not`:{let n=se(e.child,t);return t(n===e.child?e:Object.freeze({...e,child:n}))}default:return t(e)}}function ce(e,t){switch(t(e),e.kind){case`Call`:for(let n of e.args)ce(n,t);break;case`Binary`:ce(e.left,t),ce(e.right,t);break;case`Unary`:ce(e.operand,t)}}function le(e){let t=new Map,n=e=>{t.has(e.path)||t.set(e.path,e)};return A(e,e=>{switch(e.kind){case`Match`:case`Compare`:case`Regex`:case`Cidr`:case`Exists`:n(e.field);break;case`FieldEquals`:n(e.field),n(e.other);break;case`EvalCondition`:ce(e.expr,e=>{e.kind===`FieldValue`&&n(e.field)})}}),[...t.values()]}function ue(e,t){let n=e=>{switch(e.kind){case`FieldValue`:return Object.freeze({...e,field:t(e.field)});case`Call`:return Object.freeze({...e,args:Object.freeze(e.args.map(n))});case`Binary`:return Object.freeze({...e,left:n(e.left),right:n(e.right)});case`Unary`:return Object.freeze({...e,operand:n(e.operand)});default:return e}};return se(e,e=>{switch(e.kind){case`Match`:case`Compare`:case`Regex`:case`Cidr`:case`Exists`:return Object.freeze({...e,field:t(e.field)});case`FieldEquals`:return Object.freeze({...e,field:t(e.field),other:t(e.other)});case`EvalCondition`:return Object.freeze({...e,expr:n(e.expr)});default:return e}})}function de(e){if(Array.isArray(e))return e.map(de);if(typeof e!=`object`||!e)return e;let t={};for(let[n,r]of Object.entries(e))n!==`pos`&&n!==`origin`&&r!==void 0&&(t[n]=de(r));return t}function fe(e){return JSON.stringify(de(e))}function pe(e){return se(e,e=>{switch(e.kind){case`And`:case`Or`:{let t=e.kind===`And`,n=t,r=new Set,i=[];for(let a of e.children){let o=a.kind===e.kind?a.children:[a];for(let e of o){if(e.kind===`Const`){if(e.value===n)continue;return t?E:T}let a=fe(e);r.has(a)||(r.add(a),i.push(e))}}if(i.length===0)return t?T:E;if(i.length===1)return i[0];let a={pos:e.pos,origin:e.origin};return t?S(i,a):C(i,a)}case`Not`:{let t=e.child;return t.kind===`Const`?t.value?E:T:t.kind===`Not`?t.child:e}default:return e}})}var me={"input/read-failed":{severity:`error`,doc:`A file or directory could not be read.`},"input/unknown-format":{severity:`error`,doc:"A file is neither a Sigma rule (`detection:`/`correlation:`/`filter:`), a Splunk detection (`search:`) nor a `.spl` search."},"input/encoding":{severity:`error`,doc:`A file is not valid UTF-8 text (or holds binary data).`},"internal/unexpected":{severity:`error`,doc:`A bug in rulecast: an unexpected exception, caught and reported with the rule so the batch goes on.`},"yaml/syntax":{severity:`error`,doc:`The YAML text does not parse.`},"yaml/duplicate-key":{severity:`error`,doc:`A mapping has the same key twice.`},"yaml/not-a-mapping":{severity:`error`,doc:`A rule document is not a YAML mapping.`},"sigma/schema":{severity:`error`,doc:`The rule violates the official Sigma JSON schema (the message names the property).`},"sigma/unknown-modifier":{severity:`error`,doc:`A field name carries a modifier the Sigma specification does not define.`},"sigma/invalid-modifier-combination":{severity:`error`,doc:"Modifiers that cannot be combined (e.g. `re` with `contains`, `all` on a single value)."},"sigma/invalid-value":{severity:`error`,doc:"A value does not fit its modifier (e.g. a non-number for `gt`, a bad CIDR, a bad regex)."},"sigma/condition-syntax":{severity:`error`,doc:"The condition does not parse (unbalanced parentheses, unknown operator, dangling `and`)."},"sigma/unknown-selection":{severity:`error`,doc:`The condition names a selection (or pattern) that the detection does not define.`},"sigma/missing-condition":{severity:`error`,doc:`The detection has no condition.`},"sigma/invalid-detection":{severity:`error`,doc:`A detection item has a shape the specification does not allow.`},"sigma/invalid-correlation":{severity:`error`,doc:`A correlation rule is missing a required part or has an invalid one (type, rules, timespan, condition).`},"sigma/unresolved-reference":{severity:`error`,doc:`A correlation or filter names a rule (id or name) that is not loaded.`},"sigma/deprecated-syntax":{severity:`warning`,doc:"Syntax accepted for compatibility but deprecated by the specification (e.g. aggregation pipes `| count()` in conditions)."},"sigma/unsupported-placeholder":{severity:`error`,doc:"An `expand` placeholder has no value in the processing pipeline."},"sigma/invalid-test":{severity:`error`,doc:"A rule's `tests:` block (name, dataset, expect: fire|no-fire, count?, lines?) has an invalid shape."},"spl/syntax":{severity:`error`,doc:`The SPL search does not parse.`},"spl/unknown-macro":{severity:`error`,doc:"A macro is used that no macro definition provides (unknown `*_filter` macros are the empty filter instead)."},"spl/macro-arguments":{severity:`error`,doc:`A macro is called with a number of arguments no definition takes.`},"spl/macro-recursion":{severity:`error`,doc:`Macro expansion does not terminate (a macro expands to itself).`},"spl/unsupported-command":{severity:`warning`,doc:"A command parses but has no semantics in the AST (lookup, rex, join, ...); it is kept as a `Command` stage and reported."},"spl/unsupported-expression":{severity:`warning`,doc:`An eval/where expression or function that rulecast cannot evaluate.`},"spl/invalid-argument":{severity:`error`,doc:"A command argument is invalid (e.g. `head` with a non-number)."},"spl/translation":{severity:`info`,doc:"Per detection: whether its filter and pipeline translate fully to the AST, or which commands are kept as `Command` stages."},"backend/unsupported":{severity:`error`,doc:`The rule uses a construct the target backend cannot express faithfully (the message names it).`},"backend/approximation":{severity:`warning`,doc:`The output is close to, but not exactly, the rule's meaning (the message says how).`},"backend/unmapped-field":{severity:`error`,doc:`A strict processing pipeline has no mapping for a field the rule uses.`},"backend/regex-untranslatable":{severity:`error`,doc:`A regular expression uses PCRE features the target regex dialect cannot express exactly.`},"regex/syntax":{severity:`error`,doc:`A regular expression does not parse (unbalanced group, bad escape, quantifier without operand, range out of order).`},"backend/unsafe-regex":{severity:`error`,doc:`A regular expression can take super-linear time (catastrophic backtracking); refused unless explicitly allowed.`},"pipeline/invalid":{severity:`error`,doc:`A processing pipeline file is invalid.`},"pipeline/rule-failure":{severity:`error`,doc:"A processing pipeline's `rule_failure` transformation rejected the rule (the message is the pipeline's)."},"pipeline/unknown":{severity:`error`,doc:"A `--pipeline` name is neither a built-in pipeline nor a readable pipeline file."},"convert/dropped":{severity:`warning`,doc:`Converting to another rule format dropped part of the rule (output formatting, lookups...); the message says what and why.`},"convert/output-formatting":{severity:`info`,doc:"Converting to Sigma: a stage that only shapes output rows (stats without threshold, rename, table, fillnull, ctime convert...) is kept as Sigma `fields` or noted; which events match is unchanged."},"convert/correlation":{severity:`info`,doc:"Converting to Sigma: a threshold on a `stats` aggregate (`stats count by x | where count > 5`) became a Sigma correlation rule referencing the base rule."},"convert/unmapped-logsource":{severity:`warning`,doc:"Converting between Splunk and Sigma: no row of the log source mapping table matches the rule's macro, source, sourcetype or data model (extend the table with `logsources`)."},"run/invalid-event":{severity:`warning`,doc:`An input line is not a JSON object; it is reported and skipped.`},"run/state-limit":{severity:`error`,doc:`A pipeline or correlation exceeded its configured state limit.`},"test/failed":{severity:`error`,doc:`A detection test did not give the expected result.`},"test/dataset-missing":{severity:`error`,doc:`A detection test names a dataset file that does not exist.`}};function j(e,t,n){let r={code:e,severity:n?.severity??me[e].severity,message:t};return n?.file!==void 0&&(r.file=n.file),n?.pos&&(r.line=n.pos.line,r.column=n.pos.column,n.pos.endLine!==void 0&&(r.endLine=n.pos.endLine),n.pos.endColumn!==void 0&&(r.endColumn=n.pos.endColumn)),Object.freeze(r)}var he=class extends Error{name=`RuleError`;diagnostics;constructor(e){super(e.map(ve).join(`
`)||`invalid rule`),this.diagnostics=Object.freeze([...e])}get code(){return this.diagnostics[0]?.code}};function ge(e,t,n){throw new he([j(e,t,n)])}function _e(e){return e instanceof he}function ve(e){return`${[e.file??`<input>`,e.line,e.column].filter(e=>e!==void 0).join(`:`)}: ${e.severity}[${e.code}]: ${e.message}`}var ye=class{source;positions;options;diagnostics=[];constructor(e,t,n){this.source=e,this.positions=t,this.options=n}get file(){return this.options.file}report(e,t,n,r){this.diagnostics.push(j(e,t,{file:this.file,pos:n??{line:1,column:1},severity:r}))}hasErrors(){return this.diagnostics.some(e=>e.severity===`error`)}},be=Symbol.for(`yaml.alias`),xe=Symbol.for(`yaml.document`),Se=Symbol.for(`yaml.map`),Ce=Symbol.for(`yaml.pair`),we=Symbol.for(`yaml.scalar`),Te=Symbol.for(`yaml.seq`),Ee=Symbol.for(`yaml.node.type`),De=e=>!!e&&typeof e==`object`&&e[Ee]===be,Oe=e=>!!e&&typeof e==`object`&&e[Ee]===xe,ke=e=>!!e&&typeof e==`object`&&e[Ee]===Se,Ae=e=>!!e&&typeof e==`object`&&e[Ee]===Ce,M=e=>!!e&&typeof e==`object`&&e[Ee]===we,je=e=>!!e&&typeof e==`object`&&e[Ee]===Te;function Me(e){if(e&&typeof e==`object`)switch(e[Ee]){case Se:case Te:return!0}return!1}function Ne(e){if(e&&typeof e==`object`)switch(e[Ee]){case be:case Se:case we:case Te:return!0}return!1}var Pe=e=>(M(e)||Me(e))&&!!e.anchor,Fe=Symbol(`break visit`),Ie=Symbol(`skip children`),Le=Symbol(`remove node`);function Re(e,t){let n=Be(t);Oe(e)?ze(null,e.contents,n,Object.freeze([e]))===Le&&(e.contents=null):ze(null,e,n,Object.freeze([]))}Re.BREAK=Fe,Re.SKIP=Ie,Re.REMOVE=Le;function ze(e,t,n,r){let i=Ve(e,t,n,r);if(Ne(i)||Ae(i))return He(e,r,i),ze(e,i,n,r);if(typeof i!=`symbol`){if(Me(t)){r=Object.freeze(r.concat(t));for(let e=0;e<t.items.length;++e){let i=ze(e,t.items[e],n,r);if(typeof i==`number`)e=i-1;else if(i===Fe)return Fe;else i===Le&&(t.items.splice(e,1),--e)}}else if(Ae(t)){r=Object.freeze(r.concat(t));let e=ze(`key`,t.key,n,r);if(e===Fe)return Fe;e===Le&&(t.key=null);let i=ze(`value`,t.value,n,r);if(i===Fe)return Fe;i===Le&&(t.value=null)}}return i}function Be(e){return typeof e==`object`&&(e.Collection||e.Node||e.Value)?Object.assign({Alias:e.Node,Map:e.Node,Scalar:e.Node,Seq:e.Node},e.Value&&{Map:e.Value,Scalar:e.Value,Seq:e.Value},e.Collection&&{Map:e.Collection,Seq:e.Collection},e):e}function Ve(e,t,n,r){if(typeof n==`function`)return n(e,t,r);if(ke(t))return n.Map?.(e,t,r);if(je(t))return n.Seq?.(e,t,r);if(Ae(t))return n.Pair?.(e,t,r);if(M(t))return n.Scalar?.(e,t,r);if(De(t))return n.Alias?.(e,t,r)}function He(e,t,n){let r=t[t.length-1];if(Me(r))r.items[e]=n;else if(Ae(r))e===`key`?r.key=n:r.value=n;else if(Oe(r))r.contents=n;else{let e=De(r)?`alias`:`scalar`;throw Error(`Cannot replace node with ${e} parent`)}}var Ue={"!":`%21`,",":`%2C`,"[":`%5B`,"]":`%5D`,"{":`%7B`,"}":`%7D`},We=e=>e.replace(/[!,[\]{}]/g,e=>Ue[e]),Ge=class e{constructor(t,n){this.docStart=null,this.docEnd=!1,this.yaml=Object.assign({},e.defaultYaml,t),this.tags=Object.assign({},e.defaultTags,n)}clone(){let t=new e(this.yaml,this.tags);return t.docStart=this.docStart,t}atDocument(){let t=new e(this.yaml,this.tags);switch(this.yaml.version){case`1.1`:this.atNextDocument=!0;break;case`1.2`:this.atNextDocument=!1,this.yaml={explicit:e.defaultYaml.explicit,version:`1.2`},this.tags=Object.assign({},e.defaultTags)}return t}add(t,n){this.atNextDocument&&=(this.yaml={explicit:e.defaultYaml.explicit,version:`1.1`},this.tags=Object.assign({},e.defaultTags),!1);let r=t.trim().split(/[ \t]+/),i=r.shift();switch(i){case`%TAG`:{if(r.length!==2&&(n(0,`%TAG directive should contain exactly two parts`),r.length<2))return!1;let[e,t]=r;return this.tags[e]=t,!0}case`%YAML`:{if(this.yaml.explicit=!0,r.length!==1)return n(0,`%YAML directive should contain exactly one part`),!1;let[e]=r;if(e===`1.1`||e===`1.2`)return this.yaml.version=e,!0;{let t=/^\d+\.\d+$/.test(e);return n(6,`Unsupported YAML version ${e}`,t),!1}}default:return n(0,`Unknown directive ${i}`,!0),!1}}tagName(e,t){if(e===`!`)return`!`;if(e[0]!==`!`)return t(`Not a valid tag: ${e}`),null;if(e[1]===`<`){let n=e.slice(2,-1);return n===`!`||n===`!!`?(t(`Verbatim tags aren't resolved, so ${e} is invalid.`),null):(e[e.length-1]!==`>`&&t(`Verbatim tags must end with a >`),n)}let[,n,r]=e.match(/^(.*!)([^!]*)$/s);r||t(`The ${e} tag has no suffix`);let i=this.tags[n];if(i)try{return i+decodeURIComponent(r)}catch(e){return t(String(e)),null}return n===`!`?e:(t(`Could not resolve tag: ${e}`),null)}tagString(e){for(let[t,n]of Object.entries(this.tags))if(e.startsWith(n))return t+We(e.substring(n.length));return e[0]===`!`?e:`!<${e}>`}toString(e){let t=this.yaml.explicit?[`%YAML ${this.yaml.version||`1.2`}`]:[],n=Object.entries(this.tags),r;if(e&&n.length>0&&Ne(e.contents)){let t={};Re(e.contents,(e,n)=>{Ne(n)&&n.tag&&(t[n.tag]=!0)}),r=Object.keys(t)}else r=[];for(let[i,a]of n)i===`!!`&&a===`tag:yaml.org,2002:`||e&&!r.some(e=>e.startsWith(a))||t.push(`%TAG ${i} ${a}`);return t.join(`
`)}};Ge.defaultYaml={explicit:!1,version:`1.2`},Ge.defaultTags={"!!":`tag:yaml.org,2002:`};function Ke(e){if(/[\x00-\x19\s,[\]{}]/.test(e)){let t=`Anchor must not contain whitespace or control characters: ${JSON.stringify(e)}`;throw Error(t)}return!0}function qe(e){let t=new Set;return Re(e,{Value(e,n){n.anchor&&t.add(n.anchor)}}),t}function Je(e,t){for(let n=1;;++n){let r=`${e}${n}`;if(!t.has(r))return r}}function Ye(e,t){let n=[],r=new Map,i=null;return{onAnchor:r=>{n.push(r),i??=qe(e);let a=Je(t,i);return i.add(a),a},setAnchors:()=>{for(let e of n){let t=r.get(e);if(typeof t==`object`&&t.anchor&&(M(t.node)||Me(t.node)))t.node.anchor=t.anchor;else{let t=Error(`Failed to resolve repeated object (this should not happen)`);throw t.source=e,t}}},sourceObjects:r}}function Xe(e,t,n,r){if(r&&typeof r==`object`){if(Array.isArray(r))for(let t=0,n=r.length;t<n;++t){let n=r[t],i=Xe(e,r,String(t),n);i===void 0?delete r[t]:i!==n&&(r[t]=i)}else if(r instanceof Map)for(let t of Array.from(r.keys())){let n=r.get(t),i=Xe(e,r,t,n);i===void 0?r.delete(t):i!==n&&r.set(t,i)}else if(r instanceof Set)for(let t of Array.from(r)){let n=Xe(e,r,t,t);n===void 0?r.delete(t):n!==t&&(r.delete(t),r.add(n))}else for(let[t,n]of Object.entries(r)){let i=Xe(e,r,t,n);i===void 0?delete r[t]:i!==n&&(r[t]=i)}}return e.call(t,n,r)}function Ze(e,t,n){if(Array.isArray(e))return e.map((e,t)=>Ze(e,String(t),n));if(e&&typeof e.toJSON==`function`){if(!n||!Pe(e))return e.toJSON(t,n);let r={aliasCount:0,count:1,res:void 0};n.anchors.set(e,r),n.onCreate=e=>{r.res=e,delete n.onCreate};let i=e.toJSON(t,n);return n.onCreate&&n.onCreate(i),i}return typeof e==`bigint`&&!n?.keep?Number(e):e}var Qe=class{constructor(e){Object.defineProperty(this,Ee,{value:e})}clone(){let e=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));return this.range&&(e.range=this.range.slice()),e}toJS(e,{mapAsMap:t,maxAliasCount:n,onAnchor:r,reviver:i}={}){if(!Oe(e))throw TypeError(`A document argument is required`);let a={anchors:new Map,doc:e,keep:!0,mapAsMap:t===!0,mapKeyWarned:!1,maxAliasCount:typeof n==`number`?n:100},o=Ze(this,``,a);if(typeof r==`function`)for(let{count:e,res:t}of a.anchors.values())r(t,e);return typeof i==`function`?Xe(i,{"":o},``,o):o}},$e=class extends Qe{constructor(e){super(be),this.source=e,Object.defineProperty(this,"tag",{set(){throw Error(`Alias nodes cannot have tags`)}})}resolve(e,t){if(t?.maxAliasCount===0)throw ReferenceError(`Alias resolution is disabled`);let n;t?.aliasResolveCache?n=t.aliasResolveCache:(n=[],Re(e,{Node:(e,t)=>{(De(t)||Pe(t))&&n.push(t)}}),t&&(t.aliasResolveCache=n));let r;for(let e of n){if(e===this)break;e.anchor===this.source&&(r=e)}if(r&&t){let{anchors:e,doc:n,maxAliasCount:i}=t,a=e.get(r);if(a||=(Ze(r,null,t),e.get(r)),a?.res===void 0)throw ReferenceError(`This should not happen: Alias anchor was not resolved?`);if(i>=0&&(a.count+=1,a.aliasCount===0&&(a.aliasCount=et(n,r,e)),a.count*a.aliasCount>i))throw ReferenceError(`Excessive alias count indicates a resource exhaustion attack`)}return r}toJSON(e,t){if(!t)return{source:this.source};let n=this.resolve(t.doc,t);if(!n){let e=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw ReferenceError(e)}return t.anchors.get(n).res}toString(e,t,n){let r=`*${this.source}`;if(e){if(Ke(this.source),e.options.verifyAliasOrder&&!e.anchors.has(this.source)){let e=`Unresolved alias (the anchor must be set before the alias): ${this.source}`;throw Error(e)}if(e.implicitKey)return`${r} `}return r}};function et(e,t,n){if(De(t)){let r=t.resolve(e),i=n&&r&&n.get(r);return i?i.count*i.aliasCount:0}if(Me(t)){let r=0;for(let i of t.items){let t=et(e,i,n);t>r&&(r=t)}return r}if(Ae(t)){let r=et(e,t.key,n),i=et(e,t.value,n);return Math.max(r,i)}return 1}var tt=e=>!e||typeof e!=`function`&&typeof e!=`object`,N=class extends Qe{constructor(e){super(we),this.value=e}toJSON(e,t){return t?.keep?this.value:Ze(this.value,e,t)}toString(){return String(this.value)}};N.BLOCK_FOLDED=`BLOCK_FOLDED`,N.BLOCK_LITERAL=`BLOCK_LITERAL`,N.PLAIN=`PLAIN`,N.QUOTE_DOUBLE=`QUOTE_DOUBLE`,N.QUOTE_SINGLE=`QUOTE_SINGLE`;var nt=`tag:yaml.org,2002:`;function rt(e,t,n){if(t){let e=n.filter(e=>e.tag===t),r=e.find(e=>!e.format)??e[0];if(!r)throw Error(`Tag ${t} not found`);return r}return n.find(t=>t.identify?.(e)&&!t.format)}function it(e,t,n){if(Oe(e)&&(e=e.contents),Ne(e))return e;if(Ae(e)){let t=n.schema[Se].createNode?.(n.schema,null,n);return t.items.push(e),t}(e instanceof String||e instanceof Number||e instanceof Boolean||typeof BigInt<`u`&&e instanceof BigInt)&&(e=e.valueOf());let{aliasDuplicateObjects:r,onAnchor:i,onTagObj:a,schema:o,sourceObjects:s}=n,c;if(r&&e&&typeof e==`object`){if(c=s.get(e),c)return c.anchor??(c.anchor=i(e)),new $e(c.anchor);c={anchor:null,node:null},s.set(e,c)}t?.startsWith(`!!`)&&(t=nt+t.slice(2));let l=rt(e,t,o.tags);if(!l){if(e&&typeof e.toJSON==`function`&&(e=e.toJSON()),!e||typeof e!=`object`){let t=new N(e);return c&&(c.node=t),t}l=e instanceof Map?o[Se]:Symbol.iterator in Object(e)?o[Te]:o[Se]}a&&(a(l),delete n.onTagObj);let u=l?.createNode?l.createNode(n.schema,e,n):typeof l?.nodeClass?.from==`function`?l.nodeClass.from(n.schema,e,n):new N(e);return t?u.tag=t:l.default||(u.tag=l.tag),c&&(c.node=u),u}function at(e,t,n){let r=n;for(let e=t.length-1;e>=0;--e){let n=t[e];if(typeof n==`number`&&Number.isInteger(n)&&n>=0){let e=[];e[n]=r,r=e}else r=new Map([[n,r]])}return it(r,void 0,{aliasDuplicateObjects:!1,keepUndefined:!1,onAnchor:()=>{throw Error(`This should not happen, please report a bug.`)},schema:e,sourceObjects:new Map})}var ot=e=>e==null||typeof e==`object`&&!!e[Symbol.iterator]().next().done,st=class extends Qe{constructor(e,t){super(e),Object.defineProperty(this,"schema",{value:t,configurable:!0,enumerable:!1,writable:!0})}clone(e){let t=Object.create(Object.getPrototypeOf(this),Object.getOwnPropertyDescriptors(this));return e&&(t.schema=e),t.items=t.items.map(t=>Ne(t)||Ae(t)?t.clone(e):t),this.range&&(t.range=this.range.slice()),t}addIn(e,t){if(ot(e))this.add(t);else{let[n,...r]=e,i=this.get(n,!0);if(Me(i))i.addIn(r,t);else if(i===void 0&&this.schema)this.set(n,at(this.schema,r,t));else throw Error(`Expected YAML collection at ${n}. Remaining path: ${r}`)}}deleteIn(e){let[t,...n]=e;if(n.length===0)return this.delete(t);let r=this.get(t,!0);if(Me(r))return r.deleteIn(n);throw Error(`Expected YAML collection at ${t}. Remaining path: ${n}`)}getIn(e,t){let[n,...r]=e,i=this.get(n,!0);return r.length===0?!t&&M(i)?i.value:i:Me(i)?i.getIn(r,t):void 0}hasAllNullValues(e){return this.items.every(t=>{if(!Ae(t))return!1;let n=t.value;return n==null||e&&M(n)&&n.value==null&&!n.commentBefore&&!n.comment&&!n.tag})}hasIn(e){let[t,...n]=e;if(n.length===0)return this.has(t);let r=this.get(t,!0);return Me(r)?r.hasIn(n):!1}setIn(e,t){let[n,...r]=e;if(r.length===0)this.set(n,t);else{let e=this.get(n,!0);if(Me(e))e.setIn(r,t);else if(e===void 0&&this.schema)this.set(n,at(this.schema,r,t));else throw Error(`Expected YAML collection at ${n}. Remaining path: ${r}`)}}},ct=e=>e.replace(/^(?!$)(?: $)?/gm,`#`);function lt(e,t){return/^\n+$/.test(e)?e.substring(1):t?e.replace(/^(?! *$)/gm,t):e}var ut=(e,t,n)=>e.endsWith(`
`)?lt(n,t):n.includes(`
`)?`
`+lt(n,t):(e.endsWith(` `)?``:` `)+n,dt=`flow`,ft=`block`,pt=`quoted`;function mt(e,t,n=`flow`,{indentAtStart:r,lineWidth:i=80,minContentWidth:a=20,onFold:o,onOverflow:s}={}){if(!i||i<0)return e;i<a&&(a=0);let c=Math.max(1+a,1+i-t.length);if(e.length<=c)return e;let l=[],u={},d=i-t.length;typeof r==`number`&&(r>i-Math.max(2,a)?l.push(0):d=i-r);let f,p,m=!1,h=-1,g=-1,_=-1;n===`block`&&(h=ht(e,h,t.length),h!==-1&&(d=h+c));for(let r;r=e[h+=1];){if(n===`quoted`&&r===`\\`){switch(g=h,e[h+1]){case`x`:h+=3;break;case`u`:h+=5;break;case`U`:h+=9;break;default:h+=1}_=h}if(r===`
`)n===`block`&&(h=ht(e,h,t.length)),d=h+t.length+c,f=void 0;else{if(r===` `&&p&&p!==` `&&p!==`
`&&p!==`	`){let t=e[h+1];t&&t!==` `&&t!==`
`&&t!==`	`&&(f=h)}if(h>=d){if(f)l.push(f),d=f+c,f=void 0;else if(n===`quoted`){for(;p===` `||p===`	`;)p=r,r=e[h+=1],m=!0;let t=h>_+1?h-2:g-1;if(u[t])return e;l.push(t),u[t]=!0,d=t+c,f=void 0}else m=!0}}p=r}if(m&&s&&s(),l.length===0)return e;o&&o();let v=e.slice(0,l[0]);for(let r=0;r<l.length;++r){let i=l[r],a=l[r+1]||e.length;i===0?v=`\n${t}${e.slice(0,a)}`:(n===`quoted`&&u[i]&&(v+=`${e[i]}\\`),v+=`\n${t}${e.slice(i+1,a)}`)}return v}function ht(e,t,n){let r=t,i=t+1,a=e[i];for(;a===` `||a===`	`;)if(t<i+n)a=e[++t];else{do a=e[++t];while(a&&a!==`
`);r=t,i=t+1,a=e[i]}return r}var gt=(e,t)=>({indentAtStart:t?e.indent.length:e.indentAtStart,lineWidth:e.options.lineWidth,minContentWidth:e.options.minContentWidth}),_t=e=>/^(%|---|\.\.\.)/m.test(e);function vt(e,t,n){if(!t||t<0)return!1;let r=t-n,i=e.length;if(i<=r)return!1;for(let t=0,n=0;t<i;++t)if(e[t]===`
`){if(t-n>r)return!0;if(n=t+1,i-n<=r)return!1}return!0}function yt(e,t){let n=JSON.stringify(e);if(t.options.doubleQuotedAsJSON)return n;let{implicitKey:r}=t,i=t.options.doubleQuotedMinMultiLineLength,a=t.indent||(_t(e)?`  `:``),o=``,s=0;for(let e=0,t=n[e];t;t=n[++e])if(t===` `&&n[e+1]===`\\`&&n[e+2]===`n`&&(o+=n.slice(s,e)+`\\ `,e+=1,s=e,t=`\\`),t===`\\`)switch(n[e+1]){case`u`:{o+=n.slice(s,e);let t=n.substr(e+2,4);switch(t){case`0000`:o+=`\\0`;break;case`0007`:o+=`\\a`;break;case`000b`:o+=`\\v`;break;case`001b`:o+=`\\e`;break;case`0085`:o+=`\\N`;break;case`00a0`:o+=`\\_`;break;case`2028`:o+=`\\L`;break;case`2029`:o+=`\\P`;break;default:t.substr(0,2)===`00`?o+=`\\x`+t.substr(2):o+=n.substr(e,6)}e+=5,s=e+1}break;case`n`:if(r||n[e+2]===`"`||n.length<i)e+=1;else{for(o+=n.slice(s,e)+`

`;n[e+2]===`\\`&&n[e+3]===`n`&&n[e+4]!==`"`;)o+=`
`,e+=2;o+=a,n[e+2]===` `&&(o+=`\\`),e+=1,s=e+1}break;default:e+=1}return o=s?o+n.slice(s):n,r?o:mt(o,a,pt,gt(t,!1))}function bt(e,t){if(t.options.singleQuote===!1||t.implicitKey&&e.includes(`
`)||/[ \t]\n|\n[ \t]/.test(e))return yt(e,t);let n=t.indent||(_t(e)?`  `:``),r=`'`+e.replace(/'/g,`''`).replace(/\n+/g,`$&\n${n}`)+`'`;return t.implicitKey?r:mt(r,n,dt,gt(t,!1))}function xt(e,t){let{singleQuote:n}=t.options,r;if(n===!1)r=yt;else{let t=e.includes(`"`),i=e.includes(`'`);r=t&&!i?bt:i&&!t?yt:n?bt:yt}return r(e,t)}var St;try{St=RegExp(`(^|(?<!
))
+(?!
|$)`,`g`)}catch{St=/\n+(?!\n|$)/g}function Ct({comment:e,type:t,value:n},r,i,a){let{blockQuote:o,commentString:s,lineWidth:c}=r.options;if(!o||/\n[\t ]+$/.test(n))return xt(n,r);let l=r.indent||(r.forceBlockIndent||_t(n)?`  `:``),u=o===`literal`?!0:o===`folded`||t===N.BLOCK_FOLDED?!1:t===N.BLOCK_LITERAL||!vt(n,c,l.length);if(!n)return u?`|
`:`>
`;let d,f;for(f=n.length;f>0;--f){let e=n[f-1];if(e!==`
`&&e!==`	`&&e!==` `)break}let p=n.substring(f),m=p.indexOf(`
`);m===-1?d=`-`:n===p||m!==p.length-1?(d=`+`,a&&a()):d=``,p&&=(n=n.slice(0,-p.length),p[p.length-1]===`
`&&(p=p.slice(0,-1)),p.replace(St,`$&${l}`));let h=!1,g,_=-1;for(g=0;g<n.length;++g){let e=n[g];if(e===` `)h=!0;else if(e===`
`)_=g;else break}let v=n.substring(0,_<g?_+1:g);v&&=(n=n.substring(v.length),v.replace(/\n+/g,`$&${l}`));let y=(h?l?`2`:`1`:``)+d;if(e&&(y+=` `+s(e.replace(/ ?[\r\n]+/g,` `)),i&&i()),!u){let e=n.replace(/\n+/g,`
$&`).replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g,`$1$2`).replace(/\n+/g,`$&${l}`),i=!1,a=gt(r,!0);o!==`folded`&&t!==N.BLOCK_FOLDED&&(a.onOverflow=()=>{i=!0});let s=mt(`${v}${e}${p}`,l,ft,a);if(!i)return`>${y}\n${l}${s}`}return n=n.replace(/\n+/g,`$&${l}`),`|${y}\n${l}${v}${n}${p}`}function wt(e,t,n,r){let{type:i,value:a}=e,{actualString:o,implicitKey:s,indent:c,indentStep:l,inFlow:u}=t;if(s&&a.includes(`
`)||u&&/[[\]{},]/.test(a))return xt(a,t);if(/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(a))return s||u||!a.includes(`
`)?xt(a,t):Ct(e,t,n,r);if(!s&&!u&&i!==N.PLAIN&&a.includes(`
`))return Ct(e,t,n,r);if(_t(a)){if(c===``)return t.forceBlockIndent=!0,Ct(e,t,n,r);if(s&&c===l)return xt(a,t)}let d=a.replace(/\n+/g,`$&\n${c}`);if(o){let e=e=>e.default&&e.tag!==`tag:yaml.org,2002:str`&&e.test?.test(d),{compat:n,tags:r}=t.doc.schema;if(r.some(e)||n?.some(e))return xt(a,t)}return s?d:mt(d,c,dt,gt(t,!1))}function Tt(e,t,n,r){let{implicitKey:i,inFlow:a}=t,o=typeof e.value==`string`?e:Object.assign({},e,{value:String(e.value)}),{type:s}=e;s!==N.QUOTE_DOUBLE&&/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(o.value)&&(s=N.QUOTE_DOUBLE);let c=e=>{switch(e){case N.BLOCK_FOLDED:case N.BLOCK_LITERAL:return i||a?xt(o.value,t):Ct(o,t,n,r);case N.QUOTE_DOUBLE:return yt(o.value,t);case N.QUOTE_SINGLE:return bt(o.value,t);case N.PLAIN:return wt(o,t,n,r);default:return null}},l=c(s);if(l===null){let{defaultKeyType:e,defaultStringType:n}=t.options,r=i&&e||n;if(l=c(r),l===null)throw Error(`Unsupported default string type ${r}`)}return l}function Et(e,t){let n=Object.assign({blockQuote:!0,commentString:ct,defaultKeyType:null,defaultStringType:`PLAIN`,directives:null,doubleQuotedAsJSON:!1,doubleQuotedMinMultiLineLength:40,falseStr:`false`,flowCollectionPadding:!0,indentSeq:!0,lineWidth:80,minContentWidth:20,nullStr:`null`,simpleKeys:!1,singleQuote:null,trailingComma:!1,trueStr:`true`,verifyAliasOrder:!0},e.schema.toStringOptions,t),r;switch(n.collectionStyle){case`block`:r=!1;break;case`flow`:r=!0;break;default:r=null}return{anchors:new Set,doc:e,flowCollectionPadding:n.flowCollectionPadding?` `:``,indent:``,indentStep:typeof n.indent==`number`?` `.repeat(n.indent):`  `,inFlow:r,options:n}}function Dt(e,t){if(t.tag){let n=e.filter(e=>e.tag===t.tag);if(n.length>0)return n.find(e=>e.format===t.format)??n[0]}let n,r;if(M(t)){r=t.value;let i=e.filter(e=>e.identify?.(r));if(i.length>1){let e=i.filter(e=>e.test);e.length>0&&(i=e)}n=i.find(e=>e.format===t.format)??i.find(e=>!e.format)}else r=t,n=e.find(e=>e.nodeClass&&r instanceof e.nodeClass);if(!n){let e=r?.constructor?.name??(r===null?`null`:typeof r);throw Error(`Tag not resolved for ${e} value`)}return n}function Ot(e,t,{anchors:n,doc:r}){if(!r.directives)return``;let i=[],a=(M(e)||Me(e))&&e.anchor;a&&Ke(a)&&(n.add(a),i.push(`&${a}`));let o=e.tag??(t.default?null:t.tag);return o&&i.push(r.directives.tagString(o)),i.join(` `)}function kt(e,t,n,r){if(Ae(e))return e.toString(t,n,r);if(De(e)){if(t.doc.directives)return e.toString(t);if(t.resolvedAliases?.has(e))throw TypeError(`Cannot stringify circular structure without alias nodes`);t.resolvedAliases?t.resolvedAliases.add(e):t.resolvedAliases=new Set([e]),e=e.resolve(t.doc)}let i,a=Ne(e)?e:t.doc.createNode(e,{onTagObj:e=>i=e});i??=Dt(t.doc.schema.tags,a);let o=Ot(a,i,t);o.length>0&&(t.indentAtStart=(t.indentAtStart??0)+o.length+1);let s=typeof i.stringify==`function`?i.stringify(a,t,n,r):M(a)?Tt(a,t,n,r):a.toString(t,n,r);return o?M(a)||s[0]===`{`||s[0]===`[`?`${o} ${s}`:`${o}\n${t.indent}${s}`:s}function At({key:e,value:t},n,r,i){let{allNullValues:a,doc:o,indent:s,indentStep:c,options:{commentString:l,indentSeq:u,simpleKeys:d}}=n,f=Ne(e)&&e.comment||null;if(d){if(f)throw Error(`With simple keys, key nodes cannot have comments`);if(Me(e)||!Ne(e)&&typeof e==`object`)throw Error(`With simple keys, collection cannot be used as a key value`)}let p=!d&&(!e||f&&t==null&&!n.inFlow||Me(e)||(M(e)?e.type===N.BLOCK_FOLDED||e.type===N.BLOCK_LITERAL:typeof e==`object`));n=Object.assign({},n,{allNullValues:!1,implicitKey:!p&&(d||!a),indent:s+c});let m=!1,h=!1,g=kt(e,n,()=>m=!0,()=>h=!0);if(!p&&!n.inFlow&&g.length>1024){if(d)throw Error(`With simple keys, single line scalar must not span more than 1024 characters`);p=!0}if(n.inFlow){if(a||t==null)return m&&r&&r(),g===``?`?`:p?`? ${g}`:g}else if(a&&!d||t==null&&p)return g=`? ${g}`,f&&!m?g+=ut(g,n.indent,l(f)):h&&i&&i(),g;m&&(f=null),p?(f&&(g+=ut(g,n.indent,l(f))),g=`? ${g}\n${s}:`):(g=`${g}:`,f&&(g+=ut(g,n.indent,l(f))));let _,v,y;Ne(t)?(_=!!t.spaceBefore,v=t.commentBefore,y=t.comment):(_=!1,v=null,y=null,t&&typeof t==`object`&&(t=o.createNode(t))),n.implicitKey=!1,!p&&!f&&M(t)&&(n.indentAtStart=g.length+1),h=!1,!u&&c.length>=2&&!n.inFlow&&!p&&je(t)&&!t.flow&&!t.tag&&!t.anchor&&(n.indent=n.indent.substring(2));let b=!1,x=kt(t,n,()=>b=!0,()=>h=!0),S=` `;if(f||_||v){if(S=_?`
`:``,v){let e=l(v);S+=`\n${lt(e,n.indent)}`}x===``&&!n.inFlow?S===`
`&&y&&(S=`

`):S+=`\n${n.indent}`}else if(!p&&Me(t)){let e=x[0],r=x.indexOf(`
`),i=r!==-1,a=n.inFlow??t.flow??t.items.length===0;if(i||!a){let t=!1;if(i&&(e===`&`||e===`!`)){let n=x.indexOf(` `);e===`&`&&n!==-1&&n<r&&x[n+1]===`!`&&(n=x.indexOf(` `,n+1)),(n===-1||r<n)&&(t=!0)}t||(S=`\n${n.indent}`)}}else(x===``||x[0]===`
`)&&(S=``);return g+=S+x,n.inFlow?b&&r&&r():y&&!b?g+=ut(g,n.indent,l(y)):h&&i&&i(),g}function jt(e,t){(e===`debug`||e===`warn`)&&console.warn(t)}var Mt=`<<`,Nt={identify:e=>e===Mt||typeof e==`symbol`&&e.description===Mt,default:`key`,tag:`tag:yaml.org,2002:merge`,test:/^<<$/,resolve:()=>Object.assign(new N(Symbol(Mt)),{addToJSMap:Ft}),stringify:()=>Mt},Pt=(e,t)=>(Nt.identify(t)||M(t)&&(!t.type||t.type===N.PLAIN)&&Nt.identify(t.value))&&e?.doc.schema.tags.some(e=>e.tag===Nt.tag&&e.default);function Ft(e,t,n){let r=Lt(e,n);if(je(r))for(let n of r.items)It(e,t,n);else if(Array.isArray(r))for(let n of r)It(e,t,n);else It(e,t,r)}function It(e,t,n){let r=Lt(e,n);if(!ke(r))throw Error(`Merge sources must be maps or map aliases`);let i=r.toJSON(null,e,Map);for(let[e,n]of i)t instanceof Map?t.has(e)||t.set(e,n):t instanceof Set?t.add(e):Object.prototype.hasOwnProperty.call(t,e)||Object.defineProperty(t,e,{value:n,writable:!0,enumerable:!0,configurable:!0});return t}function Lt(e,t){return e&&De(t)?t.resolve(e.doc,e):t}function Rt(e,t,{key:n,value:r}){if(Ne(n)&&n.addToJSMap)n.addToJSMap(e,t,r);else if(Pt(e,n))Ft(e,t,r);else{let i=Ze(n,``,e);if(t instanceof Map)t.set(i,Ze(r,i,e));else if(t instanceof Set)t.add(i);else{let a=zt(n,i,e),o=Ze(r,a,e);a in t?Object.defineProperty(t,a,{value:o,writable:!0,enumerable:!0,configurable:!0}):t[a]=o}}return t}function zt(e,t,n){if(t===null)return``;if(typeof t!=`object`)return String(t);if(Ne(e)&&n?.doc){let t=Et(n.doc,{});t.anchors=new Set;for(let e of n.anchors.keys())t.anchors.add(e.anchor);t.inFlow=!0,t.inStringifyKey=!0;let r=e.toString(t);if(!n.mapKeyWarned){let e=JSON.stringify(r);e.length>40&&(e=e.substring(0,36)+`..."`),jt(n.doc.options.logLevel,`Keys with collection values will be stringified due to JS Object restrictions: ${e}. Set mapAsMap: true to use object keys.`),n.mapKeyWarned=!0}return r}return JSON.stringify(t)}function Bt(e,t,n){return new Vt(it(e,void 0,n),it(t,void 0,n))}var Vt=class e{constructor(e,t=null){Object.defineProperty(this,Ee,{value:Ce}),this.key=e,this.value=t}clone(t){let{key:n,value:r}=this;return Ne(n)&&(n=n.clone(t)),Ne(r)&&(r=r.clone(t)),new e(n,r)}toJSON(e,t){return Rt(t,t?.mapAsMap?new Map:{},this)}toString(e,t,n){return e?.doc?At(this,e,t,n):JSON.stringify(this)}};function Ht(e,t,n){return(t.inFlow??e.flow?Wt:Ut)(e,t,n)}function Ut({comment:e,items:t},n,{blockItemPrefix:r,flowChars:i,itemIndent:a,onChompKeep:o,onComment:s}){let{indent:c,options:{commentString:l}}=n,u=Object.assign({},n,{indent:a,type:null}),d=!1,f=[];for(let e=0;e<t.length;++e){let i=t[e],o=null;if(Ne(i))!d&&i.spaceBefore&&f.push(``),Gt(n,f,i.commentBefore,d),i.comment&&(o=i.comment);else if(Ae(i)){let e=Ne(i.key)?i.key:null;e&&(!d&&e.spaceBefore&&f.push(``),Gt(n,f,e.commentBefore,d))}d=!1;let s=kt(i,u,()=>o=null,()=>d=!0);o&&(s+=ut(s,a,l(o))),d&&o&&(d=!1),f.push(r+s)}let p;if(f.length===0)p=i.start+i.end;else{p=f[0];for(let e=1;e<f.length;++e){let t=f[e];p+=t?`\n${c}${t}`:`
`}}return e?(p+=`
`+lt(l(e),c),s&&s()):d&&o&&o(),p}function Wt({items:e},t,{flowChars:n,itemIndent:r}){let{indent:i,indentStep:a,flowCollectionPadding:o,options:{commentString:s}}=t;r+=a;let c=Object.assign({},t,{indent:r,inFlow:!0,type:null}),l=!1,u=0,d=[];for(let n=0;n<e.length;++n){let i=e[n],a=null;if(Ne(i))i.spaceBefore&&d.push(``),Gt(t,d,i.commentBefore,!1),i.comment&&(a=i.comment);else if(Ae(i)){let e=Ne(i.key)?i.key:null;e&&(e.spaceBefore&&d.push(``),Gt(t,d,e.commentBefore,!1),e.comment&&(l=!0));let n=Ne(i.value)?i.value:null;n?(n.comment&&(a=n.comment),n.commentBefore&&(l=!0)):i.value==null&&e?.comment&&(a=e.comment)}a&&(l=!0);let o=kt(i,c,()=>a=null);l||=d.length>u||o.includes(`
`),n<e.length-1?o+=`,`:t.options.trailingComma&&(t.options.lineWidth>0&&(l||=d.reduce((e,t)=>e+t.length+2,2)+(o.length+2)>t.options.lineWidth),l&&(o+=`,`)),a&&(o+=ut(o,r,s(a))),d.push(o),u=d.length}let{start:f,end:p}=n;if(d.length===0)return f+p;if(!l){let e=d.reduce((e,t)=>e+t.length+2,2);l=t.options.lineWidth>0&&e>t.options.lineWidth}if(l){let e=f;for(let t of d)e+=t?`\n${a}${i}${t}`:`
`;return`${e}\n${i}${p}`}return`${f}${o}${d.join(` `)}${o}${p}`}function Gt({indent:e,options:{commentString:t}},n,r,i){if(r&&i&&(r=r.replace(/^\n+/,``)),r){let i=lt(t(r),e);n.push(i.trimStart())}}function Kt(e,t){let n=M(t)?t.value:t;for(let r of e)if(Ae(r)&&(r.key===t||r.key===n||M(r.key)&&r.key.value===n))return r}var qt=class extends st{static get tagName(){return`tag:yaml.org,2002:map`}constructor(e){super(Se,e),this.items=[]}static from(e,t,n){let{keepUndefined:r,replacer:i}=n,a=new this(e),o=(e,o)=>{if(typeof i==`function`)o=i.call(t,e,o);else if(Array.isArray(i)&&!i.includes(e))return;(o!==void 0||r)&&a.items.push(Bt(e,o,n))};if(t instanceof Map)for(let[e,n]of t)o(e,n);else if(t&&typeof t==`object`)for(let e of Object.keys(t))o(e,t[e]);return typeof e.sortMapEntries==`function`&&a.items.sort(e.sortMapEntries),a}add(e,t){let n;n=Ae(e)?e:!e||typeof e!=`object`||!(`key`in e)?new Vt(e,e?.value):new Vt(e.key,e.value);let r=Kt(this.items,n.key),i=this.schema?.sortMapEntries;if(r){if(!t)throw Error(`Key ${n.key} already set`);M(r.value)&&tt(n.value)?r.value.value=n.value:r.value=n.value}else if(i){let e=this.items.findIndex(e=>i(n,e)<0);e===-1?this.items.push(n):this.items.splice(e,0,n)}else this.items.push(n)}delete(e){let t=Kt(this.items,e);return t?this.items.splice(this.items.indexOf(t),1).length>0:!1}get(e,t){let n=Kt(this.items,e)?.value;return(!t&&M(n)?n.value:n)??void 0}has(e){return!!Kt(this.items,e)}set(e,t){this.add(new Vt(e,t),!0)}toJSON(e,t,n){let r=n?new n:t?.mapAsMap?new Map:{};t?.onCreate&&t.onCreate(r);for(let e of this.items)Rt(t,r,e);return r}toString(e,t,n){if(!e)return JSON.stringify(this);for(let e of this.items)if(!Ae(e))throw Error(`Map items must all be pairs; found ${JSON.stringify(e)} instead`);return!e.allNullValues&&this.hasAllNullValues(!1)&&(e=Object.assign({},e,{allNullValues:!0})),Ht(this,e,{blockItemPrefix:``,flowChars:{start:`{`,end:`}`},itemIndent:e.indent||``,onChompKeep:n,onComment:t})}},Jt={collection:`map`,default:!0,nodeClass:qt,tag:`tag:yaml.org,2002:map`,resolve(e,t){return ke(e)||t(`Expected a mapping for this tag`),e},createNode:(e,t,n)=>qt.from(e,t,n)},Yt=class extends st{static get tagName(){return`tag:yaml.org,2002:seq`}constructor(e){super(Te,e),this.items=[]}add(e){this.items.push(e)}delete(e){let t=Xt(e);return typeof t==`number`&&this.items.splice(t,1).length>0}get(e,t){let n=Xt(e);if(typeof n!=`number`)return;let r=this.items[n];return!t&&M(r)?r.value:r}has(e){let t=Xt(e);return typeof t==`number`&&t<this.items.length}set(e,t){let n=Xt(e);if(typeof n!=`number`)throw Error(`Expected a valid index, not ${e}.`);let r=this.items[n];M(r)&&tt(t)?r.value=t:this.items[n]=t}toJSON(e,t){let n=[];t?.onCreate&&t.onCreate(n);let r=0;for(let e of this.items)n.push(Ze(e,String(r++),t));return n}toString(e,t,n){return e?Ht(this,e,{blockItemPrefix:`- `,flowChars:{start:`[`,end:`]`},itemIndent:(e.indent||``)+`  `,onChompKeep:n,onComment:t}):JSON.stringify(this)}static from(e,t,n){let{replacer:r}=n,i=new this(e);if(t&&Symbol.iterator in Object(t)){let e=0;for(let a of t){if(typeof r==`function`){let n=t instanceof Set?a:String(e++);a=r.call(t,n,a)}i.items.push(it(a,void 0,n))}}return i}};function Xt(e){let t=M(e)?e.value:e;return t&&typeof t==`string`&&(t=Number(t)),typeof t==`number`&&Number.isInteger(t)&&t>=0?t:null}var Zt={collection:`seq`,default:!0,nodeClass:Yt,tag:`tag:yaml.org,2002:seq`,resolve(e,t){return je(e)||t(`Expected a sequence for this tag`),e},createNode:(e,t,n)=>Yt.from(e,t,n)},Qt={identify:e=>typeof e==`string`,default:!0,tag:`tag:yaml.org,2002:str`,resolve:e=>e,stringify(e,t,n,r){return t=Object.assign({actualString:!0},t),Tt(e,t,n,r)}},$t={identify:e=>e==null,createNode:()=>new N(null),default:!0,tag:`tag:yaml.org,2002:null`,test:/^(?:~|[Nn]ull|NULL)?$/,resolve:()=>new N(null),stringify:({source:e},t)=>typeof e==`string`&&$t.test.test(e)?e:t.options.nullStr},en={identify:e=>typeof e==`boolean`,default:!0,tag:`tag:yaml.org,2002:bool`,test:/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,resolve:e=>new N(e[0]===`t`||e[0]===`T`),stringify({source:e,value:t},n){return e&&en.test.test(e)&&t===(e[0]===`t`||e[0]===`T`)?e:t?n.options.trueStr:n.options.falseStr}};function tn({format:e,minFractionDigits:t,tag:n,value:r}){if(typeof r==`bigint`)return String(r);let i=typeof r==`number`?r:Number(r);if(!isFinite(i))return isNaN(i)?`.nan`:i<0?`-.inf`:`.inf`;let a=Object.is(r,-0)?`-0`:JSON.stringify(r);if(!e&&t&&(!n||n===`tag:yaml.org,2002:float`)&&/^-?\d/.test(a)&&!a.includes(`e`)){let e=a.indexOf(`.`);e<0&&(e=a.length,a+=`.`);let n=t-(a.length-e-1);for(;n-->0;)a+=`0`}return a}var nn={identify:e=>typeof e==`number`,default:!0,tag:`tag:yaml.org,2002:float`,test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:e=>e.slice(-3).toLowerCase()===`nan`?NaN:e[0]===`-`?-1/0:1/0,stringify:tn},rn={identify:e=>typeof e==`number`,default:!0,tag:`tag:yaml.org,2002:float`,format:`EXP`,test:/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,resolve:e=>parseFloat(e),stringify(e){let t=Number(e.value);return isFinite(t)?t.toExponential():tn(e)}},an={identify:e=>typeof e==`number`,default:!0,tag:`tag:yaml.org,2002:float`,test:/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,resolve(e){let t=new N(parseFloat(e)),n=e.indexOf(`.`);return n!==-1&&e[e.length-1]===`0`&&(t.minFractionDigits=e.length-n-1),t},stringify:tn},on=e=>typeof e==`bigint`||Number.isInteger(e),sn=(e,t,n,{intAsBigInt:r})=>r?BigInt(e):parseInt(e.substring(t),n);function cn(e,t,n){let{value:r}=e;return on(r)&&r>=0?n+r.toString(t):tn(e)}var ln={identify:e=>on(e)&&e>=0,default:!0,tag:`tag:yaml.org,2002:int`,format:`OCT`,test:/^0o[0-7]+$/,resolve:(e,t,n)=>sn(e,2,8,n),stringify:e=>cn(e,8,`0o`)},un={identify:on,default:!0,tag:`tag:yaml.org,2002:int`,test:/^[-+]?[0-9]+$/,resolve:(e,t,n)=>sn(e,0,10,n),stringify:tn},dn={identify:e=>on(e)&&e>=0,default:!0,tag:`tag:yaml.org,2002:int`,format:`HEX`,test:/^0x[0-9a-fA-F]+$/,resolve:(e,t,n)=>sn(e,2,16,n),stringify:e=>cn(e,16,`0x`)},fn=[Jt,Zt,Qt,$t,en,ln,un,dn,nn,rn,an];function pn(e){return typeof e==`bigint`||Number.isInteger(e)}var mn=({value:e})=>JSON.stringify(e),hn=[{identify:e=>typeof e==`string`,default:!0,tag:`tag:yaml.org,2002:str`,resolve:e=>e,stringify:mn},{identify:e=>e==null,createNode:()=>new N(null),default:!0,tag:`tag:yaml.org,2002:null`,test:/^null$/,resolve:()=>null,stringify:mn},{identify:e=>typeof e==`boolean`,default:!0,tag:`tag:yaml.org,2002:bool`,test:/^true$|^false$/,resolve:e=>e===`true`,stringify:mn},{identify:pn,default:!0,tag:`tag:yaml.org,2002:int`,test:/^-?(?:0|[1-9][0-9]*)$/,resolve:(e,t,{intAsBigInt:n})=>n?BigInt(e):parseInt(e,10),stringify:({value:e})=>pn(e)?e.toString():JSON.stringify(e)},{identify:e=>typeof e==`number`,default:!0,tag:`tag:yaml.org,2002:float`,test:/^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,resolve:e=>parseFloat(e),stringify:mn}],gn=[Jt,Zt].concat(hn,{default:!0,tag:``,test:/^/,resolve(e,t){return t(`Unresolved plain scalar ${JSON.stringify(e)}`),e}}),_n={identify:e=>e instanceof Uint8Array,default:!1,tag:`tag:yaml.org,2002:binary`,resolve(e,t){if(typeof atob==`function`){let t=atob(e.replace(/[\n\r]/g,``)),n=new Uint8Array(t.length);for(let e=0;e<t.length;++e)n[e]=t.charCodeAt(e);return n}return t(`This environment does not support reading binary tags; either Buffer or atob is required`),e},stringify({comment:e,type:t,value:n},r,i,a){if(!n)return``;let o=n,s;if(typeof btoa==`function`){let e=``;for(let t=0;t<o.length;++t)e+=String.fromCharCode(o[t]);s=btoa(e)}else throw Error(`This environment does not support writing binary tags; either Buffer or btoa is required`);if(t??=N.BLOCK_LITERAL,t!==N.QUOTE_DOUBLE){let e=Math.max(r.options.lineWidth-r.indent.length,r.options.minContentWidth),n=Math.ceil(s.length/e),i=Array(n);for(let t=0,r=0;t<n;++t,r+=e)i[t]=s.substr(r,e);s=i.join(t===N.BLOCK_LITERAL?`
`:` `)}return Tt({comment:e,type:t,value:s},r,i,a)}};function vn(e,t){if(je(e))for(let n=0;n<e.items.length;++n){let r=e.items[n];if(!Ae(r)){if(ke(r)){r.items.length>1&&t(`Each pair must have its own sequence indicator`);let e=r.items[0]||new Vt(new N(null));if(r.commentBefore&&(e.key.commentBefore=e.key.commentBefore?`${r.commentBefore}\n${e.key.commentBefore}`:r.commentBefore),r.comment){let t=e.value??e.key;t.comment=t.comment?`${r.comment}\n${t.comment}`:r.comment}r=e}e.items[n]=Ae(r)?r:new Vt(r)}}else t(`Expected a sequence for this tag`);return e}function yn(e,t,n){let{replacer:r}=n,i=new Yt(e);i.tag=`tag:yaml.org,2002:pairs`;let a=0;if(t&&Symbol.iterator in Object(t))for(let e of t){typeof r==`function`&&(e=r.call(t,String(a++),e));let o,s;if(Array.isArray(e)){if(e.length===2)o=e[0],s=e[1];else throw TypeError(`Expected [key, value] tuple: ${e}`)}else if(e&&e instanceof Object){let t=Object.keys(e);if(t.length===1)o=t[0],s=e[o];else throw TypeError(`Expected tuple with one key, not ${t.length} keys`)}else o=e;i.items.push(Bt(o,s,n))}return i}var bn={collection:`seq`,default:!1,tag:`tag:yaml.org,2002:pairs`,resolve:vn,createNode:yn},xn=class e extends Yt{constructor(){super(),this.add=qt.prototype.add.bind(this),this.delete=qt.prototype.delete.bind(this),this.get=qt.prototype.get.bind(this),this.has=qt.prototype.has.bind(this),this.set=qt.prototype.set.bind(this),this.tag=e.tag}toJSON(e,t){if(!t)return super.toJSON(e);let n=new Map;t?.onCreate&&t.onCreate(n);for(let e of this.items){let r,i;if(Ae(e)?(r=Ze(e.key,``,t),i=Ze(e.value,r,t)):r=Ze(e,``,t),n.has(r))throw Error(`Ordered maps must not include duplicate keys`);n.set(r,i)}return n}static from(e,t,n){let r=yn(e,t,n),i=new this;return i.items=r.items,i}};xn.tag=`tag:yaml.org,2002:omap`;var Sn={collection:`seq`,identify:e=>e instanceof Map,nodeClass:xn,default:!1,tag:`tag:yaml.org,2002:omap`,resolve(e,t){let n=vn(e,t),r=[];for(let{key:e}of n.items)M(e)&&(r.includes(e.value)?t(`Ordered maps must not include duplicate keys: ${e.value}`):r.push(e.value));return Object.assign(new xn,n)},createNode:(e,t,n)=>xn.from(e,t,n)};function Cn({value:e,source:t},n){return t&&(e?wn:Tn).test.test(t)?t:e?n.options.trueStr:n.options.falseStr}var wn={identify:e=>e===!0,default:!0,tag:`tag:yaml.org,2002:bool`,test:/^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,resolve:()=>new N(!0),stringify:Cn},Tn={identify:e=>e===!1,default:!0,tag:`tag:yaml.org,2002:bool`,test:/^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,resolve:()=>new N(!1),stringify:Cn},En={identify:e=>typeof e==`number`,default:!0,tag:`tag:yaml.org,2002:float`,test:/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,resolve:e=>e.slice(-3).toLowerCase()===`nan`?NaN:e[0]===`-`?-1/0:1/0,stringify:tn},Dn={identify:e=>typeof e==`number`,default:!0,tag:`tag:yaml.org,2002:float`,format:`EXP`,test:/^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,resolve:e=>parseFloat(e.replace(/_/g,``)),stringify(e){let t=Number(e.value);return isFinite(t)?t.toExponential():tn(e)}},On={identify:e=>typeof e==`number`,default:!0,tag:`tag:yaml.org,2002:float`,test:/^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,resolve(e){let t=new N(parseFloat(e.replace(/_/g,``))),n=e.indexOf(`.`);if(n!==-1){let r=e.substring(n+1).replace(/_/g,``);r[r.length-1]===`0`&&(t.minFractionDigits=r.length)}return t},stringify:tn},kn=e=>typeof e==`bigint`||Number.isInteger(e);function An(e,t,n,{intAsBigInt:r}){let i=e[0];if((i===`-`||i===`+`)&&(t+=1),e=e.substring(t).replace(/_/g,``),r){switch(n){case 2:e=`0b${e}`;break;case 8:e=`0o${e}`;break;case 16:e=`0x${e}`}let t=BigInt(e);return i===`-`?BigInt(-1)*t:t}let a=parseInt(e,n);return i===`-`?-1*a:a}function jn(e,t,n){let{value:r}=e;if(kn(r)){let e=r.toString(t);return r<0?`-`+n+e.substr(1):n+e}return tn(e)}var Mn={identify:kn,default:!0,tag:`tag:yaml.org,2002:int`,format:`BIN`,test:/^[-+]?0b[0-1_]+$/,resolve:(e,t,n)=>An(e,2,2,n),stringify:e=>jn(e,2,`0b`)},Nn={identify:kn,default:!0,tag:`tag:yaml.org,2002:int`,format:`OCT`,test:/^[-+]?0[0-7_]+$/,resolve:(e,t,n)=>An(e,1,8,n),stringify:e=>jn(e,8,`0`)},Pn={identify:kn,default:!0,tag:`tag:yaml.org,2002:int`,test:/^[-+]?[0-9][0-9_]*$/,resolve:(e,t,n)=>An(e,0,10,n),stringify:tn},Fn={identify:kn,default:!0,tag:`tag:yaml.org,2002:int`,format:`HEX`,test:/^[-+]?0x[0-9a-fA-F_]+$/,resolve:(e,t,n)=>An(e,2,16,n),stringify:e=>jn(e,16,`0x`)},In=class e extends qt{constructor(t){super(t),this.tag=e.tag}add(e){let t;t=Ae(e)?e:e&&typeof e==`object`&&`key`in e&&`value`in e&&e.value===null?new Vt(e.key,null):new Vt(e,null),Kt(this.items,t.key)||this.items.push(t)}get(e,t){let n=Kt(this.items,e);return!t&&Ae(n)?M(n.key)?n.key.value:n.key:n}set(e,t){if(typeof t!=`boolean`)throw Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof t}`);let n=Kt(this.items,e);n&&!t?this.items.splice(this.items.indexOf(n),1):!n&&t&&this.items.push(new Vt(e))}toJSON(e,t){return super.toJSON(e,t,Set)}toString(e,t,n){if(!e)return JSON.stringify(this);if(this.hasAllNullValues(!0))return super.toString(Object.assign({},e,{allNullValues:!0}),t,n);throw Error(`Set items must all have null values`)}static from(e,t,n){let{replacer:r}=n,i=new this(e);if(t&&Symbol.iterator in Object(t))for(let e of t)typeof r==`function`&&(e=r.call(t,e,e)),i.items.push(Bt(e,null,n));return i}};In.tag=`tag:yaml.org,2002:set`;var Ln={collection:`map`,identify:e=>e instanceof Set,nodeClass:In,default:!1,tag:`tag:yaml.org,2002:set`,createNode:(e,t,n)=>In.from(e,t,n),resolve(e,t){if(ke(e)){if(e.hasAllNullValues(!0))return Object.assign(new In,e);t(`Set items must all have null values`)}else t(`Expected a mapping for this tag`);return e}};function Rn(e,t){let n=e[0],r=n===`-`||n===`+`?e.substring(1):e,i=e=>t?BigInt(e):Number(e),a=r.replace(/_/g,``).split(`:`).reduce((e,t)=>e*i(60)+i(t),i(0));return n===`-`?i(-1)*a:a}function zn(e){let{value:t}=e,n=e=>e;if(typeof t==`bigint`)n=e=>BigInt(e);else if(isNaN(t)||!isFinite(t))return tn(e);let r=``;t<0&&(r=`-`,t*=n(-1));let i=n(60),a=[t%i];return t<60?a.unshift(0):(t=(t-a[0])/i,a.unshift(t%i),t>=60&&(t=(t-a[0])/i,a.unshift(t))),r+a.map(e=>String(e).padStart(2,`0`)).join(`:`).replace(/000000\d*$/,``)}var Bn={identify:e=>typeof e==`bigint`||Number.isInteger(e),default:!0,tag:`tag:yaml.org,2002:int`,format:`TIME`,test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,resolve:(e,t,{intAsBigInt:n})=>Rn(e,n),stringify:zn},Vn={identify:e=>typeof e==`number`,default:!0,tag:`tag:yaml.org,2002:float`,format:`TIME`,test:/^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,resolve:e=>Rn(e,!1),stringify:zn},Hn={identify:e=>e instanceof Date,default:!0,tag:`tag:yaml.org,2002:timestamp`,test:RegExp(`^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})(?:(?:t|T|[ \\t]+)([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?)?$`),resolve(e){let t=e.match(Hn.test);if(!t)throw Error(`!!timestamp expects a date, starting with yyyy-mm-dd`);let[,n,r,i,a,o,s]=t.map(Number),c=t[7]?Number((t[7]+`00`).substr(1,3)):0,l=Date.UTC(n,r-1,i,a||0,o||0,s||0,c),u=t[8];if(u&&u!==`Z`){let e=Rn(u,!1);Math.abs(e)<30&&(e*=60),l-=6e4*e}return new Date(l)},stringify:({value:e})=>e?.toISOString().replace(/(T00:00:00)?\.000Z$/,``)??``},Un=[Jt,Zt,Qt,$t,wn,Tn,Mn,Nn,Pn,Fn,En,Dn,On,_n,Nt,Sn,bn,Ln,Bn,Vn,Hn],Wn=new Map([[`core`,fn],[`failsafe`,[Jt,Zt,Qt]],[`json`,gn],[`yaml11`,Un],[`yaml-1.1`,Un]]),Gn={binary:_n,bool:en,float:an,floatExp:rn,floatNaN:nn,floatTime:Vn,int:un,intHex:dn,intOct:ln,intTime:Bn,map:Jt,merge:Nt,null:$t,omap:Sn,pairs:bn,seq:Zt,set:Ln,timestamp:Hn},Kn={"tag:yaml.org,2002:binary":_n,"tag:yaml.org,2002:merge":Nt,"tag:yaml.org,2002:omap":Sn,"tag:yaml.org,2002:pairs":bn,"tag:yaml.org,2002:set":Ln,"tag:yaml.org,2002:timestamp":Hn};function qn(e,t,n){let r=Wn.get(t);if(r&&!e)return n&&!r.includes(Nt)?r.concat(Nt):r.slice();let i=r;if(!i){if(Array.isArray(e))i=[];else{let e=Array.from(Wn.keys()).filter(e=>e!==`yaml11`).map(e=>JSON.stringify(e)).join(`, `);throw Error(`Unknown schema "${t}"; use one of ${e} or define customTags array`)}}if(Array.isArray(e))for(let t of e)i=i.concat(t);else typeof e==`function`&&(i=e(i.slice()));return n&&(i=i.concat(Nt)),i.reduce((e,t)=>{let n=typeof t==`string`?Gn[t]:t;if(!n){let e=JSON.stringify(t),n=Object.keys(Gn).map(e=>JSON.stringify(e)).join(`, `);throw Error(`Unknown custom tag ${e}; use one of ${n}`)}return e.includes(n)||e.push(n),e},[])}var Jn=(e,t)=>e.key<t.key?-1:+(e.key>t.key),Yn=class e{constructor({compat:e,customTags:t,merge:n,resolveKnownTags:r,schema:i,sortMapEntries:a,toStringDefaults:o}){this.compat=Array.isArray(e)?qn(e,`compat`):e?qn(null,e):null,this.name=typeof i==`string`&&i||`core`,this.knownTags=r?Kn:{},this.tags=qn(t,this.name,n),this.toStringOptions=o??null,Object.defineProperty(this,Se,{value:Jt}),Object.defineProperty(this,we,{value:Qt}),Object.defineProperty(this,Te,{value:Zt}),this.sortMapEntries=typeof a==`function`?a:a===!0?Jn:null}clone(){let t=Object.create(e.prototype,Object.getOwnPropertyDescriptors(this));return t.tags=this.tags.slice(),t}};function Xn(e,t){let n=[],r=t.directives===!0;if(t.directives!==!1&&e.directives){let t=e.directives.toString(e);t?(n.push(t),r=!0):e.directives.docStart&&(r=!0)}r&&n.push(`---`);let i=Et(e,t),{commentString:a}=i.options;if(e.commentBefore){n.length!==1&&n.unshift(``);let t=a(e.commentBefore);n.unshift(lt(t,``))}let o=!1,s=null;if(e.contents){if(Ne(e.contents)){if(e.contents.spaceBefore&&r&&n.push(``),e.contents.commentBefore){let t=a(e.contents.commentBefore);n.push(lt(t,``))}i.forceBlockIndent=!!e.comment,s=e.contents.comment}let t=s?void 0:()=>o=!0,c=kt(e.contents,i,()=>s=null,t);s&&(c+=ut(c,``,a(s))),(c[0]===`|`||c[0]===`>`)&&n[n.length-1]===`---`?n[n.length-1]=`--- ${c}`:n.push(c)}else n.push(kt(e.contents,i));if(e.directives?.docEnd){if(e.comment){let t=a(e.comment);t.includes(`
`)?(n.push(`...`),n.push(lt(t,``))):n.push(`... ${t}`)}else n.push(`...`)}else{let t=e.comment;t&&o&&(t=t.replace(/^\n+/,``)),t&&((!o||s)&&n[n.length-1]!==``&&n.push(``),n.push(lt(a(t),``)))}return n.join(`
`)+`
`}var Zn=class e{constructor(e,t,n){this.commentBefore=null,this.comment=null,this.errors=[],this.warnings=[],Object.defineProperty(this,Ee,{value:xe});let r=null;typeof t==`function`||Array.isArray(t)?r=t:n===void 0&&t&&(n=t,t=void 0);let i=Object.assign({intAsBigInt:!1,keepSourceTokens:!1,logLevel:`warn`,prettyErrors:!0,strict:!0,stringKeys:!1,uniqueKeys:!0,version:`1.2`},n);this.options=i;let{version:a}=i;n?._directives?(this.directives=n._directives.atDocument(),this.directives.yaml.explicit&&(a=this.directives.yaml.version)):this.directives=new Ge({version:a}),this.setSchema(a,n),this.contents=e===void 0?null:this.createNode(e,r,n)}clone(){let t=Object.create(e.prototype,{[Ee]:{value:xe}});return t.commentBefore=this.commentBefore,t.comment=this.comment,t.errors=this.errors.slice(),t.warnings=this.warnings.slice(),t.options=Object.assign({},this.options),this.directives&&(t.directives=this.directives.clone()),t.schema=this.schema.clone(),t.contents=Ne(this.contents)?this.contents.clone(t.schema):this.contents,this.range&&(t.range=this.range.slice()),t}add(e){Qn(this.contents)&&this.contents.add(e)}addIn(e,t){Qn(this.contents)&&this.contents.addIn(e,t)}createAlias(e,t){if(!e.anchor){let n=qe(this);e.anchor=!t||n.has(t)?Je(t||`a`,n):t}return new $e(e.anchor)}createNode(e,t,n){let r;if(typeof t==`function`)e=t.call({"":e},``,e),r=t;else if(Array.isArray(t)){let e=t.filter(e=>typeof e==`number`||e instanceof String||e instanceof Number).map(String);e.length>0&&(t=t.concat(e)),r=t}else n===void 0&&t&&(n=t,t=void 0);let{aliasDuplicateObjects:i,anchorPrefix:a,flow:o,keepUndefined:s,onTagObj:c,tag:l}=n??{},{onAnchor:u,setAnchors:d,sourceObjects:f}=Ye(this,a||`a`),p={aliasDuplicateObjects:i??!0,keepUndefined:s??!1,onAnchor:u,onTagObj:c,replacer:r,schema:this.schema,sourceObjects:f},m=it(e,l,p);return o&&Me(m)&&(m.flow=!0),d(),m}createPair(e,t,n={}){return new Vt(this.createNode(e,null,n),this.createNode(t,null,n))}delete(e){return Qn(this.contents)?this.contents.delete(e):!1}deleteIn(e){return ot(e)?this.contents!=null&&(this.contents=null,!0):Qn(this.contents)?this.contents.deleteIn(e):!1}get(e,t){return Me(this.contents)?this.contents.get(e,t):void 0}getIn(e,t){return ot(e)?!t&&M(this.contents)?this.contents.value:this.contents:Me(this.contents)?this.contents.getIn(e,t):void 0}has(e){return Me(this.contents)?this.contents.has(e):!1}hasIn(e){return ot(e)?this.contents!==void 0:Me(this.contents)?this.contents.hasIn(e):!1}set(e,t){this.contents==null?this.contents=at(this.schema,[e],t):Qn(this.contents)&&this.contents.set(e,t)}setIn(e,t){ot(e)?this.contents=t:this.contents==null?this.contents=at(this.schema,Array.from(e),t):Qn(this.contents)&&this.contents.setIn(e,t)}setSchema(e,t={}){typeof e==`number`&&(e=String(e));let n;switch(e){case`1.1`:this.directives?this.directives.yaml.version=`1.1`:this.directives=new Ge({version:`1.1`}),n={resolveKnownTags:!1,schema:`yaml-1.1`};break;case`1.2`:case`next`:this.directives?this.directives.yaml.version=e:this.directives=new Ge({version:e}),n={resolveKnownTags:!0,schema:`core`};break;case null:this.directives&&delete this.directives,n=null;break;default:{let t=JSON.stringify(e);throw Error(`Expected '1.1', '1.2' or null as first argument, but found: ${t}`)}}if(t.schema instanceof Object)this.schema=t.schema;else if(n)this.schema=new Yn(Object.assign(n,t));else throw Error(`With a null YAML version, the { schema: Schema } option is required`)}toJS({json:e,jsonArg:t,mapAsMap:n,maxAliasCount:r,onAnchor:i,reviver:a}={}){let o={anchors:new Map,doc:this,keep:!e,mapAsMap:n===!0,mapKeyWarned:!1,maxAliasCount:typeof r==`number`?r:100},s=Ze(this.contents,t??``,o);if(typeof i==`function`)for(let{count:e,res:t}of o.anchors.values())i(t,e);return typeof a==`function`?Xe(a,{"":s},``,s):s}toJSON(e,t){return this.toJS({json:!0,jsonArg:e,mapAsMap:!1,onAnchor:t})}toString(e={}){if(this.errors.length>0)throw Error(`Document with errors cannot be stringified`);if(`indent`in e&&(!Number.isInteger(e.indent)||Number(e.indent)<=0)){let t=JSON.stringify(e.indent);throw Error(`"indent" option must be a positive integer, not ${t}`)}return Xn(this,e)}};function Qn(e){if(Me(e))return!0;throw Error(`Expected a YAML collection as document contents`)}var $n=class extends Error{constructor(e,t,n,r){super(),this.name=e,this.code=n,this.message=r,this.pos=t}},er=class extends $n{constructor(e,t,n){super(`YAMLParseError`,e,t,n)}},tr=class extends $n{constructor(e,t,n){super(`YAMLWarning`,e,t,n)}},nr=(e,t)=>n=>{if(n.pos[0]===-1)return;n.linePos=n.pos.map(e=>t.linePos(e));let{line:r,col:i}=n.linePos[0];n.message+=` at line ${r}, column ${i}`;let a=i-1,o=e.substring(t.lineStarts[r-1],t.lineStarts[r]).replace(/[\n\r]+$/,``);if(a>=60&&o.length>80){let e=Math.min(a-39,o.length-79);o=`…`+o.substring(e),a-=e-1}if(o.length>80&&(o=o.substring(0,79)+`…`),r>1&&/^ *$/.test(o.substring(0,a))){let n=e.substring(t.lineStarts[r-2],t.lineStarts[r-1]);n.length>80&&(n=n.substring(0,79)+`…
`),o=n+o}if(/[^ ]/.test(o)){let e=1,t=n.linePos[1];t?.line===r&&t.col>i&&(e=Math.max(1,Math.min(t.col-i,80-a)));let s=` `.repeat(a)+`^`.repeat(e);n.message+=`:\n\n${o}\n${s}\n`}};function rr(e,{flow:t,indicator:n,next:r,offset:i,onError:a,parentIndent:o,startOnNewline:s}){let c=!1,l=s,u=s,d=``,f=``,p=!1,m=!1,h=null,g=null,_=null,v=null,y=null,b=null,x=null;for(let i of e)switch(m&&=(i.type!==`space`&&i.type!==`newline`&&i.type!==`comma`&&a(i.offset,`MISSING_CHAR`,`Tags and anchors must be separated from the next token by white space`),!1),h&&=(l&&i.type!==`comment`&&i.type!==`newline`&&a(h,`TAB_AS_INDENT`,`Tabs are not allowed as indentation`),null),i.type){case`space`:!t&&(n!==`doc-start`||r?.type!==`flow-collection`)&&i.source.includes(`	`)&&(h=i),u=!0;break;case`comment`:{u||a(i,`MISSING_CHAR`,`Comments must be separated from other tokens by white space characters`);let e=i.source.substring(1)||` `;d?d+=f+e:d=e,f=``,l=!1;break}case`newline`:l?d?d+=i.source:b&&n===`seq-item-ind`||(c=!0):f+=i.source,l=!0,p=!0,(g||_)&&(v=i),u=!0;break;case`anchor`:g&&a(i,`MULTIPLE_ANCHORS`,`A node can have at most one anchor`),i.source.endsWith(`:`)&&a(i.offset+i.source.length-1,`BAD_ALIAS`,`Anchor ending in : is ambiguous`,!0),g=i,x??=i.offset,l=!1,u=!1,m=!0;break;case`tag`:_&&a(i,`MULTIPLE_TAGS`,`A node can have at most one tag`),_=i,x??=i.offset,l=!1,u=!1,m=!0;break;case n:(g||_)&&a(i,`BAD_PROP_ORDER`,`Anchors and tags must be after the ${i.source} indicator`),b&&a(i,`UNEXPECTED_TOKEN`,`Unexpected ${i.source} in ${t??`collection`}`),b=i,l=n===`seq-item-ind`||n===`explicit-key-ind`,u=!1;break;case`comma`:if(t){y&&a(i,`UNEXPECTED_TOKEN`,`Unexpected , in ${t}`),y=i,l=!1,u=!1;break}default:a(i,`UNEXPECTED_TOKEN`,`Unexpected ${i.type} token`),l=!1,u=!1}let S=e[e.length-1],C=S?S.offset+S.source.length:i;return m&&r&&r.type!==`space`&&r.type!==`newline`&&r.type!==`comma`&&(r.type!==`scalar`||r.source!==``)&&a(r.offset,`MISSING_CHAR`,`Tags and anchors must be separated from the next token by white space`),h&&(l&&h.indent<=o||r?.type===`block-map`||r?.type===`block-seq`)&&a(h,`TAB_AS_INDENT`,`Tabs are not allowed as indentation`),{comma:y,found:b,spaceBefore:c,comment:d,hasNewline:p,anchor:g,tag:_,newlineAfterProp:v,end:C,start:x??C}}function ir(e){if(!e)return null;switch(e.type){case`alias`:case`scalar`:case`double-quoted-scalar`:case`single-quoted-scalar`:if(e.source.includes(`
`))return!0;if(e.end){for(let t of e.end)if(t.type===`newline`)return!0}return!1;case`flow-collection`:for(let t of e.items){for(let e of t.start)if(e.type===`newline`)return!0;if(t.sep){for(let e of t.sep)if(e.type===`newline`)return!0}if(ir(t.key)||ir(t.value))return!0}return!1;default:return!0}}function ar(e,t,n){if(t?.type===`flow-collection`){let r=t.end[0];r.indent===e&&(r.source===`]`||r.source===`}`)&&ir(t)&&n(r,`BAD_INDENT`,`Flow end indicator should be more indented than parent`,!0)}}function or(e,t,n){let{uniqueKeys:r}=e.options;if(r===!1)return!1;let i=typeof r==`function`?r:(e,t)=>e===t||M(e)&&M(t)&&e.value===t.value;return t.some(e=>i(e.key,n))}var sr=`All mapping items must start at the same column`;function cr({composeNode:e,composeEmptyNode:t},n,r,i,a){let o=new((a?.nodeClass)??qt)(n.schema);n.atRoot&&=!1;let s=r.offset,c=null;for(let a of r.items){let{start:l,key:u,sep:d,value:f}=a,p=rr(l,{indicator:`explicit-key-ind`,next:u??d?.[0],offset:s,onError:i,parentIndent:r.indent,startOnNewline:!0}),m=!p.found;if(m){if(u&&(u.type===`block-seq`?i(s,`BLOCK_AS_IMPLICIT_KEY`,`A block sequence may not be used as an implicit map key`):`indent`in u&&u.indent!==r.indent&&i(s,`BAD_INDENT`,sr)),!p.anchor&&!p.tag&&!d){c=p.end,p.comment&&(o.comment?o.comment+=`
`+p.comment:o.comment=p.comment);continue}(p.newlineAfterProp||ir(u))&&i(u??l[l.length-1],`MULTILINE_IMPLICIT_KEY`,`Implicit keys need to be on a single line`)}else p.found?.indent!==r.indent&&i(s,`BAD_INDENT`,sr);n.atKey=!0;let h=p.end,g=u?e(n,u,p,i):t(n,h,l,null,p,i);n.schema.compat&&ar(r.indent,u,i),n.atKey=!1,or(n,o.items,g)&&i(h,`DUPLICATE_KEY`,`Map keys must be unique`);let _=rr(d??[],{indicator:`map-value-ind`,next:f,offset:g.range[2],onError:i,parentIndent:r.indent,startOnNewline:!u||u.type===`block-scalar`});if(s=_.end,_.found){m&&(f?.type===`block-map`&&!_.hasNewline&&i(s,`BLOCK_AS_IMPLICIT_KEY`,`Nested mappings are not allowed in compact mappings`),n.options.strict&&p.start<_.found.offset-1024&&i(g.range,`KEY_OVER_1024_CHARS`,`The : indicator must be at most 1024 chars after the start of an implicit block mapping key`));let c=f?e(n,f,_,i):t(n,s,d,null,_,i);n.schema.compat&&ar(r.indent,f,i),s=c.range[2];let l=new Vt(g,c);n.options.keepSourceTokens&&(l.srcToken=a),o.items.push(l)}else{m&&i(g.range,`MISSING_CHAR`,`Implicit map keys need to be followed by map values`),_.comment&&(g.comment?g.comment+=`
`+_.comment:g.comment=_.comment);let e=new Vt(g);n.options.keepSourceTokens&&(e.srcToken=a),o.items.push(e)}}return c&&c<s&&i(c,`IMPOSSIBLE`,`Map comment with trailing content`),o.range=[r.offset,s,c??s],o}function lr({composeNode:e,composeEmptyNode:t},n,r,i,a){let o=new((a?.nodeClass)??Yt)(n.schema);n.atRoot&&=!1,n.atKey&&=!1;let s=r.offset,c=null;for(let{start:a,value:l}of r.items){let u=rr(a,{indicator:`seq-item-ind`,next:l,offset:s,onError:i,parentIndent:r.indent,startOnNewline:!0});if(!u.found){if(u.anchor||u.tag||l)l?.type===`block-seq`?i(u.end,`BAD_INDENT`,`All sequence items must start at the same column`):i(s,`MISSING_CHAR`,`Sequence item without - indicator`);else{c=u.end,u.comment&&(o.comment=u.comment);continue}}let d=l?e(n,l,u,i):t(n,u.end,a,null,u,i);n.schema.compat&&ar(r.indent,l,i),s=d.range[2],o.items.push(d)}return o.range=[r.offset,s,c??s],o}function ur(e,t,n,r){let i=``;if(e){let a=!1,o=``;for(let s of e){let{source:e,type:c}=s;switch(c){case`space`:a=!0;break;case`comment`:{n&&!a&&r(s,`MISSING_CHAR`,`Comments must be separated from other tokens by white space characters`);let t=e.substring(1)||` `;i?i+=o+t:i=t,o=``;break}case`newline`:i&&(o+=e),a=!0;break;default:r(s,`UNEXPECTED_TOKEN`,`Unexpected ${c} at node end`)}t+=e.length}}return{comment:i,offset:t}}var dr=`Block collections are not allowed within flow collections`,fr=e=>e&&(e.type===`block-map`||e.type===`block-seq`);function pr({composeNode:e,composeEmptyNode:t},n,r,i,a){let o=r.start.source===`{`,s=o?`flow map`:`flow sequence`,c=new((a?.nodeClass)??(o?qt:Yt))(n.schema);c.flow=!0;let l=n.atRoot;l&&(n.atRoot=!1),n.atKey&&=!1;let u=r.offset+r.start.source.length;for(let a=0;a<r.items.length;++a){let l=r.items[a],{start:d,key:f,sep:p,value:m}=l,h=rr(d,{flow:s,indicator:`explicit-key-ind`,next:f??p?.[0],offset:u,onError:i,parentIndent:r.indent,startOnNewline:!1});if(!h.found){if(!h.anchor&&!h.tag&&!p&&!m){a===0&&h.comma?i(h.comma,`UNEXPECTED_TOKEN`,`Unexpected , in ${s}`):a<r.items.length-1&&i(h.start,`UNEXPECTED_TOKEN`,`Unexpected empty item in ${s}`),h.comment&&(c.comment?c.comment+=`
`+h.comment:c.comment=h.comment),u=h.end;continue}!o&&n.options.strict&&ir(f)&&i(f,`MULTILINE_IMPLICIT_KEY`,`Implicit keys of flow sequence pairs need to be on a single line`)}if(a===0)h.comma&&i(h.comma,`UNEXPECTED_TOKEN`,`Unexpected , in ${s}`);else if(h.comma||i(h.start,`MISSING_CHAR`,`Missing , between ${s} items`),h.comment){let e=``;loop:for(let t of d)switch(t.type){case`comma`:case`space`:break;case`comment`:e=t.source.substring(1);break loop;default:break loop}if(e){let t=c.items[c.items.length-1];Ae(t)&&(t=t.value??t.key),t.comment?t.comment+=`
`+e:t.comment=e,h.comment=h.comment.substring(e.length+1)}}if(!o&&!p&&!h.found){let r=m?e(n,m,h,i):t(n,h.end,p,null,h,i);c.items.push(r),u=r.range[2],fr(m)&&i(r.range,`BLOCK_IN_FLOW`,dr)}else{n.atKey=!0;let a=h.end,g=f?e(n,f,h,i):t(n,a,d,null,h,i);fr(f)&&i(g.range,`BLOCK_IN_FLOW`,dr),n.atKey=!1;let _=rr(p??[],{flow:s,indicator:`map-value-ind`,next:m,offset:g.range[2],onError:i,parentIndent:r.indent,startOnNewline:!1});if(_.found){if(!o&&!h.found&&n.options.strict){if(p)for(let e of p){if(e===_.found)break;if(e.type===`newline`){i(e,`MULTILINE_IMPLICIT_KEY`,`Implicit keys of flow sequence pairs need to be on a single line`);break}}h.start<_.found.offset-1024&&i(_.found,`KEY_OVER_1024_CHARS`,`The : indicator must be at most 1024 chars after the start of an implicit flow sequence key`)}}else m&&(`source`in m&&m.source?.[0]===`:`?i(m,`MISSING_CHAR`,`Missing space after : in ${s}`):i(_.start,`MISSING_CHAR`,`Missing , or : between ${s} items`));let v=m?e(n,m,_,i):_.found?t(n,_.end,p,null,_,i):null;v?fr(m)&&i(v.range,`BLOCK_IN_FLOW`,dr):_.comment&&(g.comment?g.comment+=`
`+_.comment:g.comment=_.comment);let y=new Vt(g,v);if(n.options.keepSourceTokens&&(y.srcToken=l),o){let e=c;or(n,e.items,g)&&i(a,`DUPLICATE_KEY`,`Map keys must be unique`),e.items.push(y)}else{let e=new qt(n.schema);e.flow=!0,e.items.push(y);let t=(v??g).range;e.range=[g.range[0],t[1],t[2]],c.items.push(e)}u=v?v.range[2]:_.end}}let d=o?`}`:`]`,[f,...p]=r.end,m=u;if(f?.source===d)m=f.offset+f.source.length;else{let e=s[0].toUpperCase()+s.substring(1),t=l?`${e} must end with a ${d}`:`${e} in block collection must be sufficiently indented and end with a ${d}`;i(u,l?`MISSING_CHAR`:`BAD_INDENT`,t),f&&f.source.length!==1&&p.unshift(f)}if(p.length>0){let e=ur(p,m,n.options.strict,i);e.comment&&(c.comment?c.comment+=`
`+e.comment:c.comment=e.comment),c.range=[r.offset,m,e.offset]}else c.range=[r.offset,m,m];return c}function mr(e,t,n,r,i,a){let o=n.type===`block-map`?cr(e,t,n,r,a):n.type===`block-seq`?lr(e,t,n,r,a):pr(e,t,n,r,a),s=o.constructor;return i===`!`||i===s.tagName?(o.tag=s.tagName,o):(i&&(o.tag=i),o)}function hr(e,t,n,r,i){let a=r.tag,o=a?t.directives.tagName(a.source,e=>i(a,`TAG_RESOLVE_FAILED`,e)):null;if(n.type===`block-seq`){let{anchor:e,newlineAfterProp:t}=r,n=e&&a?e.offset>a.offset?e:a:e??a;n&&(!t||t.offset<n.offset)&&i(n,`MISSING_CHAR`,`Missing newline after block sequence props`)}let s=n.type===`block-map`?`map`:n.type===`block-seq`?`seq`:n.start.source===`{`?`map`:`seq`;if(!a||!o||o===`!`||o===qt.tagName&&s===`map`||o===Yt.tagName&&s===`seq`)return mr(e,t,n,i,o);let c=t.schema.tags.find(e=>e.tag===o&&e.collection===s);if(!c){let r=t.schema.knownTags[o];if(r?.collection===s)t.schema.tags.push(Object.assign({},r,{default:!1})),c=r;else return r?i(a,`BAD_COLLECTION_TYPE`,`${r.tag} used for ${s} collection, but expects ${r.collection??`scalar`}`,!0):i(a,`TAG_RESOLVE_FAILED`,`Unresolved tag: ${o}`,!0),mr(e,t,n,i,o)}let l=mr(e,t,n,i,o,c),u=c.resolve?.(l,e=>i(a,`TAG_RESOLVE_FAILED`,e),t.options)??l,d=Ne(u)?u:new N(u);return d.range=l.range,d.tag=o,c?.format&&(d.format=c.format),d}function gr(e,t,n){let r=t.offset,i=_r(t,e.options.strict,n);if(!i)return{value:``,type:null,comment:``,range:[r,r,r]};let a=i.mode===`>`?N.BLOCK_FOLDED:N.BLOCK_LITERAL,o=t.source?vr(t.source):[],s=o.length;for(let e=o.length-1;e>=0;--e){let t=o[e][1];if(t===``||t===`\r`)s=e;else break}if(s===0){let e=i.chomp===`+`&&o.length>0?`
`.repeat(Math.max(1,o.length-1)):``,n=r+i.length;return t.source&&(n+=t.source.length),{value:e,type:a,comment:i.comment,range:[r,n,n]}}let c=t.indent+i.indent,l=t.offset+i.length,u=0;for(let t=0;t<s;++t){let[r,a]=o[t];if(a===``||a===`\r`)i.indent===0&&r.length>c&&(c=r.length);else{r.length<c&&n(l+r.length,`MISSING_CHAR`,`Block scalars with more-indented leading empty lines must use an explicit indentation indicator`),i.indent===0&&(c=r.length),u=t,c===0&&!e.atRoot&&n(l,`BAD_INDENT`,`Block scalar values in collections must be indented`);break}l+=r.length+a.length+1}for(let e=o.length-1;e>=s;--e)o[e][0].length>c&&(s=e+1);let d=``,f=``,p=!1;for(let e=0;e<u;++e)d+=o[e][0].slice(c)+`
`;for(let e=u;e<s;++e){let[t,r]=o[e];l+=t.length+r.length+1;let s=r[r.length-1]===`\r`;if(s&&(r=r.slice(0,-1)),r&&t.length<c){let e=`Block scalar lines must not be less indented than their ${i.indent?`explicit indentation indicator`:`first line`}`;n(l-r.length-(s?2:1),`BAD_INDENT`,e),t=``}a===N.BLOCK_LITERAL?(d+=f+t.slice(c)+r,f=`
`):t.length>c||r[0]===`	`?(f===` `?f=`
`:!p&&f===`
`&&(f=`

`),d+=f+t.slice(c)+r,f=`
`,p=!0):r===``?f===`
`?d+=`
`:f=`
`:(d+=f+r,f=` `,p=!1)}switch(i.chomp){case`-`:break;case`+`:for(let e=s;e<o.length;++e)d+=`
`+o[e][0].slice(c);d[d.length-1]!==`
`&&(d+=`
`);break;default:d+=`
`}let m=r+i.length+t.source.length;return{value:d,type:a,comment:i.comment,range:[r,m,m]}}function _r({offset:e,props:t},n,r){if(t[0].type!==`block-scalar-header`)return r(t[0],`IMPOSSIBLE`,`Block scalar header not found`),null;let{source:i}=t[0],a=i[0],o=0,s=``,c=-1;for(let t=1;t<i.length;++t){let n=i[t];if(!s&&(n===`-`||n===`+`))s=n;else{let r=Number(n);!o&&r?o=r:c===-1&&(c=e+t)}}c!==-1&&r(c,`UNEXPECTED_TOKEN`,`Block scalar header includes extra characters: ${i}`);let l=!1,u=``,d=i.length;for(let e=1;e<t.length;++e){let i=t[e];switch(i.type){case`space`:l=!0;case`newline`:d+=i.source.length;break;case`comment`:n&&!l&&r(i,`MISSING_CHAR`,`Comments must be separated from other tokens by white space characters`),d+=i.source.length,u=i.source.substring(1);break;case`error`:r(i,`UNEXPECTED_TOKEN`,i.message),d+=i.source.length;break;default:{r(i,`UNEXPECTED_TOKEN`,`Unexpected token in block scalar header: ${i.type}`);let e=i.source;e&&typeof e==`string`&&(d+=e.length)}}}return{mode:a,indent:o,chomp:s,comment:u,length:d}}function vr(e){let t=e.split(/\n( *)/),n=t[0],r=n.match(/^( *)/),i=[r?.[1]?[r[1],n.slice(r[1].length)]:[``,n]];for(let e=1;e<t.length;e+=2)i.push([t[e],t[e+1]]);return i}function yr(e,t,n){let{offset:r,type:i,source:a,end:o}=e,s,c,l=(e,t,i)=>n(r+e,t,i);switch(i){case`scalar`:s=N.PLAIN,c=br(a,l);break;case`single-quoted-scalar`:s=N.QUOTE_SINGLE,c=xr(a,l);break;case`double-quoted-scalar`:s=N.QUOTE_DOUBLE,c=Cr(a,l);break;default:return n(e,`UNEXPECTED_TOKEN`,`Expected a flow scalar value, but found: ${i}`),{value:``,type:null,comment:``,range:[r,r+a.length,r+a.length]}}let u=r+a.length,d=ur(o,u,t,n);return{value:c,type:s,comment:d.comment,range:[r,u,d.offset]}}function br(e,t){let n=``;switch(e[0]){case`	`:n=`a tab character`;break;case`,`:n=`flow indicator character ,`;break;case`%`:n=`directive indicator character %`;break;case`|`:case`>`:n=`block scalar indicator ${e[0]}`;break;case`@`:case"`":n=`reserved character ${e[0]}`}return n&&t(0,`BAD_SCALAR_START`,`Plain value cannot start with ${n}`),Sr(e)}function xr(e,t){return(e[e.length-1]!==`'`||e.length===1)&&t(e.length,`MISSING_CHAR`,`Missing closing 'quote`),Sr(e.slice(1,-1)).replace(/''/g,`'`)}function Sr(e){let t=/(.*?)\r?\n/sy,n=t.exec(e);if(!n)return e;let r,i;try{r=RegExp(`(?<![ 	])[ 	]+$`),i=RegExp(`^[ 	]+|(?<![ 	])[ 	]+$`,`g`)}catch{r=/[ \t]+$/,i=/^[ \t]+|[ \t]+$/g}let a=n[1].replace(r,``),o=` `,s=t.lastIndex;for(;n=t.exec(e);){let e=n[1].replace(i,``);e===``?o===`
`?a+=o:o=`
`:(a+=o+e,o=` `),s=t.lastIndex}let c=/[ \t]*(.*)/sy;return c.lastIndex=s,n=c.exec(e),a+o+(n?.[1]??``)}function Cr(e,t){let n=``;for(let r=1;r<e.length-1;++r){let i=e[r];if(i!==`\r`||e[r+1]!==`
`){if(i===`
`){let{fold:t,offset:i}=wr(e,r);n+=t,r=i}else if(i===`\\`){let i=e[++r],a=Tr[i];if(a)n+=a;else if(i===`
`)for(i=e[r+1];i===` `||i===`	`;)i=e[++r+1];else if(i===`\r`&&e[r+1]===`
`)for(i=e[++r+1];i===` `||i===`	`;)i=e[++r+1];else if(i===`x`||i===`u`||i===`U`){let a=i===`x`?2:i===`u`?4:8;n+=Er(e,r+1,a,t),r+=a}else{let i=e.substr(r-1,2);t(r-1,`BAD_DQ_ESCAPE`,`Invalid escape sequence ${i}`),n+=i}}else if(i===` `||i===`	`){let t=r,a=e[r+1];for(;a===` `||a===`	`;)a=e[++r+1];a!==`
`&&(a!==`\r`||e[r+2]!==`
`)&&(n+=r>t?e.slice(t,r+1):i)}else n+=i}}return(e[e.length-1]!==`"`||e.length===1)&&t(e.length,`MISSING_CHAR`,`Missing closing "quote`),n}function wr(e,t){let n=``,r=e[t+1];for(;(r===` `||r===`	`||r===`
`||r===`\r`)&&(r!==`\r`||e[t+2]===`
`);)r===`
`&&(n+=`
`),t+=1,r=e[t+1];return n||=` `,{fold:n,offset:t}}var Tr={0:`\0`,a:`\x07`,b:`\b`,e:`\x1B`,f:`\f`,n:`
`,r:`\r`,t:`	`,v:`\v`,N:``,_:`\xA0`,L:`\u2028`,P:`\u2029`," ":` `,'"':`"`,"/":`/`,"\\":`\\`,"	":`	`};function Er(e,t,n,r){let i=e.substr(t,n),a=i.length===n&&/^[0-9a-fA-F]+$/.test(i)?parseInt(i,16):NaN;try{return String.fromCodePoint(a)}catch{let i=e.substr(t-2,n+2);return r(t-2,`BAD_DQ_ESCAPE`,`Invalid escape sequence ${i}`),i}}function Dr(e,t,n,r){let{value:i,type:a,comment:o,range:s}=t.type===`block-scalar`?gr(e,t,r):yr(t,e.options.strict,r),c=n?e.directives.tagName(n.source,e=>r(n,`TAG_RESOLVE_FAILED`,e)):null,l;l=e.options.stringKeys&&e.atKey?e.schema[we]:c?Or(e.schema,i,c,n,r):t.type===`scalar`?kr(e,i,t,r):e.schema[we];let u;try{let a=l.resolve(i,e=>r(n??t,`TAG_RESOLVE_FAILED`,e),e.options);u=M(a)?a:new N(a)}catch(e){let a=e instanceof Error?e.message:String(e);r(n??t,`TAG_RESOLVE_FAILED`,a),u=new N(i)}return u.range=s,u.source=i,a&&(u.type=a),c&&(u.tag=c),l.format&&(u.format=l.format),o&&(u.comment=o),u}function Or(e,t,n,r,i){if(n===`!`)return e[we];let a=[];for(let t of e.tags)if(!t.collection&&t.tag===n){if(t.default&&t.test)a.push(t);else return t}for(let e of a)if(e.test?.test(t))return e;let o=e.knownTags[n];return o&&!o.collection?(e.tags.push(Object.assign({},o,{default:!1,test:void 0})),o):(i(r,`TAG_RESOLVE_FAILED`,`Unresolved tag: ${n}`,n!==`tag:yaml.org,2002:str`),e[we])}function kr({atKey:e,directives:t,schema:n},r,i,a){let o=n.tags.find(t=>(t.default===!0||e&&t.default===`key`)&&t.test?.test(r))||n[we];if(n.compat){let e=n.compat.find(e=>e.default&&e.test?.test(r))??n[we];o.tag!==e.tag&&a(i,`TAG_RESOLVE_FAILED`,`Value may be parsed as either ${t.tagString(o.tag)} or ${t.tagString(e.tag)}`,!0)}return o}function Ar(e,t,n){if(t){n??=t.length;for(let r=n-1;r>=0;--r){let n=t[r];switch(n.type){case`space`:case`comment`:case`newline`:e-=n.source.length;continue}for(n=t[++r];n?.type===`space`;)e+=n.source.length,n=t[++r];break}}return e}var jr={composeNode:Mr,composeEmptyNode:Nr};function Mr(e,t,n,r){let i=e.atKey,{spaceBefore:a,comment:o,anchor:s,tag:c}=n,l,u=!0;switch(t.type){case`alias`:l=Pr(e,t,r),(s||c)&&r(t,`ALIAS_PROPS`,`An alias node must not specify any properties`);break;case`scalar`:case`single-quoted-scalar`:case`double-quoted-scalar`:case`block-scalar`:l=Dr(e,t,c,r),s&&(l.anchor=s.source.substring(1));break;case`block-map`:case`block-seq`:case`flow-collection`:try{l=hr(jr,e,t,n,r),s&&(l.anchor=s.source.substring(1))}catch(e){r(t,`RESOURCE_EXHAUSTION`,e instanceof Error?e.message:String(e))}break;default:r(t,`UNEXPECTED_TOKEN`,t.type===`error`?t.message:`Unsupported token (type: ${t.type})`),u=!1}return l??=Nr(e,t.offset,void 0,null,n,r),s&&l.anchor===``&&r(s,`BAD_ALIAS`,`Anchor cannot be an empty string`),i&&e.options.stringKeys&&(!M(l)||typeof l.value!=`string`||l.tag&&l.tag!==`tag:yaml.org,2002:str`)&&r(c??t,`NON_STRING_KEY`,`With stringKeys, all keys must be strings`),a&&(l.spaceBefore=!0),o&&(t.type===`scalar`&&t.source===``?l.comment=o:l.commentBefore=o),e.options.keepSourceTokens&&u&&(l.srcToken=t),l}function Nr(e,t,n,r,{spaceBefore:i,comment:a,anchor:o,tag:s,end:c},l){let u=Dr(e,{type:`scalar`,offset:Ar(t,n,r),indent:-1,source:``},s,l);return o&&(u.anchor=o.source.substring(1),u.anchor===``&&l(o,`BAD_ALIAS`,`Anchor cannot be an empty string`)),i&&(u.spaceBefore=!0),a&&(u.comment=a,u.range[2]=c),u}function Pr({options:e},{offset:t,source:n,end:r},i){let a=new $e(n.substring(1));a.source===``&&i(t,`BAD_ALIAS`,`Alias cannot be an empty string`),a.source.endsWith(`:`)&&i(t+n.length-1,`BAD_ALIAS`,`Alias ending in : is ambiguous`,!0);let o=t+n.length,s=ur(r,o,e.strict,i);return a.range=[t,o,s.offset],s.comment&&(a.comment=s.comment),a}function Fr(e,t,{offset:n,start:r,value:i,end:a},o){let s=new Zn(void 0,Object.assign({_directives:t},e)),c={atKey:!1,atRoot:!0,directives:s.directives,options:s.options,schema:s.schema},l=rr(r,{indicator:`doc-start`,next:i??a?.[0],offset:n,onError:o,parentIndent:0,startOnNewline:!0});l.found&&(s.directives.docStart=!0,i&&(i.type===`block-map`||i.type===`block-seq`)&&!l.hasNewline&&o(l.end,`MISSING_CHAR`,`Block collection cannot start on same line with directives-end marker`)),s.contents=i?Mr(c,i,l,o):Nr(c,l.end,r,null,l,o);let u=s.contents.range[2],d=ur(a,u,!1,o);return d.comment&&(s.comment=d.comment),s.range=[n,u,d.offset],s}function Ir(e){if(typeof e==`number`)return[e,e+1];if(Array.isArray(e))return e.length===2?e:[e[0],e[1]];let{offset:t,source:n}=e;return[t,t+(typeof n==`string`?n.length:1)]}function Lr(e){let t=``,n=!1,r=!1;for(let i=0;i<e.length;++i){let a=e[i];switch(a[0]){case`#`:t+=(t===``?``:r?`

`:`
`)+(a.substring(1)||` `),n=!0,r=!1;break;case`%`:e[i+1]?.[0]!==`#`&&(i+=1),n=!1;break;default:n||(r=!0),n=!1}}return{comment:t,afterEmptyLine:r}}var Rr=class{constructor(e={}){this.doc=null,this.atDirectives=!1,this.prelude=[],this.errors=[],this.warnings=[],this.onError=(e,t,n,r)=>{let i=Ir(e);r?this.warnings.push(new tr(i,t,n)):this.errors.push(new er(i,t,n))},this.directives=new Ge({version:e.version||`1.2`}),this.options=e}decorate(e,t){let{comment:n,afterEmptyLine:r}=Lr(this.prelude);if(n){let i=e.contents;if(t)e.comment=e.comment?`${e.comment}\n${n}`:n;else if(r||e.directives.docStart||!i)e.commentBefore=n;else if(Me(i)&&!i.flow&&i.items.length>0){let e=i.items[0];Ae(e)&&(e=e.key);let t=e.commentBefore;e.commentBefore=t?`${n}\n${t}`:n}else{let e=i.commentBefore;i.commentBefore=e?`${n}\n${e}`:n}}if(t){for(let t=0;t<this.errors.length;++t)e.errors.push(this.errors[t]);for(let t=0;t<this.warnings.length;++t)e.warnings.push(this.warnings[t])}else e.errors=this.errors,e.warnings=this.warnings;this.prelude=[],this.errors=[],this.warnings=[]}streamInfo(){return{comment:Lr(this.prelude).comment,directives:this.directives,errors:this.errors,warnings:this.warnings}}*compose(e,t=!1,n=-1){for(let t of e)yield*this.next(t);yield*this.end(t,n)}*next(e){switch(e.type){case`directive`:this.directives.add(e.source,(t,n,r)=>{let i=Ir(e);i[0]+=t,this.onError(i,`BAD_DIRECTIVE`,n,r)}),this.prelude.push(e.source),this.atDirectives=!0;break;case`document`:{let t=Fr(this.options,this.directives,e,this.onError);this.atDirectives&&!t.directives.docStart&&this.onError(e,`MISSING_CHAR`,`Missing directives-end/doc-start indicator line`),this.decorate(t,!1),this.doc&&(yield this.doc),this.doc=t,this.atDirectives=!1;break}case`byte-order-mark`:case`space`:break;case`comment`:case`newline`:this.prelude.push(e.source);break;case`error`:{let t=e.source?`${e.message}: ${JSON.stringify(e.source)}`:e.message,n=new er(Ir(e),`UNEXPECTED_TOKEN`,t);this.atDirectives||!this.doc?this.errors.push(n):this.doc.errors.push(n);break}case`doc-end`:{if(!this.doc){this.errors.push(new er(Ir(e),`UNEXPECTED_TOKEN`,`Unexpected doc-end without preceding document`));break}this.doc.directives.docEnd=!0;let t=ur(e.end,e.offset+e.source.length,this.doc.options.strict,this.onError);if(this.decorate(this.doc,!0),t.comment){let e=this.doc.comment;this.doc.comment=e?`${e}\n${t.comment}`:t.comment}this.doc.range[2]=t.offset;break}default:this.errors.push(new er(Ir(e),`UNEXPECTED_TOKEN`,`Unsupported token ${e.type}`))}}*end(e=!1,t=-1){if(this.doc)this.decorate(this.doc,!0),yield this.doc,this.doc=null;else if(e){let e=new Zn(void 0,Object.assign({_directives:this.directives},this.options));this.atDirectives&&this.onError(t,`MISSING_CHAR`,`Missing directives-end indicator line`),e.range=[0,t,t],this.decorate(e,!1),yield e}}},zr=Symbol(`break visit`),Br=Symbol(`skip children`),Vr=Symbol(`remove item`);function Hr(e,t){`type`in e&&e.type===`document`&&(e={start:e.start,value:e.value}),Ur(Object.freeze([]),e,t)}Hr.BREAK=zr,Hr.SKIP=Br,Hr.REMOVE=Vr,Hr.itemAtPath=(e,t)=>{let n=e;for(let[e,r]of t){let t=n?.[e];if(t&&`items`in t)n=t.items[r];else return}return n},Hr.parentCollection=(e,t)=>{let n=Hr.itemAtPath(e,t.slice(0,-1)),r=t[t.length-1][0],i=n?.[r];if(i&&`items`in i)return i;throw Error(`Parent collection not found`)};function Ur(e,t,n){let r=n(t,e);if(typeof r==`symbol`)return r;for(let i of[`key`,`value`]){let a=t[i];if(a&&`items`in a){for(let t=0;t<a.items.length;++t){let r=Ur(Object.freeze(e.concat([[i,t]])),a.items[t],n);if(typeof r==`number`)t=r-1;else if(r===zr)return zr;else r===Vr&&(a.items.splice(t,1),--t)}typeof r==`function`&&i===`key`&&(r=r(t,e))}}return typeof r==`function`?r(t,e):r}function Wr(e){switch(e){case`﻿`:return`byte-order-mark`;case``:return`doc-mode`;case``:return`flow-error-end`;case``:return`scalar`;case`---`:return`doc-start`;case`...`:return`doc-end`;case``:case`
`:case`\r
`:return`newline`;case`-`:return`seq-item-ind`;case`?`:return`explicit-key-ind`;case`:`:return`map-value-ind`;case`{`:return`flow-map-start`;case`}`:return`flow-map-end`;case`[`:return`flow-seq-start`;case`]`:return`flow-seq-end`;case`,`:return`comma`}switch(e[0]){case` `:case`	`:return`space`;case`#`:return`comment`;case`%`:return`directive-line`;case`*`:return`alias`;case`&`:return`anchor`;case`!`:return`tag`;case`'`:return`single-quoted-scalar`;case`"`:return`double-quoted-scalar`;case`|`:case`>`:return`block-scalar-header`}return null}function Gr(e){switch(e){case void 0:case` `:case`
`:case`\r`:case`	`:return!0;default:return!1}}var Kr=new Set(`0123456789ABCDEFabcdef`),qr=new Set(`0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()`),Jr=new Set(`,[]{}`),Yr=new Set(` ,[]{}
\r	`),Xr=e=>!e||Yr.has(e),Zr=class{constructor(){this.atEnd=!1,this.blockScalarIndent=-1,this.blockScalarKeep=!1,this.buffer=``,this.flowKey=!1,this.flowLevel=0,this.indentNext=0,this.indentValue=0,this.lineEndPos=null,this.next=null,this.pos=0}*lex(e,t=!1){if(e){if(typeof e!=`string`)throw TypeError(`source is not a string`);this.buffer=this.buffer?this.buffer+e:e,this.lineEndPos=null}this.atEnd=!t;let n=this.next??`stream`;for(;n&&(t||this.hasChars(1));)n=yield*this.parseNext(n)}atLineEnd(){let e=this.pos,t=this.buffer[e];for(;t===` `||t===`	`;)t=this.buffer[++e];return!t||t===`#`||t===`
`||t===`\r`&&this.buffer[e+1]===`
`}charAt(e){return this.buffer[this.pos+e]}continueScalar(e){let t=this.buffer[e];if(this.indentNext>0){let n=0;for(;t===` `;)t=this.buffer[++n+e];if(t===`\r`){let t=this.buffer[n+e+1];if(t===`
`||!t&&!this.atEnd)return e+n+1}return t===`
`||n>=this.indentNext||!t&&!this.atEnd?e+n:-1}if(t===`-`||t===`.`){let t=this.buffer.substr(e,3);if((t===`---`||t===`...`)&&Gr(this.buffer[e+3]))return-1}return e}getLine(){let e=this.lineEndPos;return(typeof e!=`number`||e!==-1&&e<this.pos)&&(e=this.buffer.indexOf(`
`,this.pos),this.lineEndPos=e),e===-1?this.atEnd?this.buffer.substring(this.pos):null:(this.buffer[e-1]===`\r`&&--e,this.buffer.substring(this.pos,e))}hasChars(e){return this.pos+e<=this.buffer.length}setNext(e){return this.buffer=this.buffer.substring(this.pos),this.pos=0,this.lineEndPos=null,this.next=e,null}peek(e){return this.buffer.substr(this.pos,e)}*parseNext(e){switch(e){case`stream`:return yield*this.parseStream();case`line-start`:return yield*this.parseLineStart();case`block-start`:return yield*this.parseBlockStart();case`doc`:return yield*this.parseDocument();case`flow`:return yield*this.parseFlowCollection();case`quoted-scalar`:return yield*this.parseQuotedScalar();case`block-scalar`:return yield*this.parseBlockScalar();case`plain-scalar`:return yield*this.parsePlainScalar()}}*parseStream(){let e=this.getLine();if(e===null)return this.setNext(`stream`);if(e[0]===`﻿`&&(yield*this.pushCount(1),e=e.substring(1)),e[0]===`%`){let t=e.length,n=e.indexOf(`#`);for(;n!==-1;){let r=e[n-1];if(r===` `||r===`	`){t=n-1;break}n=e.indexOf(`#`,n+1)}for(;;){let n=e[t-1];if(n===` `||n===`	`)--t;else break}let r=(yield*this.pushCount(t))+(yield*this.pushSpaces(!0));return yield*this.pushCount(e.length-r),this.pushNewline(),`stream`}if(this.atLineEnd()){let t=yield*this.pushSpaces(!0);return yield*this.pushCount(e.length-t),yield*this.pushNewline(),`stream`}return yield``,yield*this.parseLineStart()}*parseLineStart(){let e=this.charAt(0);if(!e&&!this.atEnd)return this.setNext(`line-start`);if(e===`-`||e===`.`){if(!this.atEnd&&!this.hasChars(4))return this.setNext(`line-start`);let e=this.peek(3);if((e===`---`||e===`...`)&&Gr(this.charAt(3)))return yield*this.pushCount(3),this.indentValue=0,this.indentNext=0,e===`---`?`doc`:`stream`}return this.indentValue=yield*this.pushSpaces(!1),this.indentNext>this.indentValue&&!Gr(this.charAt(1))&&(this.indentNext=this.indentValue),yield*this.parseBlockStart()}*parseBlockStart(){let[e,t]=this.peek(2);if(!t&&!this.atEnd)return this.setNext(`block-start`);if((e===`-`||e===`?`||e===`:`)&&Gr(t)){let e=(yield*this.pushCount(1))+(yield*this.pushSpaces(!0));return this.indentNext=this.indentValue+1,this.indentValue+=e,`block-start`}return`doc`}*parseDocument(){yield*this.pushSpaces(!0);let e=this.getLine();if(e===null)return this.setNext(`doc`);let t=yield*this.pushIndicators();switch(e[t]){case`#`:yield*this.pushCount(e.length-t);case void 0:return yield*this.pushNewline(),yield*this.parseLineStart();case`{`:case`[`:return yield*this.pushCount(1),this.flowKey=!1,this.flowLevel=1,`flow`;case`}`:case`]`:return yield*this.pushCount(1),`doc`;case`*`:return yield*this.pushUntil(Xr),`doc`;case`"`:case`'`:return yield*this.parseQuotedScalar();case`|`:case`>`:return t+=yield*this.parseBlockScalarHeader(),t+=yield*this.pushSpaces(!0),yield*this.pushCount(e.length-t),yield*this.pushNewline(),yield*this.parseBlockScalar();default:return yield*this.parsePlainScalar()}}*parseFlowCollection(){let e,t,n=-1;do e=yield*this.pushNewline(),e>0?(t=yield*this.pushSpaces(!1),this.indentValue=n=t):t=0,t+=yield*this.pushSpaces(!0);while(e+t>0);let r=this.getLine();if(r===null)return this.setNext(`flow`);if((n!==-1&&n<this.indentNext&&r[0]!==`#`||n===0&&(r.startsWith(`---`)||r.startsWith(`...`))&&Gr(r[3]))&&(n!==this.indentNext-1||this.flowLevel!==1||r[0]!==`]`&&r[0]!==`}`))return this.flowLevel=0,yield``,yield*this.parseLineStart();let i=0;for(;r[i]===`,`;)i+=yield*this.pushCount(1),i+=yield*this.pushSpaces(!0),this.flowKey=!1;switch(i+=yield*this.pushIndicators(),r[i]){case void 0:return`flow`;case`#`:return yield*this.pushCount(r.length-i),`flow`;case`{`:case`[`:return yield*this.pushCount(1),this.flowKey=!1,this.flowLevel+=1,`flow`;case`}`:case`]`:return yield*this.pushCount(1),this.flowKey=!0,--this.flowLevel,this.flowLevel?`flow`:`doc`;case`*`:return yield*this.pushUntil(Xr),`flow`;case`"`:case`'`:return this.flowKey=!0,yield*this.parseQuotedScalar();case`:`:{let e=this.charAt(1);if(this.flowKey||Gr(e)||e===`,`)return this.flowKey=!1,yield*this.pushCount(1),yield*this.pushSpaces(!0),`flow`}default:return this.flowKey=!1,yield*this.parsePlainScalar()}}*parseQuotedScalar(){let e=this.charAt(0),t=this.buffer.indexOf(e,this.pos+1);if(e===`'`)for(;t!==-1&&this.buffer[t+1]===`'`;)t=this.buffer.indexOf(`'`,t+2);else for(;t!==-1;){let e=0;for(;this.buffer[t-1-e]===`\\`;)e+=1;if(e%2==0)break;t=this.buffer.indexOf(`"`,t+1)}let n=this.buffer.substring(0,t),r=n.indexOf(`
`,this.pos);if(r!==-1){for(;r!==-1;){let e=this.continueScalar(r+1);if(e===-1)break;r=n.indexOf(`
`,e)}r!==-1&&(t=r-(n[r-1]===`\r`?2:1))}if(t===-1){if(!this.atEnd)return this.setNext(`quoted-scalar`);t=this.buffer.length}return yield*this.pushToIndex(t+1,!1),this.flowLevel?`flow`:`doc`}*parseBlockScalarHeader(){this.blockScalarIndent=-1,this.blockScalarKeep=!1;let e=this.pos;for(;;){let t=this.buffer[++e];if(t===`+`)this.blockScalarKeep=!0;else if(t>`0`&&t<=`9`)this.blockScalarIndent=Number(t)-1;else if(t!==`-`)break}return yield*this.pushUntil(e=>Gr(e)||e===`#`)}*parseBlockScalar(){let e=this.pos-1,t=0,n;loop:for(let r=this.pos;n=this.buffer[r];++r)switch(n){case` `:t+=1;break;case`
`:e=r,t=0;break;case`\r`:{let e=this.buffer[r+1];if(!e&&!this.atEnd)return this.setNext(`block-scalar`);if(e===`
`)break}default:break loop}if(!n&&!this.atEnd)return this.setNext(`block-scalar`);if(t>=this.indentNext){this.indentNext=this.blockScalarIndent===-1?t:this.blockScalarIndent+(this.indentNext===0?1:this.indentNext);do{let t=this.continueScalar(e+1);if(t===-1)break;e=this.buffer.indexOf(`
`,t)}while(e!==-1);if(e===-1){if(!this.atEnd)return this.setNext(`block-scalar`);e=this.buffer.length}}let r=e+1;for(n=this.buffer[r];n===` `;)n=this.buffer[++r];if(n===`	`){for(;n===`	`||n===` `||n===`\r`||n===`
`;)n=this.buffer[++r];e=r-1}else if(!this.blockScalarKeep)do{let n=e-1,r=this.buffer[n];r===`\r`&&(r=this.buffer[--n]);let i=n;for(;r===` `;)r=this.buffer[--n];if(r===`
`&&n>=this.pos&&n+1+t>i)e=n;else break}while(1);return yield``,yield*this.pushToIndex(e+1,!0),yield*this.parseLineStart()}*parsePlainScalar(){let e=this.flowLevel>0,t=this.pos-1,n=this.pos-1,r;for(;r=this.buffer[++n];)if(r===`:`){let r=this.buffer[n+1];if(Gr(r)||e&&Jr.has(r))break;t=n}else if(Gr(r)){let i=this.buffer[n+1];if(r===`\r`&&(i===`
`?(n+=1,r=`
`,i=this.buffer[n+1]):t=n),i===`#`||e&&Jr.has(i))break;if(r===`
`){let e=this.continueScalar(n+1);if(e===-1)break;n=Math.max(n,e-2)}}else{if(e&&Jr.has(r))break;t=n}return!r&&!this.atEnd?this.setNext(`plain-scalar`):(yield``,yield*this.pushToIndex(t+1,!0),e?`flow`:`doc`)}*pushCount(e){return e>0?(yield this.buffer.substr(this.pos,e),this.pos+=e,e):0}*pushToIndex(e,t){let n=this.buffer.slice(this.pos,e);return n?(yield n,this.pos+=n.length,n.length):(t&&(yield``),0)}*pushIndicators(){let e=0;loop:for(;;){switch(this.charAt(0)){case`!`:e+=yield*this.pushTag(),e+=yield*this.pushSpaces(!0);continue loop;case`&`:e+=yield*this.pushUntil(Xr),e+=yield*this.pushSpaces(!0);continue loop;case`-`:case`?`:case`:`:{let t=this.flowLevel>0,n=this.charAt(1);if(Gr(n)||t&&Jr.has(n)){t?this.flowKey&&=!1:this.indentNext=this.indentValue+1,e+=yield*this.pushCount(1),e+=yield*this.pushSpaces(!0);continue loop}}}break loop}return e}*pushTag(){if(this.charAt(1)===`<`){let e=this.pos+2,t=this.buffer[e];for(;!Gr(t)&&t!==`>`;)t=this.buffer[++e];return yield*this.pushToIndex(t===`>`?e+1:e,!1)}{let e=this.pos+1,t=this.buffer[e];for(;t;)if(qr.has(t))t=this.buffer[++e];else if(t===`%`&&Kr.has(this.buffer[e+1])&&Kr.has(this.buffer[e+2]))t=this.buffer[e+=3];else break;return yield*this.pushToIndex(e,!1)}}*pushNewline(){let e=this.buffer[this.pos];return e===`
`?yield*this.pushCount(1):e===`\r`&&this.charAt(1)===`
`?yield*this.pushCount(2):0}*pushSpaces(e){let t=this.pos-1,n;do n=this.buffer[++t];while(n===` `||e&&n===`	`);let r=t-this.pos;return r>0&&(yield this.buffer.substr(this.pos,r),this.pos=t),r}*pushUntil(e){let t=this.pos,n=this.buffer[t];for(;!e(n);)n=this.buffer[++t];return yield*this.pushToIndex(t,!1)}},Qr=class{constructor(){this.lineStarts=[],this.addNewLine=e=>this.lineStarts.push(e),this.linePos=e=>{let t=0,n=this.lineStarts.length;for(;t<n;){let r=t+n>>1;this.lineStarts[r]<e?t=r+1:n=r}if(this.lineStarts[t]===e)return{line:t+1,col:1};if(t===0)return{line:0,col:e};let r=this.lineStarts[t-1];return{line:t,col:e-r+1}}}};function $r(e,t){for(let n=0;n<e.length;++n)if(e[n].type===t)return!0;return!1}function ei(e){for(let t=0;t<e.length;++t)switch(e[t].type){case`space`:case`comment`:case`newline`:break;default:return t}return-1}function ti(e){switch(e?.type){case`alias`:case`scalar`:case`single-quoted-scalar`:case`double-quoted-scalar`:case`flow-collection`:return!0;default:return!1}}function ni(e){switch(e.type){case`document`:return e.start;case`block-map`:{let t=e.items[e.items.length-1];return t.sep??t.start}case`block-seq`:return e.items[e.items.length-1].start;default:return[]}}function ri(e){if(e.length===0)return[];let t=e.length;loop:for(;--t>=0;)switch(e[t].type){case`doc-start`:case`explicit-key-ind`:case`map-value-ind`:case`seq-item-ind`:case`newline`:break loop}for(;e[++t]?.type===`space`;);return e.splice(t,e.length)}function ii(e,t){if(t.length<1e5)Array.prototype.push.apply(e,t);else for(let n=0;n<t.length;++n)e.push(t[n])}function ai(e){if(e.start.type===`flow-seq-start`)for(let t of e.items)t.sep&&!t.value&&!$r(t.start,`explicit-key-ind`)&&!$r(t.sep,`map-value-ind`)&&(t.key&&(t.value=t.key),delete t.key,ti(t.value)?t.value.end?ii(t.value.end,t.sep):t.value.end=t.sep:ii(t.start,t.sep),delete t.sep)}var oi=class{constructor(e){this.atNewLine=!0,this.atScalar=!1,this.indent=0,this.offset=0,this.onKeyLine=!1,this.stack=[],this.source=``,this.type=``,this.lexer=new Zr,this.onNewLine=e}*parse(e,t=!1){this.onNewLine&&this.offset===0&&this.onNewLine(0);for(let n of this.lexer.lex(e,t))yield*this.next(n);t||(yield*this.end())}*next(e){if(this.source=e,this.atScalar){this.atScalar=!1,yield*this.step(),this.offset+=e.length;return}let t=Wr(e);if(!t){let t=`Not a YAML token: ${e}`;yield*this.pop({type:`error`,offset:this.offset,message:t,source:e}),this.offset+=e.length}else if(t===`scalar`)this.atNewLine=!1,this.atScalar=!0,this.type=`scalar`;else{switch(this.type=t,yield*this.step(),t){case`newline`:this.atNewLine=!0,this.indent=0,this.onNewLine&&this.onNewLine(this.offset+e.length);break;case`space`:this.atNewLine&&e[0]===` `&&(this.indent+=e.length);break;case`explicit-key-ind`:case`map-value-ind`:case`seq-item-ind`:this.atNewLine&&(this.indent+=e.length);break;case`doc-mode`:case`flow-error-end`:return;default:this.atNewLine=!1}this.offset+=e.length}}*end(){for(;this.stack.length>0;)yield*this.pop()}get sourceToken(){return{type:this.type,offset:this.offset,indent:this.indent,source:this.source}}*step(){let e=this.peek(1);if(this.type===`doc-end`&&e?.type!==`doc-end`){for(;this.stack.length>0;)yield*this.pop();this.stack.push({type:`doc-end`,offset:this.offset,source:this.source})}else{if(!e)return yield*this.stream();switch(e.type){case`document`:return yield*this.document(e);case`alias`:case`scalar`:case`single-quoted-scalar`:case`double-quoted-scalar`:return yield*this.scalar(e);case`block-scalar`:return yield*this.blockScalar(e);case`block-map`:return yield*this.blockMap(e);case`block-seq`:return yield*this.blockSequence(e);case`flow-collection`:return yield*this.flowCollection(e);case`doc-end`:return yield*this.documentEnd(e)}yield*this.pop()}}peek(e){return this.stack[this.stack.length-e]}*pop(e){let t=e??this.stack.pop();if(!t)yield{type:`error`,offset:this.offset,source:``,message:`Tried to pop an empty stack`};else if(this.stack.length===0)yield t;else{let e=this.peek(1);switch(t.type===`block-scalar`?t.indent=`indent`in e?e.indent:0:t.type===`flow-collection`&&e.type===`document`&&(t.indent=0),t.type===`flow-collection`&&ai(t),e.type){case`document`:e.value=t;break;case`block-scalar`:e.props.push(t);break;case`block-map`:{let n=e.items[e.items.length-1];if(n.value){e.items.push({start:[],key:t,sep:[]}),this.onKeyLine=!0;return}if(n.sep)n.value=t;else{Object.assign(n,{key:t,sep:[]}),this.onKeyLine=!n.explicitKey;return}break}case`block-seq`:{let n=e.items[e.items.length-1];n.value?e.items.push({start:[],value:t}):n.value=t;break}case`flow-collection`:{let n=e.items[e.items.length-1];!n||n.value?e.items.push({start:[],key:t,sep:[]}):n.sep?n.value=t:Object.assign(n,{key:t,sep:[]});return}default:yield*this.pop(),yield*this.pop(t)}if((e.type===`document`||e.type===`block-map`||e.type===`block-seq`)&&(t.type===`block-map`||t.type===`block-seq`)){let n=t.items[t.items.length-1];n&&!n.sep&&!n.value&&n.start.length>0&&ei(n.start)===-1&&(t.indent===0||n.start.every(e=>e.type!==`comment`||e.indent<t.indent))&&(e.type===`document`?e.end=n.start:e.items.push({start:n.start}),t.items.splice(-1,1))}}}*stream(){switch(this.type){case`directive-line`:yield{type:`directive`,offset:this.offset,source:this.source};return;case`byte-order-mark`:case`space`:case`comment`:case`newline`:yield this.sourceToken;return;case`doc-mode`:case`doc-start`:{let e={type:`document`,offset:this.offset,start:[]};this.type===`doc-start`&&e.start.push(this.sourceToken),this.stack.push(e);return}}yield{type:`error`,offset:this.offset,message:`Unexpected ${this.type} token in YAML stream`,source:this.source}}*document(e){if(e.value)return yield*this.lineEnd(e);switch(this.type){case`doc-start`:ei(e.start)===-1?e.start.push(this.sourceToken):(yield*this.pop(),yield*this.step());return;case`anchor`:case`tag`:case`space`:case`comment`:case`newline`:e.start.push(this.sourceToken);return}let t=this.startBlockValue(e);t?this.stack.push(t):yield{type:`error`,offset:this.offset,message:`Unexpected ${this.type} token in YAML document`,source:this.source}}*scalar(e){if(this.type===`map-value-ind`){let t=ri(ni(this.peek(2))),n;e.end?(n=e.end,n.push(this.sourceToken),delete e.end):n=[this.sourceToken];let r={type:`block-map`,offset:e.offset,indent:e.indent,items:[{start:t,key:e,sep:n}]};this.onKeyLine=!0,this.stack[this.stack.length-1]=r}else yield*this.lineEnd(e)}*blockScalar(e){switch(this.type){case`space`:case`comment`:case`newline`:e.props.push(this.sourceToken);return;case`scalar`:if(e.source=this.source,this.atNewLine=!0,this.indent=0,this.onNewLine){let e=this.source.indexOf(`
`)+1;for(;e!==0;)this.onNewLine(this.offset+e),e=this.source.indexOf(`
`,e)+1}yield*this.pop();break;default:yield*this.pop(),yield*this.step()}}*blockMap(e){let t=e.items[e.items.length-1];switch(this.type){case`newline`:if(this.onKeyLine=!1,t.value){let n=`end`in t.value?t.value.end:void 0;(Array.isArray(n)?n[n.length-1]:void 0)?.type===`comment`?n?.push(this.sourceToken):e.items.push({start:[this.sourceToken]})}else t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken);return;case`space`:case`comment`:if(t.value)e.items.push({start:[this.sourceToken]});else if(t.sep)t.sep.push(this.sourceToken);else{if(this.atIndentedComment(t.start,e.indent)){let n=e.items[e.items.length-2]?.value?.end;if(Array.isArray(n)){ii(n,t.start),n.push(this.sourceToken),e.items.pop();return}}t.start.push(this.sourceToken)}return}if(this.indent>=e.indent){let n=!this.onKeyLine&&this.indent===e.indent,r=n&&(t.sep||t.explicitKey)&&this.type!==`seq-item-ind`,i=[];if(r&&t.sep&&!t.value){let n=[];for(let r=0;r<t.sep.length;++r){let i=t.sep[r];switch(i.type){case`newline`:n.push(r);break;case`space`:break;case`comment`:i.indent>e.indent&&(n.length=0);break;default:n.length=0}}n.length>=2&&(i=t.sep.splice(n[1]))}switch(this.type){case`anchor`:case`tag`:r||t.value?(i.push(this.sourceToken),e.items.push({start:i}),this.onKeyLine=!0):t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken);return;case`explicit-key-ind`:!t.sep&&!t.explicitKey?(t.start.push(this.sourceToken),t.explicitKey=!0):r||t.value?(i.push(this.sourceToken),e.items.push({start:i,explicitKey:!0})):this.stack.push({type:`block-map`,offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken],explicitKey:!0}]}),this.onKeyLine=!0;return;case`map-value-ind`:if(t.explicitKey){if(!t.sep){if($r(t.start,`newline`))Object.assign(t,{key:null,sep:[this.sourceToken]});else{let e=ri(t.start);this.stack.push({type:`block-map`,offset:this.offset,indent:this.indent,items:[{start:e,key:null,sep:[this.sourceToken]}]})}}else if(t.value)e.items.push({start:[],key:null,sep:[this.sourceToken]});else if($r(t.sep,`map-value-ind`))this.stack.push({type:`block-map`,offset:this.offset,indent:this.indent,items:[{start:i,key:null,sep:[this.sourceToken]}]});else if(ti(t.key)&&!$r(t.sep,`newline`)){let e=ri(t.start),n=t.key,r=t.sep;r.push(this.sourceToken),delete t.key,delete t.sep,this.stack.push({type:`block-map`,offset:this.offset,indent:this.indent,items:[{start:e,key:n,sep:r}]})}else i.length>0?t.sep=t.sep.concat(i,this.sourceToken):t.sep.push(this.sourceToken)}else t.sep?t.value||r?e.items.push({start:i,key:null,sep:[this.sourceToken]}):$r(t.sep,`map-value-ind`)?this.stack.push({type:`block-map`,offset:this.offset,indent:this.indent,items:[{start:[],key:null,sep:[this.sourceToken]}]}):t.sep.push(this.sourceToken):Object.assign(t,{key:null,sep:[this.sourceToken]});this.onKeyLine=!0;return;case`alias`:case`scalar`:case`single-quoted-scalar`:case`double-quoted-scalar`:{let n=this.flowScalar(this.type);r||t.value?(e.items.push({start:i,key:n,sep:[]}),this.onKeyLine=!0):t.sep?this.stack.push(n):(Object.assign(t,{key:n,sep:[]}),this.onKeyLine=!0);return}default:{let r=this.startBlockValue(e);if(r){if(r.type===`block-seq`){if(!t.explicitKey&&t.sep&&!$r(t.sep,`newline`)){yield*this.pop({type:`error`,offset:this.offset,message:`Unexpected block-seq-ind on same line with key`,source:this.source});return}}else n&&e.items.push({start:i});this.stack.push(r);return}}}}yield*this.pop(),yield*this.step()}*blockSequence(e){let t=e.items[e.items.length-1];switch(this.type){case`newline`:if(t.value){let n=`end`in t.value?t.value.end:void 0;(Array.isArray(n)?n[n.length-1]:void 0)?.type===`comment`?n?.push(this.sourceToken):e.items.push({start:[this.sourceToken]})}else t.start.push(this.sourceToken);return;case`space`:case`comment`:if(t.value)e.items.push({start:[this.sourceToken]});else{if(this.atIndentedComment(t.start,e.indent)){let n=e.items[e.items.length-2]?.value?.end;if(Array.isArray(n)){ii(n,t.start),n.push(this.sourceToken),e.items.pop();return}}t.start.push(this.sourceToken)}return;case`anchor`:case`tag`:if(t.value||this.indent<=e.indent)break;t.start.push(this.sourceToken);return;case`seq-item-ind`:if(this.indent!==e.indent)break;t.value||$r(t.start,`seq-item-ind`)?e.items.push({start:[this.sourceToken]}):t.start.push(this.sourceToken);return}if(this.indent>e.indent){let t=this.startBlockValue(e);if(t){this.stack.push(t);return}}yield*this.pop(),yield*this.step()}*flowCollection(e){let t=e.items[e.items.length-1];if(this.type===`flow-error-end`){let e;do yield*this.pop(),e=this.peek(1);while(e?.type===`flow-collection`)}else if(e.end.length===0){switch(this.type){case`comma`:case`explicit-key-ind`:!t||t.sep?e.items.push({start:[this.sourceToken]}):t.start.push(this.sourceToken);return;case`map-value-ind`:!t||t.value?e.items.push({start:[],key:null,sep:[this.sourceToken]}):t.sep?t.sep.push(this.sourceToken):Object.assign(t,{key:null,sep:[this.sourceToken]});return;case`space`:case`comment`:case`newline`:case`anchor`:case`tag`:!t||t.value?e.items.push({start:[this.sourceToken]}):t.sep?t.sep.push(this.sourceToken):t.start.push(this.sourceToken);return;case`alias`:case`scalar`:case`single-quoted-scalar`:case`double-quoted-scalar`:{let n=this.flowScalar(this.type);!t||t.value?e.items.push({start:[],key:n,sep:[]}):t.sep?this.stack.push(n):Object.assign(t,{key:n,sep:[]});return}case`flow-map-end`:case`flow-seq-end`:e.end.push(this.sourceToken);return}let n=this.startBlockValue(e);n?this.stack.push(n):(yield*this.pop(),yield*this.step())}else{let t=this.peek(2);if(t.type===`block-map`&&(this.type===`map-value-ind`&&t.indent===e.indent||this.type===`newline`&&!t.items[t.items.length-1].sep))yield*this.pop(),yield*this.step();else if(this.type===`map-value-ind`&&t.type!==`flow-collection`){let n=ri(ni(t));ai(e);let r=e.end.splice(1,e.end.length);r.push(this.sourceToken);let i={type:`block-map`,offset:e.offset,indent:e.indent,items:[{start:n,key:e,sep:r}]};this.onKeyLine=!0,this.stack[this.stack.length-1]=i}else yield*this.lineEnd(e)}}flowScalar(e){if(this.onNewLine){let e=this.source.indexOf(`
`)+1;for(;e!==0;)this.onNewLine(this.offset+e),e=this.source.indexOf(`
`,e)+1}return{type:e,offset:this.offset,indent:this.indent,source:this.source}}startBlockValue(e){switch(this.type){case`alias`:case`scalar`:case`single-quoted-scalar`:case`double-quoted-scalar`:return this.flowScalar(this.type);case`block-scalar-header`:return{type:`block-scalar`,offset:this.offset,indent:this.indent,props:[this.sourceToken],source:``};case`flow-map-start`:case`flow-seq-start`:return{type:`flow-collection`,offset:this.offset,indent:this.indent,start:this.sourceToken,items:[],end:[]};case`seq-item-ind`:return{type:`block-seq`,offset:this.offset,indent:this.indent,items:[{start:[this.sourceToken]}]};case`explicit-key-ind`:{this.onKeyLine=!0;let t=ri(ni(e));return t.push(this.sourceToken),{type:`block-map`,offset:this.offset,indent:this.indent,items:[{start:t,explicitKey:!0}]}}case`map-value-ind`:{this.onKeyLine=!0;let t=ri(ni(e));return{type:`block-map`,offset:this.offset,indent:this.indent,items:[{start:t,key:null,sep:[this.sourceToken]}]}}}return null}atIndentedComment(e,t){return this.type!==`comment`||this.indent<=t?!1:e.every(e=>e.type===`newline`||e.type===`space`)}*documentEnd(e){this.type!==`doc-mode`&&(e.end?e.end.push(this.sourceToken):e.end=[this.sourceToken],this.type===`newline`&&(yield*this.pop()))}*lineEnd(e){switch(this.type){case`comma`:case`doc-start`:case`doc-end`:case`flow-seq-end`:case`flow-map-end`:case`map-value-ind`:yield*this.pop(),yield*this.step();break;case`newline`:this.onKeyLine=!1;default:e.end?e.end.push(this.sourceToken):e.end=[this.sourceToken],this.type===`newline`&&(yield*this.pop())}}};function si(e){let t=e.prettyErrors!==!1;return{lineCounter:e.lineCounter||t&&new Qr||null,prettyErrors:t}}function ci(e,t={}){let{lineCounter:n,prettyErrors:r}=si(t),i=new oi(n?.addNewLine),a=new Rr(t),o=Array.from(a.compose(i.parse(e)));if(r&&n)for(let t of o)t.errors.forEach(nr(e,n)),t.warnings.forEach(nr(e,n));return o.length>0?o:Object.assign([],{empty:!0},a.streamInfo())}function li(e,t={}){let{lineCounter:n,prettyErrors:r}=si(t),i=new oi(n?.addNewLine),a=new Rr(t),o=null;for(let t of a.compose(i.parse(e),!0,e.length))if(!o)o=t;else if(o.options.logLevel!==`silent`){o.errors.push(new er(t.range.slice(0,2),`MULTIPLE_DOCS`,`Source contains multiple documents; please use YAML.parseAllDocuments()`));break}return r&&n&&(o.errors.forEach(nr(e,n)),o.warnings.forEach(nr(e,n))),o}var ui=class{posAt;table=new WeakMap;constructor(e){this.posAt=e}lift(e){return e===void 0?void 0:this.posAt(e)}set(e,t){this.table.set(e,t)}get(e){return this.table.get(e)}of(e){return di(e)?this.lift(this.table.get(e)?.pos):void 0}key(e,t){if(!di(e))return;let n=this.table.get(e);return this.lift(n?.keys.get(t)??n?.pos)}value(e,t){if(!di(e))return;let n=this.table.get(e);return this.lift(n?.values.get(t)??(typeof t==`string`?n?.keys.get(t):void 0)??n?.pos)}at(e,t,n=!1){let r=e,i=this.of(e);for(let e=0;e<t.length;e++){let a=t[e];if(!di(r))break;let o=e===t.length-1&&n&&typeof a==`string`?this.key(r,a):this.value(r,a);o&&(i=o),r=r[a]}return i}};function di(e){return typeof e==`object`&&!!e}function fi(e,t){let n=new Qr,r={text:e,file:t,posAt(e){let t=n.linePos(e);return{line:t.line,column:t.col,offset:e}}},i=new ui(e=>r.posAt(e)),a=[],o=[],s;try{s=ci(e,{lineCounter:n,uniqueKeys:!0,prettyErrors:!0})}catch(e){return o.push(j(`yaml/syntax`,e.message,{file:t,pos:{line:1,column:1}})),{source:r,positions:i,documents:a,diagnostics:o}}Array.isArray(s)||(s=[s]);let c,l;return s.forEach((e,n)=>{if(e.errors.length>0){for(let n of e.errors){let e=n.linePos?.[0],i=e?{line:e.line,column:e.col,offset:n.pos[0]}:r.posAt(n.pos[0]),a=n.code===`DUPLICATE_KEY`?`yaml/duplicate-key`:`yaml/syntax`;o.push(j(a,pi(n.message),{file:t,pos:i}))}return}let s=e.contents;if(s==null)return;let u;try{u=_i(s,e,r,i,{aliases:0})}catch(e){if(!(e instanceof gi))throw e;o.push(j(`yaml/syntax`,`more than ${hi} alias expansions: the document is refused (an alias bomb expands exponentially)`,{file:t,pos:r.posAt(e.offset)}));return}let d=r.posAt(s.range?.[0]??0),f=r.posAt(Math.max(s.range?.[0]??0,(s.range?.[2]??1)-1)),p={...d,endLine:f.line,endColumn:f.column};if(!mi(u)){o.push(j(`yaml/not-a-mapping`,`a Sigma rule document must be a YAML mapping`,{file:t,pos:p}));return}let m=u.action;if(m!==void 0){let e=vi(u,`action`,i);if(m===`global`){c=e;return}if(m===`reset`){c=void 0;return}if(m===`repeat`){if(!l){o.push(j(`yaml/not-a-mapping`,"`action: repeat` without a previous rule document",{file:t,pos:i.value(u,`action`)}));return}let r=yi(l,e,i);l=r,a.push({index:n,value:r,pos:p});return}o.push(j(`yaml/not-a-mapping`,`unknown multi-document action ${JSON.stringify(m)} (expected global, reset or repeat)`,{file:t,pos:i.value(u,`action`)}));return}let h=c?yi(c,u,i):u;l=h,a.push({index:n,value:h,pos:p})}),{source:r,positions:i,documents:a,diagnostics:o}}function pi(e){return e.split(`
`)[0].replace(/ at line \d+, column \d+:?$/,``)}function mi(e){return typeof e==`object`&&!!e&&!Array.isArray(e)}var hi=100,gi=class extends Error{offset;constructor(e){super(`alias limit`),this.offset=e}};function _i(e,t,n,r,i,a=0){if(a>200)return null;if(De(e)){if(++i.aliases>hi)throw new gi(e.range?.[0]??0);let o=e.resolve(t);return o?_i(o,t,n,r,i,a+1):null}if(ke(e)){let o={},s={pos:e.range?.[0]??0,keys:new Map,values:new Map};for(let c of e.items){let e=c.key,l=e===null?``:M(e)?String(e.value):String(_i(e,t,n,r,i,a+1)),u=c.value;bi(o,l,u===null?null:_i(u,t,n,r,i,a+1)),e?.range&&s.keys.set(l,e.range[0]),u?.range&&s.values.set(l,u.range[0])}return r.set(o,s),o}if(je(e)){let o=[],s={pos:e.range?.[0]??0,keys:new Map,values:new Map};return e.items.forEach((e,c)=>{let l=e;o.push(l===null?null:_i(l,t,n,r,i,a+1)),l?.range&&s.values.set(c,l.range[0])}),r.set(o,s),o}return M(e)?e.value??null:null}function vi(e,t,n){let r={};for(let[n,i]of Object.entries(e))n!==t&&bi(r,n,i);let i=n.get(e);return i&&n.set(r,i),r}function yi(e,t,n){let r={};for(let[t,n]of Object.entries(e))bi(r,t,n);for(let[e,i]of Object.entries(t)){let t=Object.hasOwn(r,e)?r[e]:void 0;bi(r,e,mi(t)&&mi(i)?yi(t,i,n):i)}let i=n.get(e),a=n.get(t);return(i||a)&&n.set(r,{pos:(a??i).pos,keys:new Map([...i?.keys??[],...a?.keys??[]]),values:new Map([...i?.values??[],...a?.values??[]])}),r}function bi(e,t,n){t===`__proto__`?Object.defineProperty(e,t,{value:n,enumerable:!0,writable:!0,configurable:!0}):e[t]=n}var xi=new Set([`event_count`,`value_count`,`temporal`,`temporal_ordered`,`value_sum`,`value_avg`,`value_percentile`,`value_median`]),Si=new Set([`gt`,`gte`,`lt`,`lte`,`eq`,`neq`]),Ci=new Set([`value_count`,`value_sum`,`value_avg`,`value_percentile`,`value_median`]),wi=new Set([`temporal`,`temporal_ordered`]),Ti={s:1e3,m:6e4,h:36e5,d:864e5,w:6048e5};function Ei(e){let t=/^(\d+)([smhdw])$/.exec(e);if(!t)return;let n=Number(t[1])*Ti[t[2]];return n>0&&Number.isSafeInteger(n)?n:void 0}function Di(e,t){let n=t.correlation,r=e.positions.key(t,`correlation`),i=(t,n)=>{e.report(`sigma/invalid-correlation`,t,n??r)};if(!mi(n))return i("`correlation` must be a mapping",r);let a=t=>e.positions.value(n,t),o=!0,s=(e,t)=>{o=!1,i(e,a(t))},c=n.type;typeof c==`string`&&xi.has(c)||s(`unknown correlation type ${JSON.stringify(n.type)} (expected ${[...xi].join(`, `)})`,`type`);let l=typeof n.rules==`string`?[n.rules]:n.rules;Array.isArray(l)&&l.length!==0&&l.every(e=>typeof e==`string`&&e!==``)||s("`rules` must name one or more rules (by id or name)",`rules`);let u=n[`group-by`],d=u===void 0?[]:typeof u==`string`?[u]:u;Array.isArray(d)&&d.every(e=>typeof e==`string`)||s("`group-by` must be a list of field names",`group-by`);let f=typeof n.timespan==`number`?`${n.timespan}s`:n.timespan,p=typeof f==`string`?Ei(f):void 0;p===void 0&&s(`\`timespan\` must be a number and a unit s, m, h, d or w (e.g. \`5m\`), not ${JSON.stringify(n.timespan)}`,`timespan`);let m=[],h,g,_=n.condition;if(_===void 0)wi.has(c)?Array.isArray(l)&&m.push({op:`gte`,value:l.length}):s(`a ${c} correlation needs a \`condition\``,`type`);else if(!mi(_))s("`condition` must be a mapping such as `gte: 100`",`condition`);else{for(let[t,n]of Object.entries(_)){let r=e.positions.value(_,t);if(t===`field`){let e=typeof n==`string`?[n]:n;!Array.isArray(e)||e.length===0||!e.every(e=>typeof e==`string`)?(o=!1,i("`condition.field` must be a field name or a list of them",r)):h=e}else t===`percentile`?typeof n!=`number`||n<0||n>100?(o=!1,i("`condition.percentile` must be a number from 0 to 100",r)):g=n:Si.has(t)?typeof n!=`number`||!Number.isFinite(n)?(o=!1,i(`\`${t}\` must be a number`,r)):m.push({op:t,value:n}):(o=!1,i(`unknown condition \`${t}\` (expected gt, gte, lt, lte, eq, neq or field)`,e.positions.key(_,t)))}m.length===0&&s("`condition` needs a comparison such as `gte: 100`",`condition`)}Ci.has(c)&&!h&&s(`a ${c} correlation needs \`condition.field\``,`condition`),!Ci.has(c)&&h&&s(`a ${c} correlation takes no \`condition.field\``,`condition`);let v;if(n.aliases!==void 0){if(!mi(n.aliases))s("`aliases` must map alias names to { rule: field }",`aliases`);else{v={};for(let[t,r]of Object.entries(n.aliases)){if(!mi(r)||!Object.values(r).every(e=>typeof e==`string`)){o=!1,i(`alias \`${t}\` must map rule names to field names`,e.positions.value(n.aliases,t));continue}let a={};for(let[e,t]of Object.entries(r))bi(a,e,t);bi(v,t,Object.freeze(a))}}}let y=t.generate??n.generate??!1;if(typeof y!=`boolean`&&s("`generate` must be true or false",`generate`),!o)return;let b={kind:`Correlation`,type:c,rules:Object.freeze([...l]),groupBy:Object.freeze([...d]),timespan:f,timespanMs:p,conditions:Object.freeze(m.map(e=>Object.freeze(e))),generate:y,pos:r};return h&&(b.field=Object.freeze(h)),g!==void 0&&(b.percentile=g),v&&(b.aliases=Object.freeze(v)),Object.freeze(b)}var Oi=typeof global==`object`&&global&&global.Object===Object&&global,ki=typeof self==`object`&&self&&self.Object===Object&&self,Ai=Oi||ki||Function(`return this`)(),ji=Ai.Symbol,Mi=Object.prototype,Ni=Mi.hasOwnProperty,Pi=Mi.toString,Fi=ji?ji.toStringTag:void 0;function Ii(e){var t=Ni.call(e,Fi),n=e[Fi];try{e[Fi]=void 0;var r=!0}catch{}var i=Pi.call(e);return r&&(t?e[Fi]=n:delete e[Fi]),i}var Li=Object.prototype.toString;function Ri(e){return Li.call(e)}var zi=`[object Null]`,Bi=`[object Undefined]`,Vi=ji?ji.toStringTag:void 0;function Hi(e){return e==null?e===void 0?Bi:zi:Vi&&Vi in Object(e)?Ii(e):Ri(e)}function Ui(e){return typeof e==`object`&&!!e}var Wi=`[object Symbol]`;function Gi(e){return typeof e==`symbol`||Ui(e)&&Hi(e)==Wi}function Ki(e,t){for(var n=-1,r=e==null?0:e.length,i=Array(r);++n<r;)i[n]=t(e[n],n,e);return i}var P=Array.isArray,qi=1/0,Ji=ji?ji.prototype:void 0,Yi=Ji?Ji.toString:void 0;function Xi(e){if(typeof e==`string`)return e;if(P(e))return Ki(e,Xi)+``;if(Gi(e))return Yi?Yi.call(e):``;var t=e+``;return t==`0`&&1/e==-qi?`-0`:t}var Zi=/\s/;function Qi(e){for(var t=e.length;t--&&Zi.test(e.charAt(t)););return t}var $i=/^\s+/;function ea(e){return e&&e.slice(0,Qi(e)+1).replace($i,``)}function ta(e){var t=typeof e;return e!=null&&(t==`object`||t==`function`)}var na=NaN,ra=/^[-+]0x[0-9a-f]+$/i,ia=/^0b[01]+$/i,aa=/^0o[0-7]+$/i,oa=parseInt;function sa(e){if(typeof e==`number`)return e;if(Gi(e))return na;if(ta(e)){var t=typeof e.valueOf==`function`?e.valueOf():e;e=ta(t)?t+``:t}if(typeof e!=`string`)return e===0?e:+e;e=ea(e);var n=ia.test(e);return n||aa.test(e)?oa(e.slice(2),n?2:8):ra.test(e)?na:+e}var ca=1/0,la=17976931348623157e292;function ua(e){return e?(e=sa(e),e===ca||e===-ca?(e<0?-1:1)*la:e===e?e:0):e===0?e:0}function da(e){var t=ua(e),n=t%1;return t===t?n?t-n:t:0}function fa(e){return e}var pa=`[object AsyncFunction]`,ma=`[object Function]`,ha=`[object GeneratorFunction]`,ga=`[object Proxy]`;function _a(e){if(!ta(e))return!1;var t=Hi(e);return t==ma||t==ha||t==pa||t==ga}var va=Ai[`__core-js_shared__`],ya=function(){var e=/[^.]+$/.exec(va&&va.keys&&va.keys.IE_PROTO||``);return e?`Symbol(src)_1.`+e:``}();function ba(e){return!!ya&&ya in e}var xa=Function.prototype.toString;function Sa(e){if(e!=null){try{return xa.call(e)}catch{}try{return e+``}catch{}}return``}var Ca=/[\\^$.*+?()[\]{}|]/g,wa=/^\[object .+?Constructor\]$/,Ta=Function.prototype,Ea=Object.prototype,Da=Ta.toString,Oa=Ea.hasOwnProperty,ka=RegExp(`^`+Da.call(Oa).replace(Ca,`\\$&`).replace(/hasOwnProperty|(function).*?(?=\\\()| for .+?(?=\\\])/g,`$1.*?`)+`$`);function Aa(e){return!ta(e)||ba(e)?!1:(_a(e)?ka:wa).test(Sa(e))}function ja(e,t){return e?.[t]}function Ma(e,t){var n=ja(e,t);return Aa(n)?n:void 0}var Na=Ma(Ai,`WeakMap`),Pa=Object.create,Fa=function(){function e(){}return function(t){if(!ta(t))return{};if(Pa)return Pa(t);e.prototype=t;var n=new e;return e.prototype=void 0,n}}();function Ia(e,t,n){switch(n.length){case 0:return e.call(t);case 1:return e.call(t,n[0]);case 2:return e.call(t,n[0],n[1]);case 3:return e.call(t,n[0],n[1],n[2])}return e.apply(t,n)}function La(){}function Ra(e,t){var n=-1,r=e.length;for(t||=Array(r);++n<r;)t[n]=e[n];return t}var za=800,Ba=16,Va=Date.now;function Ha(e){var t=0,n=0;return function(){var r=Va(),i=Ba-(r-n);if(n=r,i>0){if(++t>=za)return arguments[0]}else t=0;return e.apply(void 0,arguments)}}function Ua(e){return function(){return e}}var Wa=function(){try{var e=Ma(Object,`defineProperty`);return e({},``,{}),e}catch{}}(),Ga=Ha(Wa?function(e,t){return Wa(e,`toString`,{configurable:!0,enumerable:!1,value:Ua(t),writable:!0})}:fa);function Ka(e,t){for(var n=-1,r=e==null?0:e.length;++n<r&&t(e[n],n,e)!==!1;);return e}function qa(e,t,n,r){for(var i=e.length,a=n+(r?1:-1);r?a--:++a<i;)if(t(e[a],a,e))return a;return-1}function Ja(e){return e!==e}function Ya(e,t,n){for(var r=n-1,i=e.length;++r<i;)if(e[r]===t)return r;return-1}function Xa(e,t,n){return t===t?Ya(e,t,n):qa(e,Ja,n)}function Za(e,t){return!!(e!=null&&e.length)&&Xa(e,t,0)>-1}var Qa=9007199254740991,$a=/^(?:0|[1-9]\d*)$/;function eo(e,t){var n=typeof e;return t??=Qa,!!t&&(n==`number`||n!=`symbol`&&$a.test(e))&&e>-1&&e%1==0&&e<t}function to(e,t,n){t==`__proto__`&&Wa?Wa(e,t,{configurable:!0,enumerable:!0,value:n,writable:!0}):e[t]=n}function no(e,t){return e===t||e!==e&&t!==t}var ro=Object.prototype.hasOwnProperty;function io(e,t,n){var r=e[t];(!(ro.call(e,t)&&no(r,n))||n===void 0&&!(t in e))&&to(e,t,n)}function ao(e,t,n,r){var i=!n;n||={};for(var a=-1,o=t.length;++a<o;){var s=t[a],c=r?r(n[s],e[s],s,n,e):void 0;c===void 0&&(c=e[s]),i?to(n,s,c):io(n,s,c)}return n}var oo=Math.max;function so(e,t,n){return t=oo(t===void 0?e.length-1:t,0),function(){for(var r=arguments,i=-1,a=oo(r.length-t,0),o=Array(a);++i<a;)o[i]=r[t+i];i=-1;for(var s=Array(t+1);++i<t;)s[i]=r[i];return s[t]=n(o),Ia(e,this,s)}}function co(e,t){return Ga(so(e,t,fa),e+``)}var lo=9007199254740991;function uo(e){return typeof e==`number`&&e>-1&&e%1==0&&e<=lo}function fo(e){return e!=null&&uo(e.length)&&!_a(e)}function po(e,t,n){if(!ta(n))return!1;var r=typeof t;return(r==`number`?fo(n)&&eo(t,n.length):r==`string`&&t in n)?no(n[t],e):!1}function mo(e){return co(function(t,n){var r=-1,i=n.length,a=i>1?n[i-1]:void 0,o=i>2?n[2]:void 0;for(a=e.length>3&&typeof a==`function`?(i--,a):void 0,o&&po(n[0],n[1],o)&&(a=i<3?void 0:a,i=1),t=Object(t);++r<i;){var s=n[r];s&&e(t,s,r,a)}return t})}var ho=Object.prototype;function go(e){var t=e&&e.constructor;return e===(typeof t==`function`&&t.prototype||ho)}function _o(e,t){for(var n=-1,r=Array(e);++n<e;)r[n]=t(n);return r}var vo=`[object Arguments]`;function yo(e){return Ui(e)&&Hi(e)==vo}var bo=Object.prototype,xo=bo.hasOwnProperty,So=bo.propertyIsEnumerable,Co=yo(function(){return arguments}())?yo:function(e){return Ui(e)&&xo.call(e,`callee`)&&!So.call(e,`callee`)};function wo(){return!1}var To=typeof exports==`object`&&exports&&!exports.nodeType&&exports,Eo=To&&typeof module==`object`&&module&&!module.nodeType&&module,Do=Eo&&Eo.exports===To?Ai.Buffer:void 0,Oo=(Do?Do.isBuffer:void 0)||wo,ko=`[object Arguments]`,Ao=`[object Array]`,jo=`[object Boolean]`,Mo=`[object Date]`,No=`[object Error]`,Po=`[object Function]`,Fo=`[object Map]`,Io=`[object Number]`,Lo=`[object Object]`,Ro=`[object RegExp]`,zo=`[object Set]`,Bo=`[object String]`,Vo=`[object WeakMap]`,Ho=`[object ArrayBuffer]`,Uo=`[object DataView]`,Wo=`[object Float32Array]`,Go=`[object Float64Array]`,Ko=`[object Int8Array]`,qo=`[object Int16Array]`,Jo=`[object Int32Array]`,Yo=`[object Uint8Array]`,Xo=`[object Uint8ClampedArray]`,Zo=`[object Uint16Array]`,Qo=`[object Uint32Array]`,F={};F[Wo]=F[Go]=F[Ko]=F[qo]=F[Jo]=F[Yo]=F[Xo]=F[Zo]=F[Qo]=!0,F[ko]=F[Ao]=F[Ho]=F[jo]=F[Uo]=F[Mo]=F[No]=F[Po]=F[Fo]=F[Io]=F[Lo]=F[Ro]=F[zo]=F[Bo]=F[Vo]=!1;function $o(e){return Ui(e)&&uo(e.length)&&!!F[Hi(e)]}function es(e){return function(t){return e(t)}}var ts=typeof exports==`object`&&exports&&!exports.nodeType&&exports,ns=ts&&typeof module==`object`&&module&&!module.nodeType&&module,rs=ns&&ns.exports===ts&&Oi.process,is=function(){try{return ns&&ns.require&&ns.require(`util`).types||rs&&rs.binding&&rs.binding(`util`)}catch{}}(),as=is&&is.isTypedArray,os=as?es(as):$o,ss=Object.prototype.hasOwnProperty;function cs(e,t){var n=P(e),r=!n&&Co(e),i=!n&&!r&&Oo(e),a=!n&&!r&&!i&&os(e),o=n||r||i||a,s=o?_o(e.length,String):[],c=s.length;for(var l in e)(t||ss.call(e,l))&&!(o&&(l==`length`||i&&(l==`offset`||l==`parent`)||a&&(l==`buffer`||l==`byteLength`||l==`byteOffset`)||eo(l,c)))&&s.push(l);return s}function ls(e,t){return function(n){return e(t(n))}}var us=ls(Object.keys,Object),ds=Object.prototype.hasOwnProperty;function fs(e){if(!go(e))return us(e);var t=[];for(var n in Object(e))ds.call(e,n)&&n!=`constructor`&&t.push(n);return t}function ps(e){return fo(e)?cs(e):fs(e)}var ms=Object.prototype.hasOwnProperty,hs=mo(function(e,t){if(go(t)||fo(t))ao(t,ps(t),e);else for(var n in t)ms.call(t,n)&&io(e,n,t[n])});function gs(e){var t=[];if(e!=null)for(var n in Object(e))t.push(n);return t}var _s=Object.prototype.hasOwnProperty;function vs(e){if(!ta(e))return gs(e);var t=go(e),n=[];for(var r in e)(r!=`constructor`||!t&&_s.call(e,r))&&n.push(r);return n}function ys(e){return fo(e)?cs(e,!0):vs(e)}var bs=/\.|\[(?:[^[\]]*|(["'])(?:(?!\1)[^\\]|\\.)*?\1)\]/,xs=/^\w*$/;function Ss(e,t){if(P(e))return!1;var n=typeof e;return n==`number`||n==`symbol`||n==`boolean`||e==null||Gi(e)?!0:xs.test(e)||!bs.test(e)||t!=null&&e in Object(t)}var Cs=Ma(Object,`create`);function ws(){this.__data__=Cs?Cs(null):{},this.size=0}function Ts(e){var t=this.has(e)&&delete this.__data__[e];return this.size-=+!!t,t}var Es=`__lodash_hash_undefined__`,Ds=Object.prototype.hasOwnProperty;function Os(e){var t=this.__data__;if(Cs){var n=t[e];return n===Es?void 0:n}return Ds.call(t,e)?t[e]:void 0}var ks=Object.prototype.hasOwnProperty;function As(e){var t=this.__data__;return Cs?t[e]!==void 0:ks.call(t,e)}var js=`__lodash_hash_undefined__`;function Ms(e,t){var n=this.__data__;return this.size+=+!this.has(e),n[e]=Cs&&t===void 0?js:t,this}function Ns(e){var t=-1,n=e==null?0:e.length;for(this.clear();++t<n;){var r=e[t];this.set(r[0],r[1])}}Ns.prototype.clear=ws,Ns.prototype.delete=Ts,Ns.prototype.get=Os,Ns.prototype.has=As,Ns.prototype.set=Ms;function Ps(){this.__data__=[],this.size=0}function Fs(e,t){for(var n=e.length;n--;)if(no(e[n][0],t))return n;return-1}var Is=Array.prototype.splice;function Ls(e){var t=this.__data__,n=Fs(t,e);return n<0?!1:(n==t.length-1?t.pop():Is.call(t,n,1),--this.size,!0)}function Rs(e){var t=this.__data__,n=Fs(t,e);return n<0?void 0:t[n][1]}function zs(e){return Fs(this.__data__,e)>-1}function Bs(e,t){var n=this.__data__,r=Fs(n,e);return r<0?(++this.size,n.push([e,t])):n[r][1]=t,this}function Vs(e){var t=-1,n=e==null?0:e.length;for(this.clear();++t<n;){var r=e[t];this.set(r[0],r[1])}}Vs.prototype.clear=Ps,Vs.prototype.delete=Ls,Vs.prototype.get=Rs,Vs.prototype.has=zs,Vs.prototype.set=Bs;var Hs=Ma(Ai,`Map`);function Us(){this.size=0,this.__data__={hash:new Ns,map:new(Hs||Vs),string:new Ns}}function Ws(e){var t=typeof e;return t==`string`||t==`number`||t==`symbol`||t==`boolean`?e!==`__proto__`:e===null}function Gs(e,t){var n=e.__data__;return Ws(t)?n[typeof t==`string`?`string`:`hash`]:n.map}function Ks(e){var t=Gs(this,e).delete(e);return this.size-=+!!t,t}function qs(e){return Gs(this,e).get(e)}function Js(e){return Gs(this,e).has(e)}function Ys(e,t){var n=Gs(this,e),r=n.size;return n.set(e,t),this.size+=n.size==r?0:1,this}function Xs(e){var t=-1,n=e==null?0:e.length;for(this.clear();++t<n;){var r=e[t];this.set(r[0],r[1])}}Xs.prototype.clear=Us,Xs.prototype.delete=Ks,Xs.prototype.get=qs,Xs.prototype.has=Js,Xs.prototype.set=Ys;var Zs=`Expected a function`;function Qs(e,t){if(typeof e!=`function`||t!=null&&typeof t!=`function`)throw TypeError(Zs);var n=function(){var r=arguments,i=t?t.apply(this,r):r[0],a=n.cache;if(a.has(i))return a.get(i);var o=e.apply(this,r);return n.cache=a.set(i,o)||a,o};return n.cache=new(Qs.Cache||Xs),n}Qs.Cache=Xs;var $s=500;function ec(e){var t=Qs(e,function(e){return n.size===$s&&n.clear(),e}),n=t.cache;return t}var tc=/[^.[\]]+|\[(?:(-?\d+(?:\.\d+)?)|(["'])((?:(?!\2)[^\\]|\\.)*?)\2)\]|(?=(?:\.|\[\])(?:\.|\[\]|$))/g,nc=/\\(\\)?/g,rc=ec(function(e){var t=[];return e.charCodeAt(0)===46&&t.push(``),e.replace(tc,function(e,n,r,i){t.push(r?i.replace(nc,`$1`):n||e)}),t});function ic(e){return e==null?``:Xi(e)}function ac(e,t){return P(e)?e:Ss(e,t)?[e]:rc(ic(e))}var oc=1/0;function sc(e){if(typeof e==`string`||Gi(e))return e;var t=e+``;return t==`0`&&1/e==-oc?`-0`:t}function cc(e,t){t=ac(t,e);for(var n=0,r=t.length;e!=null&&n<r;)e=e[sc(t[n++])];return n&&n==r?e:void 0}function lc(e,t,n){var r=e==null?void 0:cc(e,t);return r===void 0?n:r}function uc(e,t){for(var n=-1,r=t.length,i=e.length;++n<r;)e[i+n]=t[n];return e}var dc=ji?ji.isConcatSpreadable:void 0;function fc(e){return P(e)||Co(e)||!!(dc&&e&&e[dc])}function pc(e,t,n,r,i){var a=-1,o=e.length;for(n||=fc,i||=[];++a<o;){var s=e[a];t>0&&n(s)?t>1?pc(s,t-1,n,r,i):uc(i,s):r||(i[i.length]=s)}return i}function mc(e){return e!=null&&e.length?pc(e,1):[]}var hc=ls(Object.getPrototypeOf,Object);function gc(e,t,n){var r=-1,i=e.length;t<0&&(t=-t>i?0:i+t),n=n>i?i:n,n<0&&(n+=i),i=t>n?0:n-t>>>0,t>>>=0;for(var a=Array(i);++r<i;)a[r]=e[r+t];return a}function _c(e,t,n,r){var i=-1,a=e==null?0:e.length;for(r&&a&&(n=e[++i]);++i<a;)n=t(n,e[i],i,e);return n}function vc(){this.__data__=new Vs,this.size=0}function yc(e){var t=this.__data__,n=t.delete(e);return this.size=t.size,n}function bc(e){return this.__data__.get(e)}function xc(e){return this.__data__.has(e)}var Sc=200;function Cc(e,t){var n=this.__data__;if(n instanceof Vs){var r=n.__data__;if(!Hs||r.length<Sc-1)return r.push([e,t]),this.size=++n.size,this;n=this.__data__=new Xs(r)}return n.set(e,t),this.size=n.size,this}function wc(e){var t=this.__data__=new Vs(e);this.size=t.size}wc.prototype.clear=vc,wc.prototype.delete=yc,wc.prototype.get=bc,wc.prototype.has=xc,wc.prototype.set=Cc;function Tc(e,t){return e&&ao(t,ps(t),e)}function Ec(e,t){return e&&ao(t,ys(t),e)}var Dc=typeof exports==`object`&&exports&&!exports.nodeType&&exports,Oc=Dc&&typeof module==`object`&&module&&!module.nodeType&&module,kc=Oc&&Oc.exports===Dc?Ai.Buffer:void 0,Ac=kc?kc.allocUnsafe:void 0;function jc(e,t){if(t)return e.slice();var n=e.length,r=Ac?Ac(n):new e.constructor(n);return e.copy(r),r}function Mc(e,t){for(var n=-1,r=e==null?0:e.length,i=0,a=[];++n<r;){var o=e[n];t(o,n,e)&&(a[i++]=o)}return a}function Nc(){return[]}var Pc=Object.prototype.propertyIsEnumerable,Fc=Object.getOwnPropertySymbols,Ic=Fc?function(e){return e==null?[]:(e=Object(e),Mc(Fc(e),function(t){return Pc.call(e,t)}))}:Nc;function Lc(e,t){return ao(e,Ic(e),t)}var Rc=Object.getOwnPropertySymbols?function(e){for(var t=[];e;)uc(t,Ic(e)),e=hc(e);return t}:Nc;function zc(e,t){return ao(e,Rc(e),t)}function Bc(e,t,n){var r=t(e);return P(e)?r:uc(r,n(e))}function Vc(e){return Bc(e,ps,Ic)}function Hc(e){return Bc(e,ys,Rc)}var Uc=Ma(Ai,`DataView`),Wc=Ma(Ai,`Promise`),Gc=Ma(Ai,`Set`),Kc=`[object Map]`,qc=`[object Object]`,Jc=`[object Promise]`,Yc=`[object Set]`,Xc=`[object WeakMap]`,Zc=`[object DataView]`,Qc=Sa(Uc),$c=Sa(Hs),el=Sa(Wc),tl=Sa(Gc),nl=Sa(Na),rl=Hi;(Uc&&rl(new Uc(new ArrayBuffer(1)))!=Zc||Hs&&rl(new Hs)!=Kc||Wc&&rl(Wc.resolve())!=Jc||Gc&&rl(new Gc)!=Yc||Na&&rl(new Na)!=Xc)&&(rl=function(e){var t=Hi(e),n=t==qc?e.constructor:void 0,r=n?Sa(n):``;if(r)switch(r){case Qc:return Zc;case $c:return Kc;case el:return Jc;case tl:return Yc;case nl:return Xc}return t});var il=rl,al=Object.prototype.hasOwnProperty;function ol(e){var t=e.length,n=new e.constructor(t);return t&&typeof e[0]==`string`&&al.call(e,`index`)&&(n.index=e.index,n.input=e.input),n}var sl=Ai.Uint8Array;function cl(e){var t=new e.constructor(e.byteLength);return new sl(t).set(new sl(e)),t}function ll(e,t){var n=t?cl(e.buffer):e.buffer;return new e.constructor(n,e.byteOffset,e.byteLength)}var ul=/\w*$/;function dl(e){var t=new e.constructor(e.source,ul.exec(e));return t.lastIndex=e.lastIndex,t}var fl=ji?ji.prototype:void 0,pl=fl?fl.valueOf:void 0;function ml(e){return pl?Object(pl.call(e)):{}}function hl(e,t){var n=t?cl(e.buffer):e.buffer;return new e.constructor(n,e.byteOffset,e.length)}var gl=`[object Boolean]`,_l=`[object Date]`,vl=`[object Map]`,yl=`[object Number]`,bl=`[object RegExp]`,xl=`[object Set]`,Sl=`[object String]`,Cl=`[object Symbol]`,wl=`[object ArrayBuffer]`,Tl=`[object DataView]`,El=`[object Float32Array]`,Dl=`[object Float64Array]`,Ol=`[object Int8Array]`,kl=`[object Int16Array]`,Al=`[object Int32Array]`,jl=`[object Uint8Array]`,Ml=`[object Uint8ClampedArray]`,Nl=`[object Uint16Array]`,Pl=`[object Uint32Array]`;function Fl(e,t,n){var r=e.constructor;switch(t){case wl:return cl(e);case gl:case _l:return new r(+e);case Tl:return ll(e,n);case El:case Dl:case Ol:case kl:case Al:case jl:case Ml:case Nl:case Pl:return hl(e,n);case vl:return new r;case yl:case Sl:return new r(e);case bl:return dl(e);case xl:return new r;case Cl:return ml(e)}}function Il(e){return typeof e.constructor==`function`&&!go(e)?Fa(hc(e)):{}}var Ll=`[object Map]`;function Rl(e){return Ui(e)&&il(e)==Ll}var zl=is&&is.isMap,Bl=zl?es(zl):Rl,Vl=`[object Set]`;function Hl(e){return Ui(e)&&il(e)==Vl}var Ul=is&&is.isSet,Wl=Ul?es(Ul):Hl,Gl=1,Kl=2,ql=4,Jl=`[object Arguments]`,Yl=`[object Array]`,Xl=`[object Boolean]`,Zl=`[object Date]`,Ql=`[object Error]`,$l=`[object Function]`,eu=`[object GeneratorFunction]`,tu=`[object Map]`,nu=`[object Number]`,ru=`[object Object]`,iu=`[object RegExp]`,au=`[object Set]`,ou=`[object String]`,su=`[object Symbol]`,cu=`[object WeakMap]`,lu=`[object ArrayBuffer]`,uu=`[object DataView]`,du=`[object Float32Array]`,fu=`[object Float64Array]`,pu=`[object Int8Array]`,mu=`[object Int16Array]`,hu=`[object Int32Array]`,gu=`[object Uint8Array]`,_u=`[object Uint8ClampedArray]`,vu=`[object Uint16Array]`,yu=`[object Uint32Array]`,I={};I[Jl]=I[Yl]=I[lu]=I[uu]=I[Xl]=I[Zl]=I[du]=I[fu]=I[pu]=I[mu]=I[hu]=I[tu]=I[nu]=I[ru]=I[iu]=I[au]=I[ou]=I[su]=I[gu]=I[_u]=I[vu]=I[yu]=!0,I[Ql]=I[$l]=I[cu]=!1;function bu(e,t,n,r,i,a){var o,s=t&Gl,c=t&Kl,l=t&ql;if(n&&(o=i?n(e,r,i,a):n(e)),o!==void 0)return o;if(!ta(e))return e;var u=P(e);if(u){if(o=ol(e),!s)return Ra(e,o)}else{var d=il(e),f=d==$l||d==eu;if(Oo(e))return jc(e,s);if(d==ru||d==Jl||f&&!i){if(o=c||f?{}:Il(e),!s)return c?zc(e,Ec(o,e)):Lc(e,Tc(o,e))}else{if(!I[d])return i?e:{};o=Fl(e,d,s)}}a||=new wc;var p=a.get(e);if(p)return p;a.set(e,o),Wl(e)?e.forEach(function(r){o.add(bu(r,t,n,r,e,a))}):Bl(e)&&e.forEach(function(r,i){o.set(i,bu(r,t,n,i,e,a))});var m=u?void 0:(l?c?Hc:Vc:c?ys:ps)(e);return Ka(m||e,function(r,i){m&&(i=r,r=e[i]),io(o,i,bu(r,t,n,i,e,a))}),o}var xu=4;function Su(e){return bu(e,xu)}function Cu(e){for(var t=-1,n=e==null?0:e.length,r=0,i=[];++t<n;){var a=e[t];a&&(i[r++]=a)}return i}var wu=`__lodash_hash_undefined__`;function Tu(e){return this.__data__.set(e,wu),this}function Eu(e){return this.__data__.has(e)}function Du(e){var t=-1,n=e==null?0:e.length;for(this.__data__=new Xs;++t<n;)this.add(e[t])}Du.prototype.add=Du.prototype.push=Tu,Du.prototype.has=Eu;function Ou(e,t){for(var n=-1,r=e==null?0:e.length;++n<r;)if(t(e[n],n,e))return!0;return!1}function ku(e,t){return e.has(t)}var Au=1,ju=2;function Mu(e,t,n,r,i,a){var o=n&Au,s=e.length,c=t.length;if(s!=c&&!(o&&c>s))return!1;var l=a.get(e),u=a.get(t);if(l&&u)return l==t&&u==e;var d=-1,f=!0,p=n&ju?new Du:void 0;for(a.set(e,t),a.set(t,e);++d<s;){var m=e[d],h=t[d];if(r)var g=o?r(h,m,d,t,e,a):r(m,h,d,e,t,a);if(g!==void 0){if(g)continue;f=!1;break}if(p){if(!Ou(t,function(e,t){if(!ku(p,t)&&(m===e||i(m,e,n,r,a)))return p.push(t)})){f=!1;break}}else if(!(m===h||i(m,h,n,r,a))){f=!1;break}}return a.delete(e),a.delete(t),f}function Nu(e){var t=-1,n=Array(e.size);return e.forEach(function(e,r){n[++t]=[r,e]}),n}function Pu(e){var t=-1,n=Array(e.size);return e.forEach(function(e){n[++t]=e}),n}var Fu=1,Iu=2,Lu=`[object Boolean]`,Ru=`[object Date]`,zu=`[object Error]`,Bu=`[object Map]`,Vu=`[object Number]`,Hu=`[object RegExp]`,Uu=`[object Set]`,Wu=`[object String]`,Gu=`[object Symbol]`,Ku=`[object ArrayBuffer]`,qu=`[object DataView]`,Ju=ji?ji.prototype:void 0,Yu=Ju?Ju.valueOf:void 0;function Xu(e,t,n,r,i,a,o){switch(n){case qu:if(e.byteLength!=t.byteLength||e.byteOffset!=t.byteOffset)return!1;e=e.buffer,t=t.buffer;case Ku:return!(e.byteLength!=t.byteLength||!a(new sl(e),new sl(t)));case Lu:case Ru:case Vu:return no(+e,+t);case zu:return e.name==t.name&&e.message==t.message;case Hu:case Wu:return e==t+``;case Bu:var s=Nu;case Uu:var c=r&Fu;if(s||=Pu,e.size!=t.size&&!c)return!1;var l=o.get(e);if(l)return l==t;r|=Iu,o.set(e,t);var u=Mu(s(e),s(t),r,i,a,o);return o.delete(e),u;case Gu:if(Yu)return Yu.call(e)==Yu.call(t)}return!1}var Zu=1,Qu=Object.prototype.hasOwnProperty;function $u(e,t,n,r,i,a){var o=n&Zu,s=Vc(e),c=s.length;if(c!=Vc(t).length&&!o)return!1;for(var l=c;l--;){var u=s[l];if(!(o?u in t:Qu.call(t,u)))return!1}var d=a.get(e),f=a.get(t);if(d&&f)return d==t&&f==e;var p=!0;a.set(e,t),a.set(t,e);for(var m=o;++l<c;){u=s[l];var h=e[u],g=t[u];if(r)var _=o?r(g,h,u,t,e,a):r(h,g,u,e,t,a);if(!(_===void 0?h===g||i(h,g,n,r,a):_)){p=!1;break}m||=u==`constructor`}if(p&&!m){var v=e.constructor,y=t.constructor;v!=y&&`constructor`in e&&`constructor`in t&&!(typeof v==`function`&&v instanceof v&&typeof y==`function`&&y instanceof y)&&(p=!1)}return a.delete(e),a.delete(t),p}var ed=1,td=`[object Arguments]`,nd=`[object Array]`,rd=`[object Object]`,id=Object.prototype.hasOwnProperty;function ad(e,t,n,r,i,a){var o=P(e),s=P(t),c=o?nd:il(e),l=s?nd:il(t);c=c==td?rd:c,l=l==td?rd:l;var u=c==rd,d=l==rd,f=c==l;if(f&&Oo(e)){if(!Oo(t))return!1;o=!0,u=!1}if(f&&!u)return a||=new wc,o||os(e)?Mu(e,t,n,r,i,a):Xu(e,t,c,n,r,i,a);if(!(n&ed)){var p=u&&id.call(e,`__wrapped__`),m=d&&id.call(t,`__wrapped__`);if(p||m){var h=p?e.value():e,g=m?t.value():t;return a||=new wc,i(h,g,n,r,a)}}return f?(a||=new wc,$u(e,t,n,r,i,a)):!1}function od(e,t,n,r,i){return e===t?!0:e==null||t==null||!Ui(e)&&!Ui(t)?e!==e&&t!==t:ad(e,t,n,r,od,i)}var sd=1,cd=2;function ld(e,t,n,r){var i=n.length,a=i,o=!r;if(e==null)return!a;for(e=Object(e);i--;){var s=n[i];if(o&&s[2]?s[1]!==e[s[0]]:!(s[0]in e))return!1}for(;++i<a;){s=n[i];var c=s[0],l=e[c],u=s[1];if(o&&s[2]){if(l===void 0&&!(c in e))return!1}else{var d=new wc;if(r)var f=r(l,u,c,e,t,d);if(!(f===void 0?od(u,l,sd|cd,r,d):f))return!1}}return!0}function ud(e){return e===e&&!ta(e)}function dd(e){for(var t=ps(e),n=t.length;n--;){var r=t[n],i=e[r];t[n]=[r,i,ud(i)]}return t}function fd(e,t){return function(n){return n!=null&&n[e]===t&&(t!==void 0||e in Object(n))}}function pd(e){var t=dd(e);return t.length==1&&t[0][2]?fd(t[0][0],t[0][1]):function(n){return n===e||ld(n,e,t)}}function md(e,t){return e!=null&&t in Object(e)}function hd(e,t,n){t=ac(t,e);for(var r=-1,i=t.length,a=!1;++r<i;){var o=sc(t[r]);if(!(a=e!=null&&n(e,o)))break;e=e[o]}return a||++r!=i?a:(i=e==null?0:e.length,!!i&&uo(i)&&eo(o,i)&&(P(e)||Co(e)))}function gd(e,t){return e!=null&&hd(e,t,md)}var _d=1,vd=2;function yd(e,t){return Ss(e)&&ud(t)?fd(sc(e),t):function(n){var r=lc(n,e);return r===void 0&&r===t?gd(n,e):od(t,r,_d|vd)}}function bd(e){return function(t){return t?.[e]}}function xd(e){return function(t){return cc(t,e)}}function Sd(e){return Ss(e)?bd(sc(e)):xd(e)}function Cd(e){return typeof e==`function`?e:e==null?fa:typeof e==`object`?P(e)?yd(e[0],e[1]):pd(e):Sd(e)}function wd(e,t,n,r){for(var i=-1,a=e==null?0:e.length;++i<a;){var o=e[i];t(r,o,n(o),e)}return r}function Td(e){return function(t,n,r){for(var i=-1,a=Object(t),o=r(t),s=o.length;s--;){var c=o[e?s:++i];if(n(a[c],c,a)===!1)break}return t}}var Ed=Td();function Dd(e,t){return e&&Ed(e,t,ps)}function Od(e,t){return function(n,r){if(n==null)return n;if(!fo(n))return e(n,r);for(var i=n.length,a=t?i:-1,o=Object(n);(t?a--:++a<i)&&r(o[a],a,o)!==!1;);return n}}var kd=Od(Dd);function Ad(e,t,n,r){return kd(e,function(e,i,a){t(r,e,n(e),a)}),r}function jd(e,t){return function(n,r){var i=P(n)?wd:Ad,a=t?t():{};return i(n,e,Cd(r,2),a)}}var Md=Object.prototype,Nd=Md.hasOwnProperty,Pd=co(function(e,t){e=Object(e);var n=-1,r=t.length,i=r>2?t[2]:void 0;for(i&&po(t[0],t[1],i)&&(r=1);++n<r;)for(var a=t[n],o=ys(a),s=-1,c=o.length;++s<c;){var l=o[s],u=e[l];(u===void 0||no(u,Md[l])&&!Nd.call(e,l))&&(e[l]=a[l])}return e});function Fd(e){return Ui(e)&&fo(e)}function Id(e,t,n){for(var r=-1,i=e==null?0:e.length;++r<i;)if(n(t,e[r]))return!0;return!1}var Ld=200;function Rd(e,t,n,r){var i=-1,a=Za,o=!0,s=e.length,c=[],l=t.length;if(!s)return c;n&&(t=Ki(t,es(n))),r?(a=Id,o=!1):t.length>=Ld&&(a=ku,o=!1,t=new Du(t));outer:for(;++i<s;){var u=e[i],d=n==null?u:n(u);if(u=r||u!==0?u:0,o&&d===d){for(var f=l;f--;)if(t[f]===d)continue outer;c.push(u)}else a(t,d,r)||c.push(u)}return c}var zd=co(function(e,t){return Fd(e)?Rd(e,pc(t,1,Fd,!0)):[]});function Bd(e){var t=e==null?0:e.length;return t?e[t-1]:void 0}function Vd(e,t,n){var r=e==null?0:e.length;return r?(t=n||t===void 0?1:da(t),gc(e,t<0?0:t,r)):[]}function Hd(e,t,n){var r=e==null?0:e.length;return r?(t=n||t===void 0?1:da(t),t=r-t,gc(e,0,t<0?0:t)):[]}function Ud(e){return typeof e==`function`?e:fa}function L(e,t){return(P(e)?Ka:kd)(e,Ud(t))}function Wd(e,t){for(var n=-1,r=e==null?0:e.length;++n<r;)if(!t(e[n],n,e))return!1;return!0}function Gd(e,t){var n=!0;return kd(e,function(e,r,i){return n=!!t(e,r,i),n}),n}function Kd(e,t,n){var r=P(e)?Wd:Gd;return n&&po(e,t,n)&&(t=void 0),r(e,Cd(t,3))}function qd(e,t){var n=[];return kd(e,function(e,r,i){t(e,r,i)&&n.push(e)}),n}function Jd(e,t){return(P(e)?Mc:qd)(e,Cd(t,3))}function Yd(e){return function(t,n,r){var i=Object(t);if(!fo(t)){var a=Cd(n,3);t=ps(t),n=function(e){return a(i[e],e,i)}}var o=e(t,n,r);return o>-1?i[a?t[o]:o]:void 0}}var Xd=Math.max;function Zd(e,t,n){var r=e==null?0:e.length;if(!r)return-1;var i=n==null?0:da(n);return i<0&&(i=Xd(r+i,0)),qa(e,Cd(t,3),i)}var Qd=Yd(Zd);function $d(e){return e&&e.length?e[0]:void 0}function ef(e,t){var n=-1,r=fo(e)?Array(e.length):[];return kd(e,function(e,i,a){r[++n]=t(e,i,a)}),r}function R(e,t){return(P(e)?Ki:ef)(e,Cd(t,3))}function tf(e,t){return pc(R(e,t),1)}var nf=Object.prototype.hasOwnProperty,rf=jd(function(e,t,n){nf.call(e,n)?e[n].push(t):to(e,n,[t])}),af=Object.prototype.hasOwnProperty;function of(e,t){return e!=null&&af.call(e,t)}function z(e,t){return e!=null&&hd(e,t,of)}var sf=`[object String]`;function cf(e){return typeof e==`string`||!P(e)&&Ui(e)&&Hi(e)==sf}function lf(e,t){return Ki(t,function(t){return e[t]})}function uf(e){return e==null?[]:lf(e,ps(e))}var df=Math.max;function ff(e,t,n,r){e=fo(e)?e:uf(e),n=n&&!r?da(n):0;var i=e.length;return n<0&&(n=df(i+n,0)),cf(e)?n<=i&&e.indexOf(t,n)>-1:!!i&&Xa(e,t,n)>-1}var pf=Math.max;function mf(e,t,n){var r=e==null?0:e.length;if(!r)return-1;var i=n==null?0:da(n);return i<0&&(i=pf(r+i,0)),Xa(e,t,i)}var hf=`[object Map]`,gf=`[object Set]`,_f=Object.prototype.hasOwnProperty;function B(e){if(e==null)return!0;if(fo(e)&&(P(e)||typeof e==`string`||typeof e.splice==`function`||Oo(e)||os(e)||Co(e)))return!e.length;var t=il(e);if(t==hf||t==gf)return!e.size;if(go(e))return!fs(e).length;for(var n in e)if(_f.call(e,n))return!1;return!0}var vf=`[object RegExp]`;function yf(e){return Ui(e)&&Hi(e)==vf}var bf=is&&is.isRegExp,xf=bf?es(bf):yf;function Sf(e){return e===void 0}var Cf=`Expected a function`;function wf(e){if(typeof e!=`function`)throw TypeError(Cf);return function(){var t=arguments;switch(t.length){case 0:return!e.call(this);case 1:return!e.call(this,t[0]);case 2:return!e.call(this,t[0],t[1]);case 3:return!e.call(this,t[0],t[1],t[2])}return!e.apply(this,t)}}function Tf(e,t,n,r){if(!ta(e))return e;t=ac(t,e);for(var i=-1,a=t.length,o=a-1,s=e;s!=null&&++i<a;){var c=sc(t[i]),l=n;if(c===`__proto__`||c===`constructor`||c===`prototype`)return e;if(i!=o){var u=s[c];l=r?r(u,c,s):void 0,l===void 0&&(l=ta(u)?u:eo(t[i+1])?[]:{})}io(s,c,l),s=s[c]}return e}function Ef(e,t,n){for(var r=-1,i=t.length,a={};++r<i;){var o=t[r],s=cc(e,o);n(s,o)&&Tf(a,ac(o,e),s)}return a}function Df(e,t){if(e==null)return{};var n=Ki(Hc(e),function(e){return[e]});return t=Cd(t),Ef(e,n,function(e,n){return t(e,n[0])})}function Of(e,t,n,r,i){return i(e,function(e,i,a){n=r?(r=!1,e):t(n,e,i,a)}),n}function kf(e,t,n){var r=P(e)?_c:Of,i=arguments.length<3;return r(e,Cd(t,4),n,i,kd)}function Af(e,t){return(P(e)?Mc:qd)(e,wf(Cd(t,3)))}function jf(e,t){var n;return kd(e,function(e,r,i){return n=t(e,r,i),!n}),!!n}function Mf(e,t,n){var r=P(e)?Ou:jf;return n&&po(e,t,n)&&(t=void 0),r(e,Cd(t,3))}var Nf=Gc&&1/Pu(new Gc([,-0]))[1]==1/0?function(e){return new Gc(e)}:La,Pf=200;function Ff(e,t,n){var r=-1,i=Za,a=e.length,o=!0,s=[],c=s;if(n)o=!1,i=Id;else if(a>=Pf){var l=t?null:Nf(e);if(l)return Pu(l);o=!1,i=ku,c=new Du}else c=t?[]:s;outer:for(;++r<a;){var u=e[r],d=t?t(u):u;if(u=n||u!==0?u:0,o&&d===d){for(var f=c.length;f--;)if(c[f]===d)continue outer;t&&c.push(d),s.push(u)}else i(c,d,n)||(c!==s&&c.push(d),s.push(u))}return s}function If(e){return e&&e.length?Ff(e):[]}function Lf(e){console&&console.error&&console.error(`Error: ${e}`)}function Rf(e){console&&console.warn&&console.warn(`Warning: ${e}`)}function zf(e){let t=new Date().getTime(),n=e();return{time:new Date().getTime()-t,value:n}}function Bf(e){function t(){}t.prototype=e;let n=new t;function r(){return typeof n.bar}return r(),r(),e}function Vf(e){return Hf(e)?e.LABEL:e.name}function Hf(e){return cf(e.LABEL)&&e.LABEL!==``}var Uf=class{get definition(){return this._definition}set definition(e){this._definition=e}constructor(e){this._definition=e}accept(e){e.visit(this),L(this.definition,t=>{t.accept(e)})}},Wf=class extends Uf{constructor(e){super([]),this.idx=1,hs(this,Df(e,e=>e!==void 0))}set definition(e){}get definition(){return this.referencedRule===void 0?[]:this.referencedRule.definition}accept(e){e.visit(this)}},Gf=class extends Uf{constructor(e){super(e.definition),this.orgText=``,hs(this,Df(e,e=>e!==void 0))}},Kf=class extends Uf{constructor(e){super(e.definition),this.ignoreAmbiguities=!1,hs(this,Df(e,e=>e!==void 0))}},qf=class extends Uf{constructor(e){super(e.definition),this.idx=1,hs(this,Df(e,e=>e!==void 0))}},Jf=class extends Uf{constructor(e){super(e.definition),this.idx=1,hs(this,Df(e,e=>e!==void 0))}},Yf=class extends Uf{constructor(e){super(e.definition),this.idx=1,hs(this,Df(e,e=>e!==void 0))}},Xf=class extends Uf{constructor(e){super(e.definition),this.idx=1,hs(this,Df(e,e=>e!==void 0))}},Zf=class extends Uf{constructor(e){super(e.definition),this.idx=1,hs(this,Df(e,e=>e!==void 0))}},Qf=class extends Uf{get definition(){return this._definition}set definition(e){this._definition=e}constructor(e){super(e.definition),this.idx=1,this.ignoreAmbiguities=!1,this.hasPredicates=!1,hs(this,Df(e,e=>e!==void 0))}},$f=class{constructor(e){this.idx=1,hs(this,Df(e,e=>e!==void 0))}accept(e){e.visit(this)}};function ep(e){return R(e,tp)}function tp(e){function t(e){return R(e,tp)}if(e instanceof Wf){let t={type:`NonTerminal`,name:e.nonTerminalName,idx:e.idx};return cf(e.label)&&(t.label=e.label),t}if(e instanceof Kf)return{type:`Alternative`,definition:t(e.definition)};if(e instanceof qf)return{type:`Option`,idx:e.idx,definition:t(e.definition)};if(e instanceof Jf)return{type:`RepetitionMandatory`,idx:e.idx,definition:t(e.definition)};if(e instanceof Yf)return{type:`RepetitionMandatoryWithSeparator`,idx:e.idx,separator:tp(new $f({terminalType:e.separator})),definition:t(e.definition)};if(e instanceof Zf)return{type:`RepetitionWithSeparator`,idx:e.idx,separator:tp(new $f({terminalType:e.separator})),definition:t(e.definition)};if(e instanceof Xf)return{type:`Repetition`,idx:e.idx,definition:t(e.definition)};if(e instanceof Qf)return{type:`Alternation`,idx:e.idx,definition:t(e.definition)};if(e instanceof $f){let t={type:`Terminal`,name:e.terminalType.name,label:Vf(e.terminalType),idx:e.idx};cf(e.label)&&(t.terminalLabel=e.label);let n=e.terminalType.PATTERN;return e.terminalType.PATTERN&&(t.pattern=xf(n)?n.source:n),t}if(e instanceof Gf)return{type:`Rule`,name:e.name,orgText:e.orgText,definition:t(e.definition)};throw Error(`non exhaustive match`)}var np=class{visit(e){let t=e;switch(t.constructor){case Wf:return this.visitNonTerminal(t);case Kf:return this.visitAlternative(t);case qf:return this.visitOption(t);case Jf:return this.visitRepetitionMandatory(t);case Yf:return this.visitRepetitionMandatoryWithSeparator(t);case Zf:return this.visitRepetitionWithSeparator(t);case Xf:return this.visitRepetition(t);case Qf:return this.visitAlternation(t);case $f:return this.visitTerminal(t);case Gf:return this.visitRule(t);default:throw Error(`non exhaustive match`)}}visitNonTerminal(e){}visitAlternative(e){}visitOption(e){}visitRepetition(e){}visitRepetitionMandatory(e){}visitRepetitionMandatoryWithSeparator(e){}visitRepetitionWithSeparator(e){}visitAlternation(e){}visitTerminal(e){}visitRule(e){}};function rp(e){return e instanceof Kf||e instanceof qf||e instanceof Xf||e instanceof Jf||e instanceof Yf||e instanceof Zf||e instanceof $f||e instanceof Gf}function ip(e,t=[]){return e instanceof qf||e instanceof Xf||e instanceof Zf?!0:e instanceof Qf?Mf(e.definition,e=>ip(e,t)):e instanceof Wf&&ff(t,e)?!1:e instanceof Uf&&(e instanceof Wf&&t.push(e),Kd(e.definition,e=>ip(e,t)))}function ap(e){return e instanceof Qf}function op(e){if(e instanceof Wf)return`SUBRULE`;if(e instanceof qf)return`OPTION`;if(e instanceof Qf)return`OR`;if(e instanceof Jf)return`AT_LEAST_ONE`;if(e instanceof Yf)return`AT_LEAST_ONE_SEP`;if(e instanceof Zf)return`MANY_SEP`;if(e instanceof Xf)return`MANY`;if(e instanceof $f)return`CONSUME`;throw Error(`non exhaustive match`)}var sp=class{walk(e,t=[]){L(e.definition,(n,r)=>{let i=Vd(e.definition,r+1);if(n instanceof Wf)this.walkProdRef(n,i,t);else if(n instanceof $f)this.walkTerminal(n,i,t);else if(n instanceof Kf)this.walkFlat(n,i,t);else if(n instanceof qf)this.walkOption(n,i,t);else if(n instanceof Jf)this.walkAtLeastOne(n,i,t);else if(n instanceof Yf)this.walkAtLeastOneSep(n,i,t);else if(n instanceof Zf)this.walkManySep(n,i,t);else if(n instanceof Xf)this.walkMany(n,i,t);else if(n instanceof Qf)this.walkOr(n,i,t);else throw Error(`non exhaustive match`)})}walkTerminal(e,t,n){}walkProdRef(e,t,n){}walkFlat(e,t,n){let r=t.concat(n);this.walk(e,r)}walkOption(e,t,n){let r=t.concat(n);this.walk(e,r)}walkAtLeastOne(e,t,n){let r=[new qf({definition:e.definition})].concat(t,n);this.walk(e,r)}walkAtLeastOneSep(e,t,n){let r=cp(e,t,n);this.walk(e,r)}walkMany(e,t,n){let r=[new qf({definition:e.definition})].concat(t,n);this.walk(e,r)}walkManySep(e,t,n){let r=cp(e,t,n);this.walk(e,r)}walkOr(e,t,n){let r=t.concat(n);L(e.definition,e=>{let t=new Kf({definition:[e]});this.walk(t,r)})}};function cp(e,t,n){return[new qf({definition:[new $f({terminalType:e.separator})].concat(e.definition)})].concat(t,n)}function lp(e){if(e instanceof Wf)return lp(e.referencedRule);if(e instanceof $f)return fp(e);if(rp(e))return up(e);if(ap(e))return dp(e);throw Error(`non exhaustive match`)}function up(e){let t=[],n=e.definition,r=0,i=n.length>r,a,o=!0;for(;i&&o;)a=n[r],o=ip(a),t=t.concat(lp(a)),r+=1,i=n.length>r;return If(t)}function dp(e){return If(mc(R(e.definition,e=>lp(e))))}function fp(e){return[e.terminalType]}var pp=`_~IN~_`,mp=class extends sp{constructor(e){super(),this.topProd=e,this.follows={}}startWalking(){return this.walk(this.topProd),this.follows}walkTerminal(e,t,n){}walkProdRef(e,t,n){let r=gp(e.referencedRule,e.idx)+this.topProd.name,i=lp(new Kf({definition:t.concat(n)}));this.follows[r]=i}};function hp(e){let t={};return L(e,e=>{let n=new mp(e).startWalking();hs(t,n)}),t}function gp(e,t){return e.name+t+pp}function V(e){return e.charCodeAt(0)}function _p(e,t){Array.isArray(e)?e.forEach(function(e){t.push(e)}):t.push(e)}function vp(e,t){if(e[t]===!0)throw`duplicate flag `+t;e[t],e[t]=!0}function yp(e){if(e===void 0)throw Error(`Internal Error - Should never get here!`);return!0}function bp(){throw Error(`Internal Error - Should never get here!`)}function xp(e){return e.type===`Character`}var Sp=[];for(let e=V(`0`);e<=V(`9`);e++)Sp.push(e);var Cp=[V(`_`)].concat(Sp);for(let e=V(`a`);e<=V(`z`);e++)Cp.push(e);for(let e=V(`A`);e<=V(`Z`);e++)Cp.push(e);var wp=[V(` `),V(`\f`),V(`
`),V(`\r`),V(`	`),V(`\v`),V(`	`),V(`\xA0`),V(` `),V(` `),V(` `),V(` `),V(` `),V(` `),V(` `),V(` `),V(` `),V(` `),V(` `),V(` `),V(`\u2028`),V(`\u2029`),V(` `),V(` `),V(`　`),V(`﻿`)],Tp=/[0-9a-fA-F]/,Ep=/[0-9]/,Dp=/[1-9]/,Op=class{constructor(){this.idx=0,this.input=``,this.groupIdx=0}saveState(){return{idx:this.idx,input:this.input,groupIdx:this.groupIdx}}restoreState(e){this.idx=e.idx,this.input=e.input,this.groupIdx=e.groupIdx}pattern(e){this.idx=0,this.input=e,this.groupIdx=0,this.consumeChar(`/`);let t=this.disjunction();this.consumeChar(`/`);let n={type:`Flags`,loc:{begin:this.idx,end:e.length},global:!1,ignoreCase:!1,multiLine:!1,unicode:!1,sticky:!1};for(;this.isRegExpFlag();)switch(this.popChar()){case`g`:vp(n,`global`);break;case`i`:vp(n,`ignoreCase`);break;case`m`:vp(n,`multiLine`);break;case`u`:vp(n,`unicode`);break;case`y`:vp(n,`sticky`)}if(this.idx!==this.input.length)throw Error(`Redundant input: `+this.input.substring(this.idx));return{type:`Pattern`,flags:n,value:t,loc:this.loc(0)}}disjunction(){let e=[],t=this.idx;for(e.push(this.alternative());this.peekChar()===`|`;)this.consumeChar(`|`),e.push(this.alternative());return{type:`Disjunction`,value:e,loc:this.loc(t)}}alternative(){let e=[],t=this.idx;for(;this.isTerm();)e.push(this.term());return{type:`Alternative`,value:e,loc:this.loc(t)}}term(){return this.isAssertion()?this.assertion():this.atom()}assertion(){let e=this.idx;switch(this.popChar()){case`^`:return{type:`StartAnchor`,loc:this.loc(e)};case`$`:return{type:`EndAnchor`,loc:this.loc(e)};case`\\`:switch(this.popChar()){case`b`:return{type:`WordBoundary`,loc:this.loc(e)};case`B`:return{type:`NonWordBoundary`,loc:this.loc(e)}}throw Error(`Invalid Assertion Escape`);case`(`:this.consumeChar(`?`);let t;switch(this.popChar()){case`=`:t=`Lookahead`;break;case`!`:t=`NegativeLookahead`;break;case`<`:switch(this.popChar()){case`=`:t=`Lookbehind`;break;case`!`:t=`NegativeLookbehind`}}yp(t);let n=this.disjunction();return this.consumeChar(`)`),{type:t,value:n,loc:this.loc(e)}}return bp()}quantifier(e=!1){let t,n=this.idx;switch(this.popChar()){case`*`:t={atLeast:0,atMost:1/0};break;case`+`:t={atLeast:1,atMost:1/0};break;case`?`:t={atLeast:0,atMost:1};break;case`{`:let n=this.integerIncludingZero();switch(this.popChar()){case`}`:t={atLeast:n,atMost:n};break;case`,`:let e;this.isDigit()?(e=this.integerIncludingZero(),t={atLeast:n,atMost:e}):t={atLeast:n,atMost:1/0},this.consumeChar(`}`)}if(e===!0&&t===void 0)return;yp(t)}if((e!==!0||t!==void 0)&&yp(t))return this.peekChar(0)===`?`?(this.consumeChar(`?`),t.greedy=!1):t.greedy=!0,t.type=`Quantifier`,t.loc=this.loc(n),t}atom(){let e,t=this.idx;switch(this.peekChar()){case`.`:e=this.dotAll();break;case`\\`:e=this.atomEscape();break;case`[`:e=this.characterClass();break;case`(`:e=this.group()}return e===void 0&&this.isPatternCharacter()&&(e=this.patternCharacter()),yp(e)?(e.loc=this.loc(t),this.isQuantifier()&&(e.quantifier=this.quantifier()),e):bp()}dotAll(){return this.consumeChar(`.`),{type:`Set`,complement:!0,value:[V(`
`),V(`\r`),V(`\u2028`),V(`\u2029`)]}}atomEscape(){switch(this.consumeChar(`\\`),this.peekChar()){case`1`:case`2`:case`3`:case`4`:case`5`:case`6`:case`7`:case`8`:case`9`:return this.decimalEscapeAtom();case`d`:case`D`:case`s`:case`S`:case`w`:case`W`:return this.characterClassEscape();case`f`:case`n`:case`r`:case`t`:case`v`:return this.controlEscapeAtom();case`c`:return this.controlLetterEscapeAtom();case`0`:return this.nulCharacterAtom();case`x`:return this.hexEscapeSequenceAtom();case`u`:return this.regExpUnicodeEscapeSequenceAtom();default:return this.identityEscapeAtom()}}decimalEscapeAtom(){return{type:`GroupBackReference`,value:this.positiveInteger()}}characterClassEscape(){let e,t=!1;switch(this.popChar()){case`d`:e=Sp;break;case`D`:e=Sp,t=!0;break;case`s`:e=wp;break;case`S`:e=wp,t=!0;break;case`w`:e=Cp;break;case`W`:e=Cp,t=!0}return yp(e)?{type:`Set`,value:e,complement:t}:bp()}controlEscapeAtom(){let e;switch(this.popChar()){case`f`:e=V(`\f`);break;case`n`:e=V(`
`);break;case`r`:e=V(`\r`);break;case`t`:e=V(`	`);break;case`v`:e=V(`\v`)}return yp(e)?{type:`Character`,value:e}:bp()}controlLetterEscapeAtom(){this.consumeChar(`c`);let e=this.popChar();if(/[a-zA-Z]/.test(e)===!1)throw Error(`Invalid `);return{type:`Character`,value:e.toUpperCase().charCodeAt(0)-64}}nulCharacterAtom(){return this.consumeChar(`0`),{type:`Character`,value:V(`\0`)}}hexEscapeSequenceAtom(){return this.consumeChar(`x`),this.parseHexDigits(2)}regExpUnicodeEscapeSequenceAtom(){return this.consumeChar(`u`),this.parseHexDigits(4)}identityEscapeAtom(){return{type:`Character`,value:V(this.popChar())}}classPatternCharacterAtom(){switch(this.peekChar()){case`
`:case`\r`:case`\u2028`:case`\u2029`:case`\\`:case`]`:throw Error(`TBD`);default:return{type:`Character`,value:V(this.popChar())}}}characterClass(){let e=[],t=!1;for(this.consumeChar(`[`),this.peekChar(0)===`^`&&(this.consumeChar(`^`),t=!0);this.isClassAtom();){let t=this.classAtom();if(t.type,xp(t)&&this.isRangeDash()){this.consumeChar(`-`);let n=this.classAtom();if(n.type,xp(n)){if(n.value<t.value)throw Error(`Range out of order in character class`);e.push({from:t.value,to:n.value})}else _p(t.value,e),e.push(V(`-`)),_p(n.value,e)}else _p(t.value,e)}return this.consumeChar(`]`),{type:`Set`,complement:t,value:e}}classAtom(){switch(this.peekChar()){case`]`:case`
`:case`\r`:case`\u2028`:case`\u2029`:throw Error(`TBD`);case`\\`:return this.classEscape();default:return this.classPatternCharacterAtom()}}classEscape(){switch(this.consumeChar(`\\`),this.peekChar()){case`b`:return this.consumeChar(`b`),{type:`Character`,value:V(`\b`)};case`d`:case`D`:case`s`:case`S`:case`w`:case`W`:return this.characterClassEscape();case`f`:case`n`:case`r`:case`t`:case`v`:return this.controlEscapeAtom();case`c`:return this.controlLetterEscapeAtom();case`0`:return this.nulCharacterAtom();case`x`:return this.hexEscapeSequenceAtom();case`u`:return this.regExpUnicodeEscapeSequenceAtom();default:return this.identityEscapeAtom()}}group(){let e=!0;switch(this.consumeChar(`(`),this.peekChar(0)){case`?`:this.consumeChar(`?`),this.consumeChar(`:`),e=!1;break;default:this.groupIdx++}let t=this.disjunction();this.consumeChar(`)`);let n={type:`Group`,capturing:e,value:t};return e&&(n.idx=this.groupIdx),n}positiveInteger(){let e=this.popChar();if(Dp.test(e)===!1)throw Error(`Expecting a positive integer`);for(;Ep.test(this.peekChar(0));)e+=this.popChar();return parseInt(e,10)}integerIncludingZero(){let e=this.popChar();if(Ep.test(e)===!1)throw Error(`Expecting an integer`);for(;Ep.test(this.peekChar(0));)e+=this.popChar();return parseInt(e,10)}patternCharacter(){let e=this.popChar();switch(e){case`
`:case`\r`:case`\u2028`:case`\u2029`:case`^`:case`$`:case`\\`:case`.`:case`*`:case`+`:case`?`:case`(`:case`)`:case`[`:case`|`:throw Error(`TBD`);default:return{type:`Character`,value:V(e)}}}isRegExpFlag(){switch(this.peekChar(0)){case`g`:case`i`:case`m`:case`u`:case`y`:return!0;default:return!1}}isRangeDash(){return this.peekChar()===`-`&&this.isClassAtom(1)}isDigit(){return Ep.test(this.peekChar(0))}isClassAtom(e=0){switch(this.peekChar(e)){case`]`:case`
`:case`\r`:case`\u2028`:case`\u2029`:return!1;default:return!0}}isTerm(){return this.isAtom()||this.isAssertion()}isAtom(){if(this.isPatternCharacter())return!0;switch(this.peekChar(0)){case`.`:case`\\`:case`[`:case`(`:return!0;default:return!1}}isAssertion(){switch(this.peekChar(0)){case`^`:case`$`:return!0;case`\\`:switch(this.peekChar(1)){case`b`:case`B`:return!0;default:return!1}case`(`:return this.peekChar(1)===`?`&&(this.peekChar(2)===`=`||this.peekChar(2)===`!`||this.peekChar(2)===`<`&&(this.peekChar(3)===`=`||this.peekChar(3)===`!`));default:return!1}}isQuantifier(){let e=this.saveState();try{return this.quantifier(!0)!==void 0}catch{return!1}finally{this.restoreState(e)}}isPatternCharacter(){switch(this.peekChar()){case`^`:case`$`:case`\\`:case`.`:case`*`:case`+`:case`?`:case`(`:case`)`:case`[`:case`|`:case`/`:case`
`:case`\r`:case`\u2028`:case`\u2029`:return!1;default:return!0}}parseHexDigits(e){let t=``;for(let n=0;n<e;n++){let e=this.popChar();if(Tp.test(e)===!1)throw Error(`Expecting a HexDecimal digits`);t+=e}return{type:`Character`,value:parseInt(t,16)}}peekChar(e=0){return this.input[this.idx+e]}popChar(){let e=this.peekChar(0);return this.consumeChar(void 0),e}consumeChar(e){if(e!==void 0&&this.input[this.idx]!==e)throw Error(`Expected: '`+e+`' but found: '`+this.input[this.idx]+`' at offset: `+this.idx);if(this.idx>=this.input.length)throw Error(`Unexpected end of input`);this.idx++}loc(e){return{begin:e,end:this.idx}}},kp=class{visitChildren(e){for(let t in e){let n=e[t];e.hasOwnProperty(t)&&(n.type===void 0?Array.isArray(n)&&n.forEach(e=>{this.visit(e)},this):this.visit(n))}}visit(e){switch(e.type){case`Pattern`:this.visitPattern(e);break;case`Flags`:this.visitFlags(e);break;case`Disjunction`:this.visitDisjunction(e);break;case`Alternative`:this.visitAlternative(e);break;case`StartAnchor`:this.visitStartAnchor(e);break;case`EndAnchor`:this.visitEndAnchor(e);break;case`WordBoundary`:this.visitWordBoundary(e);break;case`NonWordBoundary`:this.visitNonWordBoundary(e);break;case`Lookahead`:this.visitLookahead(e);break;case`NegativeLookahead`:this.visitNegativeLookahead(e);break;case`Lookbehind`:this.visitLookbehind(e);break;case`NegativeLookbehind`:this.visitNegativeLookbehind(e);break;case`Character`:this.visitCharacter(e);break;case`Set`:this.visitSet(e);break;case`Group`:this.visitGroup(e);break;case`GroupBackReference`:this.visitGroupBackReference(e);break;case`Quantifier`:this.visitQuantifier(e)}this.visitChildren(e)}visitPattern(e){}visitFlags(e){}visitDisjunction(e){}visitAlternative(e){}visitStartAnchor(e){}visitEndAnchor(e){}visitWordBoundary(e){}visitNonWordBoundary(e){}visitLookahead(e){}visitNegativeLookahead(e){}visitLookbehind(e){}visitNegativeLookbehind(e){}visitCharacter(e){}visitSet(e){}visitGroup(e){}visitGroupBackReference(e){}visitQuantifier(e){}},Ap={},jp=new Op;function Mp(e){let t=e.toString();if(Ap.hasOwnProperty(t))return Ap[t];{let e=jp.pattern(t);return Ap[t]=e,e}}function Np(){Ap={}}var Pp=`Complement Sets are not supported for first char optimization`,Fp=`Unable to use "first char" lexer optimizations:
`;function Ip(e,t=!1){try{let t=Mp(e);return Lp(t.value,{},t.flags.ignoreCase)}catch(n){if(n.message===Pp)t&&Rf(`${Fp}\tUnable to optimize: < ${e.toString()} >\n	Complement Sets cannot be automatically optimized.
	This will disable the lexer's first char optimizations.
	See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#COMPLEMENT for details.`);else{let n=``;t&&(n=`
	This will disable the lexer's first char optimizations.
	See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#REGEXP_PARSING for details.`),Lf(`${Fp}\n\tFailed parsing: < ${e.toString()} >\n\tUsing the @chevrotain/regexp-to-ast library\n	Please open an issue at: https://github.com/chevrotain/chevrotain/issues`+n)}}return[]}function Lp(e,t,n){switch(e.type){case`Disjunction`:for(let r=0;r<e.value.length;r++)Lp(e.value[r],t,n);break;case`Alternative`:let r=e.value;for(let e=0;e<r.length;e++){let i=r[e];switch(i.type){case`EndAnchor`:case`GroupBackReference`:case`Lookahead`:case`NegativeLookahead`:case`Lookbehind`:case`NegativeLookbehind`:case`StartAnchor`:case`WordBoundary`:case`NonWordBoundary`:continue}let a=i;switch(a.type){case`Character`:Rp(a.value,t,n);break;case`Set`:if(a.complement===!0)throw Error(Pp);L(a.value,e=>{if(typeof e==`number`)Rp(e,t,n);else{let r=e;if(n===!0)for(let e=r.from;e<=r.to;e++)Rp(e,t,n);else{for(let e=r.from;e<=r.to&&e<256;e++)Rp(e,t,n);if(r.to>=256){let e=r.from>=256?r.from:256,n=r.to,i=Sm(e),a=Sm(n);for(let e=i;e<=a;e++)t[e]=e}}}});break;case`Group`:Lp(a.value,t,n);break;default:throw Error(`Non Exhaustive Match`)}let o=a.quantifier!==void 0&&a.quantifier.atLeast===0;if(a.type===`Group`&&Vp(a)===!1||a.type!==`Group`&&o===!1)break}break;default:throw Error(`non exhaustive match!`)}return uf(t)}function Rp(e,t,n){let r=Sm(e);t[r]=r,n===!0&&zp(e,t)}function zp(e,t){let n=String.fromCharCode(e),r=n.toUpperCase();if(r!==n){let e=Sm(r.charCodeAt(0));t[e]=e}else{let e=n.toLowerCase();if(e!==n){let n=Sm(e.charCodeAt(0));t[n]=n}}}function Bp(e,t){return Qd(e.value,e=>{if(typeof e==`number`)return ff(t,e);{let n=e;return Qd(t,e=>n.from<=e&&e<=n.to)!==void 0}})}function Vp(e){let t=e.quantifier;return t&&t.atLeast===0?!0:e.value?P(e.value)?Kd(e.value,Vp):Vp(e.value):!1}var Hp=class extends kp{constructor(e){super(),this.targetCharCodes=e,this.found=!1}visitChildren(e){if(this.found!==!0){switch(e.type){case`Lookahead`:this.visitLookahead(e);return;case`NegativeLookahead`:this.visitNegativeLookahead(e);return;case`Lookbehind`:this.visitLookbehind(e);return;case`NegativeLookbehind`:this.visitNegativeLookbehind(e);return}super.visitChildren(e)}}visitCharacter(e){ff(this.targetCharCodes,e.value)&&(this.found=!0)}visitSet(e){e.complement?Bp(e,this.targetCharCodes)===void 0&&(this.found=!0):Bp(e,this.targetCharCodes)!==void 0&&(this.found=!0)}};function Up(e,t){if(t instanceof RegExp){let n=Mp(t),r=new Hp(e);return r.visit(n),r.found}return Qd(t,t=>ff(e,t.charCodeAt(0)))!==void 0}var Wp=`PATTERN`,Gp=`defaultMode`;function Kp(e,t){t=Pd(t,{debug:!1,safeMode:!1,positionTracking:`full`,lineTerminatorCharacters:[`\r`,`
`],tracer:(e,t)=>t()});let n=t.tracer;n(`initCharCodeToOptimizedIndexMap`,()=>{Cm()});let r;n(`Reject Lexer.NA`,()=>{r=Af(e,e=>e[Wp]===Hm.NA)});let i=!1,a;n(`Transform Patterns`,()=>{i=!1,a=R(r,e=>{let t=e[Wp];if(xf(t)){let e=t.source;return e.length===1&&e!==`^`&&e!==`$`&&e!==`.`&&!t.ignoreCase?e:e.length===2&&e[0]===`\\`&&!ff([`d`,`D`,`s`,`S`,`t`,`r`,`n`,`t`,`0`,`c`,`b`,`B`,`f`,`v`,`w`,`W`],e[1])?e[1]:um(t)}if(_a(t))return i=!0,{exec:t};if(typeof t==`object`)return i=!0,t;if(typeof t==`string`){if(t.length===1)return t;{let e=t.replace(/[\\^$.*+?()[\]{}|]/g,`\\$&`);return um(new RegExp(e))}}throw Error(`non exhaustive match`)})});let o,s,c,l,u;n(`misc mapping`,()=>{o=R(r,e=>e.tokenTypeIdx),s=R(r,e=>{let t=e.GROUP;if(t!==Hm.SKIPPED){if(cf(t))return t;if(Sf(t))return!1;throw Error(`non exhaustive match`)}}),c=R(r,e=>{let t=e.LONGER_ALT;if(t)return P(t)?R(t,e=>mf(r,e)):[mf(r,t)]}),l=R(r,e=>e.PUSH_MODE),u=R(r,e=>z(e,`POP_MODE`))});let d;n(`Line Terminator Handling`,()=>{let e=ym(t.lineTerminatorCharacters);d=R(r,e=>!1),t.positionTracking!==`onlyOffset`&&(d=R(r,t=>z(t,`LINE_BREAKS`)?!!t.LINE_BREAKS:_m(t,e)===!1&&Up(e,t.PATTERN)))});let f,p,m,h;n(`Misc Mapping #2`,()=>{f=R(r,mm),p=R(a,hm),m=kf(r,(e,t)=>{let n=t.GROUP;return cf(n)&&n!==Hm.SKIPPED&&(e[n]=[]),e},{}),h=R(a,(e,t)=>({pattern:a[t],longerAlt:c[t],canLineTerminator:d[t],isCustom:f[t],short:p[t],group:s[t],push:l[t],pop:u[t],tokenTypeIdx:o[t],tokenType:r[t]}))});let g=!0,_=[];return t.safeMode||n(`First Char Optimization`,()=>{_=kf(r,(e,n,r)=>{if(typeof n.PATTERN==`string`)bm(e,Sm(n.PATTERN.charCodeAt(0)),h[r]);else if(P(n.START_CHARS_HINT)){let t;L(n.START_CHARS_HINT,n=>{let i=Sm(typeof n==`string`?n.charCodeAt(0):n);t!==i&&(t=i,bm(e,i,h[r]))})}else if(xf(n.PATTERN)){if(n.PATTERN.unicode)g=!1,t.ensureOptimizations&&Lf(`${Fp}\tUnable to analyze < ${n.PATTERN.toString()} > pattern.\n	The regexp unicode flag is not currently supported by the regexp-to-ast library.
	This will disable the lexer's first char optimizations.
	For details See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#UNICODE_OPTIMIZE`);else{let i=Ip(n.PATTERN,t.ensureOptimizations);B(i)&&(g=!1),L(i,t=>{bm(e,t,h[r])})}}else t.ensureOptimizations&&Lf(`${Fp}\tTokenType: <${n.name}> is using a custom token pattern without providing <start_chars_hint> parameter.\n	This will disable the lexer's first char optimizations.
	For details See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#CUSTOM_OPTIMIZE`),g=!1;return e},[])}),{emptyGroups:m,patternIdxToConfig:h,charCodeToPatternIdxToConfig:_,hasCustom:i,canBeOptimized:g}}function qp(e,t){let n=[],r=Yp(e);n=n.concat(r.errors);let i=Xp(r.valid),a=i.valid;return n=n.concat(i.errors),n=n.concat(Jp(a)),n=n.concat(im(a)),n=n.concat(am(a,t)),n=n.concat(om(a)),n}function Jp(e){let t=[],n=Jd(e,e=>xf(e[Wp]));return t=t.concat(Qp(n)),t=t.concat(tm(n)),t=t.concat(nm(n)),t=t.concat(rm(n)),t=t.concat($p(n)),t}function Yp(e){let t=Jd(e,e=>!z(e,Wp));return{errors:R(t,e=>({message:`Token Type: ->`+e.name+`<- missing static 'PATTERN' property`,type:Bm.MISSING_PATTERN,tokenTypes:[e]})),valid:zd(e,t)}}function Xp(e){let t=Jd(e,e=>{let t=e[Wp];return!xf(t)&&!_a(t)&&!z(t,`exec`)&&!cf(t)});return{errors:R(t,e=>({message:`Token Type: ->`+e.name+`<- static 'PATTERN' can only be a RegExp, a Function matching the {CustomPatternMatcherFunc} type or an Object matching the {ICustomPattern} interface.`,type:Bm.INVALID_PATTERN,tokenTypes:[e]})),valid:zd(e,t)}}var Zp=/[^\\][$]/;function Qp(e){class t extends kp{constructor(){super(...arguments),this.found=!1}visitEndAnchor(e){this.found=!0}}return R(Jd(e,e=>{let n=e.PATTERN;try{let e=Mp(n),r=new t;return r.visit(e),r.found}catch{return Zp.test(n.source)}}),e=>({message:`Unexpected RegExp Anchor Error:
	Token Type: ->`+e.name+`<- static 'PATTERN' cannot contain end of input anchor '$'
	See chevrotain.io/docs/guide/resolving_lexer_errors.html#ANCHORS	for details.`,type:Bm.EOI_ANCHOR_FOUND,tokenTypes:[e]}))}function $p(e){return R(Jd(e,e=>e.PATTERN.test(``)),e=>({message:`Token Type: ->`+e.name+`<- static 'PATTERN' must not match an empty string`,type:Bm.EMPTY_MATCH_PATTERN,tokenTypes:[e]}))}var em=/[^\\[][\^]|^\^/;function tm(e){class t extends kp{constructor(){super(...arguments),this.found=!1}visitStartAnchor(e){this.found=!0}}return R(Jd(e,e=>{let n=e.PATTERN;try{let e=Mp(n),r=new t;return r.visit(e),r.found}catch{return em.test(n.source)}}),e=>({message:`Unexpected RegExp Anchor Error:
	Token Type: ->`+e.name+`<- static 'PATTERN' cannot contain start of input anchor '^'
	See https://chevrotain.io/docs/guide/resolving_lexer_errors.html#ANCHORS	for details.`,type:Bm.SOI_ANCHOR_FOUND,tokenTypes:[e]}))}function nm(e){return R(Jd(e,e=>{let t=e[Wp];return t instanceof RegExp&&(t.multiline||t.global)}),e=>({message:`Token Type: ->`+e.name+`<- static 'PATTERN' may NOT contain global('g') or multiline('m')`,type:Bm.UNSUPPORTED_FLAGS_FOUND,tokenTypes:[e]}))}function rm(e){let t=[],n=R(e,n=>kf(e,(e,r)=>(n.PATTERN.source===r.PATTERN.source&&!ff(t,r)&&r.PATTERN!==Hm.NA&&(t.push(r),e.push(r)),e),[]));return n=Cu(n),R(Jd(n,e=>e.length>1),e=>{let t=R(e,e=>e.name);return{message:`The same RegExp pattern ->${$d(e).PATTERN}<-has been used in all of the following Token Types: ${t.join(`, `)} <-`,type:Bm.DUPLICATE_PATTERNS_FOUND,tokenTypes:e}})}function im(e){return R(Jd(e,e=>{if(!z(e,`GROUP`))return!1;let t=e.GROUP;return t!==Hm.SKIPPED&&t!==Hm.NA&&!cf(t)}),e=>({message:`Token Type: ->`+e.name+`<- static 'GROUP' can only be Lexer.SKIPPED/Lexer.NA/A String`,type:Bm.INVALID_GROUP_TYPE_FOUND,tokenTypes:[e]}))}function am(e,t){return R(Jd(e,e=>e.PUSH_MODE!==void 0&&!ff(t,e.PUSH_MODE)),e=>({message:`Token Type: ->${e.name}<- static 'PUSH_MODE' value cannot refer to a Lexer Mode ->${e.PUSH_MODE}<-which does not exist`,type:Bm.PUSH_MODE_DOES_NOT_EXIST,tokenTypes:[e]}))}function om(e){let t=[],n=kf(e,(e,t,n)=>{let r=t.PATTERN;return r===Hm.NA||(cf(r)?e.push({str:r,idx:n,tokenType:t}):xf(r)&&cm(r)&&e.push({str:r.source,idx:n,tokenType:t})),e},[]);return L(e,(e,r)=>{L(n,({str:n,idx:i,tokenType:a})=>{if(r<i&&sm(n,e.PATTERN)){let n=`Token: ->${a.name}<- can never be matched.\nBecause it appears AFTER the Token Type ->${e.name}<-in the lexer's definition.\nSee https://chevrotain.io/docs/guide/resolving_lexer_errors.html#UNREACHABLE`;t.push({message:n,type:Bm.UNREACHABLE_PATTERN,tokenTypes:[e,a]})}})}),t}function sm(e,t){if(xf(t)){if(lm(t))return!1;let n=t.exec(e);return n!==null&&n.index===0}if(_a(t))return t(e,0,[],{});if(z(t,`exec`))return t.exec(e,0,[],{});if(typeof t==`string`)return t===e;throw Error(`non exhaustive match`)}function cm(e){return Qd([`.`,`\\`,`[`,`]`,`|`,`^`,`$`,`(`,`)`,`?`,`*`,`+`,`{`],t=>e.source.indexOf(t)!==-1)===void 0}function lm(e){return/(\(\?=)|(\(\?!)|(\(\?<=)|(\(\?<!)/.test(e.source)}function um(e){let t=e.ignoreCase?`iy`:`y`;return RegExp(`${e.source}`,t)}function dm(e,t,n){let r=[];return z(e,`defaultMode`)||r.push({message:`A MultiMode Lexer cannot be initialized without a <defaultMode> property in its definition
`,type:Bm.MULTI_MODE_LEXER_WITHOUT_DEFAULT_MODE}),z(e,`modes`)||r.push({message:`A MultiMode Lexer cannot be initialized without a <modes> property in its definition
`,type:Bm.MULTI_MODE_LEXER_WITHOUT_MODES_PROPERTY}),z(e,`modes`)&&z(e,`defaultMode`)&&!z(e.modes,e.defaultMode)&&r.push({message:`A MultiMode Lexer cannot be initialized with a ${Gp}: <${e.defaultMode}>which does not exist\n`,type:Bm.MULTI_MODE_LEXER_DEFAULT_MODE_VALUE_DOES_NOT_EXIST}),z(e,`modes`)&&L(e.modes,(e,t)=>{L(e,(n,i)=>{Sf(n)?r.push({message:`A Lexer cannot be initialized using an undefined Token Type. Mode:<${t}> at index: <${i}>\n`,type:Bm.LEXER_DEFINITION_CANNOT_CONTAIN_UNDEFINED}):z(n,`LONGER_ALT`)&&L(P(n.LONGER_ALT)?n.LONGER_ALT:[n.LONGER_ALT],i=>{!Sf(i)&&!ff(e,i)&&r.push({message:`A MultiMode Lexer cannot be initialized with a longer_alt <${i.name}> on token <${n.name}> outside of mode <${t}>\n`,type:Bm.MULTI_MODE_LEXER_LONGER_ALT_NOT_IN_CURRENT_MODE})})})}),r}function fm(e,t,n){let r=[],i=!1,a=Af(Cu(mc(uf(e.modes))),e=>e[Wp]===Hm.NA),o=ym(n);return t&&L(a,e=>{let t=_m(e,o);if(t!==!1){let n={message:vm(e,t),type:t.issue,tokenType:e};r.push(n)}else z(e,`LINE_BREAKS`)?e.LINE_BREAKS===!0&&(i=!0):Up(o,e.PATTERN)&&(i=!0)}),t&&!i&&r.push({message:`Warning: No LINE_BREAKS Found.
	This Lexer has been defined to track line and column information,
	But none of the Token Types can be identified as matching a line terminator.
	See https://chevrotain.io/docs/guide/resolving_lexer_errors.html#LINE_BREAKS 
	for details.`,type:Bm.NO_LINE_BREAKS_FLAGS}),r}function pm(e){let t={};return L(ps(e),n=>{let r=e[n];if(P(r))t[n]=[];else throw Error(`non exhaustive match`)}),t}function mm(e){let t=e.PATTERN;if(xf(t))return!1;if(_a(t)||z(t,`exec`))return!0;if(cf(t))return!1;throw Error(`non exhaustive match`)}function hm(e){return cf(e)&&e.length===1?e.charCodeAt(0):!1}var gm={test:function(e){let t=e.length;for(let n=this.lastIndex;n<t;n++){let t=e.charCodeAt(n);if(t===10)return this.lastIndex=n+1,!0;if(t===13)return this.lastIndex=e.charCodeAt(n+1)===10?n+2:n+1,!0}return!1},lastIndex:0};function _m(e,t){if(z(e,`LINE_BREAKS`))return!1;if(xf(e.PATTERN)){try{Up(t,e.PATTERN)}catch(e){return{issue:Bm.IDENTIFY_TERMINATOR,errMsg:e.message}}return!1}if(cf(e.PATTERN))return!1;if(mm(e))return{issue:Bm.CUSTOM_LINE_BREAK};throw Error(`non exhaustive match`)}function vm(e,t){if(t.issue===Bm.IDENTIFY_TERMINATOR)return`Warning: unable to identify line terminator usage in pattern.
\tThe problem is in the <${e.name}> Token Type\n\t Root cause: ${t.errMsg}.\n	For details See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#IDENTIFY_TERMINATOR`;if(t.issue===Bm.CUSTOM_LINE_BREAK)return`Warning: A Custom Token Pattern should specify the <line_breaks> option.
\tThe problem is in the <${e.name}> Token Type\n	For details See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#CUSTOM_LINE_BREAK`;throw Error(`non exhaustive match`)}function ym(e){return R(e,e=>cf(e)?e.charCodeAt(0):e)}function bm(e,t,n){e[t]===void 0?e[t]=[n]:e[t].push(n)}var xm=[];function Sm(e){return e<256?e:xm[e]}function Cm(){if(B(xm)){xm=Array(65536);for(let e=0;e<65536;e++)xm[e]=e>255?255+~~(e/255):e}}function wm(e,t){let n=e.tokenTypeIdx;return n===t.tokenTypeIdx||t.isParent===!0&&t.categoryMatchesMap[n]===!0}function Tm(e,t){return e.tokenTypeIdx===t.tokenTypeIdx}var Em=1,Dm={};function Om(e){let t=km(e);Am(t),Mm(t),jm(t),L(t,e=>{e.isParent=e.categoryMatches.length>0})}function km(e){let t=Su(e),n=e,r=!0;for(;r;){n=Cu(mc(R(n,e=>e.CATEGORIES)));let e=zd(n,t);t=t.concat(e),B(e)?r=!1:n=e}return t}function Am(e){L(e,e=>{Pm(e)||(Dm[Em]=e,e.tokenTypeIdx=Em++),Fm(e)&&!P(e.CATEGORIES)&&(e.CATEGORIES=[e.CATEGORIES]),Fm(e)||(e.CATEGORIES=[]),Im(e)||(e.categoryMatches=[]),Lm(e)||(e.categoryMatchesMap={})})}function jm(e){L(e,e=>{e.categoryMatches=[],L(e.categoryMatchesMap,(t,n)=>{e.categoryMatches.push(Dm[n].tokenTypeIdx)})})}function Mm(e){L(e,e=>{Nm([],e)})}function Nm(e,t){L(e,e=>{t.categoryMatchesMap[e.tokenTypeIdx]=!0}),L(t.CATEGORIES,n=>{let r=e.concat(t);ff(r,n)||Nm(r,n)})}function Pm(e){return z(e,`tokenTypeIdx`)}function Fm(e){return z(e,`CATEGORIES`)}function Im(e){return z(e,`categoryMatches`)}function Lm(e){return z(e,`categoryMatchesMap`)}function Rm(e){return z(e,`tokenTypeIdx`)}var zm={buildUnableToPopLexerModeMessage(e){return`Unable to pop Lexer Mode after encountering Token ->${e.image}<- The Mode Stack is empty`},buildUnexpectedCharactersMessage(e,t,n,r,i,a){return`unexpected character: ->${e.charAt(t)}<- at offset: ${t}, skipped ${n} characters.`}},Bm;(function(e){e[e.MISSING_PATTERN=0]=`MISSING_PATTERN`,e[e.INVALID_PATTERN=1]=`INVALID_PATTERN`,e[e.EOI_ANCHOR_FOUND=2]=`EOI_ANCHOR_FOUND`,e[e.UNSUPPORTED_FLAGS_FOUND=3]=`UNSUPPORTED_FLAGS_FOUND`,e[e.DUPLICATE_PATTERNS_FOUND=4]=`DUPLICATE_PATTERNS_FOUND`,e[e.INVALID_GROUP_TYPE_FOUND=5]=`INVALID_GROUP_TYPE_FOUND`,e[e.PUSH_MODE_DOES_NOT_EXIST=6]=`PUSH_MODE_DOES_NOT_EXIST`,e[e.MULTI_MODE_LEXER_WITHOUT_DEFAULT_MODE=7]=`MULTI_MODE_LEXER_WITHOUT_DEFAULT_MODE`,e[e.MULTI_MODE_LEXER_WITHOUT_MODES_PROPERTY=8]=`MULTI_MODE_LEXER_WITHOUT_MODES_PROPERTY`,e[e.MULTI_MODE_LEXER_DEFAULT_MODE_VALUE_DOES_NOT_EXIST=9]=`MULTI_MODE_LEXER_DEFAULT_MODE_VALUE_DOES_NOT_EXIST`,e[e.LEXER_DEFINITION_CANNOT_CONTAIN_UNDEFINED=10]=`LEXER_DEFINITION_CANNOT_CONTAIN_UNDEFINED`,e[e.SOI_ANCHOR_FOUND=11]=`SOI_ANCHOR_FOUND`,e[e.EMPTY_MATCH_PATTERN=12]=`EMPTY_MATCH_PATTERN`,e[e.NO_LINE_BREAKS_FLAGS=13]=`NO_LINE_BREAKS_FLAGS`,e[e.UNREACHABLE_PATTERN=14]=`UNREACHABLE_PATTERN`,e[e.IDENTIFY_TERMINATOR=15]=`IDENTIFY_TERMINATOR`,e[e.CUSTOM_LINE_BREAK=16]=`CUSTOM_LINE_BREAK`,e[e.MULTI_MODE_LEXER_LONGER_ALT_NOT_IN_CURRENT_MODE=17]=`MULTI_MODE_LEXER_LONGER_ALT_NOT_IN_CURRENT_MODE`})(Bm||={});var Vm={deferDefinitionErrorsHandling:!1,positionTracking:`full`,lineTerminatorsPattern:/\n|\r\n?/g,lineTerminatorCharacters:[`
`,`\r`],ensureOptimizations:!1,safeMode:!1,errorMessageProvider:zm,traceInitPerf:!1,skipValidations:!1,recoveryEnabled:!0};Object.freeze(Vm);var Hm=class{constructor(e,t=Vm){if(this.lexerDefinition=e,this.lexerDefinitionErrors=[],this.lexerDefinitionWarning=[],this.patternIdxToConfig={},this.charCodeToPatternIdxToConfig={},this.modes=[],this.emptyGroups={},this.trackStartLines=!0,this.trackEndLines=!0,this.hasCustom=!1,this.canModeBeOptimized={},this.TRACE_INIT=(e,t)=>{if(this.traceInitPerf===!0){this.traceInitIndent++;let n=Array(this.traceInitIndent+1).join(`	`);this.traceInitIndent<this.traceInitMaxIdent&&console.log(`${n}--> <${e}>`);let{time:r,value:i}=zf(t),a=r>10?console.warn:console.log;return this.traceInitIndent<this.traceInitMaxIdent&&a(`${n}<-- <${e}> time: ${r}ms`),this.traceInitIndent--,i}return t()},typeof t==`boolean`)throw Error(`The second argument to the Lexer constructor is now an ILexerConfig Object.
a boolean 2nd argument is no longer supported`);this.config=hs({},Vm,t);let n=this.config.traceInitPerf;n===!0?(this.traceInitMaxIdent=1/0,this.traceInitPerf=!0):typeof n==`number`&&(this.traceInitMaxIdent=n,this.traceInitPerf=!0),this.traceInitIndent=-1,this.TRACE_INIT(`Lexer Constructor`,()=>{let n,r=!0;this.TRACE_INIT(`Lexer Config handling`,()=>{if(this.config.lineTerminatorsPattern===Vm.lineTerminatorsPattern)this.config.lineTerminatorsPattern=gm;else if(this.config.lineTerminatorCharacters===Vm.lineTerminatorCharacters)throw Error(`Error: Missing <lineTerminatorCharacters> property on the Lexer config.
	For details See: https://chevrotain.io/docs/guide/resolving_lexer_errors.html#MISSING_LINE_TERM_CHARS`);if(t.safeMode&&t.ensureOptimizations)throw Error(`"safeMode" and "ensureOptimizations" flags are mutually exclusive.`);this.trackStartLines=/full|onlyStart/i.test(this.config.positionTracking),this.trackEndLines=/full/i.test(this.config.positionTracking),P(e)?n={modes:{defaultMode:Su(e)},defaultMode:Gp}:(r=!1,n=Su(e))}),this.config.skipValidations===!1&&(this.TRACE_INIT(`performRuntimeChecks`,()=>{this.lexerDefinitionErrors=this.lexerDefinitionErrors.concat(dm(n,this.trackStartLines,this.config.lineTerminatorCharacters))}),this.TRACE_INIT(`performWarningRuntimeChecks`,()=>{this.lexerDefinitionWarning=this.lexerDefinitionWarning.concat(fm(n,this.trackStartLines,this.config.lineTerminatorCharacters))})),n.modes=n.modes?n.modes:{},L(n.modes,(e,t)=>{n.modes[t]=Af(e,e=>Sf(e))});let i=ps(n.modes);if(L(n.modes,(e,n)=>{this.TRACE_INIT(`Mode: <${n}> processing`,()=>{if(this.modes.push(n),this.config.skipValidations===!1&&this.TRACE_INIT(`validatePatterns`,()=>{this.lexerDefinitionErrors=this.lexerDefinitionErrors.concat(qp(e,i))}),B(this.lexerDefinitionErrors)){Om(e);let r;this.TRACE_INIT(`analyzeTokenTypes`,()=>{r=Kp(e,{lineTerminatorCharacters:this.config.lineTerminatorCharacters,positionTracking:t.positionTracking,ensureOptimizations:t.ensureOptimizations,safeMode:t.safeMode,tracer:this.TRACE_INIT})}),this.patternIdxToConfig[n]=r.patternIdxToConfig,this.charCodeToPatternIdxToConfig[n]=r.charCodeToPatternIdxToConfig,this.emptyGroups=hs({},this.emptyGroups,r.emptyGroups),this.hasCustom=r.hasCustom||this.hasCustom,this.canModeBeOptimized[n]=r.canBeOptimized}})}),this.defaultMode=n.defaultMode,!B(this.lexerDefinitionErrors)&&!this.config.deferDefinitionErrorsHandling){let e=R(this.lexerDefinitionErrors,e=>e.message).join(`-----------------------
`);throw Error(`Errors detected in definition of Lexer:
`+e)}L(this.lexerDefinitionWarning,e=>{Rf(e.message)}),this.TRACE_INIT(`Choosing sub-methods implementations`,()=>{if(r&&(this.handleModes=La),this.trackStartLines===!1&&(this.computeNewColumn=fa),this.trackEndLines===!1&&(this.updateTokenEndLineColumnLocation=La),/full/i.test(this.config.positionTracking))this.createTokenInstance=this.createFullToken;else if(/onlyStart/i.test(this.config.positionTracking))this.createTokenInstance=this.createStartOnlyToken;else if(/onlyOffset/i.test(this.config.positionTracking))this.createTokenInstance=this.createOffsetOnlyToken;else throw Error(`Invalid <positionTracking> config option: "${this.config.positionTracking}"`);this.hasCustom?(this.addToken=this.addTokenUsingPush,this.handlePayload=this.handlePayloadWithCustom):(this.addToken=this.addTokenUsingMemberAccess,this.handlePayload=this.handlePayloadNoCustom)}),this.TRACE_INIT(`Failed Optimization Warnings`,()=>{let e=kf(this.canModeBeOptimized,(e,t,n)=>(t===!1&&e.push(n),e),[]);if(t.ensureOptimizations&&!B(e))throw Error(`Lexer Modes: < ${e.join(`, `)} > cannot be optimized.\n	 Disable the "ensureOptimizations" lexer config flag to silently ignore this and run the lexer in an un-optimized mode.
	 Or inspect the console log for details on how to resolve these issues.`)}),this.TRACE_INIT(`clearRegExpParserCache`,()=>{Np()}),this.TRACE_INIT(`toFastProperties`,()=>{Bf(this)})})}tokenize(e,t=this.defaultMode){if(!B(this.lexerDefinitionErrors)){let e=R(this.lexerDefinitionErrors,e=>e.message).join(`-----------------------
`);throw Error(`Unable to Tokenize because Errors detected in definition of Lexer:
`+e)}return this.tokenizeInternal(e,t)}tokenizeInternal(e,t){let n,r,i,a,o,s,c,l,u,d,f,p,m,h,g,_=e,v=_.length,y=0,b=0,x=this.hasCustom?0:Math.floor(e.length/10),S=Array(x),C=[],w=this.trackStartLines?1:void 0,T=this.trackStartLines?1:void 0,E=pm(this.emptyGroups),ee=this.trackStartLines,D=this.config.lineTerminatorsPattern,O=0,te=[],ne=[],k=[],re=[];Object.freeze(re);let ie=!1,ae=e=>{if(k.length===1&&e.tokenType.PUSH_MODE===void 0){let t=this.config.errorMessageProvider.buildUnableToPopLexerModeMessage(e);C.push({offset:e.startOffset,line:e.startLine,column:e.startColumn,length:e.image.length,message:t})}else{k.pop();let e=Bd(k);te=this.patternIdxToConfig[e],ne=this.charCodeToPatternIdxToConfig[e],O=te.length;let t=this.canModeBeOptimized[e]&&this.config.safeMode===!1;ie=!!(ne&&t)}};function oe(e){k.push(e),ne=this.charCodeToPatternIdxToConfig[e],te=this.patternIdxToConfig[e],O=te.length,O=te.length;let t=this.canModeBeOptimized[e]&&this.config.safeMode===!1;ie=!!(ne&&t)}oe.call(this,t);let A,se=this.config.recoveryEnabled;for(;y<v;){s=null,u=-1;let t=_.charCodeAt(y),x;if(ie){let e=Sm(t),n=ne[e];x=n===void 0?re:n}else x=te;let ce=x.length;for(n=0;n<ce;n++){A=x[n];let r=A.pattern;c=null;let d=A.short;if(d===!1?A.isCustom===!0?(g=r.exec(_,y,S,E),g===null?s=null:(s=g[0],u=s.length,g.payload!==void 0&&(c=g.payload))):(r.lastIndex=y,u=this.matchLength(r,e,y)):t===d&&(u=1,s=r),u!==-1){if(o=A.longerAlt,o!==void 0){s=e.substring(y,y+u);let t=o.length;for(i=0;i<t;i++){let t=te[o[i]],n=t.pattern;if(l=null,t.isCustom===!0?(g=n.exec(_,y,S,E),g===null?a=null:(a=g[0],g.payload!==void 0&&(l=g.payload))):(n.lastIndex=y,a=this.match(n,e,y)),a&&a.length>s.length){s=a,u=a.length,c=l,A=t;break}}}break}}if(u!==-1){if(d=A.group,d!==void 0&&(s=s===null?e.substring(y,y+u):s,f=A.tokenTypeIdx,p=this.createTokenInstance(s,y,f,A.tokenType,w,T,u),this.handlePayload(p,c),d===!1?b=this.addToken(S,b,p):E[d].push(p)),ee===!0&&A.canLineTerminator===!0){let t=0,n,r;D.lastIndex=0;do s=s===null?e.substring(y,y+u):s,n=D.test(s),n===!0&&(r=D.lastIndex-1,t++);while(n===!0);t===0?T=this.computeNewColumn(T,u):(w+=t,T=u-r,this.updateTokenEndLineColumnLocation(p,d,r,t,w,T,u))}else T=this.computeNewColumn(T,u);y+=u,this.handleModes(A,ae,oe,p)}else{let t=y,n=w,i=T,a=se===!1;for(;a===!1&&y<v;)for(y++,r=0;r<O;r++){let t=te[r],n=t.pattern,i=t.short;if(i===!1?t.isCustom===!0?a=n.exec(_,y,S,E)!==null:(n.lastIndex=y,a=n.exec(e)!==null):_.charCodeAt(y)===i&&(a=!0),a===!0)break}if(m=y-t,T=this.computeNewColumn(T,m),h=this.config.errorMessageProvider.buildUnexpectedCharactersMessage(_,t,m,n,i,Bd(k)),C.push({offset:t,line:n,column:i,length:m,message:h}),se===!1)break}}return this.hasCustom||(S.length=b),{tokens:S,groups:E,errors:C}}handleModes(e,t,n,r){if(e.pop===!0){let i=e.push;t(r),i!==void 0&&n.call(this,i)}else e.push!==void 0&&n.call(this,e.push)}updateTokenEndLineColumnLocation(e,t,n,r,i,a,o){let s,c;t!==void 0&&(s=n===o-1,c=s?-1:0,(r!==1||s!==!0)&&(e.endLine=i+c,e.endColumn=a-1+-c))}computeNewColumn(e,t){return e+t}createOffsetOnlyToken(e,t,n,r){return{image:e,startOffset:t,tokenTypeIdx:n,tokenType:r}}createStartOnlyToken(e,t,n,r,i,a){return{image:e,startOffset:t,startLine:i,startColumn:a,tokenTypeIdx:n,tokenType:r}}createFullToken(e,t,n,r,i,a,o){return{image:e,startOffset:t,endOffset:t+o-1,startLine:i,endLine:i,startColumn:a,endColumn:a+o-1,tokenTypeIdx:n,tokenType:r}}addTokenUsingPush(e,t,n){return e.push(n),t}addTokenUsingMemberAccess(e,t,n){return e[t]=n,t++,t}handlePayloadNoCustom(e,t){}handlePayloadWithCustom(e,t){t!==null&&(e.payload=t)}match(e,t,n){return e.test(t)===!0?t.substring(n,e.lastIndex):null}matchLength(e,t,n){return e.test(t)===!0?e.lastIndex-n:-1}};Hm.SKIPPED=`This marks a skipped Token pattern, this means each token identified by it will be consumed and then thrown into oblivion, this can be used to for example to completely ignore whitespace.`,Hm.NA=/NOT_APPLICABLE/;function Um(e){return Wm(e)?e.LABEL:e.name}function Wm(e){return cf(e.LABEL)&&e.LABEL!==``}var Gm=`parent`,Km=`categories`,qm=`label`,Jm=`group`,Ym=`push_mode`,Xm=`pop_mode`,Zm=`longer_alt`,Qm=`line_breaks`,$m=`start_chars_hint`;function H(e){return eh(e)}function eh(e){let t=e.pattern,n={};if(n.name=e.name,Sf(t)||(n.PATTERN=t),z(e,Gm))throw`The parent property is no longer supported.
See: https://github.com/chevrotain/chevrotain/issues/564#issuecomment-349062346 for details.`;return z(e,Km)&&(n.CATEGORIES=e[Km]),Om([n]),z(e,qm)&&(n.LABEL=e[qm]),z(e,Jm)&&(n.GROUP=e[Jm]),z(e,Xm)&&(n.POP_MODE=e[Xm]),z(e,Ym)&&(n.PUSH_MODE=e[Ym]),z(e,Zm)&&(n.LONGER_ALT=e[Zm]),z(e,Qm)&&(n.LINE_BREAKS=e[Qm]),z(e,$m)&&(n.START_CHARS_HINT=e[$m]),n}var th=H({name:`EOF`,pattern:Hm.NA});Om([th]);function nh(e,t,n,r,i,a,o,s){return{image:t,startOffset:n,endOffset:r,startLine:i,endLine:a,startColumn:o,endColumn:s,tokenTypeIdx:e.tokenTypeIdx,tokenType:e}}function rh(e,t){return wm(e,t)}var ih={buildMismatchTokenMessage({expected:e,actual:t,previous:n,ruleName:r}){return`Expecting ${Wm(e)?`--> ${Um(e)} <--`:`token of type --> ${e.name} <--`} but found --> '${t.image}' <--`},buildNotAllInputParsedMessage({firstRedundant:e,ruleName:t}){return`Redundant input, expecting EOF but found: `+e.image},buildNoViableAltMessage({expectedPathsPerAlt:e,actual:t,previous:n,customUserDescription:r,ruleName:i}){let a=`
but found: '`+$d(t).image+`'`;return r?`Expecting: `+r+a:`Expecting: one of these possible Token sequences:\n${R(R(kf(e,(e,t)=>e.concat(t),[]),e=>`[${R(e,e=>Um(e)).join(`, `)}]`),(e,t)=>`  ${t+1}. ${e}`).join(`
`)}`+a},buildEarlyExitMessage({expectedIterationPaths:e,actual:t,customUserDescription:n,ruleName:r}){let i=`
but found: '`+$d(t).image+`'`;return n?`Expecting: `+n+i:`Expecting: expecting at least one iteration which starts with one of these possible Token sequences::\n  <${R(e,e=>`[${R(e,e=>Um(e)).join(`,`)}]`).join(` ,`)}>`+i}};Object.freeze(ih);var ah={buildRuleNotFoundError(e,t){return`Invalid grammar, reference to a rule which is not defined: ->`+t.nonTerminalName+`<-
inside top level rule: ->`+e.name+`<-`}},oh={buildDuplicateFoundError(e,t){function n(e){return e instanceof $f?e.terminalType.name:e instanceof Wf?e.nonTerminalName:``}let r=e.name,i=$d(t),a=i.idx,o=op(i),s=n(i),c=`->${o}${a>0?a:``}<- ${s?`with argument: ->${s}<-`:``}
                  appears more than once (${t.length} times) in the top level rule: ->${r}<-.                  
                  For further details see: https://chevrotain.io/docs/FAQ.html#NUMERICAL_SUFFIXES 
                  `;return c=c.replace(/[ \t]+/g,` `),c=c.replace(/\s\s+/g,`
`),c},buildNamespaceConflictError(e){return`Namespace conflict found in grammar.\nThe grammar has both a Terminal(Token) and a Non-Terminal(Rule) named: <${e.name}>.\nTo resolve this make sure each Terminal and Non-Terminal names are unique\nThis is easy to accomplish by using the convention that Terminal names start with an uppercase letter\nand Non-Terminal names start with a lower case letter.`},buildAlternationPrefixAmbiguityError(e){let t=R(e.prefixPath,e=>Um(e)).join(`, `),n=e.alternation.idx===0?``:e.alternation.idx;return`Ambiguous alternatives: <${e.ambiguityIndices.join(` ,`)}> due to common lookahead prefix\nin <OR${n}> inside <${e.topLevelRule.name}> Rule,\n<${t}> may appears as a prefix path in all these alternatives.\nSee: https://chevrotain.io/docs/guide/resolving_grammar_errors.html#COMMON_PREFIX\nFor Further details.`},buildAlternationAmbiguityError(e){let t=e.alternation.idx===0?``:e.alternation.idx,n=e.prefixPath.length===0,r=`Ambiguous Alternatives Detected: <${e.ambiguityIndices.join(` ,`)}> in <OR${t}> inside <${e.topLevelRule.name}> Rule,\n`;if(n)r+=`These alternatives are all empty (match no tokens), making them indistinguishable.
Only the last alternative may be empty.
`;else{let t=R(e.prefixPath,e=>Um(e)).join(`, `);r+=`<${t}> may appears as a prefix path in all these alternatives.\n`}return r+=`See: https://chevrotain.io/docs/guide/resolving_grammar_errors.html#AMBIGUOUS_ALTERNATIVES
For Further details.`,r},buildEmptyRepetitionError(e){let t=op(e.repetition);return e.repetition.idx!==0&&(t+=e.repetition.idx),`The repetition <${t}> within Rule <${e.topLevelRule.name}> can never consume any tokens.\nThis could lead to an infinite loop.`},buildTokenNameError(e){return`deprecated`},buildEmptyAlternationError(e){return`Ambiguous empty alternative: <${e.emptyChoiceIdx+1}> in <OR${e.alternation.idx}> inside <${e.topLevelRule.name}> Rule.\nOnly the last alternative may be an empty alternative.`},buildTooManyAlternativesError(e){return`An Alternation cannot have more than 256 alternatives:\n<OR${e.alternation.idx}> inside <${e.topLevelRule.name}> Rule.\n has ${e.alternation.definition.length+1} alternatives.`},buildLeftRecursionError(e){let t=e.topLevelRule.name;return`Left Recursion found in grammar.\nrule: <${t}> can be invoked from itself (directly or indirectly)\nwithout consuming any Tokens. The grammar path that causes this is: \n ${`${t} --> ${R(e.leftRecursionPath,e=>e.name).concat([t]).join(` --> `)}`}\n To fix this refactor your grammar to remove the left recursion.\nsee: https://en.wikipedia.org/wiki/LL_parser#Left_factoring.`},buildInvalidRuleNameError(e){return`deprecated`},buildDuplicateRuleNameError(e){let t;return t=e.topLevelRule instanceof Gf?e.topLevelRule.name:e.topLevelRule,`Duplicate definition, rule: ->${t}<- is already defined in the grammar: ->${e.grammarName}<-`}};function sh(e,t){let n=new ch(e,t);return n.resolveRefs(),n.errors}var ch=class extends np{constructor(e,t){super(),this.nameToTopRule=e,this.errMsgProvider=t,this.errors=[]}resolveRefs(){L(uf(this.nameToTopRule),e=>{this.currTopLevel=e,e.accept(this)})}visitNonTerminal(e){let t=this.nameToTopRule[e.nonTerminalName];if(t)e.referencedRule=t;else{let t=this.errMsgProvider.buildRuleNotFoundError(this.currTopLevel,e);this.errors.push({message:t,type:s_.UNRESOLVED_SUBRULE_REF,ruleName:this.currTopLevel.name,unresolvedRefName:e.nonTerminalName})}}},lh=class extends sp{constructor(e,t){super(),this.topProd=e,this.path=t,this.possibleTokTypes=[],this.nextProductionName=``,this.nextProductionOccurrence=0,this.found=!1,this.isAtEndOfPath=!1}startWalking(){if(this.found=!1,this.path.ruleStack[0]!==this.topProd.name)throw Error(`The path does not start with the walker's top Rule!`);return this.ruleStack=Su(this.path.ruleStack).reverse(),this.occurrenceStack=Su(this.path.occurrenceStack).reverse(),this.ruleStack.pop(),this.occurrenceStack.pop(),this.updateExpectedNext(),this.walk(this.topProd),this.possibleTokTypes}walk(e,t=[]){this.found||super.walk(e,t)}walkProdRef(e,t,n){if(e.referencedRule.name===this.nextProductionName&&e.idx===this.nextProductionOccurrence){let r=t.concat(n);this.updateExpectedNext(),this.walk(e.referencedRule,r)}}updateExpectedNext(){B(this.ruleStack)?(this.nextProductionName=``,this.nextProductionOccurrence=0,this.isAtEndOfPath=!0):(this.nextProductionName=this.ruleStack.pop(),this.nextProductionOccurrence=this.occurrenceStack.pop())}},uh=class extends lh{constructor(e,t){super(e,t),this.path=t,this.nextTerminalName=``,this.nextTerminalOccurrence=0,this.nextTerminalName=this.path.lastTok.name,this.nextTerminalOccurrence=this.path.lastTokOccurrence}walkTerminal(e,t,n){if(this.isAtEndOfPath&&e.terminalType.name===this.nextTerminalName&&e.idx===this.nextTerminalOccurrence&&!this.found){let e=new Kf({definition:t.concat(n)});this.possibleTokTypes=lp(e),this.found=!0}}},dh=class extends sp{constructor(e,t){super(),this.topRule=e,this.occurrence=t,this.result={token:void 0,occurrence:void 0,isEndOfRule:void 0}}startWalking(){return this.walk(this.topRule),this.result}},fh=class extends dh{walkMany(e,t,n){if(e.idx===this.occurrence){let e=$d(t.concat(n));this.result.isEndOfRule=e===void 0,e instanceof $f&&(this.result.token=e.terminalType,this.result.occurrence=e.idx)}else super.walkMany(e,t,n)}},ph=class extends dh{walkManySep(e,t,n){if(e.idx===this.occurrence){let e=$d(t.concat(n));this.result.isEndOfRule=e===void 0,e instanceof $f&&(this.result.token=e.terminalType,this.result.occurrence=e.idx)}else super.walkManySep(e,t,n)}},mh=class extends dh{walkAtLeastOne(e,t,n){if(e.idx===this.occurrence){let e=$d(t.concat(n));this.result.isEndOfRule=e===void 0,e instanceof $f&&(this.result.token=e.terminalType,this.result.occurrence=e.idx)}else super.walkAtLeastOne(e,t,n)}},hh=class extends dh{walkAtLeastOneSep(e,t,n){if(e.idx===this.occurrence){let e=$d(t.concat(n));this.result.isEndOfRule=e===void 0,e instanceof $f&&(this.result.token=e.terminalType,this.result.occurrence=e.idx)}else super.walkAtLeastOneSep(e,t,n)}};function gh(e,t,n=[]){n=Su(n);let r=[],i=0;function a(t){return t.concat(Vd(e,i+1))}function o(e){let i=gh(a(e),t,n);return r.concat(i)}for(;n.length<t&&i<e.length;){let t=e[i];if(t instanceof Kf||t instanceof Wf)return o(t.definition);if(t instanceof qf)r=o(t.definition);else if(t instanceof Jf)return o(t.definition.concat([new Xf({definition:t.definition})]));else if(t instanceof Yf)return o([new Kf({definition:t.definition}),new Xf({definition:[new $f({terminalType:t.separator})].concat(t.definition)})]);else if(t instanceof Zf)r=o(t.definition.concat([new Xf({definition:[new $f({terminalType:t.separator})].concat(t.definition)})]));else if(t instanceof Xf)r=o(t.definition.concat([new Xf({definition:t.definition})]));else if(t instanceof Qf)return L(t.definition,e=>{B(e.definition)===!1&&(r=o(e.definition))}),r;else if(t instanceof $f)n.push(t.terminalType);else throw Error(`non exhaustive match`);i++}return r.push({partialPath:n,suffixDef:Vd(e,i)}),r}function _h(e,t,n,r){let i=`EXIT_NONE_TERMINAL`,a=[i],o=`EXIT_ALTERNATIVE`,s=!1,c=t.length,l=c-r-1,u=[],d=[];for(d.push({idx:-1,def:e,ruleStack:[],occurrenceStack:[]});!B(d);){let e=d.pop();if(e===o){s&&Bd(d).idx<=l&&d.pop();continue}let r=e.def,f=e.idx,p=e.ruleStack,m=e.occurrenceStack;if(B(r))continue;let h=r[0];if(h===i){let e={idx:f,def:Vd(r),ruleStack:Hd(p),occurrenceStack:Hd(m)};d.push(e)}else if(h instanceof $f){if(f<c-1){let e=f+1,i=t[e];if(n(i,h.terminalType)){let t={idx:e,def:Vd(r),ruleStack:p,occurrenceStack:m};d.push(t)}}else if(f===c-1)u.push({nextTokenType:h.terminalType,nextTokenOccurrence:h.idx,ruleStack:p,occurrenceStack:m}),s=!0;else throw Error(`non exhaustive match`)}else if(h instanceof Wf){let e=Su(p);e.push(h.nonTerminalName);let t=Su(m);t.push(h.idx);let n={idx:f,def:h.definition.concat(a,Vd(r)),ruleStack:e,occurrenceStack:t};d.push(n)}else if(h instanceof qf){let e={idx:f,def:Vd(r),ruleStack:p,occurrenceStack:m};d.push(e),d.push(o);let t={idx:f,def:h.definition.concat(Vd(r)),ruleStack:p,occurrenceStack:m};d.push(t)}else if(h instanceof Jf){let e=new Xf({definition:h.definition,idx:h.idx}),t={idx:f,def:h.definition.concat([e],Vd(r)),ruleStack:p,occurrenceStack:m};d.push(t)}else if(h instanceof Yf){let e=new Xf({definition:[new $f({terminalType:h.separator})].concat(h.definition),idx:h.idx}),t={idx:f,def:h.definition.concat([e],Vd(r)),ruleStack:p,occurrenceStack:m};d.push(t)}else if(h instanceof Zf){let e={idx:f,def:Vd(r),ruleStack:p,occurrenceStack:m};d.push(e),d.push(o);let t=new Xf({definition:[new $f({terminalType:h.separator})].concat(h.definition),idx:h.idx}),n={idx:f,def:h.definition.concat([t],Vd(r)),ruleStack:p,occurrenceStack:m};d.push(n)}else if(h instanceof Xf){let e={idx:f,def:Vd(r),ruleStack:p,occurrenceStack:m};d.push(e),d.push(o);let t=new Xf({definition:h.definition,idx:h.idx}),n={idx:f,def:h.definition.concat([t],Vd(r)),ruleStack:p,occurrenceStack:m};d.push(n)}else if(h instanceof Qf)for(let e=h.definition.length-1;e>=0;e--){let t={idx:f,def:h.definition[e].definition.concat(Vd(r)),ruleStack:p,occurrenceStack:m};d.push(t),d.push(o)}else if(h instanceof Kf)d.push({idx:f,def:h.definition.concat(Vd(r)),ruleStack:p,occurrenceStack:m});else if(h instanceof Gf)d.push(vh(h,f,p,m));else throw Error(`non exhaustive match`)}return u}function vh(e,t,n,r){let i=Su(n);i.push(e.name);let a=Su(r);return a.push(1),{idx:t,def:e.definition,ruleStack:i,occurrenceStack:a}}var yh;(function(e){e[e.OPTION=0]=`OPTION`,e[e.REPETITION=1]=`REPETITION`,e[e.REPETITION_MANDATORY=2]=`REPETITION_MANDATORY`,e[e.REPETITION_MANDATORY_WITH_SEPARATOR=3]=`REPETITION_MANDATORY_WITH_SEPARATOR`,e[e.REPETITION_WITH_SEPARATOR=4]=`REPETITION_WITH_SEPARATOR`,e[e.ALTERNATION=5]=`ALTERNATION`})(yh||={});function bh(e){if(e instanceof qf||e===`Option`)return yh.OPTION;if(e instanceof Xf||e===`Repetition`)return yh.REPETITION;if(e instanceof Jf||e===`RepetitionMandatory`)return yh.REPETITION_MANDATORY;if(e instanceof Yf||e===`RepetitionMandatoryWithSeparator`)return yh.REPETITION_MANDATORY_WITH_SEPARATOR;if(e instanceof Zf||e===`RepetitionWithSeparator`)return yh.REPETITION_WITH_SEPARATOR;if(e instanceof Qf||e===`Alternation`)return yh.ALTERNATION;throw Error(`non exhaustive match`)}function xh(e,t,n,r,i,a){let o=jh(e,t,n);return a(o,r,Fh(o)?Tm:wm,i)}function Sh(e,t,n,r,i,a){let o=Mh(e,t,i,n),s=Fh(o)?Tm:wm;return a(o[0],s,r)}function Ch(e,t,n,r){let i=e.length,a=Kd(e,e=>Kd(e,e=>e.length===1));if(t)return function(t){let r=R(t,e=>e.GATE);for(let t=0;t<i;t++){let i=e[t],a=i.length,o=r[t];if(o===void 0||o.call(this)!==!1)nextPath:for(let e=0;e<a;e++){let r=i[e],a=r.length;for(let e=0;e<a;e++)if(n(this.LA_FAST(e+1),r[e])===!1)continue nextPath;return t}}};if(a&&!r){let t=kf(R(e,e=>mc(e)),(e,t,n)=>(L(t,t=>{z(e,t.tokenTypeIdx)||(e[t.tokenTypeIdx]=n),L(t.categoryMatches,t=>{z(e,t)||(e[t]=n)})}),e),{});return function(){let e=this.LA_FAST(1);return t[e.tokenTypeIdx]}}return function(){for(let t=0;t<i;t++){let r=e[t],i=r.length;nextPath:for(let e=0;e<i;e++){let i=r[e],a=i.length;for(let e=0;e<a;e++)if(n(this.LA_FAST(e+1),i[e])===!1)continue nextPath;return t}}}}function wh(e,t,n){let r=Kd(e,e=>e.length===1),i=e.length;if(r&&!n){let t=mc(e);if(t.length===1&&B(t[0].categoryMatches)){let e=t[0].tokenTypeIdx;return function(){return this.LA_FAST(1).tokenTypeIdx===e}}{let e=kf(t,(e,t,n)=>(e[t.tokenTypeIdx]=!0,L(t.categoryMatches,t=>{e[t]=!0}),e),[]);return function(){let t=this.LA_FAST(1);return e[t.tokenTypeIdx]===!0}}}return function(){nextPath:for(let n=0;n<i;n++){let r=e[n],i=r.length;for(let e=0;e<i;e++)if(t(this.LA_FAST(e+1),r[e])===!1)continue nextPath;return!0}return!1}}var Th=class extends sp{constructor(e,t,n){super(),this.topProd=e,this.targetOccurrence=t,this.targetProdType=n}startWalking(){return this.walk(this.topProd),this.restDef}checkIsTarget(e,t,n,r){return e.idx===this.targetOccurrence&&this.targetProdType===t&&(this.restDef=n.concat(r),!0)}walkOption(e,t,n){this.checkIsTarget(e,yh.OPTION,t,n)||super.walkOption(e,t,n)}walkAtLeastOne(e,t,n){this.checkIsTarget(e,yh.REPETITION_MANDATORY,t,n)||super.walkOption(e,t,n)}walkAtLeastOneSep(e,t,n){this.checkIsTarget(e,yh.REPETITION_MANDATORY_WITH_SEPARATOR,t,n)||super.walkOption(e,t,n)}walkMany(e,t,n){this.checkIsTarget(e,yh.REPETITION,t,n)||super.walkOption(e,t,n)}walkManySep(e,t,n){this.checkIsTarget(e,yh.REPETITION_WITH_SEPARATOR,t,n)||super.walkOption(e,t,n)}},Eh=class extends np{constructor(e,t,n){super(),this.targetOccurrence=e,this.targetProdType=t,this.targetRef=n,this.result=[]}checkIsTarget(e,t){e.idx===this.targetOccurrence&&this.targetProdType===t&&(this.targetRef===void 0||e===this.targetRef)&&(this.result=e.definition)}visitOption(e){this.checkIsTarget(e,yh.OPTION)}visitRepetition(e){this.checkIsTarget(e,yh.REPETITION)}visitRepetitionMandatory(e){this.checkIsTarget(e,yh.REPETITION_MANDATORY)}visitRepetitionMandatoryWithSeparator(e){this.checkIsTarget(e,yh.REPETITION_MANDATORY_WITH_SEPARATOR)}visitRepetitionWithSeparator(e){this.checkIsTarget(e,yh.REPETITION_WITH_SEPARATOR)}visitAlternation(e){this.checkIsTarget(e,yh.ALTERNATION)}};function Dh(e){let t=Array(e);for(let n=0;n<e;n++)t[n]=[];return t}function Oh(e){let t=[``];for(let n=0;n<e.length;n++){let r=e[n],i=[];for(let e=0;e<t.length;e++){let n=t[e];i.push(n+`_`+r.tokenTypeIdx);for(let e=0;e<r.categoryMatches.length;e++){let t=`_`+r.categoryMatches[e];i.push(n+t)}}t=i}return t}function kh(e,t,n){for(let r=0;r<e.length;r++){if(r===n)continue;let i=e[r];for(let e=0;e<t.length;e++)if(i[t[e]]===!0)return!1}return!0}function Ah(e,t){let n=R(e,e=>gh([e],1)),r=Dh(n.length),i=R(n,e=>{let t={};return L(e,e=>{L(Oh(e.partialPath),e=>{t[e]=!0})}),t}),a=n;for(let e=1;e<=t;e++){let n=a;a=Dh(n.length);for(let o=0;o<n.length;o++){let s=n[o];for(let n=0;n<s.length;n++){let c=s[n].partialPath,l=s[n].suffixDef,u=Oh(c);if(kh(i,u,o)||B(l)||c.length===t){let e=r[o];if(Nh(e,c)===!1){e.push(c);for(let e=0;e<u.length;e++){let t=u[e];i[o][t]=!0}}}else{let t=gh(l,e+1,c);a[o]=a[o].concat(t),L(t,e=>{L(Oh(e.partialPath),e=>{i[o][e]=!0})})}}}}return r}function jh(e,t,n,r){let i=new Eh(e,yh.ALTERNATION,r);return t.accept(i),Ah(i.result,n)}function Mh(e,t,n,r){let i=new Eh(e,n);t.accept(i);let a=i.result,o=new Th(t,e,n).startWalking();return Ah([new Kf({definition:a}),new Kf({definition:o})],r)}function Nh(e,t){compareOtherPath:for(let n=0;n<e.length;n++){let r=e[n];if(r.length===t.length){for(let e=0;e<r.length;e++){let n=t[e],i=r[e];if(n!==i&&i.categoryMatchesMap[n.tokenTypeIdx]===void 0)continue compareOtherPath}return!0}}return!1}function Ph(e,t){return e.length<t.length&&Kd(e,(e,n)=>{let r=t[n];return e===r||r.categoryMatchesMap[e.tokenTypeIdx]})}function Fh(e){return Kd(e,e=>Kd(e,e=>Kd(e,e=>B(e.categoryMatches))))}function Ih(e){return R(e.lookaheadStrategy.validate({rules:e.rules,tokenTypes:e.tokenTypes,grammarName:e.grammarName}),e=>Object.assign({type:s_.CUSTOM_LOOKAHEAD_VALIDATION},e))}function Lh(e,t,n,r){let i=tf(e,e=>Rh(e,n)),a=eg(e,t,n),o=tf(e,e=>Xh(e,n)),s=tf(e,t=>Hh(t,e,r,n));return i.concat(a,o,s)}function Rh(e,t){let n=new Vh;e.accept(n);let r=n.allProductions;return R(uf(Df(rf(r,zh),e=>e.length>1)),n=>{let r=$d(n),i=t.buildDuplicateFoundError(e,n),a=op(r),o={message:i,type:s_.DUPLICATE_PRODUCTIONS,ruleName:e.name,dslName:a,occurrence:r.idx},s=Bh(r);return s&&(o.parameter=s),o})}function zh(e){return`${op(e)}_#_${e.idx}_#_${Bh(e)}`}function Bh(e){return e instanceof $f?e.terminalType.name:e instanceof Wf?e.nonTerminalName:``}var Vh=class extends np{constructor(){super(...arguments),this.allProductions=[]}visitNonTerminal(e){this.allProductions.push(e)}visitOption(e){this.allProductions.push(e)}visitRepetitionWithSeparator(e){this.allProductions.push(e)}visitRepetitionMandatory(e){this.allProductions.push(e)}visitRepetitionMandatoryWithSeparator(e){this.allProductions.push(e)}visitRepetition(e){this.allProductions.push(e)}visitAlternation(e){this.allProductions.push(e)}visitTerminal(e){this.allProductions.push(e)}};function Hh(e,t,n,r){let i=[];if(kf(t,(t,n)=>n.name===e.name?t+1:t,0)>1){let t=r.buildDuplicateRuleNameError({topLevelRule:e,grammarName:n});i.push({message:t,type:s_.DUPLICATE_RULE_NAME,ruleName:e.name})}return i}function Uh(e,t,n){let r=[],i;return ff(t,e)||(i=`Invalid rule override, rule: ->${e}<- cannot be overridden in the grammar: ->${n}<-as it is not defined in any of the super grammars `,r.push({message:i,type:s_.INVALID_RULE_OVERRIDE,ruleName:e})),r}function Wh(e,t,n,r=[]){let i=[],a=Gh(t.definition);if(B(a))return[];{let t=e.name;ff(a,e)&&i.push({message:n.buildLeftRecursionError({topLevelRule:e,leftRecursionPath:r}),type:s_.LEFT_RECURSION,ruleName:t});let o=tf(zd(a,r.concat([e])),t=>{let i=Su(r);return i.push(t),Wh(e,t,n,i)});return i.concat(o)}}function Gh(e){let t=[];if(B(e))return t;let n=$d(e);if(n instanceof Wf)t.push(n.referencedRule);else if(n instanceof Kf||n instanceof qf||n instanceof Jf||n instanceof Yf||n instanceof Zf||n instanceof Xf)t=t.concat(Gh(n.definition));else if(n instanceof Qf)t=mc(R(n.definition,e=>Gh(e.definition)));else if(!(n instanceof $f))throw Error(`non exhaustive match`);let r=ip(n),i=e.length>1;if(r&&i){let n=Vd(e);return t.concat(Gh(n))}return t}var Kh=class extends np{constructor(){super(...arguments),this.alternations=[]}visitAlternation(e){this.alternations.push(e)}};function qh(e,t){let n=new Kh;e.accept(n);let r=n.alternations;return tf(r,n=>tf(Hd(n.definition),(r,i)=>B(_h([r],[],wm,1))?[{message:t.buildEmptyAlternationError({topLevelRule:e,alternation:n,emptyChoiceIdx:i}),type:s_.NONE_LAST_EMPTY_ALT,ruleName:e.name,occurrence:n.idx,alternative:i+1}]:[]))}function Jh(e,t,n){let r=new Kh;e.accept(r);let i=r.alternations;return i=Af(i,e=>e.ignoreAmbiguities===!0),tf(i,r=>{let i=r.idx,a=jh(i,e,r.maxLookahead||t,r),o=Qh(a,r,e,n),s=$h(a,r,e,n);return o.concat(s)})}var Yh=class extends np{constructor(){super(...arguments),this.allProductions=[]}visitRepetitionWithSeparator(e){this.allProductions.push(e)}visitRepetitionMandatory(e){this.allProductions.push(e)}visitRepetitionMandatoryWithSeparator(e){this.allProductions.push(e)}visitRepetition(e){this.allProductions.push(e)}};function Xh(e,t){let n=new Kh;e.accept(n);let r=n.alternations;return tf(r,n=>n.definition.length>255?[{message:t.buildTooManyAlternativesError({topLevelRule:e,alternation:n}),type:s_.TOO_MANY_ALTS,ruleName:e.name,occurrence:n.idx}]:[])}function Zh(e,t,n){let r=[];return L(e,e=>{let i=new Yh;e.accept(i);let a=i.allProductions;L(a,i=>{let a=bh(i),o=i.maxLookahead||t,s=i.idx,c=Mh(s,e,a,o)[0];if(B(mc(c))){let t=n.buildEmptyRepetitionError({topLevelRule:e,repetition:i});r.push({message:t,type:s_.NO_NON_EMPTY_LOOKAHEAD,ruleName:e.name})}})}),r}function Qh(e,t,n,r){let i=[];return R(kf(e,(n,r,a)=>(t.definition[a].ignoreAmbiguities===!0||L(r,r=>{let o=[a];L(e,(e,n)=>{a!==n&&Nh(e,r)&&t.definition[n].ignoreAmbiguities!==!0&&o.push(n)}),o.length>1&&!Nh(i,r)&&(i.push(r),n.push({alts:o,path:r}))}),n),[]),e=>{let i=R(e.alts,e=>e+1);return{message:r.buildAlternationAmbiguityError({topLevelRule:n,alternation:t,ambiguityIndices:i,prefixPath:e.path}),type:s_.AMBIGUOUS_ALTS,ruleName:n.name,occurrence:t.idx,alternatives:e.alts}})}function $h(e,t,n,r){let i=kf(e,(e,t,n)=>{let r=R(t,e=>({idx:n,path:e}));return e.concat(r)},[]);return Cu(tf(i,e=>{if(t.definition[e.idx].ignoreAmbiguities===!0)return[];let a=e.idx,o=e.path;return R(Jd(i,e=>t.definition[e.idx].ignoreAmbiguities!==!0&&e.idx<a&&Ph(e.path,o)),e=>{let i=[e.idx+1,a+1],o=t.idx===0?``:t.idx;return{message:r.buildAlternationPrefixAmbiguityError({topLevelRule:n,alternation:t,ambiguityIndices:i,prefixPath:e.path}),type:s_.AMBIGUOUS_PREFIX_ALTS,ruleName:n.name,occurrence:o,alternatives:i}})}))}function eg(e,t,n){let r=[],i=R(t,e=>e.name);return L(e,e=>{let t=e.name;if(ff(i,t)){let i=n.buildNamespaceConflictError(e);r.push({message:i,type:s_.CONFLICT_TOKENS_RULES_NAMESPACE,ruleName:t})}}),r}function tg(e){let t=Pd(e,{errMsgProvider:ah}),n={};return L(e.rules,e=>{n[e.name]=e}),sh(n,t.errMsgProvider)}function ng(e){return e=Pd(e,{errMsgProvider:oh}),Lh(e.rules,e.tokenTypes,e.errMsgProvider,e.grammarName)}var rg=`MismatchedTokenException`,ig=`NoViableAltException`,ag=`EarlyExitException`,og=`NotAllInputParsedException`,sg=[rg,ig,ag,og];Object.freeze(sg);function cg(e){return ff(sg,e.name)}var lg=class extends Error{constructor(e,t){super(e),this.token=t,this.resyncedTokens=[],Object.setPrototypeOf(this,new.target.prototype),Error.captureStackTrace&&Error.captureStackTrace(this,this.constructor)}},ug=class extends lg{constructor(e,t,n){super(e,t),this.previousToken=n,this.name=rg}},dg=class extends lg{constructor(e,t,n){super(e,t),this.previousToken=n,this.name=ig}},fg=class extends lg{constructor(e,t){super(e,t),this.name=og}},pg=class extends lg{constructor(e,t,n){super(e,t),this.previousToken=n,this.name=ag}},mg={},hg=`InRuleRecoveryException`,gg=class extends Error{constructor(e){super(e),this.name=hg}},_g=class{initRecoverable(e){this.firstAfterRepMap={},this.resyncFollows={},this.recoveryEnabled=z(e,`recoveryEnabled`)?e.recoveryEnabled:a_.recoveryEnabled,this.recoveryEnabled&&(this.attemptInRepetitionRecovery=vg)}getTokenToInsert(e){let t=nh(e,``,NaN,NaN,NaN,NaN,NaN,NaN);return t.isInsertedInRecovery=!0,t}canTokenTypeBeInsertedInRecovery(e){return!0}canTokenTypeBeDeletedInRecovery(e){return!0}tryInRepetitionRecovery(e,t,n,r){let i=this.findReSyncTokenType(),a=this.exportLexerState(),o=[],s=!1,c=this.LA_FAST(1),l=this.LA_FAST(1),u=()=>{let e=this.LA(0),t=new ug(this.errorMessageProvider.buildMismatchTokenMessage({expected:r,actual:c,previous:e,ruleName:this.getCurrRuleFullName()}),c,this.LA(0));t.resyncedTokens=Hd(o),this.SAVE_ERROR(t)};for(;!s;)if(this.tokenMatcher(l,r)){u();return}else if(n.call(this)){u(),e.apply(this,t);return}else this.tokenMatcher(l,i)?s=!0:(l=this.SKIP_TOKEN(),this.addToResyncTokens(l,o));this.importLexerState(a)}shouldInRepetitionRecoveryBeTried(e,t,n){return!(n===!1||this.tokenMatcher(this.LA_FAST(1),e)||this.isBackTracking()||this.canPerformInRuleRecovery(e,this.getFollowsForInRuleRecovery(e,t)))}getFollowsForInRuleRecovery(e,t){let n=this.getCurrentGrammarPath(e,t);return this.getNextPossibleTokenTypes(n)}tryInRuleRecovery(e,t){if(this.canRecoverWithSingleTokenInsertion(e,t))return this.getTokenToInsert(e);if(this.canRecoverWithSingleTokenDeletion(e)){let e=this.SKIP_TOKEN();return this.consumeToken(),e}throw new gg(`sad sad panda`)}canPerformInRuleRecovery(e,t){return this.canRecoverWithSingleTokenInsertion(e,t)||this.canRecoverWithSingleTokenDeletion(e)}canRecoverWithSingleTokenInsertion(e,t){if(!this.canTokenTypeBeInsertedInRecovery(e)||B(t))return!1;let n=this.LA_FAST(1);return Qd(t,e=>this.tokenMatcher(n,e))!==void 0}canRecoverWithSingleTokenDeletion(e){return this.canTokenTypeBeDeletedInRecovery(e)?this.tokenMatcher(this.LA(2),e):!1}isInCurrentRuleReSyncSet(e){let t=this.getCurrFollowKey();return ff(this.getFollowSetFromFollowKey(t),e)}findReSyncTokenType(){let e=this.flattenFollowSet(),t=this.LA_FAST(1),n=2;for(;;){let r=Qd(e,e=>rh(t,e));if(r!==void 0)return r;t=this.LA(n),n++}}getCurrFollowKey(){if(this.RULE_STACK_IDX===0)return mg;let e=this.currRuleShortName,t=this.getLastExplicitRuleOccurrenceIndex(),n=this.getPreviousExplicitRuleShortName();return{ruleName:this.shortRuleNameToFullName(e),idxInCallingRule:t,inRule:this.shortRuleNameToFullName(n)}}buildFullFollowKeyStack(){let e=this.RULE_STACK,t=this.RULE_OCCURRENCE_STACK,n=this.RULE_STACK_IDX+1,r=Array(n);for(let i=0;i<n;i++)i===0?r[i]=mg:r[i]={ruleName:this.shortRuleNameToFullName(e[i]),idxInCallingRule:t[i],inRule:this.shortRuleNameToFullName(e[i-1])};return r}flattenFollowSet(){return mc(R(this.buildFullFollowKeyStack(),e=>this.getFollowSetFromFollowKey(e)))}getFollowSetFromFollowKey(e){if(e===mg)return[th];let t=e.ruleName+e.idxInCallingRule+pp+e.inRule;return this.resyncFollows[t]}addToResyncTokens(e,t){return this.tokenMatcher(e,th)||t.push(e),t}reSyncTo(e){let t=[],n=this.LA_FAST(1);for(;this.tokenMatcher(n,e)===!1;)n=this.SKIP_TOKEN(),this.addToResyncTokens(n,t);return Hd(t)}attemptInRepetitionRecovery(e,t,n,r,i,a,o){}getCurrentGrammarPath(e,t){return{ruleStack:this.getHumanReadableRuleStack(),occurrenceStack:this.RULE_OCCURRENCE_STACK.slice(0,this.RULE_OCCURRENCE_STACK_IDX+1),lastTok:e,lastTokOccurrence:t}}getHumanReadableRuleStack(){let e=this.RULE_STACK_IDX+1,t=Array(e);for(let n=0;n<e;n++)t[n]=this.shortRuleNameToFullName(this.RULE_STACK[n]);return t}};function vg(e,t,n,r,i,a,o){let s=this.getKeyForAutomaticLookahead(r,i),c=this.firstAfterRepMap[s];if(c===void 0){let e=this.getCurrRuleFullName(),t=this.getGAstProductions()[e];c=new a(t,i).startWalking(),this.firstAfterRepMap[s]=c}let l=c.token,u=c.occurrence,d=c.isEndOfRule;this.RULE_STACK_IDX===0&&d&&l===void 0&&(l=th,u=1),l!==void 0&&u!==void 0&&this.shouldInRepetitionRecoveryBeTried(l,u,o)&&this.tryInRepetitionRecovery(e,t,n,l)}var yg=1024,bg=1280,xg=1536;function Sg(e,t,n){return n|t|e}var Cg=class{constructor(e){this.maxLookahead=e?.maxLookahead??a_.maxLookahead}validate(e){let t=this.validateNoLeftRecursion(e.rules);if(B(t)){let n=this.validateEmptyOrAlternatives(e.rules),r=this.validateAmbiguousAlternationAlternatives(e.rules,this.maxLookahead),i=this.validateSomeNonEmptyLookaheadPath(e.rules,this.maxLookahead);return[...t,...n,...r,...i]}return t}validateNoLeftRecursion(e){return tf(e,e=>Wh(e,e,oh))}validateEmptyOrAlternatives(e){return tf(e,e=>qh(e,oh))}validateAmbiguousAlternationAlternatives(e,t){return tf(e,e=>Jh(e,t,oh))}validateSomeNonEmptyLookaheadPath(e,t){return Zh(e,t,oh)}buildLookaheadForAlternation(e){return xh(e.prodOccurrence,e.rule,e.maxLookahead,e.hasPredicates,e.dynamicTokensEnabled,Ch)}buildLookaheadForOptional(e){return Sh(e.prodOccurrence,e.rule,e.maxLookahead,e.dynamicTokensEnabled,bh(e.prodType),wh)}},wg=class{initLooksAhead(e){this.dynamicTokensEnabled=z(e,`dynamicTokensEnabled`)?e.dynamicTokensEnabled:a_.dynamicTokensEnabled,this.maxLookahead=z(e,`maxLookahead`)?e.maxLookahead:a_.maxLookahead,this.lookaheadStrategy=z(e,`lookaheadStrategy`)?e.lookaheadStrategy:new Cg({maxLookahead:this.maxLookahead}),this.lookAheadFuncsCache=new Map}preComputeLookaheadFunctions(e){L(e,e=>{this.TRACE_INIT(`${e.name} Rule Lookahead`,()=>{let{alternation:t,repetition:n,option:r,repetitionMandatory:i,repetitionMandatoryWithSeparator:a,repetitionWithSeparator:o}=Eg(e);L(t,t=>{let n=t.idx===0?``:t.idx;this.TRACE_INIT(`${op(t)}${n}`,()=>{let n=this.lookaheadStrategy.buildLookaheadForAlternation({prodOccurrence:t.idx,rule:e,maxLookahead:t.maxLookahead||this.maxLookahead,hasPredicates:t.hasPredicates,dynamicTokensEnabled:this.dynamicTokensEnabled}),r=Sg(this.fullRuleNameToShort[e.name],256,t.idx);this.setLaFuncCache(r,n)})}),L(n,t=>{this.computeLookaheadFunc(e,t.idx,768,`Repetition`,t.maxLookahead,op(t))}),L(r,t=>{this.computeLookaheadFunc(e,t.idx,512,`Option`,t.maxLookahead,op(t))}),L(i,t=>{this.computeLookaheadFunc(e,t.idx,yg,`RepetitionMandatory`,t.maxLookahead,op(t))}),L(a,t=>{this.computeLookaheadFunc(e,t.idx,xg,`RepetitionMandatoryWithSeparator`,t.maxLookahead,op(t))}),L(o,t=>{this.computeLookaheadFunc(e,t.idx,bg,`RepetitionWithSeparator`,t.maxLookahead,op(t))})})})}computeLookaheadFunc(e,t,n,r,i,a){this.TRACE_INIT(`${a}${t===0?``:t}`,()=>{let a=this.lookaheadStrategy.buildLookaheadForOptional({prodOccurrence:t,rule:e,maxLookahead:i||this.maxLookahead,dynamicTokensEnabled:this.dynamicTokensEnabled,prodType:r}),o=Sg(this.fullRuleNameToShort[e.name],n,t);this.setLaFuncCache(o,a)})}getKeyForAutomaticLookahead(e,t){return Sg(this.currRuleShortName,e,t)}getLaFuncFromCache(e){return this.lookAheadFuncsCache.get(e)}setLaFuncCache(e,t){this.lookAheadFuncsCache.set(e,t)}},Tg=new class extends np{constructor(){super(...arguments),this.dslMethods={option:[],alternation:[],repetition:[],repetitionWithSeparator:[],repetitionMandatory:[],repetitionMandatoryWithSeparator:[]}}reset(){this.dslMethods={option:[],alternation:[],repetition:[],repetitionWithSeparator:[],repetitionMandatory:[],repetitionMandatoryWithSeparator:[]}}visitOption(e){this.dslMethods.option.push(e)}visitRepetitionWithSeparator(e){this.dslMethods.repetitionWithSeparator.push(e)}visitRepetitionMandatory(e){this.dslMethods.repetitionMandatory.push(e)}visitRepetitionMandatoryWithSeparator(e){this.dslMethods.repetitionMandatoryWithSeparator.push(e)}visitRepetition(e){this.dslMethods.repetition.push(e)}visitAlternation(e){this.dslMethods.alternation.push(e)}};function Eg(e){Tg.reset(),e.accept(Tg);let t=Tg.dslMethods;return Tg.reset(),t}function Dg(e,t){isNaN(e.startOffset)===!0?(e.startOffset=t.startOffset,e.endOffset=t.endOffset):e.endOffset<t.endOffset&&(e.endOffset=t.endOffset)}function Og(e,t){isNaN(e.startOffset)===!0?(e.startOffset=t.startOffset,e.startColumn=t.startColumn,e.startLine=t.startLine,e.endOffset=t.endOffset,e.endColumn=t.endColumn,e.endLine=t.endLine):e.endOffset<t.endOffset&&(e.endOffset=t.endOffset,e.endColumn=t.endColumn,e.endLine=t.endLine)}function kg(e,t,n){e.children[n]===void 0?e.children[n]=[t]:e.children[n].push(t)}function Ag(e,t,n){e.children[t]===void 0?e.children[t]=[n]:e.children[t].push(n)}var jg=`name`;function Mg(e,t){Object.defineProperty(e,jg,{enumerable:!1,configurable:!0,writable:!1,value:t})}function Ng(e,t){let n=ps(e),r=n.length;for(let i=0;i<r;i++){let r=e[n[i]],a=r.length;for(let e=0;e<a;e++){let n=r[e];n.tokenTypeIdx===void 0&&this[n.name](n.children,t)}}}function Pg(e,t){let n=function(){};return Mg(n,e+`BaseSemantics`),n.prototype={visit:function(e,t){if(P(e)&&(e=e[0]),!Sf(e))return this[e.name](e.children,t)},validateVisitor:function(){let e=Lg(this,t);if(!B(e)){let t=R(e,e=>e.msg);throw Error(`Errors Detected in CST Visitor <${this.constructor.name}>:\n\t${t.join(`

`).replace(/\n/g,`
	`)}`)}}},n.prototype.constructor=n,n._RULE_NAMES=t,n}function Fg(e,t,n){let r=function(){};Mg(r,e+`BaseSemanticsWithDefaults`);let i=Object.create(n.prototype);return L(t,e=>{i[e]=Ng}),r.prototype=i,r.prototype.constructor=r,r}var Ig;(function(e){e[e.REDUNDANT_METHOD=0]=`REDUNDANT_METHOD`,e[e.MISSING_METHOD=1]=`MISSING_METHOD`})(Ig||={});function Lg(e,t){return Rg(e,t)}function Rg(e,t){return Cu(R(Jd(t,t=>_a(e[t])===!1),t=>({msg:`Missing visitor method: <${t}> on ${e.constructor.name} CST Visitor.`,type:Ig.MISSING_METHOD,methodName:t})))}var zg=class{initTreeBuilder(e){if(this.CST_STACK=[],this.outputCst=e.outputCst,this.nodeLocationTracking=z(e,`nodeLocationTracking`)?e.nodeLocationTracking:a_.nodeLocationTracking,!this.outputCst)this.cstInvocationStateUpdate=La,this.cstFinallyStateUpdate=La,this.cstPostTerminal=La,this.cstPostNonTerminal=La,this.cstPostRule=La;else if(/full/i.test(this.nodeLocationTracking))this.recoveryEnabled?(this.setNodeLocationFromToken=Og,this.setNodeLocationFromNode=Og,this.cstPostRule=La,this.setInitialNodeLocation=this.setInitialNodeLocationFullRecovery):(this.setNodeLocationFromToken=La,this.setNodeLocationFromNode=La,this.cstPostRule=this.cstPostRuleFull,this.setInitialNodeLocation=this.setInitialNodeLocationFullRegular);else if(/onlyOffset/i.test(this.nodeLocationTracking))this.recoveryEnabled?(this.setNodeLocationFromToken=Dg,this.setNodeLocationFromNode=Dg,this.cstPostRule=La,this.setInitialNodeLocation=this.setInitialNodeLocationOnlyOffsetRecovery):(this.setNodeLocationFromToken=La,this.setNodeLocationFromNode=La,this.cstPostRule=this.cstPostRuleOnlyOffset,this.setInitialNodeLocation=this.setInitialNodeLocationOnlyOffsetRegular);else if(/none/i.test(this.nodeLocationTracking))this.setNodeLocationFromToken=La,this.setNodeLocationFromNode=La,this.cstPostRule=La,this.setInitialNodeLocation=La;else throw Error(`Invalid <nodeLocationTracking> config option: "${e.nodeLocationTracking}"`)}setInitialNodeLocationOnlyOffsetRecovery(e){e.location={startOffset:NaN,endOffset:NaN}}setInitialNodeLocationOnlyOffsetRegular(e){e.location={startOffset:this.LA_FAST(1).startOffset,endOffset:NaN}}setInitialNodeLocationFullRecovery(e){e.location={startOffset:NaN,startLine:NaN,startColumn:NaN,endOffset:NaN,endLine:NaN,endColumn:NaN}}setInitialNodeLocationFullRegular(e){let t=this.LA_FAST(1);e.location={startOffset:t.startOffset,startLine:t.startLine,startColumn:t.startColumn,endOffset:NaN,endLine:NaN,endColumn:NaN}}cstInvocationStateUpdate(e){let t={name:e,children:Object.create(null)};this.setInitialNodeLocation(t),this.CST_STACK.push(t)}cstFinallyStateUpdate(){this.CST_STACK.pop()}cstPostRuleFull(e){let t=this.LA(0),n=e.location;n.startOffset<=t.startOffset?(n.endOffset=t.endOffset,n.endLine=t.endLine,n.endColumn=t.endColumn):(n.startOffset=NaN,n.startLine=NaN,n.startColumn=NaN)}cstPostRuleOnlyOffset(e){let t=this.LA(0),n=e.location;n.startOffset<=t.startOffset?n.endOffset=t.endOffset:n.startOffset=NaN}cstPostTerminal(e,t){let n=this.CST_STACK[this.CST_STACK.length-1];kg(n,t,e),this.setNodeLocationFromToken(n.location,t)}cstPostNonTerminal(e,t){let n=this.CST_STACK[this.CST_STACK.length-1];Ag(n,t,e),this.setNodeLocationFromNode(n.location,e.location)}getBaseCstVisitorConstructor(){if(Sf(this.baseCstVisitorConstructor)){let e=Pg(this.className,ps(this.gastProductionsCache));return this.baseCstVisitorConstructor=e,e}return this.baseCstVisitorConstructor}getBaseCstVisitorConstructorWithDefaults(){if(Sf(this.baseCstVisitorWithDefaultsConstructor)){let e=Fg(this.className,ps(this.gastProductionsCache),this.getBaseCstVisitorConstructor());return this.baseCstVisitorWithDefaultsConstructor=e,e}return this.baseCstVisitorWithDefaultsConstructor}getPreviousExplicitRuleShortName(){return this.RULE_STACK[this.RULE_STACK_IDX-1]}getLastExplicitRuleOccurrenceIndex(){return this.RULE_OCCURRENCE_STACK[this.RULE_OCCURRENCE_STACK_IDX]}},Bg=class{initLexerAdapter(){this.tokVector=[],this.tokVectorLength=0,this.currIdx=-1}set input(e){if(this.selfAnalysisDone!==!0)throw Error(`Missing <performSelfAnalysis> invocation at the end of the Parser's constructor.`);this.reset(),this.tokVector=e,this.tokVectorLength=e.length}get input(){return this.tokVector}SKIP_TOKEN(){return this.currIdx<=this.tokVectorLength-2?(this.consumeToken(),this.LA_FAST(1)):i_}LA_FAST(e){let t=this.currIdx+e;return this.tokVector[t]}LA(e){let t=this.currIdx+e;return t<0||this.tokVectorLength<=t?i_:this.tokVector[t]}consumeToken(){this.currIdx++}exportLexerState(){return this.currIdx}importLexerState(e){this.currIdx=e}resetLexerState(){this.currIdx=-1}moveToTerminatedState(){this.currIdx=this.tokVectorLength-1}getLexerPosition(){return this.exportLexerState()}},Vg=class{ACTION(e){return e.call(this)}consume(e,t,n){return this.consumeInternal(t,e,n)}subrule(e,t,n){return this.subruleInternal(t,e,n)}option(e,t){return this.optionInternal(t,e)}or(e,t){return this.orInternal(t,e)}many(e,t){return this.manyInternal(e,t)}atLeastOne(e,t){return this.atLeastOneInternal(e,t)}CONSUME(e,t){return this.consumeInternal(e,0,t)}CONSUME1(e,t){return this.consumeInternal(e,1,t)}CONSUME2(e,t){return this.consumeInternal(e,2,t)}CONSUME3(e,t){return this.consumeInternal(e,3,t)}CONSUME4(e,t){return this.consumeInternal(e,4,t)}CONSUME5(e,t){return this.consumeInternal(e,5,t)}CONSUME6(e,t){return this.consumeInternal(e,6,t)}CONSUME7(e,t){return this.consumeInternal(e,7,t)}CONSUME8(e,t){return this.consumeInternal(e,8,t)}CONSUME9(e,t){return this.consumeInternal(e,9,t)}SUBRULE(e,t){return this.subruleInternal(e,0,t)}SUBRULE1(e,t){return this.subruleInternal(e,1,t)}SUBRULE2(e,t){return this.subruleInternal(e,2,t)}SUBRULE3(e,t){return this.subruleInternal(e,3,t)}SUBRULE4(e,t){return this.subruleInternal(e,4,t)}SUBRULE5(e,t){return this.subruleInternal(e,5,t)}SUBRULE6(e,t){return this.subruleInternal(e,6,t)}SUBRULE7(e,t){return this.subruleInternal(e,7,t)}SUBRULE8(e,t){return this.subruleInternal(e,8,t)}SUBRULE9(e,t){return this.subruleInternal(e,9,t)}OPTION(e){return this.optionInternal(e,0)}OPTION1(e){return this.optionInternal(e,1)}OPTION2(e){return this.optionInternal(e,2)}OPTION3(e){return this.optionInternal(e,3)}OPTION4(e){return this.optionInternal(e,4)}OPTION5(e){return this.optionInternal(e,5)}OPTION6(e){return this.optionInternal(e,6)}OPTION7(e){return this.optionInternal(e,7)}OPTION8(e){return this.optionInternal(e,8)}OPTION9(e){return this.optionInternal(e,9)}OR(e){return this.orInternal(e,0)}OR1(e){return this.orInternal(e,1)}OR2(e){return this.orInternal(e,2)}OR3(e){return this.orInternal(e,3)}OR4(e){return this.orInternal(e,4)}OR5(e){return this.orInternal(e,5)}OR6(e){return this.orInternal(e,6)}OR7(e){return this.orInternal(e,7)}OR8(e){return this.orInternal(e,8)}OR9(e){return this.orInternal(e,9)}MANY(e){this.manyInternal(0,e)}MANY1(e){this.manyInternal(1,e)}MANY2(e){this.manyInternal(2,e)}MANY3(e){this.manyInternal(3,e)}MANY4(e){this.manyInternal(4,e)}MANY5(e){this.manyInternal(5,e)}MANY6(e){this.manyInternal(6,e)}MANY7(e){this.manyInternal(7,e)}MANY8(e){this.manyInternal(8,e)}MANY9(e){this.manyInternal(9,e)}MANY_SEP(e){this.manySepFirstInternal(0,e)}MANY_SEP1(e){this.manySepFirstInternal(1,e)}MANY_SEP2(e){this.manySepFirstInternal(2,e)}MANY_SEP3(e){this.manySepFirstInternal(3,e)}MANY_SEP4(e){this.manySepFirstInternal(4,e)}MANY_SEP5(e){this.manySepFirstInternal(5,e)}MANY_SEP6(e){this.manySepFirstInternal(6,e)}MANY_SEP7(e){this.manySepFirstInternal(7,e)}MANY_SEP8(e){this.manySepFirstInternal(8,e)}MANY_SEP9(e){this.manySepFirstInternal(9,e)}AT_LEAST_ONE(e){this.atLeastOneInternal(0,e)}AT_LEAST_ONE1(e){return this.atLeastOneInternal(1,e)}AT_LEAST_ONE2(e){this.atLeastOneInternal(2,e)}AT_LEAST_ONE3(e){this.atLeastOneInternal(3,e)}AT_LEAST_ONE4(e){this.atLeastOneInternal(4,e)}AT_LEAST_ONE5(e){this.atLeastOneInternal(5,e)}AT_LEAST_ONE6(e){this.atLeastOneInternal(6,e)}AT_LEAST_ONE7(e){this.atLeastOneInternal(7,e)}AT_LEAST_ONE8(e){this.atLeastOneInternal(8,e)}AT_LEAST_ONE9(e){this.atLeastOneInternal(9,e)}AT_LEAST_ONE_SEP(e){this.atLeastOneSepFirstInternal(0,e)}AT_LEAST_ONE_SEP1(e){this.atLeastOneSepFirstInternal(1,e)}AT_LEAST_ONE_SEP2(e){this.atLeastOneSepFirstInternal(2,e)}AT_LEAST_ONE_SEP3(e){this.atLeastOneSepFirstInternal(3,e)}AT_LEAST_ONE_SEP4(e){this.atLeastOneSepFirstInternal(4,e)}AT_LEAST_ONE_SEP5(e){this.atLeastOneSepFirstInternal(5,e)}AT_LEAST_ONE_SEP6(e){this.atLeastOneSepFirstInternal(6,e)}AT_LEAST_ONE_SEP7(e){this.atLeastOneSepFirstInternal(7,e)}AT_LEAST_ONE_SEP8(e){this.atLeastOneSepFirstInternal(8,e)}AT_LEAST_ONE_SEP9(e){this.atLeastOneSepFirstInternal(9,e)}RULE(e,t,n=o_){if(ff(this.definedRulesNames,e)){let t={message:oh.buildDuplicateRuleNameError({topLevelRule:e,grammarName:this.className}),type:s_.DUPLICATE_RULE_NAME,ruleName:e};this.definitionErrors.push(t)}this.definedRulesNames.push(e);let r=this.defineRule(e,t,n);return this[e]=r,r}OVERRIDE_RULE(e,t,n=o_){let r=Uh(e,this.definedRulesNames,this.className);this.definitionErrors=this.definitionErrors.concat(r);let i=this.defineRule(e,t,n);return this[e]=i,i}BACKTRACK(e,t){let n=e.coreRule??e;return function(){this.isBackTrackingStack.push(1);let e=this.saveRecogState();try{return n.apply(this,t),!0}catch(e){if(cg(e))return!1;throw e}finally{this.reloadRecogState(e),this.isBackTrackingStack.pop()}}}getGAstProductions(){return this.gastProductionsCache}getSerializedGastProductions(){return ep(uf(this.gastProductionsCache))}},Hg=class{initRecognizerEngine(e,t){if(this.className=this.constructor.name,this.shortRuleNameToFull={},this.fullRuleNameToShort={},this.ruleShortNameIdx=256,this.tokenMatcher=Tm,this.subruleIdx=0,this.currRuleShortName=0,this.definedRulesNames=[],this.tokensMap={},this.isBackTrackingStack=[],this.RULE_STACK=[],this.RULE_STACK_IDX=-1,this.RULE_OCCURRENCE_STACK=[],this.RULE_OCCURRENCE_STACK_IDX=-1,this.gastProductionsCache={},z(t,`serializedGrammar`))throw Error(`The Parser's configuration can no longer contain a <serializedGrammar> property.
	See: https://chevrotain.io/docs/changes/BREAKING_CHANGES.html#_6-0-0
	For Further details.`);if(P(e)){if(B(e))throw Error(`A Token Vocabulary cannot be empty.
	Note that the first argument for the parser constructor
	is no longer a Token vector (since v4.0).`);if(typeof e[0].startOffset==`number`)throw Error(`The Parser constructor no longer accepts a token vector as the first argument.
	See: https://chevrotain.io/docs/changes/BREAKING_CHANGES.html#_4-0-0
	For Further details.`)}if(P(e))this.tokensMap=kf(e,(e,t)=>(e[t.name]=t,e),{});else if(z(e,`modes`)&&Kd(mc(uf(e.modes)),Rm)){let t=If(mc(uf(e.modes)));this.tokensMap=kf(t,(e,t)=>(e[t.name]=t,e),{})}else if(ta(e))this.tokensMap=Su(e);else throw Error(`<tokensDictionary> argument must be An Array of Token constructors, A dictionary of Token constructors or an IMultiModeLexerDefinition`);this.tokensMap.EOF=th;let n=Kd(z(e,`modes`)?mc(uf(e.modes)):uf(e),e=>B(e.categoryMatches));this.tokenMatcher=n?Tm:wm,Om(uf(this.tokensMap))}defineRule(e,t,n){if(this.selfAnalysisDone)throw Error(`Grammar rule <${e}> may not be defined after the 'performSelfAnalysis' method has been called'\nMake sure that all grammar rule definitions are done before 'performSelfAnalysis' is called.`);let r=z(n,`resyncEnabled`)?n.resyncEnabled:o_.resyncEnabled,i=z(n,`recoveryValueFunc`)?n.recoveryValueFunc:o_.recoveryValueFunc,a=this.ruleShortNameIdx<<12;this.ruleShortNameIdx++,this.shortRuleNameToFull[a]=e,this.fullRuleNameToShort[e]=a;let o;return o=this.outputCst===!0?function(...n){try{this.ruleInvocationStateUpdate(a,e,this.subruleIdx),t.apply(this,n);let r=this.CST_STACK[this.CST_STACK.length-1];return this.cstPostRule(r),r}catch(e){return this.invokeRuleCatch(e,r,i)}finally{this.ruleFinallyStateUpdate()}}:function(...n){try{return this.ruleInvocationStateUpdate(a,e,this.subruleIdx),t.apply(this,n)}catch(e){return this.invokeRuleCatch(e,r,i)}finally{this.ruleFinallyStateUpdate()}},Object.assign(function(...t){this.onBeforeParse(e);try{return o.apply(this,t)}finally{this.onAfterParse(e)}},{ruleName:e,originalGrammarAction:t,coreRule:o})}invokeRuleCatch(e,t,n){let r=this.RULE_STACK_IDX===0,i=t&&!this.isBackTracking()&&this.recoveryEnabled;if(cg(e)){let t=e;if(i){let r=this.findReSyncTokenType();if(this.isInCurrentRuleReSyncSet(r)){if(t.resyncedTokens=this.reSyncTo(r),this.outputCst){let e=this.CST_STACK[this.CST_STACK.length-1];return e.recoveredNode=!0,e}return n(e)}if(this.outputCst){let e=this.CST_STACK[this.CST_STACK.length-1];e.recoveredNode=!0,t.partialCstResult=e}throw t}if(r)return this.moveToTerminatedState(),n(e);throw t}throw e}optionInternal(e,t){let n=this.getKeyForAutomaticLookahead(512,t);return this.optionInternalLogic(e,t,n)}optionInternalLogic(e,t,n){let r=this.getLaFuncFromCache(n),i;if(typeof e!=`function`){i=e.DEF;let t=e.GATE;if(t!==void 0){let e=r;r=()=>t.call(this)&&e.call(this)}}else i=e;if(r.call(this)===!0)return i.call(this)}atLeastOneInternal(e,t){let n=this.getKeyForAutomaticLookahead(yg,e);return this.atLeastOneInternalLogic(e,t,n)}atLeastOneInternalLogic(e,t,n){let r=this.getLaFuncFromCache(n),i;if(typeof t!=`function`){i=t.DEF;let e=t.GATE;if(e!==void 0){let t=r;r=()=>e.call(this)&&t.call(this)}}else i=t;if(r.call(this)===!0){let e=this.doSingleRepetition(i);for(;r.call(this)===!0&&e===!0;)e=this.doSingleRepetition(i)}else throw this.raiseEarlyExitException(e,yh.REPETITION_MANDATORY,t.ERR_MSG);this.attemptInRepetitionRecovery(this.atLeastOneInternal,[e,t],r,yg,e,mh)}atLeastOneSepFirstInternal(e,t){let n=this.getKeyForAutomaticLookahead(xg,e);this.atLeastOneSepFirstInternalLogic(e,t,n)}atLeastOneSepFirstInternalLogic(e,t,n){let r=t.DEF,i=t.SEP;if(this.getLaFuncFromCache(n).call(this)===!0){r.call(this);let t=()=>this.tokenMatcher(this.LA_FAST(1),i);for(;this.tokenMatcher(this.LA_FAST(1),i)===!0;)this.CONSUME(i),r.call(this);this.attemptInRepetitionRecovery(this.repetitionSepSecondInternal,[e,i,t,r,hh],t,xg,e,hh)}else throw this.raiseEarlyExitException(e,yh.REPETITION_MANDATORY_WITH_SEPARATOR,t.ERR_MSG)}manyInternal(e,t){let n=this.getKeyForAutomaticLookahead(768,e);return this.manyInternalLogic(e,t,n)}manyInternalLogic(e,t,n){let r=this.getLaFuncFromCache(n),i;if(typeof t!=`function`){i=t.DEF;let e=t.GATE;if(e!==void 0){let t=r;r=()=>e.call(this)&&t.call(this)}}else i=t;let a=!0;for(;r.call(this)===!0&&a===!0;)a=this.doSingleRepetition(i);this.attemptInRepetitionRecovery(this.manyInternal,[e,t],r,768,e,fh,a)}manySepFirstInternal(e,t){let n=this.getKeyForAutomaticLookahead(bg,e);this.manySepFirstInternalLogic(e,t,n)}manySepFirstInternalLogic(e,t,n){let r=t.DEF,i=t.SEP;if(this.getLaFuncFromCache(n).call(this)===!0){r.call(this);let t=()=>this.tokenMatcher(this.LA_FAST(1),i);for(;this.tokenMatcher(this.LA_FAST(1),i)===!0;)this.CONSUME(i),r.call(this);this.attemptInRepetitionRecovery(this.repetitionSepSecondInternal,[e,i,t,r,ph],t,bg,e,ph)}}repetitionSepSecondInternal(e,t,n,r,i){for(;n();)this.CONSUME(t),r.call(this);this.attemptInRepetitionRecovery(this.repetitionSepSecondInternal,[e,t,n,r,i],n,xg,e,i)}doSingleRepetition(e){let t=this.getLexerPosition();return e.call(this),this.getLexerPosition()>t}orInternal(e,t){let n=this.getKeyForAutomaticLookahead(256,t),r=P(e)?e:e.DEF,i=this.getLaFuncFromCache(n).call(this,r);if(i!==void 0)return r[i].ALT.call(this);this.raiseNoAltException(t,e.ERR_MSG)}ruleFinallyStateUpdate(){this.RULE_STACK_IDX--,this.RULE_OCCURRENCE_STACK_IDX--,this.RULE_STACK_IDX>=0&&(this.currRuleShortName=this.RULE_STACK[this.RULE_STACK_IDX]),this.cstFinallyStateUpdate()}subruleInternal(e,t,n){let r;try{let i=n===void 0?void 0:n.ARGS;return this.subruleIdx=t,r=e.coreRule.apply(this,i),this.cstPostNonTerminal(r,n!==void 0&&n.LABEL!==void 0?n.LABEL:e.ruleName),r}catch(t){throw this.subruleInternalError(t,n,e.ruleName)}}subruleInternalError(e,t,n){throw cg(e)&&e.partialCstResult!==void 0&&(this.cstPostNonTerminal(e.partialCstResult,t!==void 0&&t.LABEL!==void 0?t.LABEL:n),delete e.partialCstResult),e}consumeInternal(e,t,n){let r;try{let t=this.LA_FAST(1);this.tokenMatcher(t,e)===!0?(this.consumeToken(),r=t):this.consumeInternalError(e,t,n)}catch(n){r=this.consumeInternalRecovery(e,t,n)}return this.cstPostTerminal(n!==void 0&&n.LABEL!==void 0?n.LABEL:e.name,r),r}consumeInternalError(e,t,n){let r,i=this.LA(0);throw r=n!==void 0&&n.ERR_MSG?n.ERR_MSG:this.errorMessageProvider.buildMismatchTokenMessage({expected:e,actual:t,previous:i,ruleName:this.getCurrRuleFullName()}),this.SAVE_ERROR(new ug(r,t,i))}consumeInternalRecovery(e,t,n){if(this.recoveryEnabled&&n.name===`MismatchedTokenException`&&!this.isBackTracking()){let r=this.getFollowsForInRuleRecovery(e,t);try{return this.tryInRuleRecovery(e,r)}catch(e){throw e.name===`InRuleRecoveryException`?n:e}}throw n}saveRecogState(){let e=this.errors,t=this.RULE_STACK.slice(0,this.RULE_STACK_IDX+1);return{errors:e,lexerState:this.exportLexerState(),RULE_STACK:t,CST_STACK:this.CST_STACK}}reloadRecogState(e){this.errors=e.errors,this.importLexerState(e.lexerState);let t=e.RULE_STACK;for(let e=0;e<t.length;e++)this.RULE_STACK[e]=t[e];this.RULE_STACK_IDX=t.length-1,this.RULE_STACK_IDX>=0&&(this.currRuleShortName=this.RULE_STACK[this.RULE_STACK_IDX])}ruleInvocationStateUpdate(e,t,n){this.RULE_OCCURRENCE_STACK[++this.RULE_OCCURRENCE_STACK_IDX]=n,this.RULE_STACK[++this.RULE_STACK_IDX]=e,this.currRuleShortName=e,this.cstInvocationStateUpdate(t)}isBackTracking(){return this.isBackTrackingStack.length!==0}getCurrRuleFullName(){let e=this.currRuleShortName;return this.shortRuleNameToFull[e]}shortRuleNameToFullName(e){return this.shortRuleNameToFull[e]}isAtEndOfInput(){return this.tokenMatcher(this.LA(1),th)}reset(){this.resetLexerState(),this.subruleIdx=0,this.currRuleShortName=0,this.isBackTrackingStack=[],this.errors=[],this.RULE_STACK_IDX=-1,this.RULE_OCCURRENCE_STACK_IDX=-1,this.CST_STACK=[]}onBeforeParse(e){for(let e=0;e<this.maxLookahead+1;e++)this.tokVector.push(i_)}onAfterParse(e){if(this.isAtEndOfInput()===!1){let e=this.LA(1),t=this.errorMessageProvider.buildNotAllInputParsedMessage({firstRedundant:e,ruleName:this.getCurrRuleFullName()});this.SAVE_ERROR(new fg(t,e))}for(;this.tokVector.at(-1)===i_;)this.tokVector.pop()}},Ug=class{initErrorHandler(e){this._errors=[],this.errorMessageProvider=z(e,`errorMessageProvider`)?e.errorMessageProvider:a_.errorMessageProvider}SAVE_ERROR(e){if(cg(e))return e.context={ruleStack:this.getHumanReadableRuleStack(),ruleOccurrenceStack:this.RULE_OCCURRENCE_STACK.slice(0,this.RULE_OCCURRENCE_STACK_IDX+1)},this._errors.push(e),e;throw Error(`Trying to save an Error which is not a RecognitionException`)}get errors(){return Su(this._errors)}set errors(e){this._errors=e}raiseEarlyExitException(e,t,n){let r=this.getCurrRuleFullName(),i=this.getGAstProductions()[r],a=Mh(e,i,t,this.maxLookahead)[0],o=[];for(let e=1;e<=this.maxLookahead;e++)o.push(this.LA(e));let s=this.errorMessageProvider.buildEarlyExitMessage({expectedIterationPaths:a,actual:o,previous:this.LA(0),customUserDescription:n,ruleName:r});throw this.SAVE_ERROR(new pg(s,this.LA(1),this.LA(0)))}raiseNoAltException(e,t){let n=this.getCurrRuleFullName(),r=this.getGAstProductions()[n],i=jh(e,r,this.maxLookahead),a=[];for(let e=1;e<=this.maxLookahead;e++)a.push(this.LA(e));let o=this.LA(0),s=this.errorMessageProvider.buildNoViableAltMessage({expectedPathsPerAlt:i,actual:a,previous:o,customUserDescription:t,ruleName:this.getCurrRuleFullName()});throw this.SAVE_ERROR(new dg(s,this.LA(1),o))}},Wg=class{initContentAssist(){}computeContentAssist(e,t){let n=this.gastProductionsCache[e];if(Sf(n))throw Error(`Rule ->${e}<- does not exist in this grammar.`);return _h([n],t,this.tokenMatcher,this.maxLookahead)}getNextPossibleTokenTypes(e){let t=$d(e.ruleStack),n=this.getGAstProductions()[t];return new uh(n,e).startWalking()}},Gg={description:`This Object indicates the Parser is during Recording Phase`};Object.freeze(Gg);var Kg=!0,qg=255,Jg=H({name:`RECORDING_PHASE_TOKEN`,pattern:Hm.NA});Om([Jg]);var Yg=nh(Jg,`This IToken indicates the Parser is in Recording Phase
	See: https://chevrotain.io/docs/guide/internals.html#grammar-recording for details`,-1,-1,-1,-1,-1,-1);Object.freeze(Yg);var Xg={name:`This CSTNode indicates the Parser is in Recording Phase
	See: https://chevrotain.io/docs/guide/internals.html#grammar-recording for details`,children:{}},Zg=class{initGastRecorder(e){this.recordingProdStack=[],this.RECORDING_PHASE=!1}enableRecording(){this.RECORDING_PHASE=!0,this.TRACE_INIT(`Enable Recording`,()=>{for(let e=0;e<10;e++){let t=e>0?e:``;this[`CONSUME${t}`]=function(t,n){return this.consumeInternalRecord(t,e,n)},this[`SUBRULE${t}`]=function(t,n){return this.subruleInternalRecord(t,e,n)},this[`OPTION${t}`]=function(t){return this.optionInternalRecord(t,e)},this[`OR${t}`]=function(t){return this.orInternalRecord(t,e)},this[`MANY${t}`]=function(t){this.manyInternalRecord(e,t)},this[`MANY_SEP${t}`]=function(t){this.manySepFirstInternalRecord(e,t)},this[`AT_LEAST_ONE${t}`]=function(t){this.atLeastOneInternalRecord(e,t)},this[`AT_LEAST_ONE_SEP${t}`]=function(t){this.atLeastOneSepFirstInternalRecord(e,t)}}this.consume=function(e,t,n){return this.consumeInternalRecord(t,e,n)},this.subrule=function(e,t,n){return this.subruleInternalRecord(t,e,n)},this.option=function(e,t){return this.optionInternalRecord(t,e)},this.or=function(e,t){return this.orInternalRecord(t,e)},this.many=function(e,t){this.manyInternalRecord(e,t)},this.atLeastOne=function(e,t){this.atLeastOneInternalRecord(e,t)},this.ACTION=this.ACTION_RECORD,this.BACKTRACK=this.BACKTRACK_RECORD,this.LA=this.LA_RECORD})}disableRecording(){this.RECORDING_PHASE=!1,this.TRACE_INIT(`Deleting Recording methods`,()=>{let e=this;for(let t=0;t<10;t++){let n=t>0?t:``;delete e[`CONSUME${n}`],delete e[`SUBRULE${n}`],delete e[`OPTION${n}`],delete e[`OR${n}`],delete e[`MANY${n}`],delete e[`MANY_SEP${n}`],delete e[`AT_LEAST_ONE${n}`],delete e[`AT_LEAST_ONE_SEP${n}`]}delete e.consume,delete e.subrule,delete e.option,delete e.or,delete e.many,delete e.atLeastOne,delete e.ACTION,delete e.BACKTRACK,delete e.LA})}ACTION_RECORD(e){}BACKTRACK_RECORD(e,t){return()=>!0}LA_RECORD(e){return i_}topLevelRuleRecord(e,t){try{let n=new Gf({definition:[],name:e});return n.name=e,this.recordingProdStack.push(n),t.call(this),this.recordingProdStack.pop(),n}catch(e){if(e.KNOWN_RECORDER_ERROR!==!0)try{e.message+=`
	 This error was thrown during the "grammar recording phase" For more info see:
	https://chevrotain.io/docs/guide/internals.html#grammar-recording`}catch{throw e}throw e}}optionInternalRecord(e,t){return Qg.call(this,qf,e,t)}atLeastOneInternalRecord(e,t){Qg.call(this,Jf,t,e)}atLeastOneSepFirstInternalRecord(e,t){Qg.call(this,Yf,t,e,Kg)}manyInternalRecord(e,t){Qg.call(this,Xf,t,e)}manySepFirstInternalRecord(e,t){Qg.call(this,Zf,t,e,Kg)}orInternalRecord(e,t){return $g.call(this,e,t)}subruleInternalRecord(e,t,n){if(t_(t),!e||z(e,`ruleName`)===!1){let n=Error(`<SUBRULE${e_(t)}> argument is invalid expecting a Parser method reference but got: <${JSON.stringify(e)}>\n inside top level rule: <${this.recordingProdStack[0].name}>`);throw n.KNOWN_RECORDER_ERROR=!0,n}let r=Bd(this.recordingProdStack),i=e.ruleName,a=new Wf({idx:t,nonTerminalName:i,label:n?.LABEL,referencedRule:void 0});return r.definition.push(a),this.outputCst?Xg:Gg}consumeInternalRecord(e,t,n){if(t_(t),!Pm(e)){let n=Error(`<CONSUME${e_(t)}> argument is invalid expecting a TokenType reference but got: <${JSON.stringify(e)}>\n inside top level rule: <${this.recordingProdStack[0].name}>`);throw n.KNOWN_RECORDER_ERROR=!0,n}let r=Bd(this.recordingProdStack),i=new $f({idx:t,terminalType:e,label:n?.LABEL});return r.definition.push(i),Yg}};function Qg(e,t,n,r=!1){t_(n);let i=Bd(this.recordingProdStack),a=_a(t)?t:t.DEF,o=new e({definition:[],idx:n});return r&&(o.separator=t.SEP),z(t,`MAX_LOOKAHEAD`)&&(o.maxLookahead=t.MAX_LOOKAHEAD),this.recordingProdStack.push(o),a.call(this),i.definition.push(o),this.recordingProdStack.pop(),Gg}function $g(e,t){t_(t);let n=Bd(this.recordingProdStack),r=P(e)===!1,i=r===!1?e:e.DEF,a=new Qf({definition:[],idx:t,ignoreAmbiguities:r&&e.IGNORE_AMBIGUITIES===!0});return z(e,`MAX_LOOKAHEAD`)&&(a.maxLookahead=e.MAX_LOOKAHEAD),a.hasPredicates=Mf(i,e=>_a(e.GATE)),n.definition.push(a),L(i,e=>{let t=new Kf({definition:[]});a.definition.push(t),z(e,`IGNORE_AMBIGUITIES`)?t.ignoreAmbiguities=e.IGNORE_AMBIGUITIES:z(e,`GATE`)&&(t.ignoreAmbiguities=!0),this.recordingProdStack.push(t),e.ALT.call(this),this.recordingProdStack.pop()}),Gg}function e_(e){return e===0?``:`${e}`}function t_(e){if(e<0||e>qg){let t=Error(`Invalid DSL Method idx value: <${e}>\n\tIdx value must be a none negative value smaller than ${qg+1}`);throw t.KNOWN_RECORDER_ERROR=!0,t}}var n_=class{initPerformanceTracer(e){if(z(e,`traceInitPerf`)){let t=e.traceInitPerf,n=typeof t==`number`;this.traceInitMaxIdent=n?t:1/0,this.traceInitPerf=n?t>0:t}else this.traceInitMaxIdent=0,this.traceInitPerf=a_.traceInitPerf;this.traceInitIndent=-1}TRACE_INIT(e,t){if(this.traceInitPerf===!0){this.traceInitIndent++;let n=Array(this.traceInitIndent+1).join(`	`);this.traceInitIndent<this.traceInitMaxIdent&&console.log(`${n}--> <${e}>`);let{time:r,value:i}=zf(t),a=r>10?console.warn:console.log;return this.traceInitIndent<this.traceInitMaxIdent&&a(`${n}<-- <${e}> time: ${r}ms`),this.traceInitIndent--,i}return t()}};function r_(e,t){t.forEach(t=>{let n=t.prototype;Object.getOwnPropertyNames(n).forEach(r=>{if(r===`constructor`)return;let i=Object.getOwnPropertyDescriptor(n,r);i&&(i.get||i.set)?Object.defineProperty(e.prototype,r,i):e.prototype[r]=t.prototype[r]})})}var i_=nh(th,``,NaN,NaN,NaN,NaN,NaN,NaN);Object.freeze(i_);var a_=Object.freeze({recoveryEnabled:!1,maxLookahead:3,dynamicTokensEnabled:!1,outputCst:!0,errorMessageProvider:ih,nodeLocationTracking:`none`,traceInitPerf:!1,skipValidations:!1}),o_=Object.freeze({recoveryValueFunc:()=>void 0,resyncEnabled:!0}),s_;(function(e){e[e.INVALID_RULE_NAME=0]=`INVALID_RULE_NAME`,e[e.DUPLICATE_RULE_NAME=1]=`DUPLICATE_RULE_NAME`,e[e.INVALID_RULE_OVERRIDE=2]=`INVALID_RULE_OVERRIDE`,e[e.DUPLICATE_PRODUCTIONS=3]=`DUPLICATE_PRODUCTIONS`,e[e.UNRESOLVED_SUBRULE_REF=4]=`UNRESOLVED_SUBRULE_REF`,e[e.LEFT_RECURSION=5]=`LEFT_RECURSION`,e[e.NONE_LAST_EMPTY_ALT=6]=`NONE_LAST_EMPTY_ALT`,e[e.AMBIGUOUS_ALTS=7]=`AMBIGUOUS_ALTS`,e[e.CONFLICT_TOKENS_RULES_NAMESPACE=8]=`CONFLICT_TOKENS_RULES_NAMESPACE`,e[e.INVALID_TOKEN_NAME=9]=`INVALID_TOKEN_NAME`,e[e.NO_NON_EMPTY_LOOKAHEAD=10]=`NO_NON_EMPTY_LOOKAHEAD`,e[e.AMBIGUOUS_PREFIX_ALTS=11]=`AMBIGUOUS_PREFIX_ALTS`,e[e.TOO_MANY_ALTS=12]=`TOO_MANY_ALTS`,e[e.CUSTOM_LOOKAHEAD_VALIDATION=13]=`CUSTOM_LOOKAHEAD_VALIDATION`})(s_||={});var c_=class e{static performSelfAnalysis(e){throw Error("The **static** `performSelfAnalysis` method has been deprecated.	\nUse the **instance** method with the same name instead.")}performSelfAnalysis(){this.TRACE_INIT(`performSelfAnalysis`,()=>{let t;this.selfAnalysisDone=!0;let n=this.className;this.TRACE_INIT(`toFastProps`,()=>{Bf(this)}),this.TRACE_INIT(`Grammar Recording`,()=>{try{this.enableRecording(),L(this.definedRulesNames,e=>{let t=this[e].originalGrammarAction,n;this.TRACE_INIT(`${e} Rule`,()=>{n=this.topLevelRuleRecord(e,t)}),this.gastProductionsCache[e]=n})}finally{this.disableRecording()}});let r=[];if(this.TRACE_INIT(`Grammar Resolving`,()=>{r=tg({rules:uf(this.gastProductionsCache)}),this.definitionErrors=this.definitionErrors.concat(r)}),this.TRACE_INIT(`Grammar Validations`,()=>{if(B(r)&&this.skipValidations===!1){let e=ng({rules:uf(this.gastProductionsCache),tokenTypes:uf(this.tokensMap),errMsgProvider:oh,grammarName:n}),t=Ih({lookaheadStrategy:this.lookaheadStrategy,rules:uf(this.gastProductionsCache),tokenTypes:uf(this.tokensMap),grammarName:n});this.definitionErrors=this.definitionErrors.concat(e,t)}}),B(this.definitionErrors)&&(this.recoveryEnabled&&this.TRACE_INIT(`computeAllProdsFollows`,()=>{let e=hp(uf(this.gastProductionsCache));this.resyncFollows=e}),this.TRACE_INIT(`ComputeLookaheadFunctions`,()=>{var e,t;(t=(e=this.lookaheadStrategy).initialize)==null||t.call(e,{rules:uf(this.gastProductionsCache)}),this.preComputeLookaheadFunctions(uf(this.gastProductionsCache))})),!e.DEFER_DEFINITION_ERRORS_HANDLING&&!B(this.definitionErrors))throw t=R(this.definitionErrors,e=>e.message),Error(`Parser Definition Errors detected:\n ${t.join(`
-------------------------------
`)}`)})}constructor(e,t){this.definitionErrors=[],this.selfAnalysisDone=!1;let n=this;if(n.initErrorHandler(t),n.initLexerAdapter(),n.initLooksAhead(t),n.initRecognizerEngine(e,t),n.initRecoverable(t),n.initTreeBuilder(t),n.initContentAssist(),n.initGastRecorder(t),n.initPerformanceTracer(t),z(t,`ignoredIssues`))throw Error(`The <ignoredIssues> IParserConfig property has been deprecated.
	Please use the <IGNORE_AMBIGUITIES> flag on the relevant DSL method instead.
	See: https://chevrotain.io/docs/guide/resolving_grammar_errors.html#IGNORING_AMBIGUITIES
	For further details.`);this.skipValidations=z(t,`skipValidations`)?t.skipValidations:a_.skipValidations}};c_.DEFER_DEFINITION_ERRORS_HANDLING=!1,r_(c_,[_g,wg,zg,Bg,Hg,Vg,Ug,Wg,Zg,n_]);var l_=class extends c_{constructor(e,t=a_){let n=Su(t);n.outputCst=!1,super(e,n)}},u_=H({name:`Identifier`,pattern:/[A-Za-z0-9_*?.\-\\]+/}),d_=(e,t)=>H({name:e,pattern:new RegExp(t),longer_alt:u_}),f_=d_(`And`,`and`),p_=d_(`Or`,`or`),m_=d_(`Not`,`not`),h_=d_(`Of`,`of`),g_=d_(`All`,`all`),__=d_(`Any`,`any`),v_=d_(`Them`,`them`),y_=H({name:`Count`,pattern:/\d+/,longer_alt:u_}),b_=H({name:`LParen`,pattern:/\(/}),x_=H({name:`RParen`,pattern:/\)/}),S_=[H({name:`WhiteSpace`,pattern:/\s+/,group:Hm.SKIPPED}),b_,x_,f_,p_,m_,h_,g_,__,v_,y_,u_],C_=new Hm(S_,{positionTracking:`onlyOffset`,ensureOptimizations:!1}),w_=class extends l_{constructor(){super(S_,{recoveryEnabled:!1,maxLookahead:2}),this.performSelfAnalysis()}condition=this.RULE(`condition`,()=>this.SUBRULE(this.orExpression));orExpression=this.RULE(`orExpression`,()=>{let e=[this.SUBRULE(this.andExpression)];return this.MANY(()=>{this.CONSUME(p_),e.push(this.SUBRULE2(this.andExpression))}),this.ACTION(()=>T_(`or`,e))});andExpression=this.RULE(`andExpression`,()=>{let e=[this.SUBRULE(this.notExpression)];return this.MANY(()=>{this.CONSUME(f_),e.push(this.SUBRULE2(this.notExpression))}),this.ACTION(()=>T_(`and`,e))});notExpression=this.RULE(`notExpression`,()=>this.OR([{ALT:()=>{let e=this.CONSUME(m_),t=this.SUBRULE(this.notExpression);return{kind:`not`,child:t,start:e.startOffset,end:t?.end??e.endOffset+1}}},{ALT:()=>this.SUBRULE(this.atom)}]));atom=this.RULE(`atom`,()=>this.OR([{ALT:()=>{let e=this.CONSUME(b_),t=this.SUBRULE(this.orExpression),n=this.CONSUME(x_);return t&&{...t,start:e.startOffset,end:n.startOffset+1}}},{ALT:()=>this.SUBRULE(this.quantified)},{ALT:()=>{let e=this.CONSUME(u_);return{kind:`ref`,name:e.image,start:e.startOffset,end:e.startOffset+e.image.length}}}]));quantified=this.RULE(`quantified`,()=>{let e,t=this.OR([{ALT:()=>(e=this.CONSUME(y_),`one`)},{ALT:()=>(e=this.CONSUME(__),`one`)},{ALT:()=>(e=this.CONSUME(g_),`all`)}]);this.CONSUME(h_);let n=this.OR2([{ALT:()=>this.CONSUME(v_)},{ALT:()=>this.CONSUME2(u_)}]);return this.ACTION(()=>{let r=e?.startOffset??0,i=n.startOffset+n.image.length,a={kind:`of`,quantifier:t,start:r,end:i};return n.tokenType!==v_&&(a.target=n.image),e?.tokenType===y_&&(a.count=e.image),a})})};function T_(e,t){if(t.length===1)return t[0];let n=t[0],r=t[t.length-1];return{kind:e,children:t,start:n?.start??0,end:r?.end??0}}function E_(e,t=200){let n=0,r=0;for(let i=0;i<e.length;i++){let a=e[i];if(a===`"`||a===`'`)for(i++;i<e.length&&e[i]!==a;i++)e[i]===`\\`&&i++;else if(a===`(`){if(++n+r>t)return i}else if(a===`)`)n=Math.max(0,n-1),r=0;else if((a===`n`||a===`N`)&&/^not\b/i.test(e.slice(i,i+4))&&(i===0||/[\s(]/.test(e[i-1]))){if(n+ ++r>t)return i;i+=2}else/\s/.test(a)||(r=0)}}function D_(e){return e instanceof RangeError&&/call stack/i.test(e.message)}var O_;function k_(){return O_??=new w_,O_}function A_(e){let t=[],n=e.indexOf(`|`);if(n>=0)return t.push({kind:`deprecated`,message:`aggregation expression \`${e.slice(n).trim()}\` is deprecated Sigma syntax and is not supported; use a correlation rule`,offset:n}),{problems:t};let r=E_(e);if(r!==void 0)return{problems:[{kind:`syntax`,message:`nested deeper than 200 levels`,offset:r}]};let i=C_.tokenize(e);for(let n of i.errors)t.push({kind:`syntax`,message:`unexpected character ${JSON.stringify(e.substr(n.offset,n.length))}`,offset:n.offset});if(t.length>0)return{problems:t};if(i.tokens.length===0)return{problems:[{kind:`syntax`,message:`empty condition`,offset:0}]};let a=k_();a.input=i.tokens;let o=a.condition();for(let n of a.errors){let r=n.token,i=Number.isNaN(r.startOffset)?e.length:r.startOffset,a=r.image?`\`${r.image}\``:`end of condition`;t.push({kind:`syntax`,message:`unexpected ${a}: ${j_(n.name,n.message)}`,offset:i})}return t.length>0?{problems:t}:(M_(o,t),t.length>0?{problems:t}:{node:o,problems:t})}function j_(e,t){if(e===`NotAllInputParsedException`)return"expected `and`, `or` or the end of the condition";if(e===`MismatchedTokenException`){let e=/-->\s*(\w+)\s*<--/.exec(t);return`expected ${e?.[1]===`RParen`?"`)`":e?.[1]===`Of`?"`of`":e?.[1]??`another token`}`}return"expected a selection name, `not`, `(`, `1 of`, `any of` or `all of`"}function M_(e,t){switch(e.kind){case`and`:case`or`:for(let n of e.children)M_(n,t);return;case`not`:M_(e.child,t);return;case`of`:e.count!==void 0&&e.count!==`1`&&t.push({kind:`syntax`,message:`\`${e.count} of\` is not Sigma: only \`1 of\`, \`any of\` and \`all of\` are defined`,offset:e.start});return;case`ref`:/[*?]/.test(e.name)&&t.push({kind:`syntax`,message:`wildcard \`${e.name}\` is only allowed after \`1 of\`/\`all of\``,offset:e.start});return}}function N_(e,t,n){let r=[],i=!0;for(let a of t){let t=P_(e,a,n);t?r.push(t):i=!1}if(i)return r.length===1?r[0]:C(r,{pos:t[0]?.pos})}function P_(e,t,n){let r=A_(t.text),i=I_(e,t);for(let n of r.problems)n.kind===`deprecated`?e.report(`sigma/deprecated-syntax`,n.message,i(n.offset),`error`):e.report(`sigma/condition-syntax`,`${n.message} in condition \`${t.text.trim()}\``,i(n.offset));if(!r.node)return;let a=!0,o=t=>{let r=i(t.start);switch(t.kind){case`and`:return S(t.children.map(o),{pos:r});case`or`:return C(t.children.map(o),{pos:r});case`not`:return w(o(t.child),{pos:r});case`ref`:return n.get(t.name)||(a=!1,e.report(`sigma/unknown-selection`,`the condition names \`${t.name}\`, which the detection does not define`,r),E);case`of`:{let i=F_(t.target,[...n.keys()]);if(i.length===0)return a=!1,e.report(`sigma/unknown-selection`,`\`${t.target??`them`}\` matches no selection of the detection`,r),E;let o=i.map(e=>n.get(e));return o.length===1?o[0]:t.quantifier===`all`?S(o,{pos:r}):C(o,{pos:r})}}},s=o(r.node);return a?s:void 0}function F_(e,t){if(e===void 0)return t.filter(e=>!e.startsWith(`_`));let n=RegExp(`^${e.replace(/[.+^${}()|[\]\\]/g,`\\$&`).replace(/\*/g,`.*`).replace(/\?/g,`.`)}$`,`s`);return t.filter(e=>n.test(e))}function I_(e,t){let n=t.pos?.offset;if(n===void 0)return()=>t.pos;let r=e.source.text.indexOf(t.text,n);return r<0||r>n+4?()=>t.pos:t=>e.source.posAt(r+t)}var L_=`(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)`,R_=RegExp(`^${`${L_}(?:\\.${L_}){3}`}$`);function z_(e){return R_.test(e)}function B_(e){let t=e.indexOf(`%`),n=e;if(t>=0){let r=e.slice(t+1);if(r===``||/[%\s]/.test(r))return!1;n=e.slice(0,t)}let r=8,i=n.lastIndexOf(`:`);if(i>=0&&n.slice(i+1).includes(`.`)){if(!z_(n.slice(i+1)))return!1;n=n.slice(0,i+1)+`0:0`}let a=n.split(`::`);if(a.length>2)return!1;let o=/^[0-9a-fA-F]{1,4}$/,s=e=>e===``?[]:e.split(`:`);if(a.length===1){let e=s(n);return e.length===r&&e.every(e=>o.test(e))}let[c,l]=[s(a[0]),s(a[1])];return--r,c.length+l.length<=r&&[...c,...l].every(e=>o.test(e))}function V_(e){let t=e.indexOf(`/`),n=t<0?e:e.slice(0,t),r=t<0?void 0:e.slice(t+1),i=z_(n)?32:B_(n)?128:void 0;return i===void 0?!1:r===void 0||/^\d{1,3}$/.test(r)&&Number(r)<=i}var H_=new Set(`all.startswith.endswith.contains.exists.cased.neq.windash.re.i.m.s.ignorecase.multiline.dotall.base64.base64offset.utf16le.utf16be.utf16.wide.lt.lte.gt.gte.minute.hour.day.week.month.year.cidr.expand.fieldref`.split(`.`)),U_={lt:`lt`,lte:`lte`,gt:`gt`,gte:`gte`},W_=new Set([`minute`,`hour`,`day`,`week`,`month`,`year`]),G_={i:`i`,ignorecase:`i`,m:`m`,multiline:`m`,s:`s`,dotall:`s`};function K_(e){let[t,...n]=e.split(`|`);return t===``||t===void 0?{modifiers:n}:{field:t,modifiers:n}}var q_=/\\%|%([^%\s]+)%/g,J_=1e4;function Y_(e,t,n){let r=[``],i=0,a=!0;for(let o of t.matchAll(q_)){let s=t.slice(i,o.index);if(i=o.index+o[0].length,o[0]===`\\%`){r=r.map(e=>e+s+`%`);continue}let c=o[1],l=e.options.placeholders?.[c];if(!l||l.length===0)e.report(`sigma/unsupported-placeholder`,`placeholder %${c}% has no values (pass them with the \`placeholders\` option)`,n),a=!1;else{if(r.length*l.length>J_){e.report(`sigma/unsupported-placeholder`,`placeholder %${c}% expands to more than ${J_} values`,n);return}r=r.flatMap(e=>l.map(t=>e+s+t))}}if(!a)return;let o=t.slice(i);return r.map(e=>e+o)}var X_=/^\(\?([imsx]+)\)/;function Z_(e,t){let n=e,r=(t.i?`i`:``)+(t.m?`m`:``)+(t.s?`s`:``),i=X_.exec(n);if(i){if(i[1].includes(`x`))return;for(let e of i[1])r.includes(e)||(r+=e);n=n.slice(i[0].length)}if(!/\(\?>|[*+?}]\+/.test(n))try{new RegExp(n,r);return}catch(e){return e.message.replace(/^Invalid regular expression: /,``)}}function Q_(e){return e.parts.some(m)}function $_(e){return e.parts.join(``)}function ev(e){let t=$_(e);return e.bytes?Buffer.from(t,`latin1`):Buffer.from(t,`utf8`)}function tv(e){return{parts:[ev(e).toString(`base64`)],bytes:!1}}function nv(e){let t=ev(e),n=[0,2,3],r=[void 0,-3,-2],i=[];for(let e=0;e<3;e++){let a=Buffer.concat([Buffer.alloc(e,32),t]).toString(`base64`),o=r[(t.length+e)%3];i.push({parts:[a.slice(n[e],o)],bytes:!1})}return i}function rv(e,t){let n=[];t===`bom`&&n.push(`ÿþ`);for(let r of e.parts)if(m(r))n.push(r);else{let e=Buffer.from(r,`utf16le`);t===`be`&&e.swap16(),n.push(e.toString(`latin1`))}return{parts:n,bytes:!0}}var iv=[`-`,`/`,`–`,`—`,`―`],av=/[\p{L}\p{N}_]/u,ov=5**6;function sv(e){let t=[[]],n=[];for(let t of e.parts)if(m(t))n.push(t);else for(let e of t)n.push(e);for(let e=0;e<n.length;e++){let r=n[e],i=n[e-1],a=n[e+1];if((r===`-`||r===`/`)&&(i===void 0||m(i)||!av.test(i))&&typeof a==`string`&&av.test(a)){if(t.length*iv.length>ov)return;t=t.flatMap(e=>iv.map(t=>[...e,t]))}else for(let e of t)e.push(r)}return t.map(t=>({parts:t,bytes:e.bytes}))}var cv=new Set([`contains`,`startswith`,`endswith`]);function lv(e,t,n){let{field:r,modifiers:i}=t.key,a=t.keyPos,o=!0;for(let n of i)H_.has(n)||(e.report(`sigma/unknown-modifier`,`unknown modifier \`${n}\` in \`${t.written}\``,a),o=!1);if(!o)return;let s=i.includes(`all`),c=i.includes(`neq`),l=i.includes(`cased`),u=i.filter(e=>e!==`all`&&e!==`neq`&&e!==`cased`),d=Array.isArray(t.value),f=d?t.value:[t.value],p=i.length>0?{selection:n,sigma:{modifiers:i}}:{selection:n};if(s&&!d){e.report(`sigma/invalid-modifier-combination`,`\`all\` needs a list of values (the specification forbids it on a single value) in \`${t.written}\``,a);return}if(d&&f.length===0){e.report(`sigma/invalid-detection`,`\`${t.written}\` has an empty list of values`,a);return}let m=uv(e,t,u,l,n);if(!m)return;let h=[];if(f.forEach((e,t)=>{let n=m(e,d?t:void 0);n?h.push(n):o=!1}),!o)return;let g={pos:a,origin:p},_=h.length===1?h[0]:s?S(h,g):C(h,g);return c&&(_=w(_,g)),_}function uv(e,t,n,r,i){let{field:a}=t.key,o=t.keyPos,s=t.written??`keywords`,c=t=>{e.report(`sigma/invalid-modifier-combination`,`${t} in \`${s}\``,o)},l=e=>a!==void 0||(c(`\`${e}\` needs a field name`),!1),u=e=>t.valuePos(e),d=(t,n)=>{e.report(`sigma/invalid-value`,`${t} in \`${s}\``,u(n))},f=n[0],p=e=>n.length===1||!!c(`\`${e}\` cannot be combined with ${n.filter(t=>t!==e).map(e=>`\`${e}\``).join(`, `)}`);if(f===`exists`){if(!l(`exists`)||!p(`exists`))return;if(r)return c("`cased` does not apply to `exists`");let e=x(a);return(t,n)=>{if(typeof t!=`boolean`)return d("`exists` takes `true` or `false`",n);let r={selection:i},a=k(e,{pos:u(n),origin:r});return t?a:w(a,{pos:u(n),origin:r})}}if(f!==void 0&&f in U_){if(!l(f)||!p(f))return;if(r)return c("`cased` does not apply to numeric comparisons");let e=x(a),t=U_[f];return(n,r)=>typeof n==`number`&&Number.isFinite(n)?O(e,t,n,{numeric:!0,pos:u(r),origin:{selection:i}}):d(`\`${f}\` takes a number, not ${JSON.stringify(n)}`,r)}if(f!==void 0&&W_.has(f)){if(!l(f)||!p(f))return;if(r)return c("`cased` does not apply to time modifiers");let e=x(a);return(t,n)=>typeof t==`number`&&Number.isInteger(t)?O(e,`eq`,t,{numeric:!0,timePart:f,pos:u(n),origin:{selection:i,sigma:{modifiers:[f]}}}):d(`\`${f}\` takes a whole number, not ${JSON.stringify(t)}`,n)}if(f===`cidr`){if(!l(`cidr`)||!p(`cidr`))return;if(r)return c("`cased` does not apply to `cidr`");let e=x(a);return(t,n)=>typeof t==`string`&&V_(t)?ne(e,t,{pos:u(n),origin:{selection:i}}):d(`${JSON.stringify(t)} is not an IPv4 or IPv6 CIDR network`,n)}if(f===`fieldref`){if(!l(`fieldref`))return;let e=n.slice(1);if(e.length>0)return c(`\`fieldref\` with ${e.map(e=>`\`${e}\``).join(`, `)} (a partial field comparison) cannot be expressed; only \`fieldref\`, \`cased\` and \`neq\` combine`);let t=x(a);return(e,n)=>typeof e!=`string`||e===``||/[*?]/.test(e)?d("`fieldref` takes a field name without wildcards",n):re(t,x(e),r,{pos:u(n),origin:{selection:i}})}if(f===`re`||n.some(e=>e===`re`)){if(f!==`re`)return c("`re` must be the first value modifier (it reads the value as written)");if(!l(`re`))return;if(r)return c("`cased` does not apply to `re` (use the `i` flag for case-insensitive matching)");let e={i:!1,m:!1,s:!1};for(let t of n.slice(1)){let n=G_[t];if(n)e[n]=!0;else if(!cv.has(t))return c(`\`${t}\` cannot follow \`re\``)}let t=x(a);return(r,a)=>{if(typeof r!=`string`)return d(`\`re\` takes a regular expression string, not ${JSON.stringify(r)}`,a);let o=Z_(r,e);return o?d(`invalid regular expression: ${o}`,a):te(t,r,e,{pos:u(a),origin:{selection:i,sigma:{modifiers:n}}})}}for(let e of n){if(e in G_)return c(`regular expression flag \`${e}\` needs \`re\``);if(e===`exists`||e===`cidr`||e===`fieldref`||e in U_||W_.has(e))return c(`\`${e}\` must be the only value modifier`)}return dv(e,t,n,r,i,d,c)}function dv(e,t,n,r,i,a,o){let{field:s}=t.key,c=s===void 0?void 0:x(s),l=n.includes(`expand`);return(s,u)=>{let d=t.valuePos(u);if(s===null)return n.length>0||r?a("`null` (field absent) takes no modifiers",u):c?w(k(c),{pos:d,origin:{selection:i}}):a("a keyword cannot be `null`",u);if(typeof s==`object`)return a(`a value must be a string, number, boolean or null, not a mapping or list`,u);let p=String(s),m;if(l){let t=Y_(e,p,d);if(!t)return;m=t.map(e=>({parts:y(e).parts,bytes:!1}))}else m=[{parts:typeof s==`string`?y(p).parts:[p],bytes:!1}];let g=[];for(let e of n)if(e!==`expand`){if(e===`windash`){let e=[];for(let t of m){let n=sv(t);if(!n)return a("`windash` would give too many variants",u);e.push(...n)}m=e}else if(e===`wide`||e===`utf16le`)m=m.map(e=>rv(e,`le`));else if(e===`utf16be`)m=m.map(e=>rv(e,`be`));else if(e===`utf16`)m=m.map(e=>rv(e,`bom`));else if(e===`base64`||e===`base64offset`){if(m.some(Q_))return g.length>0?o(`\`${e}\` cannot encode the wildcards \`${g.join("`, `")}\` added`):a(`\`${e}\` cannot encode a value with wildcards`,u);m=e===`base64`?m.map(tv):m.flatMap(nv)}else e===`contains`?(g.push(e),m=m.map(e=>fv(e,!0,!0))):e===`startswith`?(g.push(e),m=m.map(e=>fv(e,!1,!0))):e===`endswith`&&(g.push(e),m=m.map(e=>fv(e,!0,!1)))}if(m.some(e=>e.bytes&&e.parts.some(e=>typeof e==`string`&&/[^\x00-\x7f]/.test(e))))return a("the UTF-16 form of this value is binary; chain `base64` or `base64offset` after the UTF-16 modifier",u);let _=n.some(e=>!cv.has(e))?{selection:i,sigma:{modifiers:[...n,...r?[`cased`]:[]],value:s}}:{selection:i},v=m.map(e=>{let t=h(e.parts);return c?D(c,t,r,{pos:d,origin:_}):ie(h([f,...t.parts,f]),{caseSensitive:r,scope:`values`,pos:d,origin:_})});return v.length===1?v[0]:C(v,{pos:d,origin:_})}}function fv(e,t,n){let r=[...e.parts],i=e=>e!==void 0&&m(e)&&e.wildcard===`*`;return t&&!i(r[0])&&r.unshift(f),n&&!i(r[r.length-1])&&r.push(f),{parts:r,bytes:e.bytes}}function pv(e,t,n,r){let i={selection:t};if(mi(n))return mv(e,t,n);if(Array.isArray(n)){if(n.length===0){e.report(`sigma/invalid-detection`,`selection \`${t}\` is an empty list`,r);return}let a=[],o=[],s=[],c=!0;if(n.forEach((r,i)=>{if(mi(r)){let n=mv(e,t,r);n?s.push(n):c=!1}else Array.isArray(r)?(e.report(`sigma/invalid-detection`,`selection \`${t}\` has a nested list; a list holds maps or values`,e.positions.value(n,i)),c=!1):(a.push(r),o.push(i))}),a.length>0){let i=lv(e,{key:{modifiers:[]},value:a,keyPos:r,valuePos:t=>t===void 0?r:e.positions.value(n,o[t])},t);i?s.push(i):c=!1}return c?s.length===1?s[0]:C(s,{pos:r,origin:i}):void 0}if(n==null)e.report(`sigma/invalid-detection`,`selection \`${t}\` is empty`,r);else return lv(e,{key:{modifiers:[]},value:n,keyPos:r,valuePos:()=>r},t)}function mv(e,t,n){let r=Object.keys(n),i=e.positions.of(n);if(r.length===0){e.report(`sigma/invalid-detection`,`selection \`${t}\` has an empty map`,i);return}let a=[],o=!0;for(let i of r){let r=n[i];if(mi(r)){e.report(`sigma/invalid-detection`,`\`${i}\` in selection \`${t}\` has a map as value; values are plain values or lists of them`,e.positions.value(n,i)),o=!1;continue}let s=lv(e,{key:K_(i),written:i,value:r,keyPos:e.positions.key(n,i),valuePos:t=>t===void 0?e.positions.value(n,i):e.positions.value(r,t)},t);s?a.push(s):o=!1}if(o)return a.length===1?a[0]:S(a,{pos:i,origin:{selection:t}})}var hv=new Set([`condition`,`timeframe`]);function gv(e,t,n,r=`detection`){if(!mi(t)){e.report(`sigma/invalid-detection`,`\`${r}\` must be a mapping of search identifiers and a condition`,n);return}t.timeframe!==void 0&&e.report(`sigma/deprecated-syntax`,"`timeframe` belongs to the deprecated aggregation syntax and has no effect here; use a correlation rule",e.positions.key(t,`timeframe`),`warning`);let i=new Map,a=!0;for(let n of Object.keys(t)){if(hv.has(n)||r===`filter`&&n===`rules`)continue;let o=pv(e,n,t[n],e.positions.key(t,n));o?i.set(n,o):a=!1}let o=_v(e,t,n,r);if(o&&a)return N_(e,o,i)}function _v(e,t,n,r){let i=t.condition;if(i==null)e.report(`sigma/missing-condition`,`\`${r}\` has no \`condition\``,n);else{if(typeof i==`string`)return[{text:i,pos:e.positions.value(t,`condition`)}];if(Array.isArray(i)&&i.length>0&&i.every(e=>typeof e==`string`))return i.map((t,n)=>({text:t,pos:e.positions.value(i,n)}));e.report(`sigma/condition-syntax`,"`condition` must be a string or a non-empty list of strings",e.positions.value(t,`condition`))}}var vv=new Set([`title`,`id`,`name`,`status`,`description`,`author`,`date`,`modified`,`level`,`license`,`taxonomy`,`tags`,`references`,`falsepositives`,`fields`,`related`,`tests`,`logsource`,`detection`,`correlation`,`filter`,`generate`]),yv=e=>typeof e==`string`?e:typeof e==`number`?String(e):void 0,bv=e=>Array.isArray(e)?e.filter(e=>typeof e==`string`):typeof e==`string`?[e]:[];function xv(e,t,n={}){let r={};for(let[e,n]of Object.entries(t))vv.has(e)||bi(r,e,n);let i={};for(let n of Object.keys(t)){let r=e.positions.key(t,n);r&&bi(i,n,r)}for(let[e,t]of Object.entries(n))bi(i,e,t);let a=Array.isArray(t.related)?t.related.filter(mi).map(e=>({id:yv(e.id)??``,type:yv(e.type)??``})):[],o={title:yv(t.title)??``,tags:bv(t.tags),references:bv(t.references),falsepositives:bv(t.falsepositives),fields:bv(t.fields),related:a,tests:wv(e,t),custom:Object.freeze(r),positions:Object.freeze(i)};for(let e of[`id`,`name`,`description`,`author`,`date`,`modified`,`status`,`level`,`license`,`taxonomy`]){let n=yv(t[e]);n!==void 0&&(o[e]=n)}return Object.freeze(o)}function Sv(e){let t=e.logsource;if(!mi(t))return Object.freeze({});let n={},r={};for(let[e,i]of Object.entries(t)){let t=yv(i);t!==void 0&&(e===`product`||e===`category`||e===`service`||e===`definition`?n[e]=t:bi(r,e,t))}return Object.keys(r).length>0&&(n.custom=Object.freeze(r)),Object.freeze(n)}var Cv=new Set([`name`,`dataset`,`expect`,`count`,`lines`,`source`,`sourcetype`]);function wv(e,t){let n=t.tests;if(n===void 0)return[];let r=(t,n)=>e.report(`sigma/invalid-test`,t,n);if(!Array.isArray(n))return r("`tests` must be a list of { name, dataset, expect: fire|no-fire, count?, lines? }",e.positions.value(t,`tests`)),[];let i=[];return n.forEach((t,a)=>{let o=e.positions.value(n,a);if(!mi(t)){r(`test #${a+1} must be a mapping`,o);return}let s=!0,c=(n,i)=>{s=!1,r(`test #${a+1}: ${n}`,i?e.positions.value(t,i):o)};for(let e of Object.keys(t))Cv.has(e)||c(`unknown key \`${e}\``,e);(typeof t.name!=`string`||t.name===``)&&c("`name` must be a non-empty string",`name`),(typeof t.dataset!=`string`||t.dataset===``)&&c("`dataset` must be a path (relative to the rule file)",`dataset`),t.expect!==`fire`&&t.expect!==`no-fire`&&c("`expect` must be `fire` or `no-fire`",`expect`);let l=e=>typeof e==`number`&&Number.isInteger(e)&&e>=0;t.count!==void 0&&!l(t.count)&&c("`count` must be a whole number",`count`),t.lines!==void 0&&!(Array.isArray(t.lines)&&t.lines.every(e=>l(e)&&e>=1))&&c("`lines` must be a list of 1-based line numbers",`lines`),t.expect===`no-fire`&&(t.count!==void 0&&t.count!==0||Array.isArray(t.lines)&&t.lines.length>0)&&c("`expect: no-fire` cannot have a non-zero `count` or `lines`",`expect`);for(let e of[`source`,`sourcetype`])t[e]!==void 0&&typeof t[e]!=`string`&&c(`\`${e}\` must be a string`,e);if(!s)return;let u={name:t.name,dataset:t.dataset,expect:t.expect};t.count!==void 0&&(u.count=t.count),t.lines!==void 0&&(u.lines=Object.freeze([...t.lines])),t.source!==void 0&&(u.source=t.source),t.sourcetype!==void 0&&(u.sourcetype=t.sourcetype),i.push(Object.freeze(u))}),i}var Tv=s((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.regexpCode=e.getEsmExportName=e.getProperty=e.safeStringify=e.stringify=e.strConcat=e.addCodeArg=e.str=e._=e.nil=e._Code=e.Name=e.IDENTIFIER=e._CodeOrName=void 0;var t=class{};e._CodeOrName=t,e.IDENTIFIER=/^[a-z$_][a-z$_0-9]*$/i;var n=class extends t{constructor(t){if(super(),!e.IDENTIFIER.test(t))throw Error(`CodeGen: name must be a valid identifier`);this.str=t}toString(){return this.str}emptyStr(){return!1}get names(){return{[this.str]:1}}};e.Name=n;var r=class extends t{constructor(e){super(),this._items=typeof e==`string`?[e]:e}toString(){return this.str}emptyStr(){if(this._items.length>1)return!1;let e=this._items[0];return e===``||e===`""`}get str(){return this._str??=this._items.reduce((e,t)=>`${e}${t}`,``)}get names(){return this._names??=this._items.reduce((e,t)=>(t instanceof n&&(e[t.str]=(e[t.str]||0)+1),e),{})}};e._Code=r,e.nil=new r(``);function i(e,...t){let n=[e[0]],i=0;for(;i<t.length;)s(n,t[i]),n.push(e[++i]);return new r(n)}e._=i;var a=new r(`+`);function o(e,...t){let n=[p(e[0])],i=0;for(;i<t.length;)n.push(a),s(n,t[i]),n.push(a,p(e[++i]));return c(n),new r(n)}e.str=o;function s(e,t){t instanceof r?e.push(...t._items):t instanceof n?e.push(t):e.push(d(t))}e.addCodeArg=s;function c(e){let t=1;for(;t<e.length-1;){if(e[t]===a){let n=l(e[t-1],e[t+1]);if(n!==void 0){e.splice(t-1,3,n);continue}e[t++]=`+`}t++}}function l(e,t){if(t===`""`)return e;if(e===`""`)return t;if(typeof e==`string`)return t instanceof n||e[e.length-1]!==`"`?void 0:typeof t==`string`?t[0]===`"`?e.slice(0,-1)+t.slice(1):void 0:`${e.slice(0,-1)}${t}"`;if(typeof t==`string`&&t[0]===`"`&&!(e instanceof n))return`"${e}${t.slice(1)}`}function u(e,t){return t.emptyStr()?e:e.emptyStr()?t:o`${e}${t}`}e.strConcat=u;function d(e){return typeof e==`number`||typeof e==`boolean`||e===null?e:p(Array.isArray(e)?e.join(`,`):e)}function f(e){return new r(p(e))}e.stringify=f;function p(e){return JSON.stringify(e).replace(/\u2028/g,`\\u2028`).replace(/\u2029/g,`\\u2029`)}e.safeStringify=p;function m(t){return typeof t==`string`&&e.IDENTIFIER.test(t)?new r(`.${t}`):i`[${t}]`}e.getProperty=m;function h(t){if(typeof t==`string`&&e.IDENTIFIER.test(t))return new r(`${t}`);throw Error(`CodeGen: invalid export name: ${t}, use explicit $id name mapping`)}e.getEsmExportName=h;function g(e){return new r(e.toString())}e.regexpCode=g})),Ev=s((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.ValueScope=e.ValueScopeName=e.Scope=e.varKinds=e.UsedValueState=void 0;var t=Tv(),n=class extends Error{constructor(e){super(`CodeGen: "code" for ${e} not defined`),this.value=e.value}},r;(function(e){e[e.Started=0]=`Started`,e[e.Completed=1]=`Completed`})(r||(e.UsedValueState=r={})),e.varKinds={const:new t.Name(`const`),let:new t.Name(`let`),var:new t.Name(`var`)};var i=class{constructor({prefixes:e,parent:t}={}){this._names={},this._prefixes=e,this._parent=t}toName(e){return e instanceof t.Name?e:this.name(e)}name(e){return new t.Name(this._newName(e))}_newName(e){let t=this._names[e]||this._nameGroup(e);return`${e}${t.index++}`}_nameGroup(e){if((this._parent?._prefixes)?.has(e)||this._prefixes&&!this._prefixes.has(e))throw Error(`CodeGen: prefix "${e}" is not allowed in this scope`);return this._names[e]={prefix:e,index:0}}};e.Scope=i;var a=class extends t.Name{constructor(e,t){super(t),this.prefix=e}setValue(e,{property:n,itemIndex:r}){this.value=e,this.scopePath=(0,t._)`.${new t.Name(n)}[${r}]`}};e.ValueScopeName=a;var o=(0,t._)`\n`;e.ValueScope=class extends i{constructor(e){super(e),this._values={},this._scope=e.scope,this.opts={...e,_n:e.lines?o:t.nil}}get(){return this._scope}name(e){return new a(e,this._newName(e))}value(e,t){if(t.ref===void 0)throw Error(`CodeGen: ref must be passed in value`);let n=this.toName(e),{prefix:r}=n,i=t.key??t.ref,a=this._values[r];if(a){let e=a.get(i);if(e)return e}else a=this._values[r]=new Map;a.set(i,n);let o=this._scope[r]||(this._scope[r]=[]),s=o.length;return o[s]=t.ref,n.setValue(t,{property:r,itemIndex:s}),n}getValue(e,t){let n=this._values[e];if(n)return n.get(t)}scopeRefs(e,n=this._values){return this._reduceValues(n,n=>{if(n.scopePath===void 0)throw Error(`CodeGen: name "${n}" has no value`);return(0,t._)`${e}${n.scopePath}`})}scopeCode(e=this._values,t,n){return this._reduceValues(e,e=>{if(e.value===void 0)throw Error(`CodeGen: name "${e}" has no value`);return e.value.code},t,n)}_reduceValues(i,a,o={},s){let c=t.nil;for(let l in i){let u=i[l];if(!u)continue;let d=o[l]=o[l]||new Map;u.forEach(i=>{if(d.has(i))return;d.set(i,r.Started);let o=a(i);if(o){let n=this.opts.es5?e.varKinds.var:e.varKinds.const;c=(0,t._)`${c}${n} ${i} = ${o};${this.opts._n}`}else if(o=s?.(i))c=(0,t._)`${c}${o}${this.opts._n}`;else throw new n(i);d.set(i,r.Completed)})}return c}}})),U=s((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.or=e.and=e.not=e.CodeGen=e.operators=e.varKinds=e.ValueScopeName=e.ValueScope=e.Scope=e.Name=e.regexpCode=e.stringify=e.getProperty=e.nil=e.strConcat=e.str=e._=void 0;var t=Tv(),n=Ev(),r=Tv();Object.defineProperty(e,"_",{enumerable:!0,get:function(){return r._}}),Object.defineProperty(e,"str",{enumerable:!0,get:function(){return r.str}}),Object.defineProperty(e,"strConcat",{enumerable:!0,get:function(){return r.strConcat}}),Object.defineProperty(e,"nil",{enumerable:!0,get:function(){return r.nil}}),Object.defineProperty(e,"getProperty",{enumerable:!0,get:function(){return r.getProperty}}),Object.defineProperty(e,"stringify",{enumerable:!0,get:function(){return r.stringify}}),Object.defineProperty(e,"regexpCode",{enumerable:!0,get:function(){return r.regexpCode}}),Object.defineProperty(e,"Name",{enumerable:!0,get:function(){return r.Name}});var i=Ev();Object.defineProperty(e,"Scope",{enumerable:!0,get:function(){return i.Scope}}),Object.defineProperty(e,"ValueScope",{enumerable:!0,get:function(){return i.ValueScope}}),Object.defineProperty(e,"ValueScopeName",{enumerable:!0,get:function(){return i.ValueScopeName}}),Object.defineProperty(e,"varKinds",{enumerable:!0,get:function(){return i.varKinds}}),e.operators={GT:new t._Code(`>`),GTE:new t._Code(`>=`),LT:new t._Code(`<`),LTE:new t._Code(`<=`),EQ:new t._Code(`===`),NEQ:new t._Code(`!==`),NOT:new t._Code(`!`),OR:new t._Code(`||`),AND:new t._Code(`&&`),ADD:new t._Code(`+`)};var a=class{optimizeNodes(){return this}optimizeNames(e,t){return this}},o=class extends a{constructor(e,t,n){super(),this.varKind=e,this.name=t,this.rhs=n}render({es5:e,_n:t}){let r=e?n.varKinds.var:this.varKind,i=this.rhs===void 0?``:` = ${this.rhs}`;return`${r} ${this.name}${i};`+t}optimizeNames(e,t){if(e[this.name.str])return this.rhs&&=O(this.rhs,e,t),this}get names(){return this.rhs instanceof t._CodeOrName?this.rhs.names:{}}},s=class extends a{constructor(e,t,n){super(),this.lhs=e,this.rhs=t,this.sideEffects=n}render({_n:e}){return`${this.lhs} = ${this.rhs};`+e}optimizeNames(e,n){if(!(this.lhs instanceof t.Name&&!e[this.lhs.str]&&!this.sideEffects))return this.rhs=O(this.rhs,e,n),this}get names(){return D(this.lhs instanceof t.Name?{}:{...this.lhs.names},this.rhs)}},c=class extends s{constructor(e,t,n,r){super(e,n,r),this.op=t}render({_n:e}){return`${this.lhs} ${this.op}= ${this.rhs};`+e}},l=class extends a{constructor(e){super(),this.label=e,this.names={}}render({_n:e}){return`${this.label}:`+e}},u=class extends a{constructor(e){super(),this.label=e,this.names={}}render({_n:e}){return`break${this.label?` ${this.label}`:``};`+e}},d=class extends a{constructor(e){super(),this.error=e}render({_n:e}){return`throw ${this.error};`+e}get names(){return this.error.names}},f=class extends a{constructor(e){super(),this.code=e}render({_n:e}){return`${this.code};`+e}optimizeNodes(){return`${this.code}`?this:void 0}optimizeNames(e,t){return this.code=O(this.code,e,t),this}get names(){return this.code instanceof t._CodeOrName?this.code.names:{}}},p=class extends a{constructor(e=[]){super(),this.nodes=e}render(e){return this.nodes.reduce((t,n)=>t+n.render(e),``)}optimizeNodes(){let{nodes:e}=this,t=e.length;for(;t--;){let n=e[t].optimizeNodes();Array.isArray(n)?e.splice(t,1,...n):n?e[t]=n:e.splice(t,1)}return e.length>0?this:void 0}optimizeNames(e,t){let{nodes:n}=this,r=n.length;for(;r--;){let i=n[r];i.optimizeNames(e,t)||(te(e,i.names),n.splice(r,1))}return n.length>0?this:void 0}get names(){return this.nodes.reduce((e,t)=>ee(e,t.names),{})}},m=class extends p{render(e){return`{`+e._n+super.render(e)+`}`+e._n}},h=class extends p{},g=class extends m{};g.kind=`else`;var _=class e extends m{constructor(e,t){super(t),this.condition=e}render(e){let t=`if(${this.condition})`+super.render(e);return this.else&&(t+=`else `+this.else.render(e)),t}optimizeNodes(){super.optimizeNodes();let t=this.condition;if(t===!0)return this.nodes;let n=this.else;if(n){let e=n.optimizeNodes();n=this.else=Array.isArray(e)?new g(e):e}if(n)return t===!1?n instanceof e?n:n.nodes:this.nodes.length?this:new e(ne(t),n instanceof e?[n]:n.nodes);if(t!==!1&&this.nodes.length)return this}optimizeNames(e,t){if(this.else=this.else?.optimizeNames(e,t),super.optimizeNames(e,t)||this.else)return this.condition=O(this.condition,e,t),this}get names(){let e=super.names;return D(e,this.condition),this.else&&ee(e,this.else.names),e}};_.kind=`if`;var v=class extends m{};v.kind=`for`;var y=class extends v{constructor(e){super(),this.iteration=e}render(e){return`for(${this.iteration})`+super.render(e)}optimizeNames(e,t){if(super.optimizeNames(e,t))return this.iteration=O(this.iteration,e,t),this}get names(){return ee(super.names,this.iteration.names)}},b=class extends v{constructor(e,t,n,r){super(),this.varKind=e,this.name=t,this.from=n,this.to=r}render(e){let t=e.es5?n.varKinds.var:this.varKind,{name:r,from:i,to:a}=this;return`for(${t} ${r}=${i}; ${r}<${a}; ${r}++)`+super.render(e)}get names(){return D(D(super.names,this.from),this.to)}},x=class extends v{constructor(e,t,n,r){super(),this.loop=e,this.varKind=t,this.name=n,this.iterable=r}render(e){return`for(${this.varKind} ${this.name} ${this.loop} ${this.iterable})`+super.render(e)}optimizeNames(e,t){if(super.optimizeNames(e,t))return this.iterable=O(this.iterable,e,t),this}get names(){return ee(super.names,this.iterable.names)}},S=class extends m{constructor(e,t,n){super(),this.name=e,this.args=t,this.async=n}render(e){return`${this.async?`async `:``}function ${this.name}(${this.args})`+super.render(e)}};S.kind=`func`;var C=class extends p{render(e){return`return `+super.render(e)}};C.kind=`return`;var w=class extends m{render(e){let t=`try`+super.render(e);return this.catch&&(t+=this.catch.render(e)),this.finally&&(t+=this.finally.render(e)),t}optimizeNodes(){var e,t;return super.optimizeNodes(),(e=this.catch)==null||e.optimizeNodes(),(t=this.finally)==null||t.optimizeNodes(),this}optimizeNames(e,t){var n,r;return super.optimizeNames(e,t),(n=this.catch)==null||n.optimizeNames(e,t),(r=this.finally)==null||r.optimizeNames(e,t),this}get names(){let e=super.names;return this.catch&&ee(e,this.catch.names),this.finally&&ee(e,this.finally.names),e}},T=class extends m{constructor(e){super(),this.error=e}render(e){return`catch(${this.error})`+super.render(e)}};T.kind=`catch`;var E=class extends m{render(e){return`finally`+super.render(e)}};E.kind=`finally`,e.CodeGen=class{constructor(e,t={}){this._values={},this._blockStarts=[],this._constants={},this.opts={...t,_n:t.lines?`
`:``},this._extScope=e,this._scope=new n.Scope({parent:e}),this._nodes=[new h]}toString(){return this._root.render(this.opts)}name(e){return this._scope.name(e)}scopeName(e){return this._extScope.name(e)}scopeValue(e,t){let n=this._extScope.value(e,t);return(this._values[n.prefix]||(this._values[n.prefix]=new Set)).add(n),n}getScopeValue(e,t){return this._extScope.getValue(e,t)}scopeRefs(e){return this._extScope.scopeRefs(e,this._values)}scopeCode(){return this._extScope.scopeCode(this._values)}_def(e,t,n,r){let i=this._scope.toName(t);return n!==void 0&&r&&(this._constants[i.str]=n),this._leafNode(new o(e,i,n)),i}const(e,t,r){return this._def(n.varKinds.const,e,t,r)}let(e,t,r){return this._def(n.varKinds.let,e,t,r)}var(e,t,r){return this._def(n.varKinds.var,e,t,r)}assign(e,t,n){return this._leafNode(new s(e,t,n))}add(t,n){return this._leafNode(new c(t,e.operators.ADD,n))}code(e){return typeof e==`function`?e():e!==t.nil&&this._leafNode(new f(e)),this}object(...e){let n=[`{`];for(let[r,i]of e)n.length>1&&n.push(`,`),n.push(r),(r!==i||this.opts.es5)&&(n.push(`:`),(0,t.addCodeArg)(n,i));return n.push(`}`),new t._Code(n)}if(e,t,n){if(this._blockNode(new _(e)),t&&n)this.code(t).else().code(n).endIf();else if(t)this.code(t).endIf();else if(n)throw Error(`CodeGen: "else" body without "then" body`);return this}elseIf(e){return this._elseNode(new _(e))}else(){return this._elseNode(new g)}endIf(){return this._endBlockNode(_,g)}_for(e,t){return this._blockNode(e),t&&this.code(t).endFor(),this}for(e,t){return this._for(new y(e),t)}forRange(e,t,r,i,a=this.opts.es5?n.varKinds.var:n.varKinds.let){let o=this._scope.toName(e);return this._for(new b(a,o,t,r),()=>i(o))}forOf(e,r,i,a=n.varKinds.const){let o=this._scope.toName(e);if(this.opts.es5){let e=r instanceof t.Name?r:this.var(`_arr`,r);return this.forRange(`_i`,0,(0,t._)`${e}.length`,n=>{this.var(o,(0,t._)`${e}[${n}]`),i(o)})}return this._for(new x(`of`,a,o,r),()=>i(o))}forIn(e,r,i,a=this.opts.es5?n.varKinds.var:n.varKinds.const){if(this.opts.ownProperties)return this.forOf(e,(0,t._)`Object.keys(${r})`,i);let o=this._scope.toName(e);return this._for(new x(`in`,a,o,r),()=>i(o))}endFor(){return this._endBlockNode(v)}label(e){return this._leafNode(new l(e))}break(e){return this._leafNode(new u(e))}return(e){let t=new C;if(this._blockNode(t),this.code(e),t.nodes.length!==1)throw Error(`CodeGen: "return" should have one node`);return this._endBlockNode(C)}try(e,t,n){if(!t&&!n)throw Error(`CodeGen: "try" without "catch" and "finally"`);let r=new w;if(this._blockNode(r),this.code(e),t){let e=this.name(`e`);this._currNode=r.catch=new T(e),t(e)}return n&&(this._currNode=r.finally=new E,this.code(n)),this._endBlockNode(T,E)}throw(e){return this._leafNode(new d(e))}block(e,t){return this._blockStarts.push(this._nodes.length),e&&this.code(e).endBlock(t),this}endBlock(e){let t=this._blockStarts.pop();if(t===void 0)throw Error(`CodeGen: not in self-balancing block`);let n=this._nodes.length-t;if(n<0||e!==void 0&&n!==e)throw Error(`CodeGen: wrong number of nodes: ${n} vs ${e} expected`);return this._nodes.length=t,this}func(e,n=t.nil,r,i){return this._blockNode(new S(e,n,r)),i&&this.code(i).endFunc(),this}endFunc(){return this._endBlockNode(S)}optimize(e=1){for(;e-->0;)this._root.optimizeNodes(),this._root.optimizeNames(this._root.names,this._constants)}_leafNode(e){return this._currNode.nodes.push(e),this}_blockNode(e){this._currNode.nodes.push(e),this._nodes.push(e)}_endBlockNode(e,t){let n=this._currNode;if(n instanceof e||t&&n instanceof t)return this._nodes.pop(),this;throw Error(`CodeGen: not in block "${t?`${e.kind}/${t.kind}`:e.kind}"`)}_elseNode(e){let t=this._currNode;if(!(t instanceof _))throw Error(`CodeGen: "else" without "if"`);return this._currNode=t.else=e,this}get _root(){return this._nodes[0]}get _currNode(){let e=this._nodes;return e[e.length-1]}set _currNode(e){let t=this._nodes;t[t.length-1]=e}};function ee(e,t){for(let n in t)e[n]=(e[n]||0)+(t[n]||0);return e}function D(e,n){return n instanceof t._CodeOrName?ee(e,n.names):e}function O(e,n,r){return e instanceof t.Name?i(e):a(e)?new t._Code(e._items.reduce((e,n)=>(n instanceof t.Name&&(n=i(n)),n instanceof t._Code?e.push(...n._items):e.push(n),e),[])):e;function i(e){let t=r[e.str];return t===void 0||n[e.str]!==1?e:(delete n[e.str],t)}function a(e){return e instanceof t._Code&&e._items.some(e=>e instanceof t.Name&&n[e.str]===1&&r[e.str]!==void 0)}}function te(e,t){for(let n in t)e[n]=(e[n]||0)-(t[n]||0)}function ne(e){return typeof e==`boolean`||typeof e==`number`||e===null?!e:(0,t._)`!${A(e)}`}e.not=ne;var k=oe(e.operators.AND);function re(...e){return e.reduce(k)}e.and=re;var ie=oe(e.operators.OR);function ae(...e){return e.reduce(ie)}e.or=ae;function oe(e){return(n,r)=>n===t.nil?r:r===t.nil?n:(0,t._)`${A(n)} ${e} ${A(r)}`}function A(e){return e instanceof t.Name?e:(0,t._)`(${e})`}})),W=s((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.checkStrictMode=e.getErrorPath=e.Type=e.useFunc=e.setEvaluated=e.evaluatedPropsToName=e.mergeEvaluated=e.eachItem=e.unescapeJsonPointer=e.escapeJsonPointer=e.escapeFragment=e.unescapeFragment=e.schemaRefOrVal=e.schemaHasRulesButRef=e.schemaHasRules=e.checkUnknownRules=e.alwaysValidSchema=e.toHash=void 0;var t=U(),n=Tv();function r(e){let t={};for(let n of e)t[n]=!0;return t}e.toHash=r;function i(e,t){return typeof t==`boolean`?t:Object.keys(t).length===0||(a(e,t),!o(t,e.self.RULES.all))}e.alwaysValidSchema=i;function a(e,t=e.schema){let{opts:n,self:r}=e;if(!n.strictSchema||typeof t==`boolean`)return;let i=r.RULES.keywords;for(let n in t)i[n]||x(e,`unknown keyword: "${n}"`)}e.checkUnknownRules=a;function o(e,t){if(typeof e==`boolean`)return!e;for(let n in e)if(t[n])return!0;return!1}e.schemaHasRules=o;function s(e,t){if(typeof e==`boolean`)return!e;for(let n in e)if(n!==`$ref`&&t.all[n])return!0;return!1}e.schemaHasRulesButRef=s;function c({topSchemaRef:e,schemaPath:n},r,i,a){if(!a){if(typeof r==`number`||typeof r==`boolean`)return r;if(typeof r==`string`)return(0,t._)`${r}`}return(0,t._)`${e}${n}${(0,t.getProperty)(i)}`}e.schemaRefOrVal=c;function l(e){return f(decodeURIComponent(e))}e.unescapeFragment=l;function u(e){return encodeURIComponent(d(e))}e.escapeFragment=u;function d(e){return typeof e==`number`?`${e}`:e.replace(/~/g,`~0`).replace(/\//g,`~1`)}e.escapeJsonPointer=d;function f(e){return e.replace(/~1/g,`/`).replace(/~0/g,`~`)}e.unescapeJsonPointer=f;function p(e,t){if(Array.isArray(e))for(let n of e)t(n);else t(e)}e.eachItem=p;function m({mergeNames:e,mergeToName:n,mergeValues:r,resultToName:i}){return(a,o,s,c)=>{let l=s===void 0?o:s instanceof t.Name?(o instanceof t.Name?e(a,o,s):n(a,o,s),s):o instanceof t.Name?(n(a,s,o),o):r(o,s);return c===t.Name&&!(l instanceof t.Name)?i(a,l):l}}e.mergeEvaluated={props:m({mergeNames:(e,n,r)=>e.if((0,t._)`${r} !== true && ${n} !== undefined`,()=>{e.if((0,t._)`${n} === true`,()=>e.assign(r,!0),()=>e.assign(r,(0,t._)`${r} || {}`).code((0,t._)`Object.assign(${r}, ${n})`))}),mergeToName:(e,n,r)=>e.if((0,t._)`${r} !== true`,()=>{n===!0?e.assign(r,!0):(e.assign(r,(0,t._)`${r} || {}`),g(e,r,n))}),mergeValues:(e,t)=>e===!0||{...e,...t},resultToName:h}),items:m({mergeNames:(e,n,r)=>e.if((0,t._)`${r} !== true && ${n} !== undefined`,()=>e.assign(r,(0,t._)`${n} === true ? true : ${r} > ${n} ? ${r} : ${n}`)),mergeToName:(e,n,r)=>e.if((0,t._)`${r} !== true`,()=>e.assign(r,n===!0||(0,t._)`${r} > ${n} ? ${r} : ${n}`)),mergeValues:(e,t)=>e===!0||Math.max(e,t),resultToName:(e,t)=>e.var(`items`,t)})};function h(e,n){if(n===!0)return e.var(`props`,!0);let r=e.var(`props`,(0,t._)`{}`);return n!==void 0&&g(e,r,n),r}e.evaluatedPropsToName=h;function g(e,n,r){Object.keys(r).forEach(r=>e.assign((0,t._)`${n}${(0,t.getProperty)(r)}`,!0))}e.setEvaluated=g;var _={};function v(e,t){return e.scopeValue(`func`,{ref:t,code:_[t.code]||(_[t.code]=new n._Code(t.code))})}e.useFunc=v;var y;(function(e){e[e.Num=0]=`Num`,e[e.Str=1]=`Str`})(y||(e.Type=y={}));function b(e,n,r){if(e instanceof t.Name){let i=n===y.Num;return r?i?(0,t._)`"[" + ${e} + "]"`:(0,t._)`"['" + ${e} + "']"`:i?(0,t._)`"/" + ${e}`:(0,t._)`"/" + ${e}.replace(/~/g, "~0").replace(/\\//g, "~1")`}return r?(0,t.getProperty)(e).toString():`/`+d(e)}e.getErrorPath=b;function x(e,t,n=e.opts.strictSchema){if(n){if(t=`strict mode: ${t}`,n===!0)throw Error(t);e.self.logger.warn(t)}}e.checkStrictMode=x})),Dv=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=U();e.default={data:new t.Name(`data`),valCxt:new t.Name(`valCxt`),instancePath:new t.Name(`instancePath`),parentData:new t.Name(`parentData`),parentDataProperty:new t.Name(`parentDataProperty`),rootData:new t.Name(`rootData`),dynamicAnchors:new t.Name(`dynamicAnchors`),vErrors:new t.Name(`vErrors`),errors:new t.Name(`errors`),this:new t.Name(`this`),self:new t.Name(`self`),scope:new t.Name(`scope`),json:new t.Name(`json`),jsonPos:new t.Name(`jsonPos`),jsonLen:new t.Name(`jsonLen`),jsonPart:new t.Name(`jsonPart`)}})),Ov=s((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.extendErrors=e.resetErrorsCount=e.reportExtraError=e.reportError=e.keyword$DataError=e.keywordError=void 0;var t=U(),n=W(),r=Dv();e.keywordError={message:({keyword:e})=>(0,t.str)`must pass "${e}" keyword validation`},e.keyword$DataError={message:({keyword:e,schemaType:n})=>n?(0,t.str)`"${e}" keyword must be ${n} ($data)`:(0,t.str)`"${e}" keyword is invalid ($data)`};function i(n,r=e.keywordError,i,a){let{it:o}=n,{gen:s,compositeRule:u,allErrors:f}=o,p=d(n,r,i);a??(u||f)?c(s,p):l(o,(0,t._)`[${p}]`)}e.reportError=i;function a(t,n=e.keywordError,i){let{it:a}=t,{gen:o,compositeRule:s,allErrors:u}=a;c(o,d(t,n,i)),s||u||l(a,r.default.vErrors)}e.reportExtraError=a;function o(e,n){e.assign(r.default.errors,n),e.if((0,t._)`${r.default.vErrors} !== null`,()=>e.if(n,()=>e.assign((0,t._)`${r.default.vErrors}.length`,n),()=>e.assign(r.default.vErrors,null)))}e.resetErrorsCount=o;function s({gen:e,keyword:n,schemaValue:i,data:a,errsCount:o,it:s}){if(o===void 0)throw Error(`ajv implementation error`);let c=e.name(`err`);e.forRange(`i`,o,r.default.errors,o=>{e.const(c,(0,t._)`${r.default.vErrors}[${o}]`),e.if((0,t._)`${c}.instancePath === undefined`,()=>e.assign((0,t._)`${c}.instancePath`,(0,t.strConcat)(r.default.instancePath,s.errorPath))),e.assign((0,t._)`${c}.schemaPath`,(0,t.str)`${s.errSchemaPath}/${n}`),s.opts.verbose&&(e.assign((0,t._)`${c}.schema`,i),e.assign((0,t._)`${c}.data`,a))})}e.extendErrors=s;function c(e,n){let i=e.const(`err`,n);e.if((0,t._)`${r.default.vErrors} === null`,()=>e.assign(r.default.vErrors,(0,t._)`[${i}]`),(0,t._)`${r.default.vErrors}.push(${i})`),e.code((0,t._)`${r.default.errors}++`)}function l(e,n){let{gen:r,validateName:i,schemaEnv:a}=e;a.$async?r.throw((0,t._)`new ${e.ValidationError}(${n})`):(r.assign((0,t._)`${i}.errors`,n),r.return(!1))}var u={keyword:new t.Name(`keyword`),schemaPath:new t.Name(`schemaPath`),params:new t.Name(`params`),propertyName:new t.Name(`propertyName`),message:new t.Name(`message`),schema:new t.Name(`schema`),parentSchema:new t.Name(`parentSchema`)};function d(e,n,r){let{createErrors:i}=e.it;return i===!1?(0,t._)`{}`:f(e,n,r)}function f(e,t,n={}){let{gen:r,it:i}=e,a=[p(i,n),m(e,n)];return h(e,t,a),r.object(...a)}function p({errorPath:e},{instancePath:i}){let a=i?(0,t.str)`${e}${(0,n.getErrorPath)(i,n.Type.Str)}`:e;return[r.default.instancePath,(0,t.strConcat)(r.default.instancePath,a)]}function m({keyword:e,it:{errSchemaPath:r}},{schemaPath:i,parentSchema:a}){let o=a?r:(0,t.str)`${r}/${e}`;return i&&(o=(0,t.str)`${o}${(0,n.getErrorPath)(i,n.Type.Str)}`),[u.schemaPath,o]}function h(e,{params:n,message:i},a){let{keyword:o,data:s,schemaValue:c,it:l}=e,{opts:d,propertyName:f,topSchemaRef:p,schemaPath:m}=l;a.push([u.keyword,o],[u.params,typeof n==`function`?n(e):n||(0,t._)`{}`]),d.messages&&a.push([u.message,typeof i==`function`?i(e):i]),d.verbose&&a.push([u.schema,c],[u.parentSchema,(0,t._)`${p}${m}`],[r.default.data,s]),f&&a.push([u.propertyName,f])}})),kv=s((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.boolOrEmptySchema=e.topBoolOrEmptySchema=void 0;var t=Ov(),n=U(),r=Dv(),i={message:`boolean schema is false`};function a(e){let{gen:t,schema:i,validateName:a}=e;i===!1?s(e,!1):typeof i==`object`&&i.$async===!0?t.return(r.default.data):(t.assign((0,n._)`${a}.errors`,null),t.return(!0))}e.topBoolOrEmptySchema=a;function o(e,t){let{gen:n,schema:r}=e;r===!1?(n.var(t,!1),s(e)):n.var(t,!0)}e.boolOrEmptySchema=o;function s(e,n){let{gen:r,data:a}=e,o={gen:r,keyword:`false schema`,data:a,schema:!1,schemaCode:!1,schemaValue:!1,params:{},it:e};(0,t.reportError)(o,i,void 0,n)}})),Av=s((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.getRules=e.isJSONType=void 0;var t=new Set([`string`,`number`,`integer`,`boolean`,`null`,`object`,`array`]);function n(e){return typeof e==`string`&&t.has(e)}e.isJSONType=n;function r(){let e={number:{type:`number`,rules:[]},string:{type:`string`,rules:[]},array:{type:`array`,rules:[]},object:{type:`object`,rules:[]}};return{types:{...e,integer:!0,boolean:!0,null:!0},rules:[{rules:[]},e.number,e.string,e.array,e.object],post:{rules:[]},all:{},keywords:{}}}e.getRules=r})),jv=s((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.shouldUseRule=e.shouldUseGroup=e.schemaHasRulesForType=void 0;function t({schema:e,self:t},r){let i=t.RULES.types[r];return i&&i!==!0&&n(e,i)}e.schemaHasRulesForType=t;function n(e,t){return t.rules.some(t=>r(e,t))}e.shouldUseGroup=n;function r(e,t){return e[t.keyword]!==void 0||t.definition.implements?.some(t=>e[t]!==void 0)}e.shouldUseRule=r})),Mv=s((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.reportTypeError=e.checkDataTypes=e.checkDataType=e.coerceAndCheckDataType=e.getJSONTypes=e.getSchemaTypes=e.DataType=void 0;var t=Av(),n=jv(),r=Ov(),i=U(),a=W(),o;(function(e){e[e.Correct=0]=`Correct`,e[e.Wrong=1]=`Wrong`})(o||(e.DataType=o={}));function s(e){let t=c(e.type);if(t.includes(`null`)){if(e.nullable===!1)throw Error(`type: null contradicts nullable: false`)}else{if(!t.length&&e.nullable!==void 0)throw Error(`"nullable" cannot be used without "type"`);e.nullable===!0&&t.push(`null`)}return t}e.getSchemaTypes=s;function c(e){let n=Array.isArray(e)?e:e?[e]:[];if(n.every(t.isJSONType))return n;throw Error(`type must be JSONType or JSONType[]: `+n.join(`,`))}e.getJSONTypes=c;function l(e,t){let{gen:r,data:i,opts:a}=e,s=d(t,a.coerceTypes),c=t.length>0&&!(s.length===0&&t.length===1&&(0,n.schemaHasRulesForType)(e,t[0]));if(c){let n=h(t,i,a.strictNumbers,o.Wrong);r.if(n,()=>{s.length?f(e,t,s):_(e)})}return c}e.coerceAndCheckDataType=l;var u=new Set([`string`,`number`,`integer`,`boolean`,`null`]);function d(e,t){return t?e.filter(e=>u.has(e)||t===`array`&&e===`array`):[]}function f(e,t,n){let{gen:r,data:a,opts:o}=e,s=r.let(`dataType`,(0,i._)`typeof ${a}`),c=r.let(`coerced`,(0,i._)`undefined`);o.coerceTypes===`array`&&r.if((0,i._)`${s} == 'object' && Array.isArray(${a}) && ${a}.length == 1`,()=>r.assign(a,(0,i._)`${a}[0]`).assign(s,(0,i._)`typeof ${a}`).if(h(t,a,o.strictNumbers),()=>r.assign(c,a))),r.if((0,i._)`${c} !== undefined`);for(let e of n)(u.has(e)||e===`array`&&o.coerceTypes===`array`)&&l(e);r.else(),_(e),r.endIf(),r.if((0,i._)`${c} !== undefined`,()=>{r.assign(a,c),p(e,c)});function l(e){switch(e){case`string`:r.elseIf((0,i._)`${s} == "number" || ${s} == "boolean"`).assign(c,(0,i._)`"" + ${a}`).elseIf((0,i._)`${a} === null`).assign(c,(0,i._)`""`);return;case`number`:r.elseIf((0,i._)`${s} == "boolean" || ${a} === null
              || (${s} == "string" && ${a} && ${a} == +${a})`).assign(c,(0,i._)`+${a}`);return;case`integer`:r.elseIf((0,i._)`${s} === "boolean" || ${a} === null
              || (${s} === "string" && ${a} && ${a} == +${a} && !(${a} % 1))`).assign(c,(0,i._)`+${a}`);return;case`boolean`:r.elseIf((0,i._)`${a} === "false" || ${a} === 0 || ${a} === null`).assign(c,!1).elseIf((0,i._)`${a} === "true" || ${a} === 1`).assign(c,!0);return;case`null`:r.elseIf((0,i._)`${a} === "" || ${a} === 0 || ${a} === false`),r.assign(c,null);return;case`array`:r.elseIf((0,i._)`${s} === "string" || ${s} === "number"
              || ${s} === "boolean" || ${a} === null`).assign(c,(0,i._)`[${a}]`)}}}function p({gen:e,parentData:t,parentDataProperty:n},r){e.if((0,i._)`${t} !== undefined`,()=>e.assign((0,i._)`${t}[${n}]`,r))}function m(e,t,n,r=o.Correct){let a=r===o.Correct?i.operators.EQ:i.operators.NEQ,s;switch(e){case`null`:return(0,i._)`${t} ${a} null`;case`array`:s=(0,i._)`Array.isArray(${t})`;break;case`object`:s=(0,i._)`${t} && typeof ${t} == "object" && !Array.isArray(${t})`;break;case`integer`:s=c((0,i._)`!(${t} % 1) && !isNaN(${t})`);break;case`number`:s=c();break;default:return(0,i._)`typeof ${t} ${a} ${e}`}return r===o.Correct?s:(0,i.not)(s);function c(e=i.nil){return(0,i.and)((0,i._)`typeof ${t} == "number"`,e,n?(0,i._)`isFinite(${t})`:i.nil)}}e.checkDataType=m;function h(e,t,n,r){if(e.length===1)return m(e[0],t,n,r);let o,s=(0,a.toHash)(e);if(s.array&&s.object){let e=(0,i._)`typeof ${t} != "object"`;o=s.null?e:(0,i._)`!${t} || ${e}`,delete s.null,delete s.array,delete s.object}else o=i.nil;s.number&&delete s.integer;for(let e in s)o=(0,i.and)(o,m(e,t,n,r));return o}e.checkDataTypes=h;var g={message:({schema:e})=>`must be ${e}`,params:({schema:e,schemaValue:t})=>typeof e==`string`?(0,i._)`{type: ${e}}`:(0,i._)`{type: ${t}}`};function _(e){let t=v(e);(0,r.reportError)(t,g)}e.reportTypeError=_;function v(e){let{gen:t,data:n,schema:r}=e,i=(0,a.schemaRefOrVal)(e,r,`type`);return{gen:t,keyword:`type`,data:n,schema:r.type,schemaCode:i,schemaValue:i,parentSchema:r,params:{},it:e}}})),Nv=s((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.assignDefaults=void 0;var t=U(),n=W();function r(e,t){let{properties:n,items:r}=e.schema;if(t===`object`&&n)for(let t in n)i(e,t,n[t].default);else t===`array`&&Array.isArray(r)&&r.forEach((t,n)=>i(e,n,t.default))}e.assignDefaults=r;function i(e,r,i){let{gen:a,compositeRule:o,data:s,opts:c}=e;if(i===void 0)return;let l=(0,t._)`${s}${(0,t.getProperty)(r)}`;if(o){(0,n.checkStrictMode)(e,`default is ignored for: ${l}`);return}let u=(0,t._)`${l} === undefined`;c.useDefaults===`empty`&&(u=(0,t._)`${u} || ${l} === null || ${l} === ""`),a.if(u,(0,t._)`${l} = ${(0,t.stringify)(i)}`)}})),Pv=s((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.validateUnion=e.validateArray=e.usePattern=e.callValidateCode=e.schemaProperties=e.allSchemaProperties=e.noPropertyInData=e.propertyInData=e.isOwnProperty=e.hasPropFunc=e.reportMissingProp=e.checkMissingProp=e.checkReportMissingProp=void 0;var t=U(),n=W(),r=Dv(),i=W();function a(e,n){let{gen:r,data:i,it:a}=e;r.if(d(r,i,n,a.opts.ownProperties),()=>{e.setParams({missingProperty:(0,t._)`${n}`},!0),e.error()})}e.checkReportMissingProp=a;function o({gen:e,data:n,it:{opts:r}},i,a){return(0,t.or)(...i.map(i=>(0,t.and)(d(e,n,i,r.ownProperties),(0,t._)`${a} = ${i}`)))}e.checkMissingProp=o;function s(e,t){e.setParams({missingProperty:t},!0),e.error()}e.reportMissingProp=s;function c(e){return e.scopeValue(`func`,{ref:Object.prototype.hasOwnProperty,code:(0,t._)`Object.prototype.hasOwnProperty`})}e.hasPropFunc=c;function l(e,n,r){return(0,t._)`${c(e)}.call(${n}, ${r})`}e.isOwnProperty=l;function u(e,n,r,i){let a=(0,t._)`${n}${(0,t.getProperty)(r)} !== undefined`;return i?(0,t._)`${a} && ${l(e,n,r)}`:a}e.propertyInData=u;function d(e,n,r,i){let a=(0,t._)`${n}${(0,t.getProperty)(r)} === undefined`;return i?(0,t.or)(a,(0,t.not)(l(e,n,r))):a}e.noPropertyInData=d;function f(e){return e?Object.keys(e).filter(e=>e!==`__proto__`):[]}e.allSchemaProperties=f;function p(e,t){return f(t).filter(r=>!(0,n.alwaysValidSchema)(e,t[r]))}e.schemaProperties=p;function m({schemaCode:e,data:n,it:{gen:i,topSchemaRef:a,schemaPath:o,errorPath:s},it:c},l,u,d){let f=d?(0,t._)`${e}, ${n}, ${a}${o}`:n,p=[[r.default.instancePath,(0,t.strConcat)(r.default.instancePath,s)],[r.default.parentData,c.parentData],[r.default.parentDataProperty,c.parentDataProperty],[r.default.rootData,r.default.rootData]];c.opts.dynamicRef&&p.push([r.default.dynamicAnchors,r.default.dynamicAnchors]);let m=(0,t._)`${f}, ${i.object(...p)}`;return u===t.nil?(0,t._)`${l}(${m})`:(0,t._)`${l}.call(${u}, ${m})`}e.callValidateCode=m;var h=(0,t._)`new RegExp`;function g({gen:e,it:{opts:n}},r){let a=n.unicodeRegExp?`u`:``,{regExp:o}=n.code,s=o(r,a);return e.scopeValue(`pattern`,{key:s.toString(),ref:s,code:(0,t._)`${o.code===`new RegExp`?h:(0,i.useFunc)(e,o)}(${r}, ${a})`})}e.usePattern=g;function _(e){let{gen:r,data:i,keyword:a,it:o}=e,s=r.name(`valid`);if(o.allErrors){let e=r.let(`valid`,!0);return c(()=>r.assign(e,!1)),e}return r.var(s,!0),c(()=>r.break()),s;function c(o){let c=r.const(`len`,(0,t._)`${i}.length`);r.forRange(`i`,0,c,i=>{e.subschema({keyword:a,dataProp:i,dataPropType:n.Type.Num},s),r.if((0,t.not)(s),o)})}}e.validateArray=_;function v(e){let{gen:r,schema:i,keyword:a,it:o}=e;if(!Array.isArray(i))throw Error(`ajv implementation error`);if(i.some(e=>(0,n.alwaysValidSchema)(o,e))&&!o.opts.unevaluated)return;let s=r.let(`valid`,!1),c=r.name(`_valid`);r.block(()=>i.forEach((n,i)=>{let o=e.subschema({keyword:a,schemaProp:i,compositeRule:!0},c);r.assign(s,(0,t._)`${s} || ${c}`),e.mergeValidEvaluated(o,c)||r.if((0,t.not)(s))})),e.result(s,()=>e.reset(),()=>e.error(!0))}e.validateUnion=v})),Fv=s((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.validateKeywordUsage=e.validSchemaType=e.funcKeywordCode=e.macroKeywordCode=void 0;var t=U(),n=Dv(),r=Pv(),i=Ov();function a(e,n){let{gen:r,keyword:i,schema:a,parentSchema:o,it:s}=e,c=n.macro.call(s.self,a,o,s),l=u(r,i,c);s.opts.validateSchema!==!1&&s.self.validateSchema(c,!0);let d=r.name(`valid`);e.subschema({schema:c,schemaPath:t.nil,errSchemaPath:`${s.errSchemaPath}/${i}`,topSchemaRef:l,compositeRule:!0},d),e.pass(d,()=>e.error(!0))}e.macroKeywordCode=a;function o(e,i){let{gen:a,keyword:o,schema:d,parentSchema:f,$data:p,it:m}=e;l(m,i);let h=u(a,o,!p&&i.compile?i.compile.call(m.self,d,f,m):i.validate),g=a.let(`valid`);e.block$data(g,_),e.ok(i.valid??g);function _(){if(i.errors===!1)b(),i.modifying&&s(e),x(()=>e.error());else{let t=i.async?v():y();i.modifying&&s(e),x(()=>c(e,t))}}function v(){let e=a.let(`ruleErrs`,null);return a.try(()=>b((0,t._)`await `),n=>a.assign(g,!1).if((0,t._)`${n} instanceof ${m.ValidationError}`,()=>a.assign(e,(0,t._)`${n}.errors`),()=>a.throw(n))),e}function y(){let e=(0,t._)`${h}.errors`;return a.assign(e,null),b(t.nil),e}function b(o=i.async?(0,t._)`await `:t.nil){let s=m.opts.passContext?n.default.this:n.default.self,c=!(`compile`in i&&!p||i.schema===!1);a.assign(g,(0,t._)`${o}${(0,r.callValidateCode)(e,h,s,c)}`,i.modifying)}function x(e){a.if((0,t.not)(i.valid??g),e)}}e.funcKeywordCode=o;function s(e){let{gen:n,data:r,it:i}=e;n.if(i.parentData,()=>n.assign(r,(0,t._)`${i.parentData}[${i.parentDataProperty}]`))}function c(e,r){let{gen:a}=e;a.if((0,t._)`Array.isArray(${r})`,()=>{a.assign(n.default.vErrors,(0,t._)`${n.default.vErrors} === null ? ${r} : ${n.default.vErrors}.concat(${r})`).assign(n.default.errors,(0,t._)`${n.default.vErrors}.length`),(0,i.extendErrors)(e)},()=>e.error())}function l({schemaEnv:e},t){if(t.async&&!e.$async)throw Error(`async keyword in sync schema`)}function u(e,n,r){if(r===void 0)throw Error(`keyword "${n}" failed to compile`);return e.scopeValue(`keyword`,typeof r==`function`?{ref:r}:{ref:r,code:(0,t.stringify)(r)})}function d(e,t,n=!1){return!t.length||t.some(t=>t===`array`?Array.isArray(e):t===`object`?e&&typeof e==`object`&&!Array.isArray(e):typeof e==t||n&&e===void 0)}e.validSchemaType=d;function f({schema:e,opts:t,self:n,errSchemaPath:r},i,a){if(Array.isArray(i.keyword)?!i.keyword.includes(a):i.keyword!==a)throw Error(`ajv implementation error`);let o=i.dependencies;if(o?.some(t=>!Object.prototype.hasOwnProperty.call(e,t)))throw Error(`parent schema must have dependencies of ${a}: ${o.join(`,`)}`);if(i.validateSchema&&!i.validateSchema(e[a])){let e=`keyword "${a}" value is invalid at path "${r}": `+n.errorsText(i.validateSchema.errors);if(t.validateSchema===`log`)n.logger.error(e);else throw Error(e)}}e.validateKeywordUsage=f})),Iv=s((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.extendSubschemaMode=e.extendSubschemaData=e.getSubschema=void 0;var t=U(),n=W();function r(e,{keyword:r,schemaProp:i,schema:a,schemaPath:o,errSchemaPath:s,topSchemaRef:c}){if(r!==void 0&&a!==void 0)throw Error(`both "keyword" and "schema" passed, only one allowed`);if(r!==void 0){let a=e.schema[r];return i===void 0?{schema:a,schemaPath:(0,t._)`${e.schemaPath}${(0,t.getProperty)(r)}`,errSchemaPath:`${e.errSchemaPath}/${r}`}:{schema:a[i],schemaPath:(0,t._)`${e.schemaPath}${(0,t.getProperty)(r)}${(0,t.getProperty)(i)}`,errSchemaPath:`${e.errSchemaPath}/${r}/${(0,n.escapeFragment)(i)}`}}if(a!==void 0){if(o===void 0||s===void 0||c===void 0)throw Error(`"schemaPath", "errSchemaPath" and "topSchemaRef" are required with "schema"`);return{schema:a,schemaPath:o,topSchemaRef:c,errSchemaPath:s}}throw Error(`either "keyword" or "schema" must be passed`)}e.getSubschema=r;function i(e,r,{dataProp:i,dataPropType:a,data:o,dataTypes:s,propertyName:c}){if(o!==void 0&&i!==void 0)throw Error(`both "data" and "dataProp" passed, only one allowed`);let{gen:l}=r;if(i!==void 0){let{errorPath:o,dataPathArr:s,opts:c}=r;u(l.let(`data`,(0,t._)`${r.data}${(0,t.getProperty)(i)}`,!0)),e.errorPath=(0,t.str)`${o}${(0,n.getErrorPath)(i,a,c.jsPropertySyntax)}`,e.parentDataProperty=(0,t._)`${i}`,e.dataPathArr=[...s,e.parentDataProperty]}o!==void 0&&(u(o instanceof t.Name?o:l.let(`data`,o,!0)),c!==void 0&&(e.propertyName=c)),s&&(e.dataTypes=s);function u(t){e.data=t,e.dataLevel=r.dataLevel+1,e.dataTypes=[],r.definedProperties=new Set,e.parentData=r.data,e.dataNames=[...r.dataNames,t]}}e.extendSubschemaData=i;function a(e,{jtdDiscriminator:t,jtdMetadata:n,compositeRule:r,createErrors:i,allErrors:a}){r!==void 0&&(e.compositeRule=r),i!==void 0&&(e.createErrors=i),a!==void 0&&(e.allErrors=a),e.jtdDiscriminator=t,e.jtdMetadata=n}e.extendSubschemaMode=a})),Lv=s(((e,t)=>{t.exports=function e(t,n){if(t===n)return!0;if(t&&n&&typeof t==`object`&&typeof n==`object`){if(t.constructor!==n.constructor)return!1;var r,i,a;if(Array.isArray(t)){if(r=t.length,r!=n.length)return!1;for(i=r;i--!==0;)if(!e(t[i],n[i]))return!1;return!0}if(t.constructor===RegExp)return t.source===n.source&&t.flags===n.flags;if(t.valueOf!==Object.prototype.valueOf)return t.valueOf()===n.valueOf();if(t.toString!==Object.prototype.toString)return t.toString()===n.toString();if(a=Object.keys(t),r=a.length,r!==Object.keys(n).length)return!1;for(i=r;i--!==0;)if(!Object.prototype.hasOwnProperty.call(n,a[i]))return!1;for(i=r;i--!==0;){var o=a[i];if(!e(t[o],n[o]))return!1}return!0}return t!==t&&n!==n}})),Rv=s(((e,t)=>{var n=t.exports=function(e,t,n){typeof t==`function`&&(n=t,t={}),n=t.cb||n;var i=typeof n==`function`?n:n.pre||function(){},a=n.post||function(){};r(t,i,a,e,``,e)};n.keywords={additionalItems:!0,items:!0,contains:!0,additionalProperties:!0,propertyNames:!0,not:!0,if:!0,then:!0,else:!0},n.arrayKeywords={items:!0,allOf:!0,anyOf:!0,oneOf:!0},n.propsKeywords={$defs:!0,definitions:!0,properties:!0,patternProperties:!0,dependencies:!0},n.skipKeywords={default:!0,enum:!0,const:!0,required:!0,maximum:!0,minimum:!0,exclusiveMaximum:!0,exclusiveMinimum:!0,multipleOf:!0,maxLength:!0,minLength:!0,pattern:!0,format:!0,maxItems:!0,minItems:!0,uniqueItems:!0,maxProperties:!0,minProperties:!0};function r(e,t,a,o,s,c,l,u,d,f){if(o&&typeof o==`object`&&!Array.isArray(o)){for(var p in t(o,s,c,l,u,d,f),o){var m=o[p];if(Array.isArray(m)){if(p in n.arrayKeywords)for(var h=0;h<m.length;h++)r(e,t,a,m[h],s+`/`+p+`/`+h,c,s,p,o,h)}else if(p in n.propsKeywords){if(m&&typeof m==`object`)for(var g in m)r(e,t,a,m[g],s+`/`+p+`/`+i(g),c,s,p,o,g)}else(p in n.keywords||e.allKeys&&!(p in n.skipKeywords))&&r(e,t,a,m,s+`/`+p,c,s,p,o)}a(o,s,c,l,u,d,f)}}function i(e){return e.replace(/~/g,`~0`).replace(/\//g,`~1`)}})),zv=s((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.getSchemaRefs=e.resolveUrl=e.normalizeId=e._getFullPath=e.getFullPath=e.inlineRef=void 0;var t=W(),n=Lv(),r=Rv(),i=new Set([`type`,`format`,`pattern`,`maxLength`,`minLength`,`maxProperties`,`minProperties`,`maxItems`,`minItems`,`maximum`,`minimum`,`uniqueItems`,`multipleOf`,`required`,`enum`,`const`]);function a(e,t=!0){return typeof e==`boolean`?!0:t===!0?!s(e):t?c(e)<=t:!1}e.inlineRef=a;var o=new Set([`$ref`,`$recursiveRef`,`$recursiveAnchor`,`$dynamicRef`,`$dynamicAnchor`]);function s(e){for(let t in e){if(o.has(t))return!0;let n=e[t];if(Array.isArray(n)&&n.some(s)||typeof n==`object`&&s(n))return!0}return!1}function c(e){let n=0;for(let r in e)if(r===`$ref`||(n++,!i.has(r)&&(typeof e[r]==`object`&&(0,t.eachItem)(e[r],e=>n+=c(e)),n===1/0)))return 1/0;return n}function l(e,t=``,n){return n!==!1&&(t=f(t)),u(e,e.parse(t))}e.getFullPath=l;function u(e,t){return e.serialize(t).split(`#`)[0]+`#`}e._getFullPath=u;var d=/#\/?$/;function f(e){return e?e.replace(d,``):``}e.normalizeId=f;function p(e,t,n){return n=f(n),e.resolve(t,n)}e.resolveUrl=p;var m=/^[a-z_][-a-z0-9._]*$/i;function h(e,t){if(typeof e==`boolean`)return{};let{schemaId:i,uriResolver:a}=this.opts,o=f(e[i]||t),s={"":o},c=l(a,o,!1),u={},d=new Set;return r(e,{allKeys:!0},(e,t,n,r)=>{if(r===void 0)return;let a=c+t,o=s[r];typeof e[i]==`string`&&(o=l.call(this,e[i])),g.call(this,e.$anchor),g.call(this,e.$dynamicAnchor),s[t]=o;function l(t){let n=this.opts.uriResolver.resolve;if(t=f(o?n(o,t):t),d.has(t))throw h(t);d.add(t);let r=this.refs[t];return typeof r==`string`&&(r=this.refs[r]),typeof r==`object`?p(e,r.schema,t):t!==f(a)&&(t[0]===`#`?(p(e,u[t],t),u[t]=e):this.refs[t]=a),t}function g(e){if(typeof e==`string`){if(!m.test(e))throw Error(`invalid anchor "${e}"`);l.call(this,`#${e}`)}}}),u;function p(e,t,r){if(t!==void 0&&!n(e,t))throw h(r)}function h(e){return Error(`reference "${e}" resolves to more than one schema`)}}e.getSchemaRefs=h})),Bv=s((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.getData=e.KeywordCxt=e.validateFunctionCode=void 0;var t=kv(),n=Mv(),r=jv(),i=Mv(),a=Nv(),o=Fv(),s=Iv(),c=U(),l=Dv(),u=zv(),d=W(),f=Ov();function p(e){S(e)&&(w(e),x(e))?_(e):m(e,()=>(0,t.topBoolOrEmptySchema)(e))}e.validateFunctionCode=p;function m({gen:e,validateName:t,schema:n,schemaEnv:r,opts:i},a){i.code.es5?e.func(t,(0,c._)`${l.default.data}, ${l.default.valCxt}`,r.$async,()=>{e.code((0,c._)`"use strict"; ${y(n,i)}`),g(e,i),e.code(a)}):e.func(t,(0,c._)`${l.default.data}, ${h(i)}`,r.$async,()=>e.code(y(n,i)).code(a))}function h(e){return(0,c._)`{${l.default.instancePath}="", ${l.default.parentData}, ${l.default.parentDataProperty}, ${l.default.rootData}=${l.default.data}${e.dynamicRef?(0,c._)`, ${l.default.dynamicAnchors}={}`:c.nil}}={}`}function g(e,t){e.if(l.default.valCxt,()=>{e.var(l.default.instancePath,(0,c._)`${l.default.valCxt}.${l.default.instancePath}`),e.var(l.default.parentData,(0,c._)`${l.default.valCxt}.${l.default.parentData}`),e.var(l.default.parentDataProperty,(0,c._)`${l.default.valCxt}.${l.default.parentDataProperty}`),e.var(l.default.rootData,(0,c._)`${l.default.valCxt}.${l.default.rootData}`),t.dynamicRef&&e.var(l.default.dynamicAnchors,(0,c._)`${l.default.valCxt}.${l.default.dynamicAnchors}`)},()=>{e.var(l.default.instancePath,(0,c._)`""`),e.var(l.default.parentData,(0,c._)`undefined`),e.var(l.default.parentDataProperty,(0,c._)`undefined`),e.var(l.default.rootData,l.default.data),t.dynamicRef&&e.var(l.default.dynamicAnchors,(0,c._)`{}`)})}function _(e){let{schema:t,opts:n,gen:r}=e;m(e,()=>{n.$comment&&t.$comment&&te(e),ee(e),r.let(l.default.vErrors,null),r.let(l.default.errors,0),n.unevaluated&&v(e),T(e),ne(e)})}function v(e){let{gen:t,validateName:n}=e;e.evaluated=t.const(`evaluated`,(0,c._)`${n}.evaluated`),t.if((0,c._)`${e.evaluated}.dynamicProps`,()=>t.assign((0,c._)`${e.evaluated}.props`,(0,c._)`undefined`)),t.if((0,c._)`${e.evaluated}.dynamicItems`,()=>t.assign((0,c._)`${e.evaluated}.items`,(0,c._)`undefined`))}function y(e,t){let n=typeof e==`object`&&e[t.schemaId];return n&&(t.code.source||t.code.process)?(0,c._)`/*# sourceURL=${n} */`:c.nil}function b(e,n){S(e)&&(w(e),x(e))?C(e,n):(0,t.boolOrEmptySchema)(e,n)}function x({schema:e,self:t}){if(typeof e==`boolean`)return!e;for(let n in e)if(t.RULES.all[n])return!0;return!1}function S(e){return typeof e.schema!=`boolean`}function C(e,t){let{schema:n,gen:r,opts:i}=e;i.$comment&&n.$comment&&te(e),D(e),O(e);let a=r.const(`_errs`,l.default.errors);T(e,a),r.var(t,(0,c._)`${a} === ${l.default.errors}`)}function w(e){(0,d.checkUnknownRules)(e),E(e)}function T(e,t){if(e.opts.jtd)return re(e,[],!1,t);let r=(0,n.getSchemaTypes)(e.schema);re(e,r,!(0,n.coerceAndCheckDataType)(e,r),t)}function E(e){let{schema:t,errSchemaPath:n,opts:r,self:i}=e;t.$ref&&r.ignoreKeywordsWithRef&&(0,d.schemaHasRulesButRef)(t,i.RULES)&&i.logger.warn(`$ref: keywords ignored in schema at path "${n}"`)}function ee(e){let{schema:t,opts:n}=e;t.default!==void 0&&n.useDefaults&&n.strictSchema&&(0,d.checkStrictMode)(e,`default is ignored in the schema root`)}function D(e){let t=e.schema[e.opts.schemaId];t&&(e.baseId=(0,u.resolveUrl)(e.opts.uriResolver,e.baseId,t))}function O(e){if(e.schema.$async&&!e.schemaEnv.$async)throw Error(`async schema in sync schema`)}function te({gen:e,schemaEnv:t,schema:n,errSchemaPath:r,opts:i}){let a=n.$comment;if(i.$comment===!0)e.code((0,c._)`${l.default.self}.logger.log(${a})`);else if(typeof i.$comment==`function`){let n=(0,c.str)`${r}/$comment`,i=e.scopeValue(`root`,{ref:t.root});e.code((0,c._)`${l.default.self}.opts.$comment(${a}, ${n}, ${i}.schema)`)}}function ne(e){let{gen:t,schemaEnv:n,validateName:r,ValidationError:i,opts:a}=e;n.$async?t.if((0,c._)`${l.default.errors} === 0`,()=>t.return(l.default.data),()=>t.throw((0,c._)`new ${i}(${l.default.vErrors})`)):(t.assign((0,c._)`${r}.errors`,l.default.vErrors),a.unevaluated&&k(e),t.return((0,c._)`${l.default.errors} === 0`))}function k({gen:e,evaluated:t,props:n,items:r}){n instanceof c.Name&&e.assign((0,c._)`${t}.props`,n),r instanceof c.Name&&e.assign((0,c._)`${t}.items`,r)}function re(e,t,n,a){let{gen:o,schema:s,data:u,allErrors:f,opts:p,self:m}=e,{RULES:h}=m;if(s.$ref&&(p.ignoreKeywordsWithRef||!(0,d.schemaHasRulesButRef)(s,h))){o.block(()=>pe(e,`$ref`,h.all.$ref.definition));return}p.jtd||ae(e,t),o.block(()=>{for(let e of h.rules)g(e);g(h.post)});function g(d){(0,r.shouldUseGroup)(s,d)&&(d.type?(o.if((0,i.checkDataType)(d.type,u,p.strictNumbers)),ie(e,d),t.length===1&&t[0]===d.type&&n&&(o.else(),(0,i.reportTypeError)(e)),o.endIf()):ie(e,d),f||o.if((0,c._)`${l.default.errors} === ${a||0}`))}}function ie(e,t){let{gen:n,schema:i,opts:{useDefaults:o}}=e;o&&(0,a.assignDefaults)(e,t.type),n.block(()=>{for(let n of t.rules)(0,r.shouldUseRule)(i,n)&&pe(e,n.keyword,n.definition,t.type)})}function ae(e,t){!e.schemaEnv.meta&&e.opts.strictTypes&&(oe(e,t),e.opts.allowUnionTypes||A(e,t),se(e,e.dataTypes))}function oe(e,t){t.length&&(e.dataTypes.length?(t.forEach(t=>{le(e.dataTypes,t)||de(e,`type "${t}" not allowed by context "${e.dataTypes.join(`,`)}"`)}),ue(e,t)):e.dataTypes=t)}function A(e,t){t.length>1&&!(t.length===2&&t.includes(`null`))&&de(e,`use allowUnionTypes to allow union type keyword`)}function se(e,t){let n=e.self.RULES.all;for(let i in n){let a=n[i];if(typeof a==`object`&&(0,r.shouldUseRule)(e.schema,a)){let{type:n}=a.definition;n.length&&!n.some(e=>ce(t,e))&&de(e,`missing type "${n.join(`,`)}" for keyword "${i}"`)}}}function ce(e,t){return e.includes(t)||t===`number`&&e.includes(`integer`)}function le(e,t){return e.includes(t)||t===`integer`&&e.includes(`number`)}function ue(e,t){let n=[];for(let r of e.dataTypes)le(t,r)?n.push(r):t.includes(`integer`)&&r===`number`&&n.push(`integer`);e.dataTypes=n}function de(e,t){let n=e.schemaEnv.baseId+e.errSchemaPath;t+=` at "${n}" (strictTypes)`,(0,d.checkStrictMode)(e,t,e.opts.strictTypes)}var fe=class{constructor(e,t,n){if((0,o.validateKeywordUsage)(e,t,n),this.gen=e.gen,this.allErrors=e.allErrors,this.keyword=n,this.data=e.data,this.schema=e.schema[n],this.$data=t.$data&&e.opts.$data&&this.schema&&this.schema.$data,this.schemaValue=(0,d.schemaRefOrVal)(e,this.schema,n,this.$data),this.schemaType=t.schemaType,this.parentSchema=e.schema,this.params={},this.it=e,this.def=t,this.$data)this.schemaCode=e.gen.const(`vSchema`,he(this.$data,e));else if(this.schemaCode=this.schemaValue,!(0,o.validSchemaType)(this.schema,t.schemaType,t.allowUndefined))throw Error(`${n} value must be ${JSON.stringify(t.schemaType)}`);(`code`in t?t.trackErrors:t.errors!==!1)&&(this.errsCount=e.gen.const(`_errs`,l.default.errors))}result(e,t,n){this.failResult((0,c.not)(e),t,n)}failResult(e,t,n){this.gen.if(e),n?n():this.error(),t?(this.gen.else(),t(),this.allErrors&&this.gen.endIf()):this.allErrors?this.gen.endIf():this.gen.else()}pass(e,t){this.failResult((0,c.not)(e),void 0,t)}fail(e){e===void 0?(this.error(),this.allErrors||this.gen.if(!1)):(this.gen.if(e),this.error(),this.allErrors?this.gen.endIf():this.gen.else())}fail$data(e){if(!this.$data)return this.fail(e);let{schemaCode:t}=this;this.fail((0,c._)`${t} !== undefined && (${(0,c.or)(this.invalid$data(),e)})`)}error(e,t,n){t?(this.setParams(t),this._error(e,n),this.setParams({})):this._error(e,n)}_error(e,t){(e?f.reportExtraError:f.reportError)(this,this.def.error,t)}$dataError(){(0,f.reportError)(this,this.def.$dataError||f.keyword$DataError)}reset(){if(this.errsCount===void 0)throw Error(`add "trackErrors" to keyword definition`);(0,f.resetErrorsCount)(this.gen,this.errsCount)}ok(e){this.allErrors||this.gen.if(e)}setParams(e,t){t?Object.assign(this.params,e):this.params=e}block$data(e,t,n=c.nil){this.gen.block(()=>{this.check$data(e,n),t()})}check$data(e=c.nil,t=c.nil){if(!this.$data)return;let{gen:n,schemaCode:r,schemaType:i,def:a}=this;n.if((0,c.or)((0,c._)`${r} === undefined`,t)),e!==c.nil&&n.assign(e,!0),(i.length||a.validateSchema)&&(n.elseIf(this.invalid$data()),this.$dataError(),e!==c.nil&&n.assign(e,!1)),n.else()}invalid$data(){let{gen:e,schemaCode:t,schemaType:n,def:r,it:a}=this;return(0,c.or)(o(),s());function o(){if(n.length){if(!(t instanceof c.Name))throw Error(`ajv implementation error`);let e=Array.isArray(n)?n:[n];return(0,c._)`${(0,i.checkDataTypes)(e,t,a.opts.strictNumbers,i.DataType.Wrong)}`}return c.nil}function s(){if(r.validateSchema){let n=e.scopeValue(`validate$data`,{ref:r.validateSchema});return(0,c._)`!${n}(${t})`}return c.nil}}subschema(e,t){let n=(0,s.getSubschema)(this.it,e);(0,s.extendSubschemaData)(n,this.it,e),(0,s.extendSubschemaMode)(n,e);let r={...this.it,...n,items:void 0,props:void 0};return b(r,t),r}mergeEvaluated(e,t){let{it:n,gen:r}=this;n.opts.unevaluated&&(n.props!==!0&&e.props!==void 0&&(n.props=d.mergeEvaluated.props(r,e.props,n.props,t)),n.items!==!0&&e.items!==void 0&&(n.items=d.mergeEvaluated.items(r,e.items,n.items,t)))}mergeValidEvaluated(e,t){let{it:n,gen:r}=this;if(n.opts.unevaluated&&(n.props!==!0||n.items!==!0))return r.if(t,()=>this.mergeEvaluated(e,c.Name)),!0}};e.KeywordCxt=fe;function pe(e,t,n,r){let i=new fe(e,n,t);`code`in n?n.code(i,r):i.$data&&n.validate?(0,o.funcKeywordCode)(i,n):`macro`in n?(0,o.macroKeywordCode)(i,n):(n.compile||n.validate)&&(0,o.funcKeywordCode)(i,n)}var me=/^\/(?:[^~]|~0|~1)*$/,j=/^([0-9]+)(#|\/(?:[^~]|~0|~1)*)?$/;function he(e,{dataLevel:t,dataNames:n,dataPathArr:r}){let i,a;if(e===``)return l.default.rootData;if(e[0]===`/`){if(!me.test(e))throw Error(`Invalid JSON-pointer: ${e}`);i=e,a=l.default.rootData}else{let o=j.exec(e);if(!o)throw Error(`Invalid JSON-pointer: ${e}`);let s=+o[1];if(i=o[2],i===`#`){if(s>=t)throw Error(u(`property/index`,s));return r[t-s]}if(s>t)throw Error(u(`data`,s));if(a=n[t-s],!i)return a}let o=a,s=i.split(`/`);for(let e of s)e&&(a=(0,c._)`${a}${(0,c.getProperty)((0,d.unescapeJsonPointer)(e))}`,o=(0,c._)`${o} && ${a}`);return o;function u(e,n){return`Cannot access ${e} ${n} levels up, current level is ${t}`}}e.getData=he})),Vv=s((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.default=class extends Error{constructor(e){super(`validation failed`),this.errors=e,this.ajv=this.validation=!0}}})),Hv=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=zv();e.default=class extends Error{constructor(e,n,r,i){super(i||`can't resolve reference ${r} from id ${n}`),this.missingRef=(0,t.resolveUrl)(e,n,r),this.missingSchema=(0,t.normalizeId)((0,t.getFullPath)(e,this.missingRef))}}})),Uv=s((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.resolveSchema=e.getCompilingSchema=e.resolveRef=e.compileSchema=e.SchemaEnv=void 0;var t=U(),n=Vv(),r=Dv(),i=zv(),a=W(),o=Bv(),s=class{constructor(e){this.refs={},this.dynamicAnchors={};let t;typeof e.schema==`object`&&(t=e.schema),this.schema=e.schema,this.schemaId=e.schemaId,this.root=e.root||this,this.baseId=e.baseId??(0,i.normalizeId)(t?.[e.schemaId||`$id`]),this.schemaPath=e.schemaPath,this.localRefs=e.localRefs,this.meta=e.meta,this.$async=t?.$async,this.refs={}}};e.SchemaEnv=s;function c(e){let a=d.call(this,e);if(a)return a;let s=(0,i.getFullPath)(this.opts.uriResolver,e.root.baseId),{es5:c,lines:l}=this.opts.code,{ownProperties:u}=this.opts,f=new t.CodeGen(this.scope,{es5:c,lines:l,ownProperties:u}),p;e.$async&&(p=f.scopeValue(`Error`,{ref:n.default,code:(0,t._)`require("ajv/dist/runtime/validation_error").default`}));let m=f.scopeName(`validate`);e.validateName=m;let h={gen:f,allErrors:this.opts.allErrors,data:r.default.data,parentData:r.default.parentData,parentDataProperty:r.default.parentDataProperty,dataNames:[r.default.data],dataPathArr:[t.nil],dataLevel:0,dataTypes:[],definedProperties:new Set,topSchemaRef:f.scopeValue(`schema`,this.opts.code.source===!0?{ref:e.schema,code:(0,t.stringify)(e.schema)}:{ref:e.schema}),validateName:m,ValidationError:p,schema:e.schema,schemaEnv:e,rootId:s,baseId:e.baseId||s,schemaPath:t.nil,errSchemaPath:e.schemaPath||(this.opts.jtd?``:`#`),errorPath:(0,t._)`""`,opts:this.opts,self:this},g;try{this._compilations.add(e),(0,o.validateFunctionCode)(h),f.optimize(this.opts.code.optimize);let n=f.toString();g=`${f.scopeRefs(r.default.scope)}return ${n}`,this.opts.code.process&&(g=this.opts.code.process(g,e));let i=Function(`${r.default.self}`,`${r.default.scope}`,g)(this,this.scope.get());if(this.scope.value(m,{ref:i}),i.errors=null,i.schema=e.schema,i.schemaEnv=e,e.$async&&(i.$async=!0),this.opts.code.source===!0&&(i.source={validateName:m,validateCode:n,scopeValues:f._values}),this.opts.unevaluated){let{props:e,items:n}=h;i.evaluated={props:e instanceof t.Name?void 0:e,items:n instanceof t.Name?void 0:n,dynamicProps:e instanceof t.Name,dynamicItems:n instanceof t.Name},i.source&&(i.source.evaluated=(0,t.stringify)(i.evaluated))}return e.validate=i,e}catch(t){throw delete e.validate,delete e.validateName,g&&this.logger.error(`Error compiling schema, function code:`,g),t}finally{this._compilations.delete(e)}}e.compileSchema=c;function l(e,t,n){n=(0,i.resolveUrl)(this.opts.uriResolver,t,n);let r=e.refs[n];if(r)return r;let a=p.call(this,e,n);if(a===void 0){let r=e.localRefs?.[n],{schemaId:i}=this.opts;r&&(a=new s({schema:r,schemaId:i,root:e,baseId:t}))}if(a!==void 0)return e.refs[n]=u.call(this,a)}e.resolveRef=l;function u(e){return(0,i.inlineRef)(e.schema,this.opts.inlineRefs)?e.schema:e.validate?e:c.call(this,e)}function d(e){for(let t of this._compilations)if(f(t,e))return t}e.getCompilingSchema=d;function f(e,t){return e.schema===t.schema&&e.root===t.root&&e.baseId===t.baseId}function p(e,t){let n;for(;typeof(n=this.refs[t])==`string`;)t=n;return n||this.schemas[t]||m.call(this,e,t)}function m(e,t){let n=this.opts.uriResolver.parse(t),r=(0,i._getFullPath)(this.opts.uriResolver,n),a=(0,i.getFullPath)(this.opts.uriResolver,e.baseId,void 0);if(Object.keys(e.schema).length>0&&r===a)return g.call(this,n,e);let o=(0,i.normalizeId)(r),l=this.refs[o]||this.schemas[o];if(typeof l==`string`){let t=m.call(this,e,l);return typeof t?.schema==`object`?g.call(this,n,t):void 0}if(typeof l?.schema==`object`){if(l.validate||c.call(this,l),o===(0,i.normalizeId)(t)){let{schema:t}=l,{schemaId:n}=this.opts,r=t[n];return r&&(a=(0,i.resolveUrl)(this.opts.uriResolver,a,r)),new s({schema:t,schemaId:n,root:e,baseId:a})}return g.call(this,n,l)}}e.resolveSchema=m;var h=new Set([`properties`,`patternProperties`,`enum`,`dependencies`,`definitions`]);function g(e,{baseId:t,schema:n,root:r}){if(e.fragment?.[0]!==`/`)return;for(let r of e.fragment.slice(1).split(`/`)){if(typeof n==`boolean`)return;let e=n[(0,a.unescapeFragment)(r)];if(e===void 0)return;n=e;let o=typeof n==`object`&&n[this.opts.schemaId];!h.has(r)&&o&&(t=(0,i.resolveUrl)(this.opts.uriResolver,t,o))}let o;if(typeof n!=`boolean`&&n.$ref&&!(0,a.schemaHasRulesButRef)(n,this.RULES)){let e=(0,i.resolveUrl)(this.opts.uriResolver,t,n.$ref);o=m.call(this,r,e)}let{schemaId:c}=this.opts;if(o||=new s({schema:n,schemaId:c,root:r,baseId:t}),o.schema!==o.root.schema)return o}})),Wv=c({$id:()=>Gv,additionalProperties:()=>!1,default:()=>Xv,description:()=>Kv,properties:()=>Yv,required:()=>Jv,type:()=>qv}),Gv,Kv,qv,Jv,Yv,Xv,Zv=o((()=>{Gv=`https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#`,Kv=`Meta-schema for $data reference (JSON AnySchema extension proposal)`,qv=`object`,Jv=[`$data`],Yv={$data:{type:`string`,anyOf:[{format:`relative-json-pointer`},{format:`json-pointer`}]}},Xv={$id:Gv,description:Kv,type:qv,required:Jv,properties:Yv,additionalProperties:!1}})),Qv=s(((e,t)=>{var n=RegExp.prototype.test.bind(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/iu),r=RegExp.prototype.test.bind(/^(?:(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d{2}|[1-9]\d|\d)$/u),i=RegExp.prototype.test.bind(/^\d*$/u),a=RegExp.prototype.test.bind(/^[\da-f]{2}$/iu),o=RegExp.prototype.test.bind(/^[\da-z\-._~]$/iu),s=RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/]$/u),c=RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:@/?]$/u),l=RegExp.prototype.test.bind(/^[A-Za-z0-9\-._~!$&'()*+,;=:]$/u),u=Array(256);{let e=`0123456789ABCDEF`;for(let t=0;t<256;t++)u[t]=`%`+e[t>>4]+e[t&15]}function d(e){return e<2048?u[192|e>>6]+u[128|e&63]:e<65536?u[224|e>>12]+u[128|e>>6&63]+u[128|e&63]:u[240|e>>18]+u[128|e>>12&63]+u[128|e>>6&63]+u[128|e&63]}function f(e){let t=``,n=0,r=0;for(r=0;r<e.length;r++)if(n=e[r].charCodeAt(0),n!==48){if(!(n>=48&&n<=57||n>=65&&n<=70||n>=97&&n<=102))return``;t+=e[r];break}for(r+=1;r<e.length;r++){if(n=e[r].charCodeAt(0),!(n>=48&&n<=57||n>=65&&n<=70||n>=97&&n<=102))return``;t+=e[r]}return t}var p=RegExp.prototype.test.bind(/^[\dA-Fa-f]{1,4}$/),m=RegExp.prototype.test.bind(/^[vV][\dA-Fa-f]+\.[A-Za-z\d\-._~!$&'()*+,;=:]+$/),h=RegExp.prototype.test.bind(/^[A-Za-z\d\-._~]$/),g=RegExp.prototype.test.bind(/[^!"$&'()*+,\-.;=_`a-z{}~]/u);function _(e){if(e.length===0)return!1;for(let t=0;t<e.length;t++)if(!h(e[t])){if(e[t]===`%`&&t+2<e.length&&a(e.slice(t+1,t+3)))t+=2;else return!1}return!0}function v(e){let t=-1,n=0,r=-1,i=0;for(let a=0;a<e.length;a++)e[a]===`0`?(r===-1&&(r=a),i++,i>n&&(n=i,t=r)):(r=-1,i=0);if(n<2)return e.join(`:`);let a=e.slice(0,t).join(`:`),o=e.slice(t+n).join(`:`);return a+`::`+o}function y(e){let t=e.indexOf(`::`);if(t!==-1&&e.indexOf(`::`,t+1)!==-1)return;let n=t===-1?e.split(`:`):e.slice(0,t).split(`:`),i=t===-1?[]:e.slice(t+2).split(`:`);t!==-1&&(n.length===1&&n[0]===``&&(n.length=0),i.length===1&&i[0]===``&&(i.length=0));let a=n.concat(i),o=0;for(let e=0;e<a.length;e++){let n=a[e];if(n===``)return;if(n.indexOf(`.`)!==-1){if(e!==a.length-1||t!==-1&&i.length===0||!r(n))return;o+=2}else{if(!p(n))return;a[e]=parseInt(n,16).toString(16),o++}}if(t===-1)return o===8?v(a):void 0;if(o>=8)return;let s=a.slice(0,n.length);for(let e=o;e<8;e++)s.push(`0`);for(let e=n.length;e<a.length;e++)s.push(a[e]);return v(s)}function b(e){let t=e[0]===`[`&&e[e.length-1]===`]`;if((e[0]===`[`||e[e.length-1]===`]`)&&!t)return{host:e,isIPV6:!1,error:!0};let n=t?e.slice(1,-1):e;if(t&&m(n))return n=n.toLowerCase(),{host:`[${n}]`,escapedHost:n,isIPV6:!1,isIPVFuture:!0};if(x(n,`:`)<2)return{host:e,isIPV6:!1,error:t};let r=``,i=n.indexOf(`%`);if(i!==-1){let t=n.slice(i,i+3).toLowerCase()===`%25`?3:1;if(r=n.slice(i+t),!_(r))return{host:e,isIPV6:!1,error:!0};n=n.slice(0,i)}let a=y(n);return a===void 0?{host:e,isIPV6:!1,error:!0}:{host:a+(r?`%`+r:``),escapedHost:a+(r?`%25`+r:``),isIPV6:!0}}function x(e,t){let n=0;for(let r=0;r<e.length;r++)e[r]===t&&n++;return n}function S(e){let t=e,n=[],r=-1,i=0;for(;i=t.length;){if(i===1){if(t===`.`)break;if(t===`/`){n.push(`/`);break}n.push(t);break}if(i===2){if(t[0]===`.`){if(t[1]===`.`)break;if(t[1]===`/`){t=t.slice(2);continue}}else if(t[0]===`/`&&(t[1]===`.`||t[1]===`/`)){n.push(`/`);break}}else if(i===3&&t===`/..`){n.length!==0&&n.pop(),n.push(`/`);break}if(t[0]===`.`){if(t[1]===`.`){if(t[2]===`/`){t=t.slice(3);continue}}else if(t[1]===`/`){t=t.slice(2);continue}}else if(t[0]===`/`&&t[1]===`.`){if(t[2]===`/`){t=t.slice(2);continue}if(t[2]===`.`&&t[3]===`/`){t=t.slice(3),n.length!==0&&n.pop();continue}}if((r=t.indexOf(`/`,1))===-1){n.push(t);break}n.push(t.slice(0,r)),t=t.slice(r)}return n.join(``)}function C(e){if(e===``||e[0]===`/`)return S(e);let t=e.split(`/`),n=t.length-1,r=[],i=!1;for(let e=0;e<=n;e++){let a=t[e];a===`.`||a===`..`?(a===`..`&&(r.length!==0&&r[r.length-1]!==`..`?r.pop():r.push(`..`)),i=e===n):r.push(a)}return i&&r[r.length-1]!==`..`&&r.push(``),(r.length===0||r[0]===``||r[0].includes(`:`))&&r.unshift(`.`),r.join(`/`)}var w={"@":`%40`,"/":`%2F`,"?":`%3F`,"#":`%23`,":":`%3A`},T=/[@/?#:]/g,E=/[@/?#]/g;function ee(e,t){let n=t?E:T;return n.lastIndex=0,e.replace(n,e=>w[e])}function D(e,t=!1){if(e.indexOf(`%`)===-1)return e;let n=``;for(let r=0;r<e.length;r++){if(e[r]===`%`&&r+2<e.length){let i=e.slice(r+1,r+3);if(a(i)){let e=i.toUpperCase(),a=String.fromCharCode(parseInt(e,16));t&&o(a)?n+=a:n+=`%`+e,r+=2;continue}}n+=e[r]}return n}function O(e){let t=``;for(let n=0;n<e.length;n++){let r=e[n];if(r===`%`&&n+2<e.length){let r=e.slice(n+1,n+3);if(a(r)){let e=r.toUpperCase(),i=String.fromCharCode(parseInt(e,16));i!==`.`&&o(i)?t+=i:t+=`%`+e,n+=2;continue}}if(s(r))t+=r;else{let i=e.charCodeAt(n);if(i<128)t+=ae(i)?r:u[i];else if(i<55296||i>57343)t+=d(i);else if(i<=56319&&n+1<e.length){let r=e.charCodeAt(n+1);r>=56320&&r<=57343?(t+=d(65536+(i-55296<<10)+(r-56320)),n++):t+=d(65533)}else t+=d(65533)}}return t}function te(e,t=!1){let n=``,r=t&&e[0]!==`/`;for(let t=0;t<e.length;t++){let i=e[t];if(i===`%`&&t+2<e.length){let r=e.slice(t+1,t+3);if(a(r)){n+=`%`+r.toUpperCase(),t+=2;continue}}if(i===`/`&&(r=!1),s(i)&&(i!==`:`||!r))n+=i;else{let r=e.charCodeAt(t);if(r<128)n+=u[r];else if(r<55296||r>57343)n+=d(r);else if(r<=56319&&t+1<e.length){let i=e.charCodeAt(t+1);i>=56320&&i<=57343?(n+=d(65536+(r-55296<<10)+(i-56320)),t++):n+=d(65533)}else n+=d(65533)}}return n}function ne(e,t){let n=``;for(let r=0;r<e.length;r++){let i=e[r];if(i===`%`&&r+2<e.length){let t=e.slice(r+1,r+3);if(a(t)){n+=`%`+t.toUpperCase(),r+=2;continue}}if(t(i))n+=i;else{let t=e.charCodeAt(r);if(t<128)n+=u[t];else if(t<55296||t>57343)n+=d(t);else if(t<=56319&&r+1<e.length){let i=e.charCodeAt(r+1);i>=56320&&i<=57343?(n+=d(65536+(t-55296<<10)+(i-56320)),r++):n+=d(65533)}else n+=d(65533)}}return n}function k(e){return ne(e,l)}function re(e){return ne(e,c)}function ie(e){return ne(e,c)}function ae(e){return e>=48&&e<=57||e>=65&&e<=90||e>=97&&e<=122||e===42||e===43||e===45||e===46||e===47||e===64||e===95}function oe(e){let t=``;for(let n=0;n<e.length;n++){let r=e[n];if(r===`%`&&n+2<e.length){let r=e.slice(n+1,n+3);if(a(r)){let e=r.toUpperCase(),i=String.fromCharCode(parseInt(e,16));o(i)?t+=i:t+=`%`+e,n+=2;continue}}if(c(r))t+=r;else{let i=e.charCodeAt(n);if(i<128)t+=ae(i)?r:u[i];else if(i<55296||i>57343)t+=d(i);else if(i<=56319&&n+1<e.length){let r=e.charCodeAt(n+1);r>=56320&&r<=57343?(t+=d(65536+(i-55296<<10)+(r-56320)),n++):t+=d(65533)}else t+=d(65533)}}return t}function A(e){let t=``;for(let n=0;n<e.length;n++){if(e[n]===`%`&&n+2<e.length){let r=e.slice(n+1,n+3);if(a(r)){t+=`%`+r.toUpperCase(),n+=2;continue}}t+=escape(e[n])}return t}function se(e){let t=[];if(e.userinfo!==void 0&&(t.push(k(e.userinfo)),t.push(`@`)),e.host!==void 0){let n=e.host;if(!r(n)){let e=b(n);e.isIPV6!==!0&&e.isIPVFuture!==!0&&(n=D(n,!0),e=b(n)),n=e.isIPV6===!0||e.isIPVFuture===!0?`[${e.escapedHost}]`:ee(n,!1)}t.push(n)}if(typeof e.port==`number`||typeof e.port==`string`){let n=String(e.port);if(!i(n))throw TypeError(`URI port is malformed.`);t.push(`:`),t.push(n)}return t.length?t.join(``):void 0}t.exports={nonSimpleDomain:g,recomposeAuthority:se,reescapeHostDelimiters:ee,normalizePercentEncoding:D,normalizePathEncoding:O,serializePathEncoding:te,normalizeQueryFragmentEncoding:oe,encodeUserinfo:k,encodeQuery:re,encodeFragment:ie,escapePreservingEscapes:A,removeDotSegments:S,removeDotSegmentsRelative:C,isIPv4:r,isUUID:n,normalizeIPv6:b,stringArrayToHexStripped:f}})),$v=s(((e,t)=>{var{isUUID:n}=Qv(),r=/^([\da-z][\d\-a-z]{0,31}):((?:[\w!$'()*+,\-./:;=@]|%[\da-f]{2})+)$/iu,i=[`http`,`https`,`ws`,`wss`,`urn`,`urn:uuid`];function a(e){return i.indexOf(e)!==-1}function o(e){return e.secure===!0?!0:e.secure===!1?!1:e.scheme?e.scheme.length===3&&(e.scheme[0]===`w`||e.scheme[0]===`W`)&&(e.scheme[1]===`s`||e.scheme[1]===`S`)&&(e.scheme[2]===`s`||e.scheme[2]===`S`):!1}function s(e){return e.host||(e.error=e.error||`HTTP URIs must have a host.`),e}function c(e){let t=String(e.scheme).toLowerCase()===`https`;return(e.port===(t?443:80)||e.port===``)&&(e.port=void 0),e.path||=`/`,e}function l(e){return e.secure=o(e),e.resourceName=(e.path||`/`)+(e.query?`?`+e.query:``),e.path=void 0,e.query=void 0,e}function u(e){if((e.port===(o(e)?443:80)||e.port===``)&&(e.port=void 0),typeof e.secure==`boolean`&&(e.scheme=e.secure?`wss`:`ws`,e.secure=void 0),e.resourceName){let t=e.resourceName.indexOf(`?`),n=t===-1?e.resourceName:e.resourceName.slice(0,t);e.path=n&&n!==`/`?n:void 0,e.query=t===-1?void 0:e.resourceName.slice(t+1),e.resourceName=void 0}return e.fragment=void 0,e}function d(e,t){if(!e.path)return e.error=`URN can not be parsed`,e;let n=e.path.match(r);if(n&&n[0]===e.path){let r=t.scheme||e.scheme||`urn`;e.nid=n[1].toLowerCase(),e.nss=n[2];let i=y(`${r}:${t.nid||e.nid}`);e.path=void 0,i&&(e=i.parse(e,t))}else e.error=e.error||`URN can not be parsed.`;return e}function f(e,t){if(e.nid===void 0)throw Error(`URN without nid cannot be serialized`);let n=t.scheme||e.scheme||`urn`,r=e.nid.toLowerCase(),i=y(`${n}:${t.nid||r}`);i&&(e=i.serialize(e,t));let a=e,o=e.nss;return a.path=`${r||t.nid}:${o}`,t.skipEscape=!0,a}function p(e,t){let r=e;return r.uuid=r.nss,r.nss=void 0,t.tolerant||r.uuid&&n(r.uuid)||(r.error=r.error||`UUID is not valid.`),r}function m(e){let t=e;return t.nss=(e.uuid||``).toLowerCase(),t}var h={scheme:`http`,domainHost:!0,parse:s,serialize:c},g={scheme:`https`,domainHost:h.domainHost,parse:s,serialize:c},_={scheme:`ws`,domainHost:!0,parse:l,serialize:u},v={http:h,https:g,ws:_,wss:{scheme:`wss`,domainHost:_.domainHost,parse:_.parse,serialize:_.serialize},urn:{scheme:`urn`,parse:d,serialize:f,skipNormalize:!0},"urn:uuid":{scheme:`urn:uuid`,parse:p,serialize:m,skipNormalize:!0}};Object.setPrototypeOf(v,null);function y(e){return e&&(v[e]||v[e.toLowerCase()])||void 0}t.exports={wsIsSecure:o,SCHEMES:v,isValidSchemeName:a,getSchemeHandler:y}})),ey=s(((e,t)=>{var{normalizeIPv6:n,removeDotSegments:r,removeDotSegmentsRelative:i,recomposeAuthority:a,normalizePercentEncoding:o,normalizePathEncoding:s,serializePathEncoding:c,normalizeQueryFragmentEncoding:l,encodeQuery:u,encodeFragment:d,reescapeHostDelimiters:f,isIPv4:p,nonSimpleDomain:m}=Qv(),{SCHEMES:h,getSchemeHandler:g}=$v(),_=/^[A-Za-z][A-Za-z0-9+.-]*$/u,v=`URI scheme is malformed.`,y=`URI host is malformed.`,b=/[\0-\x20"#/:<>?@[\\\]^`{|}\x7F]/u;function x(e){let t=String(e);if(!_.test(t))throw TypeError(v);return t}function S(e,t){return typeof e==`string`?e=ce(e,t):typeof e==`object`&&(e=se(E(e,t),t)),e}function C(e,t,r){let i=r?Object.assign({scheme:`null`},r):{scheme:`null`},{parsed:a,malformedAuthorityOrPort:o,malformedPercentEncoding:s,malformedSchemeSpecific:c,malformedHost:l,malformedScheme:u}=A(e,i),{parsed:d,malformedAuthorityOrPort:f,malformedPercentEncoding:m,malformedSchemeSpecific:h,malformedHost:_,malformedScheme:v}=A(t,i);if(o||f||s||m||c||h||l||_||u||v)throw Error(a.error||d.error||`URI is malformed.`);let b=w(a,d,i,!0),x=g(r&&r.scheme||b.scheme),S=b.host,C=S!==void 0&&S!==``&&(p(S)||n(S).isIPV6);if(ae(b,r||{},x,C))throw Error(y);ie(b,r||{},x,C);let T=S&&S.indexOf(`%`)!==-1&&!/\P{ASCII}/u.test(S);if(b.error&&!T)throw Error(b.error);return i.skipEscape=!0,E(b,i)}function w(e,t,n,a){let o={};if(a||(e=se(E(e,n),n),t=se(E(t,n),n)),n||={},!n.tolerant&&t.scheme)o.scheme=t.scheme,o.userinfo=t.userinfo,o.host=t.host,o.port=t.port,o.path=r(t.path||``),o.query=t.query;else{if(t.userinfo!==void 0||t.host!==void 0||t.port!==void 0)o.userinfo=t.userinfo,o.host=t.host,o.port=t.port,o.path=r(t.path||``),o.query=t.query;else{if(!t.path)o.path=e.path,o.query=t.query===void 0?e.query:t.query;else{if(t.path[0]===`/`)o.path=r(t.path);else{let n=e.userinfo!==void 0||e.host!==void 0||e.port!==void 0;o.path=n&&!e.path?`/`+t.path:e.path?e.path.slice(0,e.path.lastIndexOf(`/`)+1)+t.path:t.path,o.path=e.scheme===void 0&&!n&&o.path[0]!==`/`?i(o.path):r(o.path)}o.query=t.query}o.userinfo=e.userinfo,o.host=e.host,o.port=e.port}o.scheme=e.scheme}return o.fragment=t.fragment,o}function T(e,t,n){let r=ue(e,n),i=ue(t,n);return r!==void 0&&i!==void 0&&r===i}function E(e,t){let n={host:e.host,scheme:e.scheme,userinfo:e.userinfo,port:e.port,path:e.path,query:e.query,nid:e.nid,nss:e.nss,uuid:e.uuid,fragment:e.fragment,reference:e.reference,resourceName:e.resourceName,secure:e.secure,error:``},s=Object.assign({},t),l=[];n.scheme&&=x(n.scheme);let f=g(s.scheme||n.scheme);f&&f.serialize&&f.serialize(n,s);let p=n.userinfo!==void 0||n.host!==void 0||n.port!==void 0,m=(n.scheme===void 0||s.reference===`suffix`)&&!p,h=!s.skipEscape&&m;n.path!==void 0&&(n.path=s.skipEscape?o(n.path):c(n.path,h)),s.reference!==`suffix`&&n.scheme&&(n.scheme=x(n.scheme),l.push(n.scheme,`:`));let _=a(n);if(_!==void 0&&(s.reference!==`suffix`&&l.push(`//`),l.push(_),n.path&&n.path[0]!==`/`&&l.push(`/`)),n.path!==void 0){let e=n.path;s.absolutePath||f&&f.absolutePath||(e=m&&e[0]!==`/`?i(e):r(e)),m&&(e=c(e,!0)),_===void 0&&e[0]===`/`&&e[1]===`/`&&(e=`/%2F`+e.slice(2)),l.push(e)}return n.query!==void 0&&l.push(`?`,u(n.query)),n.fragment!==void 0&&l.push(`#`,d(n.fragment)),l.join(``)}var ee=/^(?:([^#/:?]+):)?(?:\/\/((?:([^#/?@]*)@)?(\[[^#/?\]]+\]|[^#/:?]*)(?::(\d*))?))?([^#?]*)(?:\?([^#]*))?(?:#((?:.|[\n\r])*))?/u,D=/^(?:[^#/:?]+:)?\/\/([^/?#]*)/,O=/^(?:[^#/:?]+:)?([/\\\t\n\r]*)/;function te(e,t){if(t[2]!==void 0&&e.path&&e.path[0]!==`/`)return`URI path must start with "/" when authority is present.`;if(typeof e.port==`number`&&(e.port<0||e.port>65535))return`URI port is malformed.`}function ne(e){if(e===void 0)return!1;let t=e.indexOf(`%`);for(;t!==-1;){if(t+2>=e.length||!/^[\da-f]{2}$/iu.test(e.slice(t+1,t+3)))return!0;t=e.indexOf(`%`,t+3)}return!1}function k(e){return e[0]===`[`&&e[e.length-1]===`]`}function re(e){let t=e[4];return ne(e[3])||t!==void 0&&!k(t)&&ne(t)||ne(e[6])||ne(e[7])||ne(e[8])}function ie(e,t,n,r){if(ae(e,t,n,r))return e.error=e.error||y,!0;if(!t.unicodeSupport&&(!n||!n.unicodeSupport)&&e.host&&!k(e.host)&&(t.domainHost||n&&n.domainHost)&&r===!1&&m(e.host)){let t;try{t=new URL(`http://`+e.host)}catch(t){return e.error=e.error||`Host's domain name can not be converted to ASCII: `+t,!0}if(!oe(t))return e.error=e.error||y,!0;e.host=t.hostname}return!1}function ae(e,t,n,r){return!!(e.host&&r===!1&&!k(e.host)&&(t.domainHost||n&&n.domainHost)&&b.test(e.host))}function oe(e){return e.username===``&&e.password===``&&e.port===``&&e.pathname===`/`&&e.search===``&&e.hash===``&&e.hostname!==``}function A(e,t){let r=Object.assign({},t),i={scheme:void 0,userinfo:void 0,host:``,port:void 0,path:``,query:void 0,fragment:void 0},a=!1,c=!1,u=!1,d=!1,m=!1,b=!1,x=!1;r.reference===`suffix`&&(e=r.scheme?r.scheme+`:`+e:`//`+e);let S=e.match(D);S!==null&&S[1].indexOf(`\\`)!==-1&&(i.error=`URI authority must not contain a literal backslash.`,a=!0);let C=e.match(O);if(C!==null){let e=C[1],t=e.replace(/[\t\n\r]/g,``);t.length>=2&&(t.slice(0,2)===`//`?e.length!==t.length&&(i.error=i.error||`URI authority introducer must not contain whitespace.`,a=!0):(i.error=i.error||`URI authority must not contain a literal backslash.`,a=!0))}let w=e.match(ee);if(w){i.scheme=w[1],i.userinfo=w[3],i.host=w[4],i.port=parseInt(w[5],10),i.path=w[6]||``,i.query=w[7],i.fragment=w[8],i.scheme!==void 0&&(_.test(i.scheme)?i.scheme=i.scheme.toLowerCase():(i.error=i.error||v,b=!0)),c=re(w),c&&(i.error=i.error||`URI contains malformed percent-encoding.`),isNaN(i.port)&&(i.port=w[5]);let t=te(i,w);if(t!==void 0&&(i.error=i.error||t,a=!0),i.host){if(p(i.host)===!1){let e=k(i.host),t=i.host.indexOf(`[`)!==-1||i.host.indexOf(`]`)!==-1,r=n(i.host);x=r.isIPV6||r.isIPVFuture===!0,m=t&&(!e||r.error===!0),i.host=x?r.host:r.host.toLowerCase(),m&&(i.error=i.error||y,a=!0)}else x=!0}i.reference=i.scheme===void 0&&i.userinfo===void 0&&i.host===void 0&&i.port===void 0&&i.query===void 0&&!i.path?`same-document`:i.scheme===void 0?`relative`:i.fragment===void 0?`absolute`:`uri`,r.reference&&r.reference!==`suffix`&&r.reference!==i.reference&&(i.error=i.error||`URI is not a `+r.reference+` reference.`);let S=g(r.scheme||i.scheme);if(m||(d=ie(i,r,S,x)),e.indexOf(`%`)!==-1&&i.host!==void 0&&!m){let e=x?i.host:o(i.host,!0);x||(e=o(e.toLowerCase())),i.host=x||r.scheme!==`null`?f(e,x):e}(!S||S&&!S.skipNormalize)&&(i.path&&=s(i.path),i.query&&=l(i.query),i.fragment&&=l(i.fragment)),S&&S.parse&&(S.parse(i,r),S===h.urn&&i.nid===void 0&&(u=!0))}else i.error=i.error||`URI can not be parsed.`;return{parsed:i,malformedAuthorityOrPort:a,malformedPercentEncoding:c,malformedSchemeSpecific:u,malformedHost:d,malformedScheme:b}}function se(e,t){return A(e,t).parsed}function ce(e,t){return le(e,t).normalized}function le(e,t){let{parsed:n,malformedAuthorityOrPort:r,malformedPercentEncoding:i,malformedSchemeSpecific:a,malformedHost:o,malformedScheme:s}=A(e,t);return{normalized:r||i||a||o||s?e:E(n,t),malformedAuthorityOrPort:r,malformedPercentEncoding:i,malformedSchemeSpecific:a,malformedHost:o,malformedScheme:s}}function ue(e,t){if(typeof e!=`string`&&typeof e!=`object`)return;let n;try{n=typeof e==`string`?e:E(e,t)}catch{return}let{normalized:r,malformedAuthorityOrPort:i,malformedPercentEncoding:a,malformedSchemeSpecific:o,malformedHost:s,malformedScheme:c}=le(n,t);return i||a||o||s||c?void 0:r}var de={SCHEMES:h,normalize:S,resolve:C,resolveComponent:w,equal:T,serialize:E,parse:se};t.exports=de,t.exports.default=de,t.exports.fastUri=de})),ty=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=ey();t.code=`require("ajv/dist/runtime/uri").default`,e.default=t})),ny=s((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.CodeGen=e.Name=e.nil=e.stringify=e.str=e._=e.KeywordCxt=void 0;var t=Bv();Object.defineProperty(e,"KeywordCxt",{enumerable:!0,get:function(){return t.KeywordCxt}});var n=U();Object.defineProperty(e,"_",{enumerable:!0,get:function(){return n._}}),Object.defineProperty(e,"str",{enumerable:!0,get:function(){return n.str}}),Object.defineProperty(e,"stringify",{enumerable:!0,get:function(){return n.stringify}}),Object.defineProperty(e,"nil",{enumerable:!0,get:function(){return n.nil}}),Object.defineProperty(e,"Name",{enumerable:!0,get:function(){return n.Name}}),Object.defineProperty(e,"CodeGen",{enumerable:!0,get:function(){return n.CodeGen}});var r=Vv(),i=Hv(),a=Av(),o=Uv(),s=U(),c=zv(),l=Mv(),u=W(),f=(Zv(),d(Wv).default),p=ty(),m=(e,t)=>new RegExp(e,t);m.code=`new RegExp`;var h=[`removeAdditional`,`useDefaults`,`coerceTypes`],g=new Set([`validate`,`serialize`,`parse`,`wrapper`,`root`,`schema`,`keyword`,`pattern`,`formats`,`validate$data`,`func`,`obj`,`Error`]),_={errorDataPath:``,format:"`validateFormats: false` can be used instead.",nullable:`"nullable" keyword is supported by default.`,jsonPointers:`Deprecated jsPropertySyntax can be used instead.`,extendRefs:`Deprecated ignoreKeywordsWithRef can be used instead.`,missingRefs:`Pass empty schema with $id that should be ignored to ajv.addSchema.`,processCode:"Use option `code: {process: (code, schemaEnv: object) => string}`",sourceCode:"Use option `code: {source: true}`",strictDefaults:"It is default now, see option `strict`.",strictKeywords:"It is default now, see option `strict`.",uniqueItems:`"uniqueItems" keyword is always validated.`,unknownFormats:"Disable strict mode or pass `true` to `ajv.addFormat` (or `formats` option).",cache:`Map is used as cache, schema object as key.`,serialize:`Map is used as cache, schema object as key.`,ajvErrors:`It is default now.`},v={ignoreKeywordsWithRef:``,jsPropertySyntax:``,unicode:`"minLength"/"maxLength" account for unicode characters by default.`},y=200;function b(e){let t=e.strict,n=e.code?.optimize,r=n===!0||n===void 0?1:n||0,i=e.code?.regExp??m,a=e.uriResolver??p.default;return{strictSchema:e.strictSchema??t??!0,strictNumbers:e.strictNumbers??t??!0,strictTypes:e.strictTypes??t??`log`,strictTuples:e.strictTuples??t??`log`,strictRequired:e.strictRequired??t??!1,code:e.code?{...e.code,optimize:r,regExp:i}:{optimize:r,regExp:i},loopRequired:e.loopRequired??y,loopEnum:e.loopEnum??y,meta:e.meta??!0,messages:e.messages??!0,inlineRefs:e.inlineRefs??!0,schemaId:e.schemaId??`$id`,addUsedSchema:e.addUsedSchema??!0,validateSchema:e.validateSchema??!0,validateFormats:e.validateFormats??!0,unicodeRegExp:e.unicodeRegExp??!0,int32range:e.int32range??!0,uriResolver:a}}var x=class{constructor(e={}){this.schemas={},this.refs={},this.formats=Object.create(null),this._compilations=new Set,this._loading={},this._cache=new Map,e=this.opts={...e,...b(e)};let{es5:t,lines:n}=this.opts.code;this.scope=new s.ValueScope({scope:{},prefixes:g,es5:t,lines:n}),this.logger=O(e.logger);let r=e.validateFormats;e.validateFormats=!1,this.RULES=(0,a.getRules)(),S.call(this,_,e,`NOT SUPPORTED`),S.call(this,v,e,`DEPRECATED`,`warn`),this._metaOpts=ee.call(this),e.formats&&T.call(this),this._addVocabularies(),this._addDefaultMetaSchema(),e.keywords&&E.call(this,e.keywords),typeof e.meta==`object`&&this.addMetaSchema(e.meta),w.call(this),e.validateFormats=r}_addVocabularies(){this.addKeyword(`$async`)}_addDefaultMetaSchema(){let{$data:e,meta:t,schemaId:n}=this.opts,r=f;n===`id`&&(r={...f},r.id=r.$id,delete r.$id),t&&e&&this.addMetaSchema(r,r[n],!1)}defaultMeta(){let{meta:e,schemaId:t}=this.opts;return this.opts.defaultMeta=typeof e==`object`?e[t]||e:void 0}validate(e,t){let n;if(typeof e==`string`){if(n=this.getSchema(e),!n)throw Error(`no schema with key or ref "${e}"`)}else n=this.compile(e);let r=n(t);return`$async`in n||(this.errors=n.errors),r}compile(e,t){let n=this._addSchema(e,t);return n.validate||this._compileSchemaEnv(n)}compileAsync(e,t){if(typeof this.opts.loadSchema!=`function`)throw Error(`options.loadSchema should be a function`);let{loadSchema:n}=this.opts;return r.call(this,e,t);async function r(e,t){await a.call(this,e.$schema);let n=this._addSchema(e,t);return n.validate||o.call(this,n)}async function a(e){e&&!this.getSchema(e)&&await r.call(this,{$ref:e},!0)}async function o(e){try{return this._compileSchemaEnv(e)}catch(t){if(!(t instanceof i.default))throw t;return s.call(this,t),await c.call(this,t.missingSchema),o.call(this,e)}}function s({missingSchema:e,missingRef:t}){if(this.refs[e])throw Error(`AnySchema ${e} is loaded but ${t} cannot be resolved`)}async function c(e){let n=await l.call(this,e);this.refs[e]||await a.call(this,n.$schema),this.refs[e]||this.addSchema(n,e,t)}async function l(e){let t=this._loading[e];if(t)return t;try{return await(this._loading[e]=n(e))}finally{delete this._loading[e]}}}addSchema(e,t,n,r=this.opts.validateSchema){if(Array.isArray(e)){for(let t of e)this.addSchema(t,void 0,n,r);return this}let i;if(typeof e==`object`){let{schemaId:t}=this.opts;if(i=e[t],i!==void 0&&typeof i!=`string`)throw Error(`schema ${t} must be string`)}return t=(0,c.normalizeId)(t||i),this._checkUnique(t),this.schemas[t]=this._addSchema(e,n,t,r,!0),this}addMetaSchema(e,t,n=this.opts.validateSchema){return this.addSchema(e,t,!0,n),this}validateSchema(e,t){if(typeof e==`boolean`)return!0;let n;if(n=e.$schema,n!==void 0&&typeof n!=`string`)throw Error(`$schema must be a string`);if(n=n||this.opts.defaultMeta||this.defaultMeta(),!n)return this.logger.warn(`meta-schema not available`),this.errors=null,!0;let r=this.validate(n,e);if(!r&&t){let e=`schema is invalid: `+this.errorsText();if(this.opts.validateSchema===`log`)this.logger.error(e);else throw Error(e)}return r}getSchema(e){let t;for(;typeof(t=C.call(this,e))==`string`;)e=t;if(t===void 0){let{schemaId:n}=this.opts,r=new o.SchemaEnv({schema:{},schemaId:n});if(t=o.resolveSchema.call(this,r,e),!t)return;this.refs[e]=t}return t.validate||this._compileSchemaEnv(t)}removeSchema(e){if(e instanceof RegExp)return this._removeAllSchemas(this.schemas,e),this._removeAllSchemas(this.refs,e),this;switch(typeof e){case`undefined`:return this._removeAllSchemas(this.schemas),this._removeAllSchemas(this.refs),this._cache.clear(),this;case`string`:{let t=C.call(this,e);return typeof t==`object`&&this._cache.delete(t.schema),delete this.schemas[e],delete this.refs[e],this}case`object`:{let t=e;this._cache.delete(t);let n=e[this.opts.schemaId];return n&&(n=(0,c.normalizeId)(n),delete this.schemas[n],delete this.refs[n]),this}default:throw Error(`ajv.removeSchema: invalid parameter`)}}addVocabulary(e){for(let t of e)this.addKeyword(t);return this}addKeyword(e,t){let n;if(typeof e==`string`)n=e,typeof t==`object`&&(this.logger.warn(`these parameters are deprecated, see docs for addKeyword`),t.keyword=n);else if(typeof e==`object`&&t===void 0){if(t=e,n=t.keyword,Array.isArray(n)&&!n.length)throw Error(`addKeywords: keyword must be string or non-empty array`)}else throw Error(`invalid addKeywords parameters`);if(ne.call(this,n,t),!t)return(0,u.eachItem)(n,e=>k.call(this,e)),this;ie.call(this,t);let r={...t,type:(0,l.getJSONTypes)(t.type),schemaType:(0,l.getJSONTypes)(t.schemaType)};return(0,u.eachItem)(n,r.type.length===0?e=>k.call(this,e,r):e=>r.type.forEach(t=>k.call(this,e,r,t))),this}getKeyword(e){let t=this.RULES.all[e];return typeof t==`object`?t.definition:!!t}removeKeyword(e){let{RULES:t}=this;delete t.keywords[e],delete t.all[e];for(let n of t.rules){let t=n.rules.findIndex(t=>t.keyword===e);t>=0&&n.rules.splice(t,1)}return this}addFormat(e,t){return typeof t==`string`&&(t=new RegExp(t)),this.formats[e]=t,this}errorsText(e=this.errors,{separator:t=`, `,dataVar:n=`data`}={}){return!e||e.length===0?`No errors`:e.map(e=>`${n}${e.instancePath} ${e.message}`).reduce((e,n)=>e+t+n)}$dataMetaSchema(e,t){let n=this.RULES.all;e=JSON.parse(JSON.stringify(e));for(let r of t){let t=r.split(`/`).slice(1),i=e;for(let e of t)i=i[e];for(let e in n){let t=n[e];if(typeof t!=`object`)continue;let{$data:r}=t.definition,a=i[e];r&&a&&(i[e]=oe(a))}}return e}_removeAllSchemas(e,t){for(let n in e){let r=e[n];(!t||t.test(n))&&(typeof r==`string`?delete e[n]:r&&!r.meta&&(this._cache.delete(r.schema),delete e[n]))}}_addSchema(e,t,n,r=this.opts.validateSchema,i=this.opts.addUsedSchema){let a,{schemaId:s}=this.opts;if(typeof e==`object`)a=e[s];else if(this.opts.jtd)throw Error(`schema must be object`);else if(typeof e!=`boolean`)throw Error(`schema must be object or boolean`);let l=this._cache.get(e);if(l!==void 0)return l;n=(0,c.normalizeId)(a||n);let u=c.getSchemaRefs.call(this,e,n);return l=new o.SchemaEnv({schema:e,schemaId:s,meta:t,baseId:n,localRefs:u}),this._cache.set(l.schema,l),i&&!n.startsWith(`#`)&&(n&&this._checkUnique(n),this.refs[n]=l),r&&this.validateSchema(e,!0),l}_checkUnique(e){if(this.schemas[e]||this.refs[e])throw Error(`schema with key or id "${e}" already exists`)}_compileSchemaEnv(e){if(e.meta?this._compileMetaSchema(e):o.compileSchema.call(this,e),!e.validate)throw Error(`ajv implementation error`);return e.validate}_compileMetaSchema(e){let t=this.opts;this.opts=this._metaOpts;try{o.compileSchema.call(this,e)}finally{this.opts=t}}};x.ValidationError=r.default,x.MissingRefError=i.default,e.default=x;function S(e,t,n,r=`error`){for(let i in e){let a=i;a in t&&this.logger[r](`${n}: option ${i}. ${e[a]}`)}}function C(e){return e=(0,c.normalizeId)(e),this.schemas[e]||this.refs[e]}function w(){let e=this.opts.schemas;if(e){if(Array.isArray(e))this.addSchema(e);else for(let t in e)this.addSchema(e[t],t)}}function T(){for(let e in this.opts.formats){let t=this.opts.formats[e];t&&this.addFormat(e,t)}}function E(e){if(Array.isArray(e))this.addVocabulary(e);else{this.logger.warn(`keywords option as map is deprecated, pass array`);for(let t in e){let n=e[t];n.keyword||=t,this.addKeyword(n)}}}function ee(){let e={...this.opts};for(let t of h)delete e[t];return e}var D={log(){},warn(){},error(){}};function O(e){if(e===!1)return D;if(e===void 0)return console;if(e.log&&e.warn&&e.error)return e;throw Error(`logger must implement log, warn and error methods`)}var te=/^[a-z_$][a-z0-9_$:-]*$/i;function ne(e,t){let{RULES:n}=this;if((0,u.eachItem)(e,e=>{if(n.keywords[e])throw Error(`Keyword ${e} is already defined`);if(!te.test(e))throw Error(`Keyword ${e} has invalid name`)}),t&&t.$data&&!(`code`in t||`validate`in t))throw Error(`$data keyword must have "code" or "validate" function`)}function k(e,t,n){var r;let i=t?.post;if(n&&i)throw Error(`keyword with "post" flag cannot have "type"`);let{RULES:a}=this,o=i?a.post:a.rules.find(({type:e})=>e===n);if(o||(o={type:n,rules:[]},a.rules.push(o)),a.keywords[e]=!0,!t)return;let s={keyword:e,definition:{...t,type:(0,l.getJSONTypes)(t.type),schemaType:(0,l.getJSONTypes)(t.schemaType)}};t.before?re.call(this,o,s,t.before):o.rules.push(s),a.all[e]=s,(r=t.implements)==null||r.forEach(e=>this.addKeyword(e))}function re(e,t,n){let r=e.rules.findIndex(e=>e.keyword===n);r>=0?e.rules.splice(r,0,t):(e.rules.push(t),this.logger.warn(`rule ${n} is not defined`))}function ie(e){let{metaSchema:t}=e;t!==void 0&&(e.$data&&this.opts.$data&&(t=oe(t)),e.validateSchema=this.compile(t,!0))}var ae={$ref:`https://raw.githubusercontent.com/ajv-validator/ajv/master/lib/refs/data.json#`};function oe(e){return{anyOf:[e,ae]}}})),ry=s((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.default={keyword:`id`,code(){throw Error(`NOT SUPPORTED: keyword "id", use "$id" for schema ID`)}}})),iy=s((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.callRef=e.getValidate=void 0;var t=Hv(),n=Pv(),r=U(),i=Dv(),a=Uv(),o=W(),s={keyword:`$ref`,schemaType:`string`,code(e){let{gen:n,schema:i,it:o}=e,{baseId:s,schemaEnv:u,validateName:d,opts:f,self:p}=o,{root:m}=u;if((i===`#`||i===`#/`)&&s===m.baseId)return g();let h=a.resolveRef.call(p,m,s,i);if(h===void 0)throw new t.default(o.opts.uriResolver,s,i);return h instanceof a.SchemaEnv?_(h):v(h);function g(){if(u===m)return l(e,d,u,u.$async);let t=n.scopeValue(`root`,{ref:m});return l(e,(0,r._)`${t}.validate`,m,m.$async)}function _(t){l(e,c(e,t),t,t.$async)}function v(t){let a=n.scopeValue(`schema`,f.code.source===!0?{ref:t,code:(0,r.stringify)(t)}:{ref:t}),o=n.name(`valid`),s=e.subschema({schema:t,dataTypes:[],schemaPath:r.nil,topSchemaRef:a,errSchemaPath:i},o);e.mergeEvaluated(s),e.ok(o)}}};function c(e,t){let{gen:n}=e;return t.validate?n.scopeValue(`validate`,{ref:t.validate}):(0,r._)`${n.scopeValue(`wrapper`,{ref:t})}.validate`}e.getValidate=c;function l(e,t,a,s){let{gen:c,it:l}=e,{allErrors:u,schemaEnv:d,opts:f}=l,p=f.passContext?i.default.this:r.nil;s?m():h();function m(){if(!d.$async)throw Error(`async schema referenced by sync schema`);let i=c.let(`valid`);c.try(()=>{c.code((0,r._)`await ${(0,n.callValidateCode)(e,t,p)}`),_(t),u||c.assign(i,!0)},e=>{c.if((0,r._)`!(${e} instanceof ${l.ValidationError})`,()=>c.throw(e)),g(e),u||c.assign(i,!1)}),e.ok(i)}function h(){e.result((0,n.callValidateCode)(e,t,p),()=>_(t),()=>g(t))}function g(e){let t=(0,r._)`${e}.errors`;c.assign(i.default.vErrors,(0,r._)`${i.default.vErrors} === null ? ${t} : ${i.default.vErrors}.concat(${t})`),c.assign(i.default.errors,(0,r._)`${i.default.vErrors}.length`)}function _(e){if(!l.opts.unevaluated)return;let t=a?.validate?.evaluated;if(l.props!==!0){if(t&&!t.dynamicProps)t.props!==void 0&&(l.props=o.mergeEvaluated.props(c,t.props,l.props));else{let t=c.var(`props`,(0,r._)`${e}.evaluated.props`);l.props=o.mergeEvaluated.props(c,t,l.props,r.Name)}}if(l.items!==!0){if(t&&!t.dynamicItems)t.items!==void 0&&(l.items=o.mergeEvaluated.items(c,t.items,l.items));else{let t=c.var(`items`,(0,r._)`${e}.evaluated.items`);l.items=o.mergeEvaluated.items(c,t,l.items,r.Name)}}}}e.callRef=l,e.default=s})),ay=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=ry(),n=iy();e.default=[`$schema`,`$id`,`$defs`,`$vocabulary`,{keyword:`$comment`},`definitions`,t.default,n.default]})),oy=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=U(),n=t.operators,r={maximum:{okStr:`<=`,ok:n.LTE,fail:n.GT},minimum:{okStr:`>=`,ok:n.GTE,fail:n.LT},exclusiveMaximum:{okStr:`<`,ok:n.LT,fail:n.GTE},exclusiveMinimum:{okStr:`>`,ok:n.GT,fail:n.LTE}};e.default={keyword:Object.keys(r),type:`number`,schemaType:`number`,$data:!0,error:{message:({keyword:e,schemaCode:n})=>(0,t.str)`must be ${r[e].okStr} ${n}`,params:({keyword:e,schemaCode:n})=>(0,t._)`{comparison: ${r[e].okStr}, limit: ${n}}`},code(e){let{keyword:n,data:i,schemaCode:a}=e;e.fail$data((0,t._)`${i} ${r[n].fail} ${a} || isNaN(${i})`)}}})),sy=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=U();e.default={keyword:`multipleOf`,type:`number`,schemaType:`number`,$data:!0,error:{message:({schemaCode:e})=>(0,t.str)`must be multiple of ${e}`,params:({schemaCode:e})=>(0,t._)`{multipleOf: ${e}}`},code(e){let{gen:n,data:r,schemaCode:i,it:a}=e,o=a.opts.multipleOfPrecision,s=n.let(`res`),c=o?(0,t._)`Math.abs(Math.round(${s}) - ${s}) > 1e-${o}`:(0,t._)`${s} !== parseInt(${s})`;e.fail$data((0,t._)`(${i} === 0 || (${s} = ${r}/${i}, ${c}))`)}}})),cy=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});function t(e){let t=e.length,n=0,r=0,i;for(;r<t;)n++,i=e.charCodeAt(r++),i>=55296&&i<=56319&&r<t&&(i=e.charCodeAt(r),(i&64512)==56320&&r++);return n}e.default=t,t.code=`require("ajv/dist/runtime/ucs2length").default`})),ly=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=U(),n=W(),r=cy();e.default={keyword:[`maxLength`,`minLength`],type:`string`,schemaType:`number`,$data:!0,error:{message({keyword:e,schemaCode:n}){let r=e===`maxLength`?`more`:`fewer`;return(0,t.str)`must NOT have ${r} than ${n} characters`},params:({schemaCode:e})=>(0,t._)`{limit: ${e}}`},code(e){let{keyword:i,data:a,schemaCode:o,it:s}=e,c=i===`maxLength`?t.operators.GT:t.operators.LT,l=s.opts.unicode===!1?(0,t._)`${a}.length`:(0,t._)`${(0,n.useFunc)(e.gen,r.default)}(${a})`;e.fail$data((0,t._)`${l} ${c} ${o}`)}}})),uy=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=Pv(),n=W(),r=U();e.default={keyword:`pattern`,type:`string`,schemaType:`string`,$data:!0,error:{message:({schemaCode:e})=>(0,r.str)`must match pattern "${e}"`,params:({schemaCode:e})=>(0,r._)`{pattern: ${e}}`},code(e){let{gen:i,data:a,$data:o,schema:s,schemaCode:c,it:l}=e,u=l.opts.unicodeRegExp?`u`:``;if(o){let{regExp:t}=l.opts.code,o=t.code===`new RegExp`?(0,r._)`new RegExp`:(0,n.useFunc)(i,t),s=i.let(`valid`);i.try(()=>i.assign(s,(0,r._)`${o}(${c}, ${u}).test(${a})`),()=>i.assign(s,!1)),e.fail$data((0,r._)`!${s}`)}else{let n=(0,t.usePattern)(e,s);e.fail$data((0,r._)`!${n}.test(${a})`)}}}})),dy=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=U();e.default={keyword:[`maxProperties`,`minProperties`],type:`object`,schemaType:`number`,$data:!0,error:{message({keyword:e,schemaCode:n}){let r=e===`maxProperties`?`more`:`fewer`;return(0,t.str)`must NOT have ${r} than ${n} properties`},params:({schemaCode:e})=>(0,t._)`{limit: ${e}}`},code(e){let{keyword:n,data:r,schemaCode:i}=e,a=n===`maxProperties`?t.operators.GT:t.operators.LT;e.fail$data((0,t._)`Object.keys(${r}).length ${a} ${i}`)}}})),fy=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=Pv(),n=U(),r=W();e.default={keyword:`required`,type:`object`,schemaType:`array`,$data:!0,error:{message:({params:{missingProperty:e}})=>(0,n.str)`must have required property '${e}'`,params:({params:{missingProperty:e}})=>(0,n._)`{missingProperty: ${e}}`},code(e){let{gen:i,schema:a,schemaCode:o,data:s,$data:c,it:l}=e,{opts:u}=l;if(!c&&a.length===0)return;let d=a.length>=u.loopRequired;if(l.allErrors?f():p(),u.strictRequired){let t=e.parentSchema.properties,{definedProperties:n}=e.it;for(let e of a)if(t?.[e]===void 0&&!n.has(e)){let t=`required property "${e}" is not defined at "${l.schemaEnv.baseId+l.errSchemaPath}" (strictRequired)`;(0,r.checkStrictMode)(l,t,l.opts.strictRequired)}}function f(){if(d||c)e.block$data(n.nil,m);else for(let n of a)(0,t.checkReportMissingProp)(e,n)}function p(){let n=i.let(`missing`);if(d||c){let t=i.let(`valid`,!0);e.block$data(t,()=>h(n,t)),e.ok(t)}else i.if((0,t.checkMissingProp)(e,a,n)),(0,t.reportMissingProp)(e,n),i.else()}function m(){i.forOf(`prop`,o,n=>{e.setParams({missingProperty:n}),i.if((0,t.noPropertyInData)(i,s,n,u.ownProperties),()=>e.error())})}function h(r,a){e.setParams({missingProperty:r}),i.forOf(r,o,()=>{i.assign(a,(0,t.propertyInData)(i,s,r,u.ownProperties)),i.if((0,n.not)(a),()=>{e.error(),i.break()})},n.nil)}}}})),py=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=U();e.default={keyword:[`maxItems`,`minItems`],type:`array`,schemaType:`number`,$data:!0,error:{message({keyword:e,schemaCode:n}){let r=e===`maxItems`?`more`:`fewer`;return(0,t.str)`must NOT have ${r} than ${n} items`},params:({schemaCode:e})=>(0,t._)`{limit: ${e}}`},code(e){let{keyword:n,data:r,schemaCode:i}=e,a=n===`maxItems`?t.operators.GT:t.operators.LT;e.fail$data((0,t._)`${r}.length ${a} ${i}`)}}})),my=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=Lv();t.code=`require("ajv/dist/runtime/equal").default`,e.default=t})),hy=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=Mv(),n=U(),r=W(),i=my();e.default={keyword:`uniqueItems`,type:`array`,schemaType:`boolean`,$data:!0,error:{message:({params:{i:e,j:t}})=>(0,n.str)`must NOT have duplicate items (items ## ${t} and ${e} are identical)`,params:({params:{i:e,j:t}})=>(0,n._)`{i: ${e}, j: ${t}}`},code(e){let{gen:a,data:o,$data:s,schema:c,parentSchema:l,schemaCode:u,it:d}=e;if(!s&&!c)return;let f=a.let(`valid`),p=l.items?(0,t.getSchemaTypes)(l.items):[];e.block$data(f,m,(0,n._)`${u} === false`),e.ok(f);function m(){let t=a.let(`i`,(0,n._)`${o}.length`),r=a.let(`j`);e.setParams({i:t,j:r}),a.assign(f,!0),a.if((0,n._)`${t} > 1`,()=>(h()?g:_)(t,r))}function h(){return p.length>0&&!p.some(e=>e===`object`||e===`array`)}function g(r,i){let s=a.name(`item`),c=(0,t.checkDataTypes)(p,s,d.opts.strictNumbers,t.DataType.Wrong),l=a.const(`indices`,(0,n._)`{}`);a.for((0,n._)`;${r}--;`,()=>{a.let(s,(0,n._)`${o}[${r}]`),a.if(c,(0,n._)`continue`),p.length>1&&a.if((0,n._)`typeof ${s} == "string"`,(0,n._)`${s} += "_"`),a.if((0,n._)`typeof ${l}[${s}] == "number"`,()=>{a.assign(i,(0,n._)`${l}[${s}]`),e.error(),a.assign(f,!1).break()}).code((0,n._)`${l}[${s}] = ${r}`)})}function _(t,s){let c=(0,r.useFunc)(a,i.default),l=a.name(`outer`);a.label(l).for((0,n._)`;${t}--;`,()=>a.for((0,n._)`${s} = ${t}; ${s}--;`,()=>a.if((0,n._)`${c}(${o}[${t}], ${o}[${s}])`,()=>{e.error(),a.assign(f,!1).break(l)})))}}}})),gy=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=U(),n=W(),r=my();e.default={keyword:`const`,$data:!0,error:{message:`must be equal to constant`,params:({schemaCode:e})=>(0,t._)`{allowedValue: ${e}}`},code(e){let{gen:i,data:a,$data:o,schemaCode:s,schema:c}=e;o||c&&typeof c==`object`?e.fail$data((0,t._)`!${(0,n.useFunc)(i,r.default)}(${a}, ${s})`):e.fail((0,t._)`${c} !== ${a}`)}}})),_y=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=U(),n=W(),r=my();e.default={keyword:`enum`,schemaType:`array`,$data:!0,error:{message:`must be equal to one of the allowed values`,params:({schemaCode:e})=>(0,t._)`{allowedValues: ${e}}`},code(e){let{gen:i,data:a,$data:o,schema:s,schemaCode:c,it:l}=e;if(!o&&s.length===0)throw Error(`enum must have non-empty array`);let u=s.length>=l.opts.loopEnum,d,f=()=>d??=(0,n.useFunc)(i,r.default),p;if(u||o)p=i.let(`valid`),e.block$data(p,m);else{if(!Array.isArray(s))throw Error(`ajv implementation error`);let e=i.const(`vSchema`,c);p=(0,t.or)(...s.map((t,n)=>h(e,n)))}e.pass(p);function m(){i.assign(p,!1),i.forOf(`v`,c,e=>i.if((0,t._)`${f()}(${a}, ${e})`,()=>i.assign(p,!0).break()))}function h(e,n){let r=s[n];return typeof r==`object`&&r?(0,t._)`${f()}(${a}, ${e}[${n}])`:(0,t._)`${a} === ${r}`}}}})),vy=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=oy(),n=sy(),r=ly(),i=uy(),a=dy(),o=fy(),s=py(),c=hy(),l=gy(),u=_y();e.default=[t.default,n.default,r.default,i.default,a.default,o.default,s.default,c.default,{keyword:`type`,schemaType:[`string`,`array`]},{keyword:`nullable`,schemaType:`boolean`},l.default,u.default]})),yy=s((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.validateAdditionalItems=void 0;var t=U(),n=W(),r={keyword:`additionalItems`,type:`array`,schemaType:[`boolean`,`object`],before:`uniqueItems`,error:{message:({params:{len:e}})=>(0,t.str)`must NOT have more than ${e} items`,params:({params:{len:e}})=>(0,t._)`{limit: ${e}}`},code(e){let{parentSchema:t,it:r}=e,{items:a}=t;Array.isArray(a)?i(e,a):(0,n.checkStrictMode)(r,`"additionalItems" is ignored when "items" is not an array of schemas`)}};function i(e,r){let{gen:i,schema:a,data:o,keyword:s,it:c}=e;c.items=!0;let l=i.const(`len`,(0,t._)`${o}.length`);if(a===!1)e.setParams({len:r.length}),e.pass((0,t._)`${l} <= ${r.length}`);else if(typeof a==`object`&&!(0,n.alwaysValidSchema)(c,a)){let n=i.var(`valid`,(0,t._)`${l} <= ${r.length}`);i.if((0,t.not)(n),()=>u(n)),e.ok(n)}function u(a){i.forRange(`i`,r.length,l,r=>{e.subschema({keyword:s,dataProp:r,dataPropType:n.Type.Num},a),c.allErrors||i.if((0,t.not)(a),()=>i.break())})}}e.validateAdditionalItems=i,e.default=r})),by=s((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.validateTuple=void 0;var t=U(),n=W(),r=Pv(),i={keyword:`items`,type:`array`,schemaType:[`object`,`array`,`boolean`],before:`uniqueItems`,code(e){let{schema:t,it:i}=e;if(Array.isArray(t))return a(e,`additionalItems`,t);i.items=!0,(0,n.alwaysValidSchema)(i,t)||e.ok((0,r.validateArray)(e))}};function a(e,r,i=e.schema){let{gen:a,parentSchema:o,data:s,keyword:c,it:l}=e;f(o),l.opts.unevaluated&&i.length&&l.items!==!0&&(l.items=n.mergeEvaluated.items(a,i.length,l.items));let u=a.name(`valid`),d=a.const(`len`,(0,t._)`${s}.length`);i.forEach((r,i)=>{(0,n.alwaysValidSchema)(l,r)||(a.if((0,t._)`${d} > ${i}`,()=>e.subschema({keyword:c,schemaProp:i,dataProp:i},u)),e.ok(u))});function f(e){let{opts:t,errSchemaPath:a}=l,o=i.length,s=o===e.minItems&&(o===e.maxItems||e[r]===!1);if(t.strictTuples&&!s){let e=`"${c}" is ${o}-tuple, but minItems or maxItems/${r} are not specified or different at path "${a}"`;(0,n.checkStrictMode)(l,e,t.strictTuples)}}}e.validateTuple=a,e.default=i})),xy=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=by();e.default={keyword:`prefixItems`,type:`array`,schemaType:[`array`],before:`uniqueItems`,code:e=>(0,t.validateTuple)(e,`items`)}})),Sy=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=U(),n=W(),r=Pv(),i=yy();e.default={keyword:`items`,type:`array`,schemaType:[`object`,`boolean`],before:`uniqueItems`,error:{message:({params:{len:e}})=>(0,t.str)`must NOT have more than ${e} items`,params:({params:{len:e}})=>(0,t._)`{limit: ${e}}`},code(e){let{schema:t,parentSchema:a,it:o}=e,{prefixItems:s}=a;o.items=!0,(0,n.alwaysValidSchema)(o,t)||(s?(0,i.validateAdditionalItems)(e,s):e.ok((0,r.validateArray)(e)))}}})),Cy=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=U(),n=W();e.default={keyword:`contains`,type:`array`,schemaType:[`object`,`boolean`],before:`uniqueItems`,trackErrors:!0,error:{message:({params:{min:e,max:n}})=>n===void 0?(0,t.str)`must contain at least ${e} valid item(s)`:(0,t.str)`must contain at least ${e} and no more than ${n} valid item(s)`,params:({params:{min:e,max:n}})=>n===void 0?(0,t._)`{minContains: ${e}}`:(0,t._)`{minContains: ${e}, maxContains: ${n}}`},code(e){let{gen:r,schema:i,parentSchema:a,data:o,it:s}=e,c,l,{minContains:u,maxContains:d}=a;s.opts.next?(c=u===void 0?1:u,l=d):c=1;let f=r.const(`len`,(0,t._)`${o}.length`);if(e.setParams({min:c,max:l}),l===void 0&&c===0){(0,n.checkStrictMode)(s,`"minContains" == 0 without "maxContains": "contains" keyword ignored`);return}if(l!==void 0&&c>l){(0,n.checkStrictMode)(s,`"minContains" > "maxContains" is always invalid`),e.fail();return}if((0,n.alwaysValidSchema)(s,i)){let n=(0,t._)`${f} >= ${c}`;l!==void 0&&(n=(0,t._)`${n} && ${f} <= ${l}`),e.pass(n);return}s.items=!0;let p=r.name(`valid`);l===void 0&&c===1?h(p,()=>r.if(p,()=>r.break())):c===0?(r.let(p,!0),l!==void 0&&r.if((0,t._)`${o}.length > 0`,m)):(r.let(p,!1),m()),e.result(p,()=>e.reset());function m(){let e=r.name(`_valid`),t=r.let(`count`,0);h(e,()=>r.if(e,()=>g(t)))}function h(t,i){r.forRange(`i`,0,f,r=>{e.subschema({keyword:`contains`,dataProp:r,dataPropType:n.Type.Num,compositeRule:!0},t),i()})}function g(e){r.code((0,t._)`${e}++`),l===void 0?r.if((0,t._)`${e} >= ${c}`,()=>r.assign(p,!0).break()):(r.if((0,t._)`${e} > ${l}`,()=>r.assign(p,!1).break()),c===1?r.assign(p,!0):r.if((0,t._)`${e} >= ${c}`,()=>r.assign(p,!0)))}}}})),wy=s((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.validateSchemaDeps=e.validatePropertyDeps=e.error=void 0;var t=U(),n=W(),r=Pv();e.error={message:({params:{property:e,depsCount:n,deps:r}})=>{let i=n===1?`property`:`properties`;return(0,t.str)`must have ${i} ${r} when property ${e} is present`},params:({params:{property:e,depsCount:n,deps:r,missingProperty:i}})=>(0,t._)`{property: ${e},
    missingProperty: ${i},
    depsCount: ${n},
    deps: ${r}}`};var i={keyword:`dependencies`,type:`object`,schemaType:`object`,error:e.error,code(e){let[t,n]=a(e);o(e,t),s(e,n)}};function a({schema:e}){let t={},n={};for(let r in e){if(r===`__proto__`)continue;let i=Array.isArray(e[r])?t:n;i[r]=e[r]}return[t,n]}function o(e,n=e.schema){let{gen:i,data:a,it:o}=e;if(Object.keys(n).length===0)return;let s=i.let(`missing`);for(let c in n){let l=n[c];if(l.length===0)continue;let u=(0,r.propertyInData)(i,a,c,o.opts.ownProperties);e.setParams({property:c,depsCount:l.length,deps:l.join(`, `)}),o.allErrors?i.if(u,()=>{for(let t of l)(0,r.checkReportMissingProp)(e,t)}):(i.if((0,t._)`${u} && (${(0,r.checkMissingProp)(e,l,s)})`),(0,r.reportMissingProp)(e,s),i.else())}}e.validatePropertyDeps=o;function s(e,t=e.schema){let{gen:i,data:a,keyword:o,it:s}=e,c=i.name(`valid`);for(let l in t)(0,n.alwaysValidSchema)(s,t[l])||(i.if((0,r.propertyInData)(i,a,l,s.opts.ownProperties),()=>{let t=e.subschema({keyword:o,schemaProp:l},c);e.mergeValidEvaluated(t,c)},()=>i.var(c,!0)),e.ok(c))}e.validateSchemaDeps=s,e.default=i})),Ty=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=U(),n=W();e.default={keyword:`propertyNames`,type:`object`,schemaType:[`object`,`boolean`],error:{message:`property name must be valid`,params:({params:e})=>(0,t._)`{propertyName: ${e.propertyName}}`},code(e){let{gen:r,schema:i,data:a,it:o}=e;if((0,n.alwaysValidSchema)(o,i))return;let s=r.name(`valid`);r.forIn(`key`,a,n=>{e.setParams({propertyName:n}),e.subschema({keyword:`propertyNames`,data:n,dataTypes:[`string`],propertyName:n,compositeRule:!0},s),r.if((0,t.not)(s),()=>{e.error(!0),o.allErrors||r.break()})}),e.ok(s)}}})),Ey=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=Pv(),n=U(),r=Dv(),i=W();e.default={keyword:`additionalProperties`,type:[`object`],schemaType:[`boolean`,`object`],allowUndefined:!0,trackErrors:!0,error:{message:`must NOT have additional properties`,params:({params:e})=>(0,n._)`{additionalProperty: ${e.additionalProperty}}`},code(e){let{gen:a,schema:o,parentSchema:s,data:c,errsCount:l,it:u}=e;if(!l)throw Error(`ajv implementation error`);let{allErrors:d,opts:f}=u;if(u.props=!0,f.removeAdditional!==`all`&&(0,i.alwaysValidSchema)(u,o))return;let p=(0,t.allSchemaProperties)(s.properties),m=(0,t.allSchemaProperties)(s.patternProperties);h(),e.ok((0,n._)`${l} === ${r.default.errors}`);function h(){a.forIn(`key`,c,e=>{!p.length&&!m.length?v(e):a.if(g(e),()=>v(e))})}function g(r){let o;if(p.length>8){let e=(0,i.schemaRefOrVal)(u,s.properties,`properties`);o=(0,t.isOwnProperty)(a,e,r)}else o=p.length?(0,n.or)(...p.map(e=>(0,n._)`${r} === ${e}`)):n.nil;return m.length&&(o=(0,n.or)(o,...m.map(i=>(0,n._)`${(0,t.usePattern)(e,i)}.test(${r})`))),(0,n.not)(o)}function _(e){a.code((0,n._)`delete ${c}[${e}]`)}function v(t){if(f.removeAdditional===`all`||f.removeAdditional&&o===!1)_(t);else if(o===!1)e.setParams({additionalProperty:t}),e.error(),d||a.break();else if(typeof o==`object`&&!(0,i.alwaysValidSchema)(u,o)){let r=a.name(`valid`);f.removeAdditional===`failing`?(y(t,r,!1),a.if((0,n.not)(r),()=>{e.reset(),_(t)})):(y(t,r),d||a.if((0,n.not)(r),()=>a.break()))}}function y(t,n,r){let a={keyword:`additionalProperties`,dataProp:t,dataPropType:i.Type.Str};r===!1&&Object.assign(a,{compositeRule:!0,createErrors:!1,allErrors:!1}),e.subschema(a,n)}}}})),Dy=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=Bv(),n=Pv(),r=W(),i=Ey();e.default={keyword:`properties`,type:`object`,schemaType:`object`,code(e){let{gen:a,schema:o,parentSchema:s,data:c,it:l}=e;l.opts.removeAdditional===`all`&&s.additionalProperties===void 0&&i.default.code(new t.KeywordCxt(l,i.default,`additionalProperties`));let u=(0,n.allSchemaProperties)(o);for(let e of u)l.definedProperties.add(e);l.opts.unevaluated&&u.length&&l.props!==!0&&(l.props=r.mergeEvaluated.props(a,(0,r.toHash)(u),l.props));let d=u.filter(e=>!(0,r.alwaysValidSchema)(l,o[e]));if(d.length===0)return;let f=a.name(`valid`);for(let t of d)p(t)?m(t):(a.if((0,n.propertyInData)(a,c,t,l.opts.ownProperties)),m(t),l.allErrors||a.else().var(f,!0),a.endIf()),e.it.definedProperties.add(t),e.ok(f);function p(e){return l.opts.useDefaults&&!l.compositeRule&&o[e].default!==void 0}function m(t){e.subschema({keyword:`properties`,schemaProp:t,dataProp:t},f)}}}})),Oy=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=Pv(),n=U(),r=W(),i=W();e.default={keyword:`patternProperties`,type:`object`,schemaType:`object`,code(e){let{gen:a,schema:o,data:s,parentSchema:c,it:l}=e,{opts:u}=l,d=(0,t.allSchemaProperties)(o),f=d.filter(e=>(0,r.alwaysValidSchema)(l,o[e]));if(d.length===0||f.length===d.length&&(!l.opts.unevaluated||l.props===!0))return;let p=u.strictSchema&&!u.allowMatchingProperties&&c.properties,m=a.name(`valid`);l.props!==!0&&!(l.props instanceof n.Name)&&(l.props=(0,i.evaluatedPropsToName)(a,l.props));let{props:h}=l;g();function g(){for(let e of d)p&&_(e),l.allErrors?v(e):(a.var(m,!0),v(e),a.if(m))}function _(e){for(let t in p)new RegExp(e).test(t)&&(0,r.checkStrictMode)(l,`property ${t} matches pattern ${e} (use allowMatchingProperties)`)}function v(r){a.forIn(`key`,s,o=>{a.if((0,n._)`${(0,t.usePattern)(e,r)}.test(${o})`,()=>{let t=f.includes(r);t||e.subschema({keyword:`patternProperties`,schemaProp:r,dataProp:o,dataPropType:i.Type.Str},m),l.opts.unevaluated&&h!==!0?a.assign((0,n._)`${h}[${o}]`,!0):!t&&!l.allErrors&&a.if((0,n.not)(m),()=>a.break())})})}}}})),ky=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=W();e.default={keyword:`not`,schemaType:[`object`,`boolean`],trackErrors:!0,code(e){let{gen:n,schema:r,it:i}=e;if((0,t.alwaysValidSchema)(i,r)){e.fail();return}let a=n.name(`valid`);e.subschema({keyword:`not`,compositeRule:!0,createErrors:!1,allErrors:!1},a),e.failResult(a,()=>e.reset(),()=>e.error())},error:{message:`must NOT be valid`}}})),Ay=s((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.default={keyword:`anyOf`,schemaType:`array`,trackErrors:!0,code:Pv().validateUnion,error:{message:`must match a schema in anyOf`}}})),jy=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=U(),n=W();e.default={keyword:`oneOf`,schemaType:`array`,trackErrors:!0,error:{message:`must match exactly one schema in oneOf`,params:({params:e})=>(0,t._)`{passingSchemas: ${e.passing}}`},code(e){let{gen:r,schema:i,parentSchema:a,it:o}=e;if(!Array.isArray(i))throw Error(`ajv implementation error`);if(o.opts.discriminator&&a.discriminator)return;let s=i,c=r.let(`valid`,!1),l=r.let(`passing`,null),u=r.name(`_valid`);e.setParams({passing:l}),r.block(d),e.result(c,()=>e.reset(),()=>e.error(!0));function d(){s.forEach((i,a)=>{let s;(0,n.alwaysValidSchema)(o,i)?r.var(u,!0):s=e.subschema({keyword:`oneOf`,schemaProp:a,compositeRule:!0},u),a>0&&r.if((0,t._)`${u} && ${c}`).assign(c,!1).assign(l,(0,t._)`[${l}, ${a}]`).else(),r.if(u,()=>{r.assign(c,!0),r.assign(l,a),s&&e.mergeEvaluated(s,t.Name)})})}}}})),My=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=W();e.default={keyword:`allOf`,schemaType:`array`,code(e){let{gen:n,schema:r,it:i}=e;if(!Array.isArray(r))throw Error(`ajv implementation error`);let a=n.name(`valid`);r.forEach((n,r)=>{if((0,t.alwaysValidSchema)(i,n))return;let o=e.subschema({keyword:`allOf`,schemaProp:r},a);e.ok(a),e.mergeEvaluated(o)})}}})),Ny=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=U(),n=W(),r={keyword:`if`,schemaType:[`object`,`boolean`],trackErrors:!0,error:{message:({params:e})=>(0,t.str)`must match "${e.ifClause}" schema`,params:({params:e})=>(0,t._)`{failingKeyword: ${e.ifClause}}`},code(e){let{gen:r,parentSchema:a,it:o}=e;a.then===void 0&&a.else===void 0&&(0,n.checkStrictMode)(o,`"if" without "then" and "else" is ignored`);let s=i(o,`then`),c=i(o,`else`);if(!s&&!c)return;let l=r.let(`valid`,!0),u=r.name(`_valid`);if(d(),e.reset(),s&&c){let t=r.let(`ifClause`);e.setParams({ifClause:t}),r.if(u,f(`then`,t),f(`else`,t))}else s?r.if(u,f(`then`)):r.if((0,t.not)(u),f(`else`));e.pass(l,()=>e.error(!0));function d(){let t=e.subschema({keyword:`if`,compositeRule:!0,createErrors:!1,allErrors:!1},u);e.mergeEvaluated(t)}function f(n,i){return()=>{let a=e.subschema({keyword:n},u);r.assign(l,u),e.mergeValidEvaluated(a,l),i?r.assign(i,(0,t._)`${n}`):e.setParams({ifClause:n})}}}};function i(e,t){let r=e.schema[t];return r!==void 0&&!(0,n.alwaysValidSchema)(e,r)}e.default=r})),Py=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=W();e.default={keyword:[`then`,`else`],schemaType:[`object`,`boolean`],code({keyword:e,parentSchema:n,it:r}){n.if===void 0&&(0,t.checkStrictMode)(r,`"${e}" without "if" is ignored`)}}})),Fy=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=yy(),n=xy(),r=by(),i=Sy(),a=Cy(),o=wy(),s=Ty(),c=Ey(),l=Dy(),u=Oy(),d=ky(),f=Ay(),p=jy(),m=My(),h=Ny(),g=Py();function _(e=!1){let _=[d.default,f.default,p.default,m.default,h.default,g.default,s.default,c.default,o.default,l.default,u.default];return e?_.push(n.default,i.default):_.push(t.default,r.default),_.push(a.default),_}e.default=_})),Iy=s((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.dynamicAnchor=void 0;var t=U(),n=Dv(),r=Uv(),i=iy(),a={keyword:`$dynamicAnchor`,schemaType:`string`,code:e=>o(e,e.schema)};function o(e,r){let{gen:i,it:a}=e;a.schemaEnv.root.dynamicAnchors[r]=!0;let o=(0,t._)`${n.default.dynamicAnchors}${(0,t.getProperty)(r)}`,c=a.errSchemaPath===`#`?a.validateName:s(e);i.if((0,t._)`!${o}`,()=>i.assign(o,c))}e.dynamicAnchor=o;function s(e){let{schemaEnv:t,schema:n,self:a}=e.it,{root:o,baseId:s,localRefs:c,meta:l}=t.root,{schemaId:u}=a.opts,d=new r.SchemaEnv({schema:n,schemaId:u,root:o,baseId:s,localRefs:c,meta:l});return r.compileSchema.call(a,d),(0,i.getValidate)(e,d)}e.default=a})),Ly=s((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.dynamicRef=void 0;var t=U(),n=Dv(),r=iy(),i={keyword:`$dynamicRef`,schemaType:`string`,code:e=>a(e,e.schema)};function a(e,i){let{gen:a,keyword:o,it:s}=e;if(i[0]!==`#`)throw Error(`"${o}" only supports hash fragment reference`);let c=i.slice(1);if(s.allErrors)l();else{let t=a.let(`valid`,!1);l(t),e.ok(t)}function l(e){if(s.schemaEnv.root.dynamicAnchors[c]){let r=a.let(`_v`,(0,t._)`${n.default.dynamicAnchors}${(0,t.getProperty)(c)}`);a.if(r,u(r,e),u(s.validateName,e))}else u(s.validateName,e)()}function u(t,n){return n?()=>a.block(()=>{(0,r.callRef)(e,t),a.let(n,!0)}):()=>(0,r.callRef)(e,t)}}e.dynamicRef=a,e.default=i})),Ry=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=Iy(),n=W();e.default={keyword:`$recursiveAnchor`,schemaType:`boolean`,code(e){e.schema?(0,t.dynamicAnchor)(e,``):(0,n.checkStrictMode)(e.it,`$recursiveAnchor: false is ignored`)}}})),zy=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=Ly();e.default={keyword:`$recursiveRef`,schemaType:`string`,code:e=>(0,t.dynamicRef)(e,e.schema)}})),By=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=Iy(),n=Ly(),r=Ry(),i=zy();e.default=[t.default,n.default,r.default,i.default]})),Vy=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=wy();e.default={keyword:`dependentRequired`,type:`object`,schemaType:`object`,error:t.error,code:e=>(0,t.validatePropertyDeps)(e)}})),Hy=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=wy();e.default={keyword:`dependentSchemas`,type:`object`,schemaType:`object`,code:e=>(0,t.validateSchemaDeps)(e)}})),Uy=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=W();e.default={keyword:[`maxContains`,`minContains`],type:`array`,schemaType:`number`,code({keyword:e,parentSchema:n,it:r}){n.contains===void 0&&(0,t.checkStrictMode)(r,`"${e}" without "contains" is ignored`)}}})),Wy=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=Vy(),n=Hy(),r=Uy();e.default=[t.default,n.default,r.default]})),Gy=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=U(),n=W(),r=Dv();e.default={keyword:`unevaluatedProperties`,type:`object`,schemaType:[`boolean`,`object`],trackErrors:!0,error:{message:`must NOT have unevaluated properties`,params:({params:e})=>(0,t._)`{unevaluatedProperty: ${e.unevaluatedProperty}}`},code(e){let{gen:i,schema:a,data:o,errsCount:s,it:c}=e;if(!s)throw Error(`ajv implementation error`);let{allErrors:l,props:u}=c;u instanceof t.Name?i.if((0,t._)`${u} !== true`,()=>i.forIn(`key`,o,e=>i.if(f(u,e),()=>d(e)))):u!==!0&&i.forIn(`key`,o,e=>u===void 0?d(e):i.if(p(u,e),()=>d(e))),c.props=!0,e.ok((0,t._)`${s} === ${r.default.errors}`);function d(r){if(a===!1)e.setParams({unevaluatedProperty:r}),e.error(),l||i.break();else if(!(0,n.alwaysValidSchema)(c,a)){let a=i.name(`valid`);e.subschema({keyword:`unevaluatedProperties`,dataProp:r,dataPropType:n.Type.Str},a),l||i.if((0,t.not)(a),()=>i.break())}}function f(e,n){return(0,t._)`!${e} || !${e}[${n}]`}function p(e,n){let r=[];for(let i in e)e[i]===!0&&r.push((0,t._)`${n} !== ${i}`);return(0,t.and)(...r)}}}})),Ky=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=U(),n=W();e.default={keyword:`unevaluatedItems`,type:`array`,schemaType:[`boolean`,`object`],error:{message:({params:{len:e}})=>(0,t.str)`must NOT have more than ${e} items`,params:({params:{len:e}})=>(0,t._)`{limit: ${e}}`},code(e){let{gen:r,schema:i,data:a,it:o}=e,s=o.items||0;if(s===!0)return;let c=r.const(`len`,(0,t._)`${a}.length`);if(i===!1)e.setParams({len:s}),e.fail((0,t._)`${c} > ${s}`);else if(typeof i==`object`&&!(0,n.alwaysValidSchema)(o,i)){let n=r.var(`valid`,(0,t._)`${c} <= ${s}`);r.if((0,t.not)(n),()=>l(n,s)),e.ok(n)}o.items=!0;function l(i,a){r.forRange(`i`,a,c,a=>{e.subschema({keyword:`unevaluatedItems`,dataProp:a,dataPropType:n.Type.Num},i),o.allErrors||r.if((0,t.not)(i),()=>r.break())})}}}})),qy=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=Gy(),n=Ky();e.default=[t.default,n.default]})),Jy=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=U();e.default={keyword:`format`,type:[`number`,`string`],schemaType:`string`,$data:!0,error:{message:({schemaCode:e})=>(0,t.str)`must match format "${e}"`,params:({schemaCode:e})=>(0,t._)`{format: ${e}}`},code(e,n){let{gen:r,data:i,$data:a,schema:o,schemaCode:s,it:c}=e,{opts:l,errSchemaPath:u,schemaEnv:d,self:f}=c;if(!l.validateFormats)return;a?p():m();function p(){let a=r.scopeValue(`formats`,{ref:f.formats,code:l.code.formats}),o=r.const(`fDef`,(0,t._)`${a}[${s}]`),c=r.let(`fType`),u=r.let(`format`);r.if((0,t._)`typeof ${o} == "object" && !(${o} instanceof RegExp)`,()=>r.assign(c,(0,t._)`${o}.type || "string"`).assign(u,(0,t._)`${o}.validate`),()=>r.assign(c,(0,t._)`"string"`).assign(u,o)),e.fail$data((0,t.or)(p(),m()));function p(){return l.strictSchema===!1?t.nil:(0,t._)`${s} && !${u}`}function m(){let e=d.$async?(0,t._)`(${o}.async ? await ${u}(${i}) : ${u}(${i}))`:(0,t._)`${u}(${i})`,r=(0,t._)`(typeof ${u} == "function" ? ${e} : ${u}.test(${i}))`;return(0,t._)`${u} && ${u} !== true && ${c} === ${n} && !${r}`}}function m(){let a=f.formats[o];if(!a){m();return}if(a===!0)return;let[s,c,p]=h(a);s===n&&e.pass(g());function m(){if(l.strictSchema===!1){f.logger.warn(e());return}throw Error(e());function e(){return`unknown format "${o}" ignored in schema at path "${u}"`}}function h(e){let n=e instanceof RegExp?(0,t.regexpCode)(e):l.code.formats?(0,t._)`${l.code.formats}${(0,t.getProperty)(o)}`:void 0,i=r.scopeValue(`formats`,{key:o,ref:e,code:n});return typeof e==`object`&&!(e instanceof RegExp)?[e.type||`string`,e.validate,(0,t._)`${i}.validate`]:[`string`,e,i]}function g(){if(typeof a==`object`&&!(a instanceof RegExp)&&a.async){if(!d.$async)throw Error(`async format in sync schema`);return(0,t._)`await ${p}(${i})`}return typeof c==`function`?(0,t._)`${p}(${i})`:(0,t._)`${p}.test(${i})`}}}}})),Yy=s((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.default=[Jy().default]})),Xy=s((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.contentVocabulary=e.metadataVocabulary=void 0,e.metadataVocabulary=[`title`,`description`,`default`,`deprecated`,`readOnly`,`writeOnly`,`examples`],e.contentVocabulary=[`contentMediaType`,`contentEncoding`,`contentSchema`]})),Zy=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=ay(),n=vy(),r=Fy(),i=By(),a=Wy(),o=qy(),s=Yy(),c=Xy();e.default=[i.default,t.default,n.default,(0,r.default)(!0),s.default,c.metadataVocabulary,c.contentVocabulary,a.default,o.default]})),Qy=s((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.DiscrError=void 0;var t;(function(e){e.Tag=`tag`,e.Mapping=`mapping`})(t||(e.DiscrError=t={}))})),$y=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=U(),n=Qy(),r=Uv(),i=Hv(),a=W();e.default={keyword:`discriminator`,type:`object`,schemaType:`object`,error:{message:({params:{discrError:e,tagName:t}})=>e===n.DiscrError.Tag?`tag "${t}" must be string`:`value of tag "${t}" must be in oneOf`,params:({params:{discrError:e,tag:n,tagName:r}})=>(0,t._)`{error: ${e}, tag: ${r}, tagValue: ${n}}`},code(e){let{gen:o,data:s,schema:c,parentSchema:l,it:u}=e,{oneOf:d}=l;if(!u.opts.discriminator)throw Error(`discriminator: requires discriminator option`);let f=c.propertyName;if(typeof f!=`string`)throw Error(`discriminator: requires propertyName`);if(c.mapping)throw Error(`discriminator: mapping is not supported`);if(!d)throw Error(`discriminator: requires oneOf keyword`);let p=o.let(`valid`,!1),m=o.const(`tag`,(0,t._)`${s}${(0,t.getProperty)(f)}`);o.if((0,t._)`typeof ${m} == "string"`,()=>h(),()=>e.error(!1,{discrError:n.DiscrError.Tag,tag:m,tagName:f})),e.ok(p);function h(){let r=_();o.if(!1);for(let e in r)o.elseIf((0,t._)`${m} === ${e}`),o.assign(p,g(r[e]));o.else(),e.error(!1,{discrError:n.DiscrError.Mapping,tag:m,tagName:f}),o.endIf()}function g(n){let r=o.name(`valid`),i=e.subschema({keyword:`oneOf`,schemaProp:n},r);return e.mergeEvaluated(i,t.Name),r}function _(){let e={},t=o(l),n=!0;for(let e=0;e<d.length;e++){let c=d[e];if(c?.$ref&&!(0,a.schemaHasRulesButRef)(c,u.self.RULES)){let e=c.$ref;if(c=r.resolveRef.call(u.self,u.schemaEnv.root,u.baseId,e),c instanceof r.SchemaEnv&&(c=c.schema),c===void 0)throw new i.default(u.opts.uriResolver,u.baseId,e)}let l=c?.properties?.[f];if(typeof l!=`object`)throw Error(`discriminator: oneOf subschemas (or referenced schemas) must have "properties/${f}"`);n&&=t||o(c),s(l,e)}if(!n)throw Error(`discriminator: "${f}" must be required`);return e;function o({required:e}){return Array.isArray(e)&&e.includes(f)}function s(e,t){if(e.const)c(e.const,t);else if(e.enum)for(let n of e.enum)c(n,t);else throw Error(`discriminator: "properties/${f}" must have "const" or "enum"`)}function c(t,n){if(typeof t!=`string`||t in e)throw Error(`discriminator: "${f}" values must be unique strings`);e[t]=n}}}}})),eb=c({$comment:()=>cb,$dynamicAnchor:()=>ib,$id:()=>nb,$schema:()=>tb,$vocabulary:()=>rb,allOf:()=>ob,default:()=>ub,properties:()=>lb,title:()=>ab,type:()=>sb}),tb,nb,rb,ib,ab,ob,sb,cb,lb,ub,db=o((()=>{tb=`https://json-schema.org/draft/2020-12/schema`,nb=`https://json-schema.org/draft/2020-12/schema`,rb={"https://json-schema.org/draft/2020-12/vocab/core":!0,"https://json-schema.org/draft/2020-12/vocab/applicator":!0,"https://json-schema.org/draft/2020-12/vocab/unevaluated":!0,"https://json-schema.org/draft/2020-12/vocab/validation":!0,"https://json-schema.org/draft/2020-12/vocab/meta-data":!0,"https://json-schema.org/draft/2020-12/vocab/format-annotation":!0,"https://json-schema.org/draft/2020-12/vocab/content":!0},ib=`meta`,ab=`Core and Validation specifications meta-schema`,ob=[{$ref:`meta/core`},{$ref:`meta/applicator`},{$ref:`meta/unevaluated`},{$ref:`meta/validation`},{$ref:`meta/meta-data`},{$ref:`meta/format-annotation`},{$ref:`meta/content`}],sb=[`object`,`boolean`],cb=`This meta-schema also defines keywords that have appeared in previous drafts in order to prevent incompatible extensions as they remain in common use.`,lb={definitions:{$comment:`"definitions" has been replaced by "$defs".`,type:`object`,additionalProperties:{$dynamicRef:`#meta`},deprecated:!0,default:{}},dependencies:{$comment:`"dependencies" has been split and replaced by "dependentSchemas" and "dependentRequired" in order to serve their differing semantics.`,type:`object`,additionalProperties:{anyOf:[{$dynamicRef:`#meta`},{$ref:`meta/validation#/$defs/stringArray`}]},deprecated:!0,default:{}},$recursiveAnchor:{$comment:`"$recursiveAnchor" has been replaced by "$dynamicAnchor".`,$ref:`meta/core#/$defs/anchorString`,deprecated:!0},$recursiveRef:{$comment:`"$recursiveRef" has been replaced by "$dynamicRef".`,$ref:`meta/core#/$defs/uriReferenceString`,deprecated:!0}},ub={$schema:tb,$id:nb,$vocabulary:rb,$dynamicAnchor:ib,title:ab,allOf:ob,type:sb,$comment:cb,properties:lb}})),fb=c({$defs:()=>bb,$dynamicAnchor:()=>gb,$id:()=>mb,$schema:()=>pb,$vocabulary:()=>hb,default:()=>xb,properties:()=>yb,title:()=>_b,type:()=>vb}),pb,mb,hb,gb,_b,vb,yb,bb,xb,Sb=o((()=>{pb=`https://json-schema.org/draft/2020-12/schema`,mb=`https://json-schema.org/draft/2020-12/meta/applicator`,hb={"https://json-schema.org/draft/2020-12/vocab/applicator":!0},gb=`meta`,_b=`Applicator vocabulary meta-schema`,vb=[`object`,`boolean`],yb={prefixItems:{$ref:`#/$defs/schemaArray`},items:{$dynamicRef:`#meta`},contains:{$dynamicRef:`#meta`},additionalProperties:{$dynamicRef:`#meta`},properties:{type:`object`,additionalProperties:{$dynamicRef:`#meta`},default:{}},patternProperties:{type:`object`,additionalProperties:{$dynamicRef:`#meta`},propertyNames:{format:`regex`},default:{}},dependentSchemas:{type:`object`,additionalProperties:{$dynamicRef:`#meta`},default:{}},propertyNames:{$dynamicRef:`#meta`},if:{$dynamicRef:`#meta`},then:{$dynamicRef:`#meta`},else:{$dynamicRef:`#meta`},allOf:{$ref:`#/$defs/schemaArray`},anyOf:{$ref:`#/$defs/schemaArray`},oneOf:{$ref:`#/$defs/schemaArray`},not:{$dynamicRef:`#meta`}},bb={schemaArray:{type:`array`,minItems:1,items:{$dynamicRef:`#meta`}}},xb={$schema:pb,$id:mb,$vocabulary:hb,$dynamicAnchor:gb,title:_b,type:vb,properties:yb,$defs:bb}})),Cb=c({$dynamicAnchor:()=>Db,$id:()=>Tb,$schema:()=>wb,$vocabulary:()=>Eb,default:()=>jb,properties:()=>Ab,title:()=>Ob,type:()=>kb}),wb,Tb,Eb,Db,Ob,kb,Ab,jb,Mb=o((()=>{wb=`https://json-schema.org/draft/2020-12/schema`,Tb=`https://json-schema.org/draft/2020-12/meta/unevaluated`,Eb={"https://json-schema.org/draft/2020-12/vocab/unevaluated":!0},Db=`meta`,Ob=`Unevaluated applicator vocabulary meta-schema`,kb=[`object`,`boolean`],Ab={unevaluatedItems:{$dynamicRef:`#meta`},unevaluatedProperties:{$dynamicRef:`#meta`}},jb={$schema:wb,$id:Tb,$vocabulary:Eb,$dynamicAnchor:Db,title:Ob,type:kb,properties:Ab}})),Nb=c({$dynamicAnchor:()=>Lb,$id:()=>Fb,$schema:()=>Pb,$vocabulary:()=>Ib,default:()=>Vb,properties:()=>Bb,title:()=>Rb,type:()=>zb}),Pb,Fb,Ib,Lb,Rb,zb,Bb,Vb,Hb=o((()=>{Pb=`https://json-schema.org/draft/2020-12/schema`,Fb=`https://json-schema.org/draft/2020-12/meta/content`,Ib={"https://json-schema.org/draft/2020-12/vocab/content":!0},Lb=`meta`,Rb=`Content vocabulary meta-schema`,zb=[`object`,`boolean`],Bb={contentEncoding:{type:`string`},contentMediaType:{type:`string`},contentSchema:{$dynamicRef:`#meta`}},Vb={$schema:Pb,$id:Fb,$vocabulary:Ib,$dynamicAnchor:Lb,title:Rb,type:zb,properties:Bb}})),Ub=c({$defs:()=>Zb,$dynamicAnchor:()=>qb,$id:()=>Gb,$schema:()=>Wb,$vocabulary:()=>Kb,default:()=>Qb,properties:()=>Xb,title:()=>Jb,type:()=>Yb}),Wb,Gb,Kb,qb,Jb,Yb,Xb,Zb,Qb,$b=o((()=>{Wb=`https://json-schema.org/draft/2020-12/schema`,Gb=`https://json-schema.org/draft/2020-12/meta/core`,Kb={"https://json-schema.org/draft/2020-12/vocab/core":!0},qb=`meta`,Jb=`Core vocabulary meta-schema`,Yb=[`object`,`boolean`],Xb={$id:{$ref:`#/$defs/uriReferenceString`,$comment:`Non-empty fragments not allowed.`,pattern:`^[^#]*#?$`},$schema:{$ref:`#/$defs/uriString`},$ref:{$ref:`#/$defs/uriReferenceString`},$anchor:{$ref:`#/$defs/anchorString`},$dynamicRef:{$ref:`#/$defs/uriReferenceString`},$dynamicAnchor:{$ref:`#/$defs/anchorString`},$vocabulary:{type:`object`,propertyNames:{$ref:`#/$defs/uriString`},additionalProperties:{type:`boolean`}},$comment:{type:`string`},$defs:{type:`object`,additionalProperties:{$dynamicRef:`#meta`}}},Zb={anchorString:{type:`string`,pattern:`^[A-Za-z_][-A-Za-z0-9._]*$`},uriString:{type:`string`,format:`uri`},uriReferenceString:{type:`string`,format:`uri-reference`}},Qb={$schema:Wb,$id:Gb,$vocabulary:Kb,$dynamicAnchor:qb,title:Jb,type:Yb,properties:Xb,$defs:Zb}})),ex=c({$dynamicAnchor:()=>ix,$id:()=>nx,$schema:()=>tx,$vocabulary:()=>rx,default:()=>cx,properties:()=>sx,title:()=>ax,type:()=>ox}),tx,nx,rx,ix,ax,ox,sx,cx,lx=o((()=>{tx=`https://json-schema.org/draft/2020-12/schema`,nx=`https://json-schema.org/draft/2020-12/meta/format-annotation`,rx={"https://json-schema.org/draft/2020-12/vocab/format-annotation":!0},ix=`meta`,ax=`Format vocabulary meta-schema for annotation results`,ox=[`object`,`boolean`],sx={format:{type:`string`}},cx={$schema:tx,$id:nx,$vocabulary:rx,$dynamicAnchor:ix,title:ax,type:ox,properties:sx}})),ux=c({$dynamicAnchor:()=>mx,$id:()=>fx,$schema:()=>dx,$vocabulary:()=>px,default:()=>vx,properties:()=>_x,title:()=>hx,type:()=>gx}),dx,fx,px,mx,hx,gx,_x,vx,yx=o((()=>{dx=`https://json-schema.org/draft/2020-12/schema`,fx=`https://json-schema.org/draft/2020-12/meta/meta-data`,px={"https://json-schema.org/draft/2020-12/vocab/meta-data":!0},mx=`meta`,hx=`Meta-data vocabulary meta-schema`,gx=[`object`,`boolean`],_x={title:{type:`string`},description:{type:`string`},default:!0,deprecated:{type:`boolean`,default:!1},readOnly:{type:`boolean`,default:!1},writeOnly:{type:`boolean`,default:!1},examples:{type:`array`,items:!0}},vx={$schema:dx,$id:fx,$vocabulary:px,$dynamicAnchor:mx,title:hx,type:gx,properties:_x}})),bx=c({$defs:()=>Ox,$dynamicAnchor:()=>wx,$id:()=>Sx,$schema:()=>xx,$vocabulary:()=>Cx,default:()=>kx,properties:()=>Dx,title:()=>Tx,type:()=>Ex}),xx,Sx,Cx,wx,Tx,Ex,Dx,Ox,kx,Ax=o((()=>{xx=`https://json-schema.org/draft/2020-12/schema`,Sx=`https://json-schema.org/draft/2020-12/meta/validation`,Cx={"https://json-schema.org/draft/2020-12/vocab/validation":!0},wx=`meta`,Tx=`Validation vocabulary meta-schema`,Ex=[`object`,`boolean`],Dx={type:{anyOf:[{$ref:`#/$defs/simpleTypes`},{type:`array`,items:{$ref:`#/$defs/simpleTypes`},minItems:1,uniqueItems:!0}]},const:!0,enum:{type:`array`,items:!0},multipleOf:{type:`number`,exclusiveMinimum:0},maximum:{type:`number`},exclusiveMaximum:{type:`number`},minimum:{type:`number`},exclusiveMinimum:{type:`number`},maxLength:{$ref:`#/$defs/nonNegativeInteger`},minLength:{$ref:`#/$defs/nonNegativeIntegerDefault0`},pattern:{type:`string`,format:`regex`},maxItems:{$ref:`#/$defs/nonNegativeInteger`},minItems:{$ref:`#/$defs/nonNegativeIntegerDefault0`},uniqueItems:{type:`boolean`,default:!1},maxContains:{$ref:`#/$defs/nonNegativeInteger`},minContains:{$ref:`#/$defs/nonNegativeInteger`,default:1},maxProperties:{$ref:`#/$defs/nonNegativeInteger`},minProperties:{$ref:`#/$defs/nonNegativeIntegerDefault0`},required:{$ref:`#/$defs/stringArray`},dependentRequired:{type:`object`,additionalProperties:{$ref:`#/$defs/stringArray`}}},Ox={nonNegativeInteger:{type:`integer`,minimum:0},nonNegativeIntegerDefault0:{$ref:`#/$defs/nonNegativeInteger`,default:0},simpleTypes:{enum:[`array`,`boolean`,`integer`,`null`,`number`,`object`,`string`]},stringArray:{type:`array`,items:{type:`string`},uniqueItems:!0,default:[]}},kx={$schema:xx,$id:Sx,$vocabulary:Cx,$dynamicAnchor:wx,title:Tx,type:Ex,properties:Dx,$defs:Ox}})),jx=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=(db(),d(eb).default),n=(Sb(),d(fb).default),r=(Mb(),d(Cb).default),i=(Hb(),d(Nb).default),a=($b(),d(Ub).default),o=(lx(),d(ex).default),s=(yx(),d(ux).default),c=(Ax(),d(bx).default),l=[`/properties`];function u(e){return[t,n,r,i,a,u(this,o),s,u(this,c)].forEach(e=>this.addMetaSchema(e,void 0,!1)),this;function u(t,n){return e?t.$dataMetaSchema(n,l):n}}e.default=u})),Mx=s(((e,t)=>{Object.defineProperty(e,"__esModule",{value:!0}),e.MissingRefError=e.ValidationError=e.CodeGen=e.Name=e.nil=e.stringify=e.str=e._=e.KeywordCxt=e.Ajv2020=void 0;var n=ny(),r=Zy(),i=$y(),a=jx(),o=`https://json-schema.org/draft/2020-12/schema`,s=class extends n.default{constructor(e={}){super({...e,dynamicRef:!0,next:!0,unevaluated:!0})}_addVocabularies(){super._addVocabularies(),r.default.forEach(e=>this.addVocabulary(e)),this.opts.discriminator&&this.addKeyword(i.default)}_addDefaultMetaSchema(){super._addDefaultMetaSchema();let{$data:e,meta:t}=this.opts;t&&(a.default.call(this,e),this.refs[`http://json-schema.org/schema`]=o)}defaultMeta(){return this.opts.defaultMeta=super.defaultMeta()||(this.getSchema(o)?o:void 0)}};e.Ajv2020=s,t.exports=e=s,t.exports.Ajv2020=s,Object.defineProperty(e,"__esModule",{value:!0}),e.default=s;var c=Bv();Object.defineProperty(e,"KeywordCxt",{enumerable:!0,get:function(){return c.KeywordCxt}});var l=U();Object.defineProperty(e,"_",{enumerable:!0,get:function(){return l._}}),Object.defineProperty(e,"str",{enumerable:!0,get:function(){return l.str}}),Object.defineProperty(e,"stringify",{enumerable:!0,get:function(){return l.stringify}}),Object.defineProperty(e,"nil",{enumerable:!0,get:function(){return l.nil}}),Object.defineProperty(e,"Name",{enumerable:!0,get:function(){return l.Name}}),Object.defineProperty(e,"CodeGen",{enumerable:!0,get:function(){return l.CodeGen}});var u=Vv();Object.defineProperty(e,"ValidationError",{enumerable:!0,get:function(){return u.default}});var d=Hv();Object.defineProperty(e,"MissingRefError",{enumerable:!0,get:function(){return d.default}})})),Nx=s((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.formatNames=e.fastFormats=e.fullFormats=void 0;function t(e,t){return{validate:e,compare:t}}e.fullFormats={date:t(a,o),time:t(c(!0),l),"date-time":t(f(!0),p),"iso-time":t(c(),u),"iso-date-time":t(f(),m),duration:/^P(?!$)((\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?|(\d+W)?)$/,uri:_,"uri-reference":/^(?:[a-z][a-z0-9+\-.]*:)?(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'"()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'"()*+,;=:@]|%[0-9a-f]{2})*)*)?(?:\?(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'"()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i,"uri-template":/^(?:(?:[^\x00-\x20"'<>%\\^`{|}]|%[0-9a-f]{2})|\{[+#./;?&=,!@|]?(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?(?:,(?:[a-z0-9_]|%[0-9a-f]{2})+(?::[1-9][0-9]{0,3}|\*)?)*\})*$/i,url:/^(?:https?|ftp):\/\/(?:\S+(?::\S*)?@)?(?:(?!(?:10|127)(?:\.\d{1,3}){3})(?!(?:169\.254|192\.168)(?:\.\d{1,3}){2})(?!172\.(?:1[6-9]|2\d|3[0-1])(?:\.\d{1,3}){2})(?:[1-9]\d?|1\d\d|2[01]\d|22[0-3])(?:\.(?:1?\d{1,2}|2[0-4]\d|25[0-5])){2}(?:\.(?:[1-9]\d?|1\d\d|2[0-4]\d|25[0-4]))|(?:(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)(?:\.(?:[a-z0-9\u{00a1}-\u{ffff}]+-)*[a-z0-9\u{00a1}-\u{ffff}]+)*(?:\.(?:[a-z\u{00a1}-\u{ffff}]{2,})))(?::\d{2,5})?(?:\/[^\s]*)?$/iu,email:/^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/i,hostname:/^(?=.{1,253}\.?$)[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[-0-9a-z]{0,61}[0-9a-z])?)*\.?$/i,ipv4:/^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,ipv6:/^((([0-9a-f]{1,4}:){7}([0-9a-f]{1,4}|:))|(([0-9a-f]{1,4}:){6}(:[0-9a-f]{1,4}|((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){5}(((:[0-9a-f]{1,4}){1,2})|:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3})|:))|(([0-9a-f]{1,4}:){4}(((:[0-9a-f]{1,4}){1,3})|((:[0-9a-f]{1,4})?:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){3}(((:[0-9a-f]{1,4}){1,4})|((:[0-9a-f]{1,4}){0,2}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){2}(((:[0-9a-f]{1,4}){1,5})|((:[0-9a-f]{1,4}){0,3}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(([0-9a-f]{1,4}:){1}(((:[0-9a-f]{1,4}){1,6})|((:[0-9a-f]{1,4}){0,4}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:))|(:(((:[0-9a-f]{1,4}){1,7})|((:[0-9a-f]{1,4}){0,5}:((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}))|:)))$/i,regex:E,uuid:/^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i,"json-pointer":/^(?:\/(?:[^~/]|~0|~1)*)*$/,"json-pointer-uri-fragment":/^#(?:\/(?:[a-z0-9_\-.!$&'()*+,;:=@]|%[0-9a-f]{2}|~0|~1)*)*$/i,"relative-json-pointer":/^(?:0|[1-9][0-9]*)(?:#|(?:\/(?:[^~/]|~0|~1)*)*)$/,byte:y,int32:{type:`number`,validate:S},int64:{type:`number`,validate:C},float:{type:`number`,validate:w},double:{type:`number`,validate:w},password:!0,binary:!0},e.fastFormats={...e.fullFormats,date:t(/^\d\d\d\d-[0-1]\d-[0-3]\d$/,o),time:t(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i,l),"date-time":t(/^\d\d\d\d-[0-1]\d-[0-3]\dt(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)$/i,p),"iso-time":t(/^(?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i,u),"iso-date-time":t(/^\d\d\d\d-[0-1]\d-[0-3]\d[t\s](?:[0-2]\d:[0-5]\d:[0-5]\d|23:59:60)(?:\.\d+)?(?:z|[+-]\d\d(?::?\d\d)?)?$/i,m),uri:/^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i,"uri-reference":/^(?:(?:[a-z][a-z0-9+\-.]*:)?\/?\/)?(?:[^\\\s#][^\s#]*)?(?:#[^\\\s]*)?$/i,email:/^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+@[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*$/i},e.formatNames=Object.keys(e.fullFormats);function n(e){return e%4==0&&(e%100!=0||e%400==0)}var r=/^(\d\d\d\d)-(\d\d)-(\d\d)$/,i=[0,31,28,31,30,31,30,31,31,30,31,30,31];function a(e){let t=r.exec(e);if(!t)return!1;let a=+t[1],o=+t[2],s=+t[3];return o>=1&&o<=12&&s>=1&&s<=(o===2&&n(a)?29:i[o])}function o(e,t){if(e&&t)return e>t?1:e<t?-1:0}var s=/^(\d\d):(\d\d):(\d\d(?:\.\d+)?)(z|([+-])(\d\d)(?::?(\d\d))?)?$/i;function c(e){return function(t){let n=s.exec(t);if(!n)return!1;let r=+n[1],i=+n[2],a=+n[3],o=n[4],c=n[5]===`-`?-1:1,l=+(n[6]||0),u=+(n[7]||0);if(l>23||u>59||e&&!o)return!1;if(r<=23&&i<=59&&a<60)return!0;let d=i-u*c,f=r-l*c-+(d<0);return(f===23||f===-1)&&(d===59||d===-1)&&a<61}}function l(e,t){if(!(e&&t))return;let n=new Date(`2020-01-01T`+e).valueOf(),r=new Date(`2020-01-01T`+t).valueOf();if(n&&r)return n-r}function u(e,t){if(!(e&&t))return;let n=s.exec(e),r=s.exec(t);if(n&&r)return e=n[1]+n[2]+n[3],t=r[1]+r[2]+r[3],e>t?1:e<t?-1:0}var d=/t|\s/i;function f(e){let t=c(e);return function(e){let n=e.split(d);return n.length===2&&a(n[0])&&t(n[1])}}function p(e,t){if(!(e&&t))return;let n=new Date(e).valueOf(),r=new Date(t).valueOf();if(n&&r)return n-r}function m(e,t){if(!(e&&t))return;let[n,r]=e.split(d),[i,a]=t.split(d),s=o(n,i);if(s!==void 0)return s||l(r,a)}var h=/\/|:/,g=/^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:]|%[0-9a-f]{2})*@)?(?:\[(?:(?:(?:(?:[0-9a-f]{1,4}:){6}|::(?:[0-9a-f]{1,4}:){5}|(?:[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){4}|(?:(?:[0-9a-f]{1,4}:){0,1}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){3}|(?:(?:[0-9a-f]{1,4}:){0,2}[0-9a-f]{1,4})?::(?:[0-9a-f]{1,4}:){2}|(?:(?:[0-9a-f]{1,4}:){0,3}[0-9a-f]{1,4})?::[0-9a-f]{1,4}:|(?:(?:[0-9a-f]{1,4}:){0,4}[0-9a-f]{1,4})?::)(?:[0-9a-f]{1,4}:[0-9a-f]{1,4}|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?))|(?:(?:[0-9a-f]{1,4}:){0,5}[0-9a-f]{1,4})?::[0-9a-f]{1,4}|(?:(?:[0-9a-f]{1,4}:){0,6}[0-9a-f]{1,4})?::)|[Vv][0-9a-f]+\.[a-z0-9\-._~!$&'()*+,;=:]+)\]|(?:(?:25[0-5]|2[0-4]\d|[01]?\d\d?)\.){3}(?:25[0-5]|2[0-4]\d|[01]?\d\d?)|(?:[a-z0-9\-._~!$&'()*+,;=]|%[0-9a-f]{2})*)(?::\d*)?(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*|\/(?:(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)?|(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})+(?:\/(?:[a-z0-9\-._~!$&'()*+,;=:@]|%[0-9a-f]{2})*)*)(?:\?(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?(?:#(?:[a-z0-9\-._~!$&'()*+,;=:@/?]|%[0-9a-f]{2})*)?$/i;function _(e){return h.test(e)&&g.test(e)}var v=/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/gm;function y(e){return v.lastIndex=0,v.test(e)}var b=-(2**31),x=2**31-1;function S(e){return Number.isInteger(e)&&e<=x&&e>=b}function C(e){return Number.isInteger(e)}function w(){return!0}var T=/[^\\]\\Z/;function E(e){if(T.test(e))return!1;try{return new RegExp(e),!0}catch{return!1}}})),Px=s((e=>{Object.defineProperty(e,"__esModule",{value:!0});var t=ay(),n=vy(),r=Fy(),i=Yy(),a=Xy();e.default=[t.default,n.default,(0,r.default)(),i.default,a.metadataVocabulary,a.contentVocabulary]})),Fx=c({$id:()=>Lx,$schema:()=>Ix,default:()=>Hx,definitions:()=>zx,properties:()=>Vx,title:()=>Rx,type:()=>Bx}),Ix,Lx,Rx,zx,Bx,Vx,Hx,Ux=o((()=>{Ix=`http://json-schema.org/draft-07/schema#`,Lx=`http://json-schema.org/draft-07/schema#`,Rx=`Core schema meta-schema`,zx={schemaArray:{type:`array`,minItems:1,items:{$ref:`#`}},nonNegativeInteger:{type:`integer`,minimum:0},nonNegativeIntegerDefault0:{allOf:[{$ref:`#/definitions/nonNegativeInteger`},{default:0}]},simpleTypes:{enum:[`array`,`boolean`,`integer`,`null`,`number`,`object`,`string`]},stringArray:{type:`array`,items:{type:`string`},uniqueItems:!0,default:[]}},Bx=[`object`,`boolean`],Vx={$id:{type:`string`,format:`uri-reference`},$schema:{type:`string`,format:`uri`},$ref:{type:`string`,format:`uri-reference`},$comment:{type:`string`},title:{type:`string`},description:{type:`string`},default:!0,readOnly:{type:`boolean`,default:!1},examples:{type:`array`,items:!0},multipleOf:{type:`number`,exclusiveMinimum:0},maximum:{type:`number`},exclusiveMaximum:{type:`number`},minimum:{type:`number`},exclusiveMinimum:{type:`number`},maxLength:{$ref:`#/definitions/nonNegativeInteger`},minLength:{$ref:`#/definitions/nonNegativeIntegerDefault0`},pattern:{type:`string`,format:`regex`},additionalItems:{$ref:`#`},items:{anyOf:[{$ref:`#`},{$ref:`#/definitions/schemaArray`}],default:!0},maxItems:{$ref:`#/definitions/nonNegativeInteger`},minItems:{$ref:`#/definitions/nonNegativeIntegerDefault0`},uniqueItems:{type:`boolean`,default:!1},contains:{$ref:`#`},maxProperties:{$ref:`#/definitions/nonNegativeInteger`},minProperties:{$ref:`#/definitions/nonNegativeIntegerDefault0`},required:{$ref:`#/definitions/stringArray`},additionalProperties:{$ref:`#`},definitions:{type:`object`,additionalProperties:{$ref:`#`},default:{}},properties:{type:`object`,additionalProperties:{$ref:`#`},default:{}},patternProperties:{type:`object`,additionalProperties:{$ref:`#`},propertyNames:{format:`regex`},default:{}},dependencies:{type:`object`,additionalProperties:{anyOf:[{$ref:`#`},{$ref:`#/definitions/stringArray`}]}},propertyNames:{$ref:`#`},const:!0,enum:{type:`array`,items:!0,minItems:1,uniqueItems:!0},type:{anyOf:[{$ref:`#/definitions/simpleTypes`},{type:`array`,items:{$ref:`#/definitions/simpleTypes`},minItems:1,uniqueItems:!0}]},format:{type:`string`},contentMediaType:{type:`string`},contentEncoding:{type:`string`},if:{$ref:`#`},then:{$ref:`#`},else:{$ref:`#`},allOf:{$ref:`#/definitions/schemaArray`},anyOf:{$ref:`#/definitions/schemaArray`},oneOf:{$ref:`#/definitions/schemaArray`},not:{$ref:`#`}},Hx={$schema:Ix,$id:Lx,title:Rx,definitions:zx,type:Bx,properties:Vx,default:!0}})),Wx=s(((e,t)=>{Object.defineProperty(e,"__esModule",{value:!0}),e.MissingRefError=e.ValidationError=e.CodeGen=e.Name=e.nil=e.stringify=e.str=e._=e.KeywordCxt=e.Ajv=void 0;var n=ny(),r=Px(),i=$y(),a=(Ux(),d(Fx).default),o=[`/properties`],s=`http://json-schema.org/draft-07/schema`,c=class extends n.default{_addVocabularies(){super._addVocabularies(),r.default.forEach(e=>this.addVocabulary(e)),this.opts.discriminator&&this.addKeyword(i.default)}_addDefaultMetaSchema(){if(super._addDefaultMetaSchema(),!this.opts.meta)return;let e=this.opts.$data?this.$dataMetaSchema(a,o):a;this.addMetaSchema(e,s,!1),this.refs[`http://json-schema.org/schema`]=s}defaultMeta(){return this.opts.defaultMeta=super.defaultMeta()||(this.getSchema(s)?s:void 0)}};e.Ajv=c,t.exports=e=c,t.exports.Ajv=c,Object.defineProperty(e,"__esModule",{value:!0}),e.default=c;var l=Bv();Object.defineProperty(e,"KeywordCxt",{enumerable:!0,get:function(){return l.KeywordCxt}});var u=U();Object.defineProperty(e,"_",{enumerable:!0,get:function(){return u._}}),Object.defineProperty(e,"str",{enumerable:!0,get:function(){return u.str}}),Object.defineProperty(e,"stringify",{enumerable:!0,get:function(){return u.stringify}}),Object.defineProperty(e,"nil",{enumerable:!0,get:function(){return u.nil}}),Object.defineProperty(e,"Name",{enumerable:!0,get:function(){return u.Name}}),Object.defineProperty(e,"CodeGen",{enumerable:!0,get:function(){return u.CodeGen}});var f=Vv();Object.defineProperty(e,"ValidationError",{enumerable:!0,get:function(){return f.default}});var p=Hv();Object.defineProperty(e,"MissingRefError",{enumerable:!0,get:function(){return p.default}})})),Gx=s((e=>{Object.defineProperty(e,"__esModule",{value:!0}),e.formatLimitDefinition=void 0;var t=Wx(),n=U(),r=n.operators,i={formatMaximum:{okStr:`<=`,ok:r.LTE,fail:r.GT},formatMinimum:{okStr:`>=`,ok:r.GTE,fail:r.LT},formatExclusiveMaximum:{okStr:`<`,ok:r.LT,fail:r.GTE},formatExclusiveMinimum:{okStr:`>`,ok:r.GT,fail:r.LTE}};e.formatLimitDefinition={keyword:Object.keys(i),type:`string`,schemaType:`string`,$data:!0,error:{message:({keyword:e,schemaCode:t})=>(0,n.str)`should be ${i[e].okStr} ${t}`,params:({keyword:e,schemaCode:t})=>(0,n._)`{comparison: ${i[e].okStr}, limit: ${t}}`},code(e){let{gen:r,data:a,schemaCode:o,keyword:s,it:c}=e,{opts:l,self:u}=c;if(!l.validateFormats)return;let d=new t.KeywordCxt(c,u.RULES.all.format.definition,`format`);d.$data?f():p();function f(){let t=r.scopeValue(`formats`,{ref:u.formats,code:l.code.formats}),i=r.const(`fmt`,(0,n._)`${t}[${d.schemaCode}]`);e.fail$data((0,n.or)((0,n._)`typeof ${i} != "object"`,(0,n._)`${i} instanceof RegExp`,(0,n._)`typeof ${i}.compare != "function"`,m(i)))}function p(){let t=d.schema,i=u.formats[t];if(!i||i===!0)return;if(typeof i!=`object`||i instanceof RegExp||typeof i.compare!=`function`)throw Error(`"${s}": format "${t}" does not define "compare" function`);let a=r.scopeValue(`formats`,{key:t,ref:i,code:l.code.formats?(0,n._)`${l.code.formats}${(0,n.getProperty)(t)}`:void 0});e.fail$data(m(a))}function m(e){return(0,n._)`${e}.compare(${a}, ${o}) ${i[s].fail} 0`}},dependencies:[`format`]},e.default=t=>(t.addKeyword(e.formatLimitDefinition),t)})),Kx=s(((e,t)=>{Object.defineProperty(e,"__esModule",{value:!0});var n=Nx(),r=Gx(),i=U(),a=new i.Name(`fullFormats`),o=new i.Name(`fastFormats`),s=(e,t={keywords:!0})=>{if(Array.isArray(t))return c(e,t,n.fullFormats,a),e;let[i,s]=t.mode===`fast`?[n.fastFormats,o]:[n.fullFormats,a];return c(e,t.formats||n.formatNames,i,s),t.keywords&&(0,r.default)(e),e};s.get=(e,t=`full`)=>{let r=(t===`fast`?n.fastFormats:n.fullFormats)[e];if(!r)throw Error(`Unknown format "${e}"`);return r};function c(e,t,n,r){var a;(a=e.opts.code).formats??(a.formats=(0,i._)`require("ajv-formats/dist/formats").${r}`);for(let r of t)e.addFormat(r,n[r])}t.exports=e=s,Object.defineProperty(e,"__esModule",{value:!0}),e.default=s})),qx={$schema:`https://json-schema.org/draft/2020-12/schema`,title:`Sigma Meta rule specification V2.1.0 (2025-07-25)`,type:`object`,required:[`title`,`correlation`],properties:{title:{type:`string`,maxLength:256,description:`A brief title for the rule that should contain what the rule is supposed to detect`},id:{type:`string`,description:`A globally unique identifier for the Sigma rule. This is recommended to be a UUID v4, but not mandatory.`,format:`uuid`},status:{type:`string`,oneOf:[{const:`stable`,description:`The rule didn't produce any obvious false positives in multiple environments over a long period of time`},{const:`test`,description:`The rule doesn't show any obvious false positives on a limited set of test systems`},{const:`experimental`,description:`A new rule that hasn't been tested outside of lab environments and could lead to many false positives`},{const:`deprecated`,description:"The rule was replaced or is now covered by another one. The link between both rules is made via the `related` field"},{const:`unsupported`,description:`The rule can not be used in its current state (special correlation log, home-made fields, etc.)`}]},description:{type:`string`,description:`A short description of the rule and the malicious activity that can be detected`,maxLength:65535},author:{type:`string`,description:`Creator of the rule. (can be a name, nickname, twitter handle, etc.)`},references:{type:`array`,description:`References to the source that the rule was derived from. These could be blog articles, technical papers, presentations or even tweets`,uniqueItems:!0,items:{type:`string`}},date:{type:`string`,description:`Creation date of the meta rule. Use the ISO 8601 format YYYY-MM-DD`,pattern:`^\\d{4}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])$`},modified:{type:`string`,description:`Last modification date of the meta rule. Use the ISO 8601 format YYYY-MM-DD`,pattern:`^\\d{4}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])$`},taxonomy:{type:`string`,maxLength:256,description:`Defines the taxonomy used in the Sigma correlation rule`},correlation:{type:`object`,required:[`type`,`rules`,`timespan`],description:`Represents the correlation searched for on the log data`,properties:{type:{type:`string`,maxLength:16,description:`Defines the correlation type`,oneOf:[{const:`event_count`},{const:`temporal`},{const:`temporal_ordered`},{const:`value_count`},{const:`value_sum`},{const:`value_avg`},{const:`value_percentile`}]},rules:{description:`Refers to one or multiple Sigma or Correlations rules`,uniqueItems:!0,anyOf:[{type:`array`,items:{anyOf:[{type:`string`,minLength:2},{type:`string`,format:`uuid`}]}}]},aliases:{type:`object`,description:`Defines field name aliases that are applied to correlated Sigma rules`,additionalProperties:{anyOf:[{type:`object`,items:{type:`string`}}]}},"group-by":{type:`array`,description:`Defines one or multiple fields which should be treated as separate event occurrence scope`,uniqueItems:!0,items:{type:`string`}},timespan:{type:`string`,maxLength:10,description:"Defines a time period in which the correlation should be applied. Used: `number + letter (in lowercase)`"},condition:{type:`object`,description:`The condition defines when a correlation matches`,uniqueItems:!0,minItems:1,maxItems:3,anyOf:[{gt:{description:`The count must be greater than the given value`,type:`integer`}},{gte:{description:`The count must be greater than or equal to the given value`,type:`integer`}},{lt:{description:`The count must be lesser than the given value`,type:`integer`}},{lte:{description:`The count must be lesser than or equal to the given value`,type:`integer`}},{eq:{description:`The count must be equal to the given value`,type:`integer`}},{neq:{description:`The count must different to the given value`,type:`integer`}},{field:{description:`Name of the field(s) to count values`,anyOf:[{type:`string`,maxLength:256},{type:`array`,items:{type:`string`,maxLength:256}}]}}]}},allOf:[{if:{properties:{type:{const:`event_count`}}},then:{required:[`condition`,`group-by`,`timespan`]}},{if:{properties:{type:{const:`temporal`}}},then:{required:[`group-by`,`timespan`]}},{if:{properties:{type:{const:`temporal_ordered`}}},then:{required:[`group-by`,`timespan`]}},{if:{properties:{type:{const:`value_count`}}},then:{condition:{type:`object`,properties:{field:{type:`string`}},required:[`field`]},required:[`condition`,`group-by`,`timespan`]}},{if:{properties:{type:{const:`value_sum`}}},then:{condition:{type:`object`,properties:{field:{type:`string`}},required:[`field`]},required:[`condition`,`group-by`,`timespan`]}},{if:{properties:{type:{const:`value_avg`}}},then:{condition:{type:`object`,properties:{field:{type:`string`}},required:[`field`]},required:[`condition`,`group-by`,`timespan`]}},{if:{properties:{type:{const:`value_percentile`}}},then:{condition:{type:`object`,properties:{field:{type:`string`}},required:[`field`]},required:[`condition`,`group-by`,`timespan`]}}]},falsepositives:{description:`A list of known false positives that may occur`,uniqueItems:!0,anyOf:[{type:`string`,minLength:2},{type:`array`,items:{type:`string`,minLength:2}}]},level:{type:`string`,description:`The criticality of a triggered rule`,oneOf:[{const:`informational`,description:`Rule is intended for enrichment of events, e.g. by tagging them. No case or alerting should be triggered by such rules because it is expected that a huge amount of events will match these rules`},{const:`low`,description:`Notable event but rarely an incident. Low-rated events can be relevant in high numbers or in combination with others. Immediate reaction shouldn't be necessary, but a regular review is recommended`},{const:`medium`,description:`Relevant event that should be reviewed manually on a more frequent basis`},{const:`high`,description:`Relevant event that should trigger an internal alert and requires a prompt review`},{const:`critical`,description:`Highly relevant event that indicates an incident. Critical events should be reviewed immediately. It is used only for cases in which probability borders certainty`}]},generate:{type:`boolean`,description:`Defines if the rules referred to by the correlation rule should be converted into stand-alone rules`}}},Jx={$schema:`https://json-schema.org/draft/2020-12/schema#`,title:`Sigma rule specification V2.0.0 (2024-08-08)`,type:`object`,required:[`title`,`logsource`,`detection`],properties:{title:{type:`string`,maxLength:256,description:`A brief title for the rule that should contain what the rules is supposed to detect`},id:{type:`string`,description:`A globally unique identifier for the Sigma rule. This is recommended to be a UUID v4, but not mandatory.`,format:`uuid`},related:{type:`array`,description:`A list of related Sigma rules to keep track of the relationships between detections. This can be used to indicate that a rule is derived from another rule, or that a rule has been obsoleted by another rule.`,items:{type:`object`,required:[`id`,`type`],properties:{id:{type:`string`,description:`A globally unique identifier for the Sigma rule. This is recommended to be a UUID v4, but not mandatory.`,format:`uuid`},type:{type:`string`,oneOf:[{const:`derived`,description:`The rule was derived from the referred rule or rules, which may remain active`},{const:`obsolete`,description:`The rule obsoletes the referred rule or rules, which aren't used anymore`},{const:`merged`,description:`The rule was merged from the referred rules. The rules may be still existing and in use`},{const:`renamed`,description:`The rule had previously the referred identifier or identifiers but was renamed for whatever reason, e.g. from a private naming scheme to UUIDs, to resolve collisions etc. It's not expected that a rule with this id exists anymore`},{const:`similar`,description:`Use to relate similar rules to each other (e.g. same detection content applied to different log sources, rule that is a modified version of another rule with a different level)`}]}}}},name:{type:`string`,maxLength:256,description:`a unique human-readable name that can be used instead of the id as a reference in correlation rules`},taxonomy:{type:`string`,maxLength:256,description:`Defines the taxonomy used in the Sigma rule`},status:{type:`string`,oneOf:[{const:`stable`,description:`The rule didn't produce any obvious false positives in multiple environments over a long period of time`},{const:`test`,description:`The rule doesn't show any obvious false positives on a limited set of test systems`},{const:`experimental`,description:`A new rule that hasn't been tested outside of lab environments and could lead to many false positives`},{const:`deprecated`,description:"The rule was replaced or is now covered by another one. The link between both rules is made via the `related` field"},{const:`unsupported`,description:`The rule can not be used in its current state (special correlation log, home-made fields, etc.)`}]},description:{type:`string`,description:`A short description of the rule and the malicious activity that can be detected`,maxLength:65535},license:{type:`string`,description:`License of the rule according the SPDX ID specification (https://spdx.dev/ids/)`},author:{type:`string`,description:`Creator of the rule. (can be a name, nickname, twitter handle, etc.)`},references:{type:`array`,description:`References to the source that the rule was derived from. These could be blog articles, technical papers, presentations or even tweets`,uniqueItems:!0,items:{type:`string`}},date:{type:`string`,description:`Creation date of the rule. Use the ISO 8601 format YYYY-MM-DD`,pattern:`^\\d{4}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])$`},modified:{type:`string`,description:`Last modification date of the rule. Use the ISO 8601 format YYYY-MM-DD`,pattern:`^\\d{4}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])$`},logsource:{type:`object`,description:`The log source that the rule is supposed to detect malicious activity in.`,properties:{category:{description:`Group of products, like firewall or process_creation`,type:`string`},product:{description:`A certain product, like windows`,type:`string`},service:{description:`A subset of a product's logs, like sshd`,type:`string`},definition:{description:`can be used to describe the log source`,type:`string`}}},detection:{type:`object`,required:[`condition`],description:`A set of search-identifiers that represent properties of searches on log data`,additionalProperties:{description:`A Search Identifier: A definition that can consist of two different data structures - lists and maps.`,anyOf:[{type:`array`,items:{anyOf:[{type:`string`},{type:`integer`},{type:`object`,items:{type:`string`}}]}},{type:`object`,items:{type:`string`}}]},properties:{condition:{type:`string`,description:`The relationship between the search identifiers to create the detection logic. Ex: selection1 or selection2`}}},fields:{type:`array`,description:`A list of log fields that could be interesting in further analysis of the event and should be displayed to the analyst`,uniqueItems:!0,items:{type:`string`}},falsepositives:{description:`A list of known false positives that may occur`,uniqueItems:!0,type:`array`,items:{type:`string`,minLength:2}},level:{type:`string`,description:`The criticality of a triggered rule`,oneOf:[{const:`informational`,description:`Rule is intended for enrichment of events, e.g. by tagging them. No case or alerting should be triggered by such rules because it is expected that a huge amount of events will match these rules`},{const:`low`,description:`Notable event but rarely an incident. Low rated events can be relevant in high numbers or combination with others. Immediate reaction shouldn't be necessary, but a regular review is recommended`},{const:`medium`,description:`Relevant event that should be reviewed manually on a more frequent basis`},{const:`high`,description:`Relevant event that should trigger an internal alert and requires a prompt review`},{const:`critical`,description:`Highly relevant event that indicates an incident. Critical events should be reviewed immediately. It is used only for cases in which probability borders certainty`}]},tags:{description:`Tags to categorize a Sigma rule.`,type:`array`,uniqueItems:!0,items:{type:`string`,pattern:`^[a-z0-9_-]+\\.[a-z0-9._-]+$`}},scope:{description:`A list of intended scope of the rule`,type:`array`,items:{type:`string`,minLength:2}}}},Yx={$schema:`https://json-schema.org/draft/2020-12/schema#`,title:`Sigma Global Filter specification V2.0.0 (2024-08-08)`,type:`object`,required:[`title`,`logsource`,`filter`],properties:{title:{type:`string`,maxLength:256,description:`A brief title for the rule that should contain what the rules is supposed to detect`},id:{type:`string`,description:`A globally unique identifier for the Sigma rule. This is recommended to be a UUID v4, but not mandatory.`,format:`uuid`},description:{type:`string`,description:`A short description of the rule and the malicious activity that can be detected`,maxLength:65535},date:{type:`string`,description:`Creation date of the meta filter. Use the format YYYY-MM-DD`,pattern:`^\\d{4}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])$`},modified:{type:`string`,description:`Last modification date of the meta filter. Use the format YYYY-MM-DD`,pattern:`^\\d{4}-(0[1-9]|1[012])-(0[1-9]|[12][0-9]|3[01])$`},taxonomy:{type:`string`,maxLength:256,description:`Defines the taxonomy used in the meta filter`},logsource:{type:`object`,description:`The log source that the rule is supposed to detect malicious activity in.`,properties:{category:{description:`Group of products, like firewall or process_creation`,type:`string`},product:{description:`A certain product, like windows`,type:`string`},service:{description:`A subset of a product's logs, like sshd`,type:`string`}}},filter:{type:`object`,required:[`rules`,`selection`,`condition`],description:`A set of search-identifiers that represent properties of searches on log data`,properties:{rules:{type:`array`,description:`list of the rule where add the filter`,minItems:1,uniqueItems:!0,items:{type:`string`}},selection:{description:`A Search Identifier: A definition that can consist of two different data structures - lists and maps.`,anyOf:[{type:`array`,items:{anyOf:[{type:`string`},{type:`integer`},{type:`object`}]}},{type:`object`,description:`An object that contains key-value pairs representing filter conditions`}]},condition:{type:`string`,description:`The relationship between the search identifiers to create the detection logic. selection or not selection`}}}}},Xx=u(Mx(),1),Zx=u(Kx(),1),Qx;function $x(){if(!Qx){let e=new Xx.default({allErrors:!0,strict:!1});(0,Zx.default)(e),Qx={detection:e.compile(Jx),correlation:e.compile(qx),filter:e.compile(Yx)}}return Qx}function eS(e,t,n){let r=$x()[n];if(!r(t))for(let{path:i,message:a,asKey:o}of tS(r.errors??[])){let r=i.length===0?`the rule`:`\`${i.join(`.`)}\``;e.report(`sigma/schema`,`${r} ${a} (${n} rule schema)`,e.positions.at(t,i,o))}}function tS(e){let t=new Map;for(let n of e){let e=t.get(n.instancePath)??[];e.push(n),t.set(n.instancePath,e)}let n=[];for(let[e,r]of t){let t=e===``?[]:e.slice(1).split(`/`).map(e=>e.replace(/~1/g,`/`).replace(/~0/g,`~`)),i=r.filter(e=>e.keyword===`const`).map(e=>JSON.stringify(e.params.allowedValue));if(i.length>0){n.push({path:t,message:`must be one of ${i.join(`, `)}`,asKey:!1});continue}let a=r.filter(e=>e.keyword===`type`).map(e=>e.params.type);if(a.length>1){n.push({path:t,message:`must be ${a.join(` or `)}`,asKey:!1});continue}let o=r.filter(e=>e.keyword!==`anyOf`&&e.keyword!==`oneOf`&&e.keyword!==`if`),s=o.length>0?o:r,c=new Set;for(let e of s){let r=e.message??`is invalid`,i=t,a=!1;if(e.keyword===`additionalProperties`){let n=e.params.additionalProperty;i=[...t,n],a=!0,r=`is not allowed here`}else e.keyword===`required`&&(r=`needs \`${e.params.missingProperty}\``);let o=`${i.join(`/`)}|${r}`;c.has(o)||(c.add(o),n.push({path:i,message:r,asKey:a}))}}return n}function nS(e){return e.correlation===void 0?e.filter!==void 0&&e.detection===void 0?`filter`:`detection`:`correlation`}function rS(e,t){let n=t.value,r=nS(n);e.options.schema!==!1&&eS(e,n,r);let i=xv(e,n,aS(e,r===`correlation`?n.correlation:r===`filter`?n.filter:void 0,r)),a=e.diagnostics.filter(e=>e.severity===`error`&&e.code!==`sigma/schema`).length,o,s,c;if(r===`correlation`)s=Di(e,n),o=T;else if(r===`filter`){let t=n.filter,r=e.positions.key(n,`filter`);o=gv(e,t,r,`filter`),c=iS(e,t,r)}else{let r=e.positions.key(n,`detection`);n.detection===void 0?e.report(`sigma/invalid-detection`,"a Sigma rule needs `detection:` (or `correlation:`/`filter:`)",t.pos):o=gv(e,n.detection,r)}if(e.diagnostics.filter(e=>e.severity===`error`&&e.code!==`sigma/schema`).length>a||o===void 0||r===`correlation`&&!s||r===`filter`&&!c)return;let l={kind:`Rule`,ruleType:r,format:`sigma`,document:t.index,meta:i,logsource:Sv(n),filter:pe(o),pipeline:Object.freeze([]),pos:t.pos};return e.file!==void 0&&(l.file=e.file),s&&(l.correlation=s),c&&(l.appliesTo=Object.freeze(c)),Object.freeze(l)}function iS(e,t,n){if(!mi(t))return;let r=t.rules;if(typeof r==`string`)return r.toLowerCase()===`any`||r.toLowerCase()===`all`?[`*`]:[r];if(Array.isArray(r)&&r.every(e=>typeof e==`string`&&e!==``))return r.length===0?[`*`]:[...r];e.report(`sigma/invalid-detection`,"a filter's `rules` must be `any`, a rule id or name, or a list of them",e.positions.value(t,`rules`)??n)}function aS(e,t,n){let r={};if(!mi(t))return r;let i=t.rules;if(Array.isArray(i))i.forEach((t,a)=>{let o=e.positions.value(i,a);o&&bi(r,`${n}.rules.${a}`,o)});else{let i=e.positions.value(t,`rules`);i&&bi(r,`${n}.rules.0`,i)}return r}function oS(e,t={}){let n=fi(e,t.file),r=[],i=[...n.diagnostics];for(let e of n.documents){let a=new ye(n.source,n.positions,t),o=rS(a,e);o&&r.push(o);for(let e of a.diagnostics)i.some(t=>sS(t,e))||i.push(e)}return n.documents.length===0&&i.length===0&&i.push({code:`yaml/not-a-mapping`,severity:`error`,message:`the file holds no Sigma rule document`,...t.file===void 0?{}:{file:t.file},line:1,column:1}),{rules:r,diagnostics:i}}function sS(e,t){return e.code===t.code&&e.line===t.line&&e.column===t.column&&e.message===t.message}function cS(e,t,n){for(let r=t;r<e.length;r++){let t=e[r];if(n===`"`&&t===`\\`)r++;else if(t===n){if(n===`'`&&e[r+1]===`'`){r++;continue}return r}}return-1}function lS(e){let t=e.split(`
`),n=new Set;for(let e=0;e<t.length;e++){let r=/^[A-Za-z_][\w-]*:[ \t]*(['"])/.exec(t[e]);if(!r)continue;let i=r[1];if(!(cS(t[e],r[0].length,i)>=0))for(let r=e+1;r<t.length;r++){let a=t[r];if(a!==``&&!/^[ \t]/.test(a)&&(t[r]=`  ${a}`,n.add(r+1)),cS(t[r],0,i)>=0){e=r;break}}}return n.size?{text:t.join(`
`),shifted:n}:void 0}function uS(e,t){return t===0?e:`${e}(${t})`}function dS(e){let t=new Map;for(let n of e)t.set(uS(n.name,n.args.length),n);return t}var fS=new WeakMap;function pS(e){if(!e)return gS;let t=fS.get(e);return t||(t=mS(gS,e),fS.set(e,t)),t}function mS(...e){let t=new Map;for(let n of e)if(n)for(let[e,r]of n)t.set(e,r);return t}function hS(e,t,n){return e.get(uS(t,n))}var gS=dS([{name:`drop_dm_object_name`,args:[`object`],definition:`rename $object$.* AS *`,file:`builtin`},{name:`security_content_ctime`,args:[`field`],definition:`convert timeformat="%Y-%m-%dT%H:%M:%S" ctime($field$)`,file:`builtin`}]);function _S(e,t){let n=new Qr,r=[],i=[],a=e=>{let t=n.linePos(e??0);return{line:t.line,column:t.col}},o=ci(e,{lineCounter:n,uniqueKeys:!1}),s=Array.isArray(o)?o:[o];if(s.some(e=>e.errors.length)){let n=lS(e);if(n){let e=ci(n.text,{uniqueKeys:!1}),r=Array.isArray(e)?e:[e];r.some(e=>e.errors.length)||(o=e,s=r,i.push(j(`yaml/syntax`,`a quoted scalar continues at column 0, which YAML 1.2 does not allow; read as PyYAML reads it`,{file:t,pos:{line:Math.min(...n.shifted),column:1},severity:`warning`})))}}for(let e of s){for(let n of e.errors)i.push(j(`yaml/syntax`,n.message.split(`
`)[0],{file:t,pos:a(n.pos[0])}));if(e.errors.length>0)continue;let n=e.contents;if(n==null)continue;let o=je(n)?n.items:[n];for(let e of o){let n=e.range?.[0];if(!ke(e)){i.push(j(`yaml/not-a-mapping`,"a macro definition must be a mapping with `name` and `definition`",{file:t,pos:a(n)}));continue}let o=e.toJSON(),s=o.name,c=o.definition;if(typeof s!=`string`||s===``||typeof c!=`string`&&typeof c!=`number`&&typeof c!=`boolean`){i.push(j(`yaml/not-a-mapping`,"a macro definition needs a string `name` and a `definition`",{file:t,pos:a(n)}));continue}let l=o.arguments,u=Array.isArray(l)?l.map(e=>String(e)):[],d=s.replace(/\(\d+\)$/,``);r.push(Object.freeze({name:d,args:Object.freeze(u),definition:String(c),...t?{file:t}:{}}))}}return{macros:r,diagnostics:i}}var vS=class{text;segments;macrosUsed;constructor(e,t,n){this.text=e,this.segments=t,this.macrosUsed=n}segmentAt(e){let t=this.segments,n=0,r=t.length-1,i;for(;n<=r;){let a=n+r>>1;t[a].outStart<=e?(i=t[a],n=a+1):r=a-1}return i}sourceOffset(e){let t=this.segmentAt(e);return t?t.direct?t.srcStart+(e-t.outStart):t.srcStart:e}macrosAt(e){return this.segmentAt(e)?.macros??[]}},yS=/[`"\\]/g;function bS(e){let t=/^\s*([\w:.-]+)\s*(?:\(([\s\S]*)\))?\s*$/.exec(e);if(!t)return;let n=t[2]===void 0?[]:xS(t[2]);return{name:t[1],args:n}}function xS(e){if(e.trim()===``)return[];let t=[],n=0,r=!1,i=0;for(let a=0;a<e.length;a++){let o=e[a];r?o===`\\`?a++:o===`"`&&(r=!1):o===`"`?r=!0:o===`(`?n++:o===`)`?n--:o===`,`&&n===0&&(t.push(e.slice(i,a)),i=a+1)}return t.push(e.slice(i)),t.map(e=>{let t=e.trim();return t.length>=2&&t.startsWith(`"`)&&t.endsWith(`"`)?t.slice(1,-1):t})}function SS(e,t){let n=[],r=[],i=[],a=``,o=(e,t,n)=>{if(e===``)return;let i=r[r.length-1],o=n.call?{outStart:a.length,srcStart:n.call.start,srcEnd:n.call.end,direct:!1,macros:n.macros}:{outStart:a.length,srcStart:t,srcEnd:t+e.length,direct:!0,macros:n.macros};i&&i.direct===o.direct&&i.macros===o.macros&&(o.direct?i.srcEnd===o.srcStart&&a.length-i.outStart===i.srcEnd-i.srcStart:i.srcStart===o.srcStart)?r[r.length-1]={...i,srcEnd:o.srcEnd}:r.push(o),a+=e},s=(e,r,i)=>{n.push(j(e,r,{file:t.file,pos:t.posAt(i)}))},c=(e,n,r)=>{let l=0,u=0,d=e=>n.base+e,f=t=>{o(e.slice(u,t),d(u),n),u=t};for(;l<e.length&&(yS.lastIndex=l,yS.test(e));){l=yS.lastIndex-1;let p=e[l];if(p==="`"&&e.startsWith("```",l)){let t=e.indexOf("```",l+3);l=t<0?e.length:t+3;continue}if(p===`\\`){l+=2;continue}if(p===`"`){for(l++;l<e.length&&e[l]!==`"`;)l+=e[l]===`\\`?2:1;l++;continue}if(p!=="`"){l++;continue}let m=e.indexOf("`",l+1);if(m<0){l++;continue}let h=bS(e.slice(l+1,m));if(!h){l=m+1;continue}let g=n.call?n.call.start:d(l),_=n.call?n.call.end:d(m+1),v=hS(t.macros,h.name,h.args.length);if(!v){if(/_filter$/.test(h.name)&&h.args.length===0){f(l);let e={call:n.call??{start:g,end:_},base:0,macros:[...n.macros,h.name]};o(/\bsearch\s*$/.test(a)?`*`:`search *`,0,e),u=m+1}else{let e=[0,1,2,3,4,5].filter(e=>e!==h.args.length&&t.macros.has(uS(h.name,e)));e.length>0?s(`spl/macro-arguments`,`macro \`${h.name}\` is called with ${h.args.length} argument(s); its definitions take ${e.join(` or `)}`,g):s(`spl/unknown-macro`,`unknown macro \`${uS(h.name,h.args.length)}\` (no definition loaded; pass --macros)`,g)}l=m+1;continue}if(f(l),u=m+1,l=m+1,r.length>=32||r.includes(uS(h.name,h.args.length))){s(`spl/macro-recursion`,`macro \`${h.name}\` expands to itself (${[...r,uS(h.name,h.args.length)].join(` -> `)})`,g);continue}i.includes(h.name)||i.push(h.name);let y=v.definition;v.args.forEach((e,t)=>{y=y.split(`$${e}$`).join(h.args[t])});let b={call:n.call??{start:g,end:_},base:0,macros:Object.freeze([...n.macros,h.name])};c(y,b,[...r,uS(h.name,h.args.length)])}f(e.length)};return c(e,{base:0,macros:Object.freeze([])},[]),{expanded:new vS(a,r,i),diagnostics:n}}var CS=/(?:[^\s"=!<>()[\]|,`\\]|\\[\s\S]|!(?!=))+/,wS=H({name:`WhiteSpace`,pattern:/\s+/,group:Hm.SKIPPED,line_breaks:!0}),TS=H({name:`Comment`,pattern:/```[\s\S]*?```/,group:`comments`,line_breaks:!0}),ES=H({name:`MacroRef`,pattern:/`[^`]*`/,line_breaks:!0}),DS=H({name:`LBracket`,pattern:`[`}),OS=H({name:`LParen`,pattern:`(`}),kS=H({name:`RParen`,pattern:`)`}),AS=H({name:`Comma`,pattern:`,`}),jS=H({name:`QuotedString`,pattern:/"(?:[^"\\]|\\[\s\S])*"/,line_breaks:!0}),MS=H({name:`CompareOp`,pattern:Hm.NA}),NS=H({name:`DoubleEquals`,pattern:`==`,categories:[MS]}),PS=H({name:`NotEquals`,pattern:`!=`,categories:[MS]}),FS=H({name:`LessEq`,pattern:`<=`,categories:[MS]}),IS=H({name:`GreaterEq`,pattern:`>=`,categories:[MS]}),LS=H({name:`Equals`,pattern:`=`,categories:[MS]}),RS=H({name:`Less`,pattern:`<`,categories:[MS]}),zS=H({name:`Greater`,pattern:`>`,categories:[MS]}),BS=H({name:`Word`,pattern:CS,line_breaks:!0}),VS=new Set([`Pipe`,`ExprPipe`,`LBracket`]);function HS(e,t){return t>=e.length||/[\s|\]`]/.test(e[t])}function US(e,t=!1){return(n,r,i)=>{let a=i[i.length-1];if(a?!VS.has(a.tokenType.name):!t||r!==n.search(/\S/))return null;for(let t of e)if(n.startsWith(t,r)&&HS(n,r+t.length))return[t];return null}}var WS=H({name:`SubsearchGenerator`,pattern:{exec:(e,t,n)=>{let r=n[n.length-1];return!r||r.tokenType.name!==`LBracket`?null:US([`tstats`,`inputlookup`,`mstats`,`makeresults`,`rest`,`datamodel`,`from`])(e,t,n,{})}},line_breaks:!1,start_chars_hint:[`t`,`i`,`m`,`r`,`d`,`f`]}),GS=H({name:`SearchCommand`,pattern:{exec:US([`search`],!0)},line_breaks:!1,start_chars_hint:[`s`]}),KS=H({name:`EvalCommand`,pattern:{exec:US([`eval`])},line_breaks:!1,start_chars_hint:[`e`],push_mode:`expr`}),qS=H({name:`WhereCommand`,pattern:{exec:US([`where`])},line_breaks:!1,start_chars_hint:[`w`],push_mode:`expr`}),JS=H({name:`And`,pattern:/AND/,longer_alt:BS}),YS=H({name:`Or`,pattern:/OR/,longer_alt:BS}),XS=H({name:`Not`,pattern:/NOT/,longer_alt:BS}),ZS=H({name:`In`,pattern:/IN/,longer_alt:BS}),QS=H({name:`Pipe`,pattern:`|`}),$S=H({name:`RBracket`,pattern:`]`}),eC=H({name:`ExprPipe`,pattern:`|`,categories:[QS],pop_mode:!0}),tC=H({name:`ExprRBracket`,pattern:`]`,categories:[$S],pop_mode:!0}),nC=H({name:`Identifier`,pattern:/[A-Za-z_@$][\w@$:]*(?:\.[\w@$:]+|\{\})*|\{[\w.]+\}/}),rC=H({name:`TemplateField`,pattern:/<<\w+>>/,categories:[nC]}),iC=/[A-Za-z_][\w.:]*(?:-[\w.:]+)+(?=\s*=(?!=))/y,aC=H({name:`DashedIdentifier`,pattern:{exec:(e,t,n)=>{let r=n[n.length-1];if(!r||r.tokenType.name!==`EvalCommand`&&r.tokenType.name!==`Comma`)return null;iC.lastIndex=t;let i=iC.exec(e);if(!i||r.tokenType.name===`EvalCommand`)return i;let a=0;for(let e=n.length-2;e>=0;e--){let t=n[e].tokenType.name;if(t===`RParen`)a++;else if(t===`LParen`){if(a===0)return null;a--}else if(t===`EvalCommand`)return a===0?i:null}return null}},line_breaks:!1,categories:[nC],start_chars_hint:[...`abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ_`]}),oC=H({name:`SingleQuoted`,pattern:/'(?:[^'\\]|\\[\s\S])*'/,line_breaks:!0}),sC=H({name:`NumberLiteral`,pattern:/(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?(?![\w.])/}),cC=H({name:`Plus`,pattern:`+`}),lC=H({name:`Minus`,pattern:`-`}),uC=H({name:`Star`,pattern:`*`}),dC=H({name:`Slash`,pattern:`/`}),fC=H({name:`Percent`,pattern:`%`}),pC=H({name:`Dot`,pattern:`.`}),mC=H({name:`ExprAnd`,pattern:/and/i,longer_alt:nC}),hC=H({name:`ExprOr`,pattern:/or/i,longer_alt:nC}),gC=H({name:`ExprXor`,pattern:/xor/i,longer_alt:nC}),_C=H({name:`ExprNot`,pattern:/not/i,longer_alt:nC}),vC=H({name:`ExprLike`,pattern:/like(?!\s*\()/i,longer_alt:nC}),yC=H({name:`ExprIn`,pattern:/in(?=\s*\()/i,longer_alt:nC}),bC=[wS,TS,ES,QS,DS,$S,OS,kS,AS,jS,NS,PS,FS,IS,LS,RS,zS,GS,KS,qS,WS,JS,YS,XS,ZS,BS],xC=[wS,TS,ES,eC,tC,OS,kS,AS,jS,oC,rC,NS,PS,FS,IS,LS,RS,zS,sC,cC,lC,uC,dC,fC,aC,mC,hC,gC,_C,vC,yC,nC,pC],SC=[...new Set([...bC,...xC,MS])],CC={modes:{search:bC,expr:xC},defaultMode:`search`},wC;function TC(){return wC??=new Hm(CC,{positionTracking:`onlyOffset`,ensureOptimizations:!1}),wC}function EC(e,t=`search`){let n=TC().tokenize(e,t);return{tokens:n.tokens,errors:n.errors.map(e=>({offset:e.offset,length:e.length,message:e.message}))}}function DC(e,t){let n={...e};return t.pos&&(n.pos=t.pos),t.origin&&(n.origin=t.origin),Object.freeze(n)}function OC(e,t){return DC({kind:`Literal`,value:e},t)}function kC(e,t){return DC({kind:`FieldValue`,field:x(e,t)},t)}function AC(e,t,n){return DC({kind:`Call`,name:e,args:Object.freeze([...t])},n)}function jC(e,t,n,r){return DC({kind:`Binary`,op:e,left:t,right:n},r)}function MC(e,t,n){return DC({kind:`Unary`,op:e,operand:t},n)}var NC=e=>e.startOffset+e.image.length,G=e=>({ALT:e}),PC=(e,t)=>({GATE:e,ALT:t}),FC=(e,t)=>({SEP:e,DEF:t}),IC=(e,t)=>({GATE:e,DEF:t});function LC(e){return e.slice(1,-1).replace(/\\(["\\])/g,`$1`)}function RC(e){let t=e.tokenType===jS;return{text:t?LC(e.image):e.image,quoted:t,raw:e.image,start:e.startOffset,end:NC(e)}}var zC=new Map([[LS,`=`],[NS,`=`],[PS,`!=`],[RS,`<`],[FS,`<=`],[zS,`>`],[IS,`>=`]]),BC=new Map([[LS,`=`],[NS,`==`],[PS,`!=`],[RS,`<`],[FS,`<=`],[zS,`>`],[IS,`>=`],[cC,`+`],[lC,`-`],[pC,`.`],[uC,`*`],[dC,`/`],[fC,`%`]]),VC=class extends l_{locate=()=>({});searchText=``;constructor(){super(SC,{recoveryEnabled:!1,maxLookahead:3}),this.performSelfAnalysis()}setSource(e){this.searchText=e}pipeline=this.RULE(`pipeline`,()=>{let e=[],t=this.LA(1);return this.OPTION(()=>{let t=this.OR([G(()=>this.SUBRULE(this.searchCommand)),G(()=>this.SUBRULE(this.evalCommand)),G(()=>this.SUBRULE(this.whereCommand)),G(()=>this.SUBRULE(this.generatingCommand)),G(()=>this.SUBRULE(this.baseSearch))]);this.ACTION(()=>e.push(t))}),this.MANY(()=>{this.CONSUME(QS);let t=this.SUBRULE(this.command);this.ACTION(()=>e.push(t))}),this.ACTION(()=>{let n=this.LA(0),r=e[0]?.start??t.startOffset;return{commands:e,start:Number.isNaN(r)?0:r,end:e.length?e[e.length-1].end:Math.max(0,NC(n))}})});baseSearch=this.RULE(`baseSearch`,()=>{let e=this.SUBRULE(this.searchExpression);return this.ACTION(()=>({name:`search`,base:!0,args:[],search:e,start:e.start,end:e.end}))});command=this.RULE(`command`,()=>this.OR([G(()=>this.SUBRULE(this.searchCommand)),G(()=>this.SUBRULE(this.evalCommand)),G(()=>this.SUBRULE(this.whereCommand)),G(()=>this.SUBRULE(this.genericCommand))]));searchCommand=this.RULE(`searchCommand`,()=>{let e=this.CONSUME(GS),t=this.OPTION(()=>this.SUBRULE(this.searchExpression));return this.ACTION(()=>({name:`search`,base:!1,args:[],search:t,start:e.startOffset,end:t?.end??NC(e)}))});evalCommand=this.RULE(`evalCommand`,()=>{let e=this.CONSUME(KS),t=[];return this.AT_LEAST_ONE_SEP(FC(AS,()=>{let e=this.SUBRULE(this.evalAssignment);this.ACTION(()=>t.push(e))})),this.ACTION(()=>({name:`eval`,base:!1,args:[],assignments:t,start:e.startOffset,end:t[t.length-1].end}))});evalAssignment=this.RULE(`evalAssignment`,()=>{let e=this.OR([G(()=>this.CONSUME(nC)),G(()=>this.CONSUME(oC)),G(()=>this.CONSUME(jS))]);this.CONSUME(LS);let t=this.SUBRULE(this.expression);return this.ACTION(()=>({field:e.tokenType===jS||e.tokenType===oC?LC(e.image):e.image,expr:t,start:e.startOffset,end:NC(this.LA(0))}))});whereCommand=this.RULE(`whereCommand`,()=>{let e=this.CONSUME(qS),t=this.SUBRULE(this.expression);return this.ACTION(()=>({name:`where`,base:!1,args:[],expr:t,start:e.startOffset,end:NC(this.LA(0))}))});genericCommand=this.RULE(`genericCommand`,()=>{let e=this.OR([G(()=>this.CONSUME(BS)),G(()=>this.CONSUME(ES))]);return this.commandArguments(e)});generatingCommand=this.RULE(`generatingCommand`,()=>{let e=this.CONSUME(WS);return this.commandArguments(e)});commandArguments(e){let t=[];return this.MANY(()=>{let e=this.SUBRULE(this.argument);this.ACTION(()=>t.push(e))}),this.ACTION(()=>({name:e.tokenType===ES?e.image:e.image.toLowerCase(),base:!1,args:t,start:e.startOffset,end:t.length?t[t.length-1].end:NC(e)}))}argument=this.RULE(`argument`,()=>this.OR([G(()=>{let e=this.OR1([G(()=>this.CONSUME(BS)),G(()=>this.CONSUME(JS)),G(()=>this.CONSUME(YS)),G(()=>this.CONSUME(XS)),G(()=>this.CONSUME(ZS))]);return this.ACTION(()=>({kind:`word`,...RC(e)}))}),G(()=>{let e=this.CONSUME(jS);return this.ACTION(()=>({kind:`string`,...RC(e)}))}),G(()=>{let e=this.CONSUME(MS);return this.ACTION(()=>({kind:`op`,op:e.image,start:e.startOffset,end:NC(e)}))}),G(()=>{let e=this.CONSUME(AS);return this.ACTION(()=>({kind:`comma`,start:e.startOffset,end:NC(e)}))}),G(()=>{let e=this.CONSUME(OS),t=[];this.MANY(()=>{let e=this.SUBRULE(this.argument);this.ACTION(()=>t.push(e))});let n=this.CONSUME(kS);return this.ACTION(()=>({kind:`group`,args:t,start:e.startOffset,end:NC(n)}))}),G(()=>{let e=this.SUBRULE(this.subsearch);return this.ACTION(()=>({kind:`subsearch`,pipeline:e.pipeline,start:e.start,end:e.end}))}),G(()=>{let e=this.CONSUME(ES);return this.ACTION(()=>({kind:`macro`,text:e.image,start:e.startOffset,end:NC(e)}))})]));subsearch=this.RULE(`subsearch`,()=>{let e=this.CONSUME(DS),t=this.SUBRULE(this.pipeline),n=this.CONSUME($S);return this.ACTION(()=>({pipeline:t,start:e.startOffset,end:NC(n)}))});searchExpression=this.RULE(`searchExpression`,()=>{let e=[],t=this.SUBRULE(this.searchDisjunction);return this.ACTION(()=>e.push(t)),this.MANY(()=>{this.OPTION(()=>this.CONSUME(JS));let t=this.SUBRULE2(this.searchDisjunction);this.ACTION(()=>e.push(t))}),this.ACTION(()=>e.length===1?e[0]:{kind:`and`,children:e,start:e[0].start,end:e[e.length-1].end})});searchDisjunction=this.RULE(`searchDisjunction`,()=>{let e=[],t=this.SUBRULE(this.searchNegation);return this.ACTION(()=>e.push(t)),this.MANY(()=>{this.CONSUME(YS);let t=this.SUBRULE2(this.searchNegation);this.ACTION(()=>e.push(t))}),this.ACTION(()=>e.length===1?e[0]:{kind:`or`,children:e,start:e[0].start,end:e[e.length-1].end})});searchNegation=this.RULE(`searchNegation`,()=>this.OR([G(()=>{let e=this.CONSUME(XS),t=this.SUBRULE(this.searchNegation);return this.ACTION(()=>({kind:`not`,child:t,start:e.startOffset,end:t.end}))}),G(()=>this.SUBRULE(this.searchPrimary))]));searchPrimary=this.RULE(`searchPrimary`,()=>this.OR([G(()=>{this.CONSUME(OS);let e=this.SUBRULE(this.searchExpression);return this.CONSUME(kS),e}),G(()=>{let e=this.SUBRULE(this.subsearch);return this.ACTION(()=>({kind:`subsearch`,pipeline:e.pipeline,start:e.start,end:e.end}))}),G(()=>{let e=this.CONSUME(ES);return this.ACTION(()=>({kind:`macro`,text:e.image,start:e.startOffset,end:NC(e)}))}),G(()=>this.SUBRULE(this.searchTerm))]));searchTerm=this.RULE(`searchTerm`,()=>{let e=this.SUBRULE(this.searchValue),t;return this.OPTION(()=>{this.OR([G(()=>{let n=this.CONSUME(MS),r=this.SUBRULE2(this.searchValue);this.ACTION(()=>{t={kind:`compare`,field:e.value,op:zC.get(n.tokenType),value:r.value,start:e.start,end:r.end},r.kind===`directive`&&(t={...t,directive:r.name})})}),G(()=>{this.CONSUME(ZS),this.CONSUME(OS);let n=[];this.MANY(()=>{this.OR1([G(()=>{let e=this.SUBRULE3(this.searchValue);this.ACTION(()=>n.push(e.value))}),G(()=>this.CONSUME(AS))])});let r=this.CONSUME(kS);this.ACTION(()=>{t={kind:`in`,field:e.value,values:n,start:e.start,end:NC(r)}})})])}),this.ACTION(()=>t??(e.kind===`directive`?{kind:`directive`,name:e.name,value:e.value,start:e.start,end:e.end}:{kind:`term`,value:e.value,start:e.start,end:e.end}))});searchValue=this.RULE(`searchValue`,()=>this.OR([PC(()=>/^(TERM|CASE)$/i.test(this.LA(1).image)&&this.LA(2).tokenType===OS,()=>{let e=this.CONSUME(BS);this.CONSUME(OS);let t=this.OR1([G(()=>this.CONSUME2(BS)),G(()=>this.CONSUME(jS))]),n=this.CONSUME(kS);return this.ACTION(()=>({kind:`directive`,name:e.image.toUpperCase(),value:RC(t),start:e.startOffset,end:NC(n)}))}),PC(()=>this.LA(1).tokenType===BS&&this.LA(2).tokenType===OS&&this.LA(2).startOffset===NC(this.LA(1)),()=>{let e=this.CONSUME4(BS),t=this.SUBRULE(this.argument),n;return this.OPTION(IC(()=>this.LA(1).tokenType===BS&&this.LA(1).startOffset===t.end,()=>{n=this.CONSUME5(BS)})),this.ACTION(()=>{let r=n?NC(n):t.end,i=this.searchText.slice(e.startOffset,r);return{kind:`value`,name:`TERM`,value:{text:i,quoted:!1,raw:i,start:e.startOffset,end:r},start:e.startOffset,end:r}})}),G(()=>{let e=this.OR2([G(()=>this.CONSUME3(BS)),G(()=>this.CONSUME2(jS))]);return this.ACTION(()=>({kind:`value`,name:`TERM`,value:RC(e),start:e.startOffset,end:NC(e)}))})]));expression=this.RULE(`expression`,()=>this.binaryChain([hC],()=>this.SUBRULE(this.xorExpression),()=>this.SUBRULE2(this.xorExpression)));xorExpression=this.RULE(`xorExpression`,()=>this.binaryChain([gC],()=>this.SUBRULE(this.andExpression),()=>this.SUBRULE2(this.andExpression)));andExpression=this.RULE(`andExpression`,()=>this.binaryChain([mC],()=>this.SUBRULE(this.notExpression),()=>this.SUBRULE2(this.notExpression)));notExpression=this.RULE(`notExpression`,()=>this.OR([G(()=>{let e=this.CONSUME(_C),t=this.SUBRULE(this.notExpression);return this.ACTION(()=>MC(`NOT`,t,this.locate(e.startOffset)))}),G(()=>this.SUBRULE(this.comparison))]));comparison=this.RULE(`comparison`,()=>{let e=this.SUBRULE(this.additive);return this.OPTION(()=>{this.OR([G(()=>{let t=this.CONSUME(MS),n=this.SUBRULE2(this.additive);this.ACTION(()=>{e=jC(BC.get(t.tokenType),e,n,this.locate(t.startOffset))})}),G(()=>{let t=this.CONSUME(vC),n=this.SUBRULE3(this.additive);this.ACTION(()=>{e=jC(`LIKE`,e,n,this.locate(t.startOffset))})}),G(()=>{let t=this.CONSUME(yC),n=this.SUBRULE(this.callArguments);this.ACTION(()=>{e=AC(`in`,[e,...n],this.locate(t.startOffset))})})])}),e});additive=this.RULE(`additive`,()=>this.binaryChain([cC,lC,pC],()=>this.SUBRULE(this.multiplicative),()=>this.SUBRULE2(this.multiplicative)));multiplicative=this.RULE(`multiplicative`,()=>this.binaryChain([uC,dC,fC],()=>this.SUBRULE(this.unary),()=>this.SUBRULE2(this.unary)));unary=this.RULE(`unary`,()=>this.OR([G(()=>{let e=this.CONSUME(lC),t=this.SUBRULE(this.unary);return this.ACTION(()=>t.kind===`Literal`&&typeof t.value==`number`?OC(-t.value,this.locate(e.startOffset)):MC(`-`,t,this.locate(e.startOffset)))}),G(()=>this.SUBRULE(this.primary))]));primary=this.RULE(`primary`,()=>this.OR([G(()=>{let e=this.CONSUME(sC);return this.ACTION(()=>OC(Number(e.image),this.locate(e.startOffset)))}),G(()=>{let e=this.CONSUME(jS);return this.ACTION(()=>OC(LC(e.image),this.locate(e.startOffset)))}),G(()=>{let e=this.CONSUME(oC);return this.ACTION(()=>kC(e.image.slice(1,-1).replace(/\\(['\\])/g,`$1`),this.locate(e.startOffset)))}),G(()=>{let e=this.OR1([G(()=>this.CONSUME(nC)),G(()=>this.CONSUME(yC))]),t;return this.OPTION(()=>{t=this.SUBRULE1(this.callArguments)}),this.ACTION(()=>t?AC(e.image.toLowerCase(),t,this.locate(e.startOffset)):kC(e.image,this.locate(e.startOffset)))}),G(()=>{this.CONSUME(OS);let e=this.SUBRULE(this.expression);return this.CONSUME(kS),e})]));callArguments=this.RULE(`callArguments`,()=>{let e=[];return this.CONSUME(OS),this.MANY_SEP(FC(AS,()=>{let t=this.SUBRULE(this.expression);this.ACTION(()=>e.push(t))})),this.CONSUME(kS),e});binaryChain(e,t,n){let r=t();return this.MANY(()=>{let t=this.OR(e.map((e,t)=>G(()=>this.consumeIdx(e,t)))),i=n();this.ACTION(()=>{r=jC(BC.get(t.tokenType)??(t.tokenType===hC?`OR`:t.tokenType===mC?`AND`:`XOR`),r,i,this.locate(t.startOffset))})}),r}consumeIdx(e,t){switch(t){case 0:return this.CONSUME(e);case 1:return this.CONSUME1(e);default:return this.CONSUME2(e)}}},HC=class e{static shared;grammar;constructor(){e.shared??=new VC,this.grammar=e.shared}parsePipeline(e,t){return this.run(e,0,e.length,`search`,t,e=>e.pipeline())}parseSearchExpression(e,t,n,r){return this.run(e,t,n,`search`,r,e=>e.searchExpression())}parseExpression(e,t,n,r){return this.run(e,t,n,`expr`,r,e=>e.expression())}run(e,t,n,r,i,a){let o=t===0&&n===e.length?e:e.slice(t,n),s=EC(o,r),c=s.errors.map(e=>({offset:e.offset+t,length:e.length,message:`unexpected character ${JSON.stringify(o.slice(e.offset,e.offset+Math.min(e.length,1)))}`}));if(c.length>0)return{errors:c};if(t!==0)for(let e of s.tokens)e.startOffset+=t;let l=this.grammar;l.setSource(e),l.locate=i??(()=>({})),l.input=s.tokens;let u=a(l);return l.errors.length>0?{errors:l.errors.map(e=>{let t=e.token,r=t.tokenType.name===`EOF`||Number.isNaN(t.startOffset),i=r?n:t.startOffset,a=r?`end of search`:JSON.stringify(t.image);return{offset:i,length:r?0:t.image.length,message:`unexpected ${a}${UC(e.message)}`}})}:{value:u,errors:[]}}};function UC(e){let t=/Expecting:?\s*(?:one of these possible Token sequences:)?\s*([\s\S]*?)(?:\s*but found|$)/.exec(e);if(!t||!t[1])return``;let n=t[1].replace(/\s+/g,` `).replace(/<\[?|\]?>/g,``).trim();return n?` (expected ${n.length>120?n.slice(0,117)+`...`:n})`:``}var WC=class{expanded;posOfSource;file;diagnostics=[];unsupported=[];unsupportedExpressions=[];parser=new HC;constructor(e,t,n){this.expanded=e,this.posOfSource=t,this.file=n}get text(){return this.expanded.text}posAt(e){return this.posOfSource(this.expanded.sourceOffset(e))}locate=e=>{let t=this.expanded.macrosAt(e),n=this.posAt(e);return t.length>0?{pos:n,origin:{macros:t}}:{pos:n}};report(e,t,n){this.diagnostics.push(j(e,t,{file:this.file,pos:this.posAt(n)}))}};function K(e){if(e&&(e.kind===`word`||e.kind===`string`))return e.text}function GC(e,...t){return!!e&&e.kind===`word`&&t.some(t=>t.toLowerCase()===e.text.toLowerCase())}function KC(e){let t={},n=[];for(let r=0;r<e.length;r++){let i=e[r],a=e[r+1],o=e[r+2];i.kind===`word`&&a?.kind===`op`&&a.op===`=`&&K(o)!==void 0?(t[i.text]=K(o),r+=2):n.push(i)}return{options:t,rest:n}}function qC(e,t){let{options:n,rest:r}=KC(e),i=[],a=[],o;for(let e=0;e<r.length;e++){let n=r[e];if(GC(n,`by`)&&o===void 0){o=[];continue}if(n.kind===`comma`)continue;let s=K(n)??t(n.start,n.end);GC(r[e+1],`as`)&&K(r[e+2])!==void 0&&!o&&a.push({from:s,to:K(r[e+2])}),o?o.push(s):i.push(s)}let s={args:i,options:n};return o&&(s.by=o),a.length&&(s.renames=a),s}function JC(e){let t=[];for(let n of e){if(n.kind===`comma`)continue;let e=K(n);if(e===void 0)return;t.push(e)}return t}var YC=new Set([`index`,`source`,`sourcetype`]),XC=new Set([`earliest`,`latest`,`starttime`,`endtime`,`starthoursago`,`endhoursago`,`startdaysago`,`enddaysago`,`startminutesago`,`endminutesago`,`startmonthsago`,`endmonthsago`,`_index_earliest`,`_index_latest`,`timeformat`]),ZC=class extends Error{what;offset;constructor(e,t){super(e),this.what=e,this.offset=t}};function QC(e){return e.quoted?e.text:e.text.replace(/\\(["\\|])/g,`$1`)}function $C(e){let t=QC(e),n=[];return t.split(`*`).forEach((e,t)=>{t>0&&n.push(f),n.push(e)}),h(n)}function ew(e){return e.quoted?e.text:QC(e)}var tw=/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;function nw(e,t){let n=t.locate(e.start);switch(e.kind){case`and`:return S(e.children.map(e=>nw(e,t)),n);case`or`:return C(e.children.map(e=>nw(e,t)),n);case`not`:return w(nw(e.child,t),n);case`term`:return QC(e.value)===`*`?T:ie(h([f,...$C(e.value).parts,f]),{caseSensitive:!1,scope:`raw`,...n});case`directive`:return ie(h([f,...$C(e.value).parts,f]),{caseSensitive:e.name===`CASE`,scope:`raw`,...n});case`compare`:{if(XC.has(ew(e.field).toLowerCase()))throw new ZC(`time range modifier ${ew(e.field)}`,e.start);let r=rw(e.field,t),i=e.directive===`CASE`;if(e.op===`=`||e.op===`!=`){let t=QC(e.value)===`*`?k(r,n):D(r,$C(e.value),i,n);return e.op===`=`?t:oe(r,t,n)}let a=QC(e.value),o={"<":`lt`,"<=":`lte`,">":`gt`,">=":`gte`}[e.op];return tw.test(a)?O(r,o,Number(a),{numeric:!0,...n}):O(r,o,a,{numeric:!1,...n})}case`in`:{let r=rw(e.field,t);return C(e.values.map(e=>QC(e)===`*`?k(r,n):D(r,$C(e),!1,n)),n)}case`subsearch`:throw new ZC(`subsearch`,e.start);case`macro`:throw new ZC(`unexpanded macro ${e.text}`,e.start)}}function rw(e,t){let n=ew(e);return x(n,{...t.locate(e.start),metadata:YC.has(n)})}var iw=e=>e!==void 0&&/^(t|true|1)$/i.test(e);function aw(e){return[...e.matchAll(/\(\?(?:P?<([A-Za-z_]\w*)>|'([A-Za-z_]\w*)')/g)].map(e=>e[1]??e[2])}function ow(e){let t=[];for(let n=0;n<e.length;n++){let r=e[n];if(r.kind===`comma`)continue;let i=K(r);if(i===void 0)return;if(GC(e[n+1],`as`)){let r=K(e[n+2]);if(r===void 0)return;t.push({field:i,as:r}),n+=2}else t.push({field:i})}return t}function sw(e){let{options:t,rest:n}=KC(e.args);switch(e.name){case`rex`:{let e=n.filter(e=>e.kind===`string`);if(e.length!==1||n.length!==1)return{problem:`rex needs one quoted regular expression`};let r=e[0].text,i=t.max_match===void 0?void 0:Number(t.max_match);if(i!==void 0&&!Number.isInteger(i))return{problem:`max_match must be a whole number, not ${t.max_match}`};if(t.mode!==void 0&&t.mode!==`sed`)return{problem:`rex mode must be sed, not ${t.mode}`};let a={command:`rex`,field:t.field??`_raw`,pattern:r,groups:t.mode===`sed`?[]:aw(r)};return t.mode!==void 0&&(a.mode=t.mode),i!==void 0&&(a.maxMatch=i),{details:a}}case`lookup`:{let e=K(n[0]);if(e===void 0)return{problem:`lookup needs a table name`};let t=n.findIndex(e=>GC(e,`output`,`outputnew`)),r=ow(n.slice(1,t<0?n.length:t));if(!r||r.length===0)return{problem:`lookup needs at least one input field`};if(t<0)return{details:{command:`lookup`,table:e,inputs:r}};let i=ow(n.slice(t+1));return i?{details:{command:`lookup`,table:e,inputs:r,output:{mode:K(n[t]).toUpperCase(),fields:i}}}:{problem:`unexpected argument after OUTPUT`}}case`spath`:{if(n.length>1||n.length===1&&K(n[0])===void 0)return{problem:`spath takes input=, output= and one path`};let e=t.path??K(n[0]),r={command:`spath`,input:t.input??`_raw`};return t.output!==void 0&&(r.output=t.output),e!==void 0&&(r.path=e),{details:r}}case`iplocation`:{let e=K(n[0]);if(e===void 0||n.length!==1)return{problem:`iplocation needs one IP address field`};let r={command:`iplocation`,field:e,prefix:t.prefix??``,allFields:iw(t.allfields)};return t.lang!==void 0&&(r.lang=t.lang),{details:r}}default:return}}var cw=new Set(`abs.case.cidrmatch.coalesce.ceil.ceiling.exact.exp.false.floor.if.in.isnotnull.isnull.isnum.isstr.isint.len.like.ln.log.lower.ltrim.match.max.min.mvappend.mvcount.mvdedup.mvfilter.mvfind.mvindex.mvjoin.mvsort.mvzip.now.null.nullif.pow.relative_time.replace.round.rtrim.searchmatch.split.sqrt.strftime.strptime.substr.time.tonumber.tostring.trim.true.typeof.upper.urldecode.validate.mvmap.printf.md5.sha1.sha256.sha512.base64.len.spath.json_extract.isbool.sigfig.random.commands.tojson.mvrange.trim`.split(`.`));function lw(e,t,n){ce(e,e=>{e.kind===`Call`&&!cw.has(e.name)&&(t.unsupportedExpressions.push(`${e.name}()`),t.report(`spl/unsupported-expression`,`eval function ${e.name}() is not known to rulecast; the expression is kept but cannot be evaluated`,n))})}function uw(e){let t=[],n=``;for(let r of e)r===`%`||r===`_`?(t.push(n,r===`%`?f:p),n=``):n+=r;return t.push(n),h(t)}var dw=/^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/,fw={"<":`lt`,"<=":`lte`,">":`gt`,">=":`gte`},pw={"<":`>`,"<=":`>=`,">":`<`,">=":`<=`};function mw(e){let t={};return e.pos&&(t.pos=e.pos),e.origin&&(t.origin=e.origin),t}function hw(e){return e.kind===`FieldValue`?e.field:void 0}function gw(e){return e.kind===`Literal`&&(typeof e.value==`string`||typeof e.value==`number`)?e.value:void 0}function _w(e,t,n){return lw(e,t,n),r(e)??ae(e,mw(e));function r(e){let t=mw(e);if(e.kind===`Binary`){if(e.op===`AND`||e.op===`OR`){let n=r(e.left)??ae(e.left,mw(e.left)),i=r(e.right)??ae(e.right,mw(e.right));return e.op===`AND`?S([n,i],t):C([n,i],t)}return a(e,!1)}if(e.kind===`Unary`&&e.op===`NOT`)return i(e.operand);if(e.kind===`Call`)return s(e,!1)}function i(e){let t=mw(e);if(e.kind===`Binary`){if(e.op===`AND`||e.op===`OR`){let n=i(e.left),r=i(e.right);return!n||!r?void 0:e.op===`AND`?C([n,r],t):S([n,r],t)}return a(e,!0)}if(e.kind===`Unary`&&e.op===`NOT`)return r(e.operand);if(e.kind===`Call`)return s(e,!0)}function a(e,t){let n=mw(e),r=hw(e.left),i=gw(e.right),a=e.op;if(!r||i===void 0){if(r=hw(e.right),i=gw(e.left),!r||i===void 0)return o(e,t);a in pw&&(a=pw[a])}typeof i==`string`&&a!==`LIKE`&&dw.test(i.trim())&&(i=Number(i));let s;switch(a){case`=`:case`==`:s=typeof i==`number`?O(r,`eq`,i,{numeric:!0,...n}):D(r,i,!0,n);break;case`!=`:return s=typeof i==`number`?O(r,`eq`,i,{numeric:!0,...n}):D(r,i,!0,n),t?s:S([k(r,n),w(s,n)],n);case`LIKE`:if(typeof i!=`string`||e.left.kind!==`FieldValue`)return;s=D(r,uw(i),!0,n);break;case`<`:case`<=`:case`>`:case`>=`:s=O(r,fw[a],i,{numeric:typeof i==`number`,...n});break;default:return}return t?S([k(r,n),w(s,n)],n):s}function o(e,t){if(e.left.kind!==`Call`||e.left.name!==`lower`||e.left.args.length!==1)return;let n=hw(e.left.args[0]),r=gw(e.right);if(!n||typeof r!=`string`||r!==r.toLowerCase())return;let i=mw(e),a;if(e.op===`LIKE`)a=D(n,uw(r),!1,i);else if(e.op===`=`||e.op===`==`)a=D(n,r,!1,i);else return;return t?S([k(n,i),w(a,i)],i):a}function s(e,t){let n=mw(e),[r,i]=e.args,a=(e,r)=>t?S([k(e,n),w(r,n)],n):r;switch(e.name){case`isnull`:case`isnotnull`:{let i=r&&e.args.length===1?hw(r):void 0;return i?e.name===`isnotnull`===t?w(k(i,n),n):k(i,n):void 0}case`like`:{let s=r?hw(r):void 0,c=i?gw(i):void 0;return s&&typeof c==`string`&&e.args.length===2?a(s,D(s,uw(c),!0,n)):r&&i&&e.args.length===2?o({kind:`Binary`,op:`LIKE`,left:r,right:i,...n},t):void 0}case`match`:{let t=r?hw(r):void 0,o=i?gw(i):void 0;return!t||typeof o!=`string`||e.args.length!==2?void 0:a(t,te(t,o,{},n))}case`cidrmatch`:{let t=r?gw(r):void 0,o=i?hw(i):void 0;return!o||typeof t!=`string`||e.args.length!==2?void 0:a(o,ne(o,t,n))}case`in`:{let t=r?hw(r):void 0,i=e.args.slice(1).map(gw);return!t||i.length===0||i.some(e=>e===void 0)?void 0:a(t,C(i.map(e=>typeof e==`number`?O(t,`eq`,e,{numeric:!0,...n}):D(t,e,!0,n)),n))}default:return}}}var vw={count:`count`,c:`count`,dc:`dc`,distinct_count:`distinct_count`,values:`values`,list:`list`,min:`min`,max:`max`,sum:`sum`,avg:`avg`,mean:`mean`,earliest:`earliest`,latest:`latest`,first:`first`,last:`last`,median:`median`,mode:`mode`,range:`range`,stdev:`stdev`,var:`var`,earliest_time:`earliest_time`,latest_time:`latest_time`};function yw(e,t){let n={aggregations:[],by:[],options:{}},r=!1;for(let i=0;i<e.length;i++){let a=e[i],o=e[i+1];if(a.kind===`comma`)continue;if(a.kind===`word`&&o?.kind===`op`&&o.op===`=`&&K(e[i+2])!==void 0){n.options[a.text]=K(e[i+2]),i+=2;continue}if(r){let e=K(a);if(e===void 0)return{...n,unsupported:`unexpected ${t.text.slice(a.start,a.end)} in the by clause`};n.by.push(e);continue}if(GC(a,`by`)){r=!0;continue}if(GC(a,`as`)){let r=K(o),a=n.aggregations[n.aggregations.length-1];if(r===void 0||!a)return{...n,unsupported:"`as` without an aggregation and a name"};i++;let s=e[i+1];s?.kind===`group`&&s.start===o.end&&(r=t.text.slice(o.start,s.end),i++),n.aggregations[n.aggregations.length-1]=Object.freeze({...a,as:r});continue}if(a.kind!==`word`)return{...n,unsupported:`unexpected ${t.text.slice(a.start,a.end)}`};let s=bw(a,o?.kind===`group`?o:void 0,t);if(typeof s==`string`)return{...n,unsupported:s};n.aggregations.push(s),o?.kind===`group`&&i++}return n}function bw(e,t,n){let r=e.text.toLowerCase(),i=vw[r],a,o=/^(perc|p|exactperc|upperperc)(\d+(?:\.\d+)?)$/.exec(r);if(!i&&o&&(i=o[1]===`p`?`p`:`perc`,a=Number(o[2])),!i)return`aggregation function ${e.text}() is not supported`;let s=n.locate(e.start),c=t?n.text.slice(e.start,t.end):e.text,l={fn:i,as:c,...s};if(a!==void 0&&(l.percentile=a),!t)return i===`count`?Object.freeze(l):`${e.text} needs a field`;let u=t.args,d=u[0];if(u.length===1&&K(d)!==void 0)return l.field=x(K(d),n.locate(d.start)),Object.freeze(l);if(u.length===2&&GC(d,`eval`)&&u[1].kind===`group`){let e=u[1],t=n.parser.parseExpression(n.text,e.start+1,e.end-1,n.locate);if(!t.value){for(let e of t.errors)n.report(`spl/syntax`,e.message,e.offset);return`an eval expression that does not parse`}return lw(t.value,n,e.start),l.eval=t.value,Object.freeze(l)}return`aggregation ${n.text.slice(e.start,t.end)} is not supported`}var q=e=>Object.freeze(e);function xw(e,t,n){let r=e.start+(e.name.startsWith("`")?e.name.length:t.text.slice(e.start).search(/[\s|\]]|$/)),i=t.text.slice(r,e.end).trim(),a=qC(e.args,(e,n)=>t.text.slice(e,n));t.unsupported.push(e.name),t.report(`spl/unsupported-command`,`command \`${e.name}\` has no rulecast semantics${n?` (${n})`:``}; it is kept as a Command stage`,e.start);let o={kind:`Command`,name:e.name,text:i,args:q(a.args),options:q(a.options),...t.locate(e.start)};return a.by&&(o.by=q(a.by)),a.renames&&(o.renames=q(a.renames.map(q))),q(o)}function Sw(e,t){let n=sw(e);n&&`problem`in n&&t.report(`spl/invalid-argument`,`${e.name}: ${n.problem}`,e.start);let r=Iw[e.name],i=r?r(e,t):{unsupported:``};return`unsupported`in i?xw(e,t,i.unsupported||void 0):i}var Cw=(e,t)=>{let{options:n,rest:r}=KC(e.args);if(Object.keys(n).some(e=>e!==`value`))return{unsupported:`unknown option`};let i=JC(r);return i?q({kind:`Fillnull`,value:n.value??`0`,fields:i.length?q(i):null,...t.locate(e.start)}):{unsupported:`unexpected argument`}};function ww(e){return(t,n)=>{let r=yw(t.args,n);if(r.unsupported)return{unsupported:r.unsupported};let i=e===`stats`?[`allnum`,`delim`]:e===`eventstats`?[`allnum`]:[],a=Object.keys(r.options).filter(e=>!i.includes(e));return a.length?{unsupported:`option ${a.join(`, `)}`}:r.aggregations.length===0?{unsupported:`no aggregation`}:q({kind:`Stats`,command:e,aggregations:q(r.aggregations),by:q(r.by.map(e=>x(e))),...n.locate(t.start)})}}var Tw=(e,t)=>{let n=e.assignments??[];for(let e of n)lw(e.expr,t,e.start);return q({kind:`Eval`,assignments:q(n.map(e=>q({field:e.field,expr:e.expr}))),...t.locate(e.start)})},Ew=(e,t)=>{let n=[],r=e.args.filter(e=>e.kind!==`comma`);for(let e=0;e<r.length;e+=3){let t=K(r[e]),i=K(r[e+2]);if(t===void 0||i===void 0||!GC(r[e+1],`as`))return{unsupported:"expected `old as new` pairs"};n.push(q({from:t,to:i}))}return n.length?q({kind:`Rename`,renames:q(n),...t.locate(e.start)}):{unsupported:`no renames`}},Dw=(e,t)=>{let n=JC(e.args);return n?q({kind:`Table`,fields:q(n),...t.locate(e.start)}):{unsupported:`unexpected argument`}},Ow=(e,t)=>{let n=e.args,r=`keep`,i=K(n[0]);(i===`-`||i===`+`)&&(r=i===`-`?`remove`:`keep`,n=n.slice(1));let a=JC(n);return!a||!a.length?{unsupported:`unexpected argument`}:q({kind:`Fields`,mode:r,fields:q(a),...t.locate(e.start)})};function kw(e){let t=[],n=!1;for(let r=0;r<e.length;r++){let i=e[r];if(i.kind===`comma`)continue;let a=K(i);if(a===`-`||a===`+`){n=a===`-`;continue}let o=e[r+1],s=/^([+-]?)(num|str|ip|auto)$/i.exec(a??``);if(i.kind===`word`&&s&&o?.kind===`group`&&o.args.length===1&&K(o.args[0])!==void 0)t.push(q({field:K(o.args[0]),descending:s[1]?s[1]===`-`:n,as:s[2].toLowerCase()})),r++;else if(a!==void 0)a.startsWith(`-`)||a.startsWith(`+`)?t.push(q({field:a.slice(1),descending:a.startsWith(`-`)})):t.push(q({field:a,descending:n}));else return;n=!1}return t}var Aw=(e,t)=>{let{options:n,rest:r}=KC(e.args);if(Object.keys(n).some(e=>e!==`limit`))return{unsupported:`unknown option`};let i=r,a=n.limit===void 0?1e4:Number(n.limit),o=K(i[0]);if(o!==void 0&&/^\d+$/.test(o)&&(a=Number(o),i=i.slice(1)),a===0&&(a=null),a!==null&&!Number.isInteger(a))return{unsupported:`limit is not a number`};let s=!1;GC(i[i.length-1],`desc`,`d`)&&(s=!0,i=i.slice(0,-1));let c=kw(i);return!c||!c.length?{unsupported:`unexpected argument`}:q({kind:`Sort`,keys:q(s?c.map(e=>q({...e,descending:!e.descending})):c),limit:a,...t.locate(e.start)})},jw=(e,t)=>{let{options:n,rest:r}=KC(e.args);if(Object.keys(n).some(e=>![`keepempty`,`consecutive`,`keepevents`].includes(e))||n.keepevents!==void 0)return{unsupported:`unknown option`};let i=r,a=1,o=K(i[0]);o!==void 0&&/^\d+$/.test(o)&&(a=Number(o),i=i.slice(1));let s,c=i.findIndex(e=>GC(e,`sortby`));if(c>=0){if(s=kw(i.slice(c+1)),!s)return{unsupported:`sortby`};i=i.slice(0,c)}let l=JC(i);if(!l||!l.length)return{unsupported:`unexpected argument`};let u=e=>e!==void 0&&/^(t|true|1)$/i.test(e),d={kind:`Dedup`,fields:q(l),count:a,keepEmpty:u(n.keepempty),consecutive:u(n.consecutive),...t.locate(e.start)};return s&&(d.sortBy=q(s)),q(d)},Mw=(e,t)=>{let{options:n,rest:r}=KC(e.args),i=10;if(n.limit!==void 0)i=Number(n.limit);else if(r.length===1&&K(r[0])!==void 0)i=Number(K(r[0]));else if(r.length>0)return{unsupported:`head with a condition`};return Object.keys(n).some(e=>e!==`limit`)?{unsupported:`unknown option`}:!Number.isInteger(i)||i<0?(t.report(`spl/invalid-argument`,`head needs a whole number, not ${JSON.stringify(K(r[0])??n.limit)}`,e.start),{unsupported:`invalid count`}):q({kind:`Head`,count:i,...t.locate(e.start)})},Nw=(e,t)=>{let{options:n,rest:r}=KC(e.args);if(Object.keys(n).some(e=>e!==`timeformat`))return{unsupported:`unknown option`};let i=[],a=r.filter(e=>e.kind!==`comma`);for(let e=0;e<a.length;e++){let t=a[e],n=a[e+1];if(t.kind!==`word`||n?.kind!==`group`||n.args.length!==1||K(n.args[0])===void 0)return{unsupported:`expected fn(field)`};let r={fn:t.text.toLowerCase(),field:K(n.args[0])};e++,GC(a[e+1],`as`)&&K(a[e+2])!==void 0&&(r.as=K(a[e+2]),e+=2),i.push(q(r))}if(!i.length)return{unsupported:`no conversion`};let o={kind:`Convert`,conversions:q(i),...t.locate(e.start)};return n.timeformat!==void 0&&(o.timeformat=n.timeformat),q(o)},Pw=(e,t)=>{let{options:n,rest:r}=KC(e.args);if(Object.keys(n).some(e=>e!==`span`&&e!==`bins`))return{unsupported:`unknown option`};let i=K(r[0]);if(i===void 0)return{unsupported:`no field`};let a={kind:`Bin`,field:i,...t.locate(e.start)};if(r.length===3&&GC(r[1],`as`)&&K(r[2])!==void 0)a.as=K(r[2]);else if(r.length!==1)return{unsupported:`unexpected argument`};if(n.span!==void 0&&(a.span=n.span),n.bins!==void 0){let e=Number(n.bins);if(!Number.isInteger(e))return{unsupported:`bins is not a number`};a.bins=e}return q(a)};function Fw(e,t){let n=e.args,r=`_raw`,i=!1,a;if(n.length===1&&K(n[0])!==void 0?a=K(n[0]):n.length===3&&n[1].kind===`op`&&(n[1].op===`=`||n[1].op===`!=`)&&K(n[0])!==void 0&&K(n[2])!==void 0&&(r=K(n[0]),i=n[1].op===`!=`,a=K(n[2])),a===void 0)return;let o=t.locate(e.start),s=te(x(r,o),a,{},o);return i?w(s,o):s}var Iw={fillnull:Cw,stats:ww(`stats`),eventstats:ww(`eventstats`),streamstats:ww(`streamstats`),eval:Tw,rename:Ew,table:Dw,fields:Ow,sort:Aw,dedup:jw,head:Mw,convert:Nw,bin:Pw,bucket:Pw},Lw=new Set([`search`,`where`,`regex`]);function Rw(e,t){let n={},r=[],i=[],a=[],o=!0,s=!0,c=e.commands,l=0,u=c[0];if(u&&u.name===`search`){if(u.search){let e=Ww(u.search,t,n,r);i.push(...e.filters),e.kept.length&&(a.push(Gw(u,e.kept,t)),o=!1,s=!1)}l=1}else if(u&&u.name===`tstats`){let e=Yw(u,t,n,r);i.push(...e.filters),a.push(...e.stages),e.filterKept&&(o=!1),s=!1,l=1}else if(u&&u.name===`from`){let e=K(u.args[0])??``,t;/^datamodel:./i.test(e)&&u.args.length===1?t=e.slice(10):GC(u.args[0],`datamodel`)&&u.args.length<=3&&(t=u.args[1]?.kind===`op`?K(u.args[2]):K(u.args[1])),t!==void 0&&(n.datamodel=t.replace(/^"|"$/g,``),l=1)}for(;l<c.length;l++){let e=c[l];if(s&&Lw.has(e.name)){let n=Bw(e,t);if(n){i.push(n);continue}o=!1,s=!1,a.push(xw(e,t,`this search cannot be expressed as a filter`))}else if(s=!1,Lw.has(e.name)){let n=Bw(e,t),r=n?Object.freeze({kind:`Filter`,command:e.name,filter:n,...t.locate(e.start)}):xw(e,t,`this search cannot be expressed as a filter`);a.push(r)}else a.push(Sw(e,t))}let d={};for(let e of[`index`,`source`,`sourcetype`]){let t=n[e];Array.isArray(t)&&(d[e]=Object.freeze(t))}return typeof n.datamodel==`string`&&(d.datamodel=n.datamodel),r.length&&(d.macros=Object.freeze([...new Set(r)])),{logsource:Object.keys(d).length?{splunk:Object.freeze(d)}:{},filter:zw(i),pipeline:a,filterTranslated:o,pipelineTranslated:o&&!a.some(e=>e.kind===`Command`)&&t.unsupportedExpressions.length===0}}function zw(e){let t=[],n=e=>e.kind===`Const`?e.value:e.kind===`And`&&!e.origin?e.children.every(n):(t.push(e),!0);for(let t of e)if(!n(t))return E;return t.length===0?T:t.length===1?t[0]:S(t)}function Bw(e,t){if(e.name===`search`){if(!e.search)return T;try{return Vw(nw(e.search,t),e,t)}catch(e){if(e instanceof ZC)return;throw e}}return e.name===`where`?e.expr?_w(e.expr,t,e.start):void 0:Fw(e,t)}function Vw(e,t,n){if(e.kind!==`Const`)return e;let r=n.locate(t.start);return r.origin?Object.freeze({...e,...r}):e}function Hw(e){return e.kind===`and`?e.children:[e]}function Uw(e,t,n,r){let i,a=[],o=e=>{if(e.kind===`compare`&&e.op===`=`&&!e.directive){let t=ew(e.field);return!YC.has(t)||i!==void 0&&i!==t?!1:(i=t,a.push(QC(e.value)),!0)}if(e.kind===`in`){let t=ew(e.field);return!YC.has(t)||i!==void 0&&i!==t?!1:(i=t,a.push(...e.values.map(QC)),!0)}return e.kind===`or`&&e.children.every(o)};return!o(e)||i===void 0||n[i]!==void 0?!1:(n[i]=a,r.push(...t.expanded.macrosAt(e.start).slice(0,1)),!0)}function Ww(e,t,n,r){let i=[],a=[];for(let o of Hw(e))if(!Uw(o,t,n,r))try{i.push(nw(o,t))}catch(e){if(!(e instanceof ZC))throw e;a.push(o)}return{filters:i,kept:a}}function Gw(e,t,n){let r=t.map(e=>n.text.slice(e.start,e.end)).join(` `);return n.unsupported.push(`search`),n.report(`spl/unsupported-command`,`part of the base search has no rulecast semantics (${t.map(qw).join(`, `)}); it is kept as a \`search\` Command stage`,t[0].start),Object.freeze({kind:`Command`,name:`search`,text:r,args:Object.freeze([r]),options:Object.freeze({}),...n.locate(e.start)})}var Kw=/^(earliest|latest|start|end|_index_)/i;function qw(e){let t=[],n=e=>{e.kind===`subsearch`?t.push(`subsearch`):e.kind===`compare`&&Kw.test(e.field.text)?t.push(`time range ${e.field.text}=`):e.kind===`macro`?t.push(`macro ${e.text}`):e.kind===`and`||e.kind===`or`?e.children.forEach(n):e.kind===`not`&&n(e.child)};return n(e),[...new Set(t)].join(`, `)||`unsupported search`}var Jw=new Set([`summariesonly`,`allow_old_summaries`,`fillnull_value`,`chunk_size`,`local`,`include_reduced_buckets`]);function Yw(e,t,n,r){let i=e.args,a=i.findIndex(e=>GC(e,`where`)),o=i.findIndex((e,t)=>t>a&&GC(e,`by`)),s=o>=0?o:i.length,c=i.slice(0,a>=0?a:s),l=o>=0?i.slice(o):[],u=c.findIndex(e=>GC(e,`from`)),d=c,f;if(u>=0){let e=c[u+1];GC(e,`datamodel`)&&c[u+2]?.kind===`op`&&K(c[u+3])!==void 0?(n.datamodel=K(c[u+3]),d=[...c.slice(0,u),...c.slice(u+4)]):e?.kind===`word`&&/^datamodel:/i.test(e.text)?(n.datamodel=e.text.slice(10).replace(/^"|"$/g,``),d=[...c.slice(0,u),...c.slice(u+2)]):f="`from` without `datamodel=`"}let p=[],m=!1;if(a>=0){let s=i[a].end,c=o>=0?i[o].start:e.end,l=t.parser.parseSearchExpression(t.text,s,c,t.locate);if(l.value){let e=Ww(l.value,t,n,r);p.push(...e.filters),e.kept.length&&(m=!0,f=`its where clause has parts with no AST meaning`)}else{for(let e of l.errors)t.report(`spl/syntax`,e.message,e.offset);m=!0,f=`its where clause does not parse`}}let h=yw([...d,...l],t),g=Object.keys(h.options).filter(e=>!Jw.has(e)&&e!==`span`);if(h.unsupported&&(f??=h.unsupported),g.length&&(f??=`option ${g.join(`, `)}`),h.aggregations.length===0&&(f??=`no aggregation`),f)return{filters:[],stages:[xw(e,t,f)],filterKept:!0};let _=[],v=t.locate(e.start);if(h.options.fillnull_value!==void 0&&h.by.length>0){let e={kind:`Fillnull`,value:h.options.fillnull_value,fields:Object.freeze([...h.by]),...v};_.push(Object.freeze(e))}if(h.options.span!==void 0){let e={kind:`Bin`,field:`_time`,span:h.options.span,...v};_.push(Object.freeze(e))}let y={kind:`Stats`,command:`tstats`,aggregations:Object.freeze(h.aggregations),by:Object.freeze(h.by.map(e=>x(e))),...v};return typeof n.datamodel==`string`&&(y.datamodel=n.datamodel),_.push(Object.freeze(y)),{filters:p,stages:_,filterKept:m}}function Xw(e){let t=[0];for(let n=0;n<e.length;n++)e[n]===`
`&&t.push(n+1);return e=>{let n=0,r=t.length-1;for(;n<r;){let i=n+r+1>>1;t[i]<=e?n=i:r=i-1}return{line:n+1,column:e-t[n]+1,offset:e}}}function Zw(e,t={}){let n=t.posAt??Xw(e),{expanded:r,diagnostics:i}=SS(e,{macros:pS(t.macros),posAt:n,file:t.file}),a=new WC(r,n,t.file),o={expandedText:r.text,macrosUsed:r.macrosUsed},s=E_(r.text);if(s!==void 0)return i.push(j(`spl/syntax`,`nested deeper than 200 levels`,{file:t.file,pos:a.posAt(s)})),{...o,diagnostics:i};let c,l;try{c=a.parser.parsePipeline(r.text,a.locate),l=c.value?Rw(c.value,a):void 0}catch(e){if(!D_(e))throw e;return i.push(j(`spl/syntax`,`the search nests too deeply to translate (an expression or operator chain is too long)`,{file:t.file,pos:a.posAt(0)})),{...o,diagnostics:i}}if(!c.value){for(let e of c.errors)i.push(j(`spl/syntax`,e.message,{file:t.file,pos:a.posAt(e.offset)}));return{...o,diagnostics:i}}return i.push(...a.diagnostics),{...o,translated:l,pipeline:c.value,diagnostics:i}}function Qw(e,t,n,r){let i=n,a=t[i];if(a===`'`||a===`"`)i++;else if(a===`|`||a===`>`){let e=t.indexOf(`
`,i);i=e<0?r:e+1}let o=new Int32Array(e.length+1);for(let a=0;a<e.length;a++){let s=e[a],c=i;for(;c<r&&t[c]!==s&&c-i<64;)c++;c<r&&t[c]===s&&(i=c),o[a]=Math.min(i,Math.max(n,r-1)),i<r&&i++}return o[e.length]=Math.min(i,r),t=>o[Math.max(0,Math.min(t,e.length))]}var $w=new Set([`name`,`id`,`version`,`date`,`author`,`type`,`status`,`description`,`data_source`,`search`,`how_to_implement`,`known_false_positives`,`references`,`tags`,`tests`]),eT=e=>typeof e==`string`?e:typeof e==`number`?String(e):void 0,tT=e=>typeof e==`number`?e:typeof e==`string`&&e.trim()!==``&&!Number.isNaN(Number(e))?Number(e):void 0,nT=e=>Array.isArray(e)?e.map(eT).filter(e=>e!==void 0):typeof e==`string`?[e]:[];function rT(e,t,n){let r=e.translated;if(!r)return;let i=r.filterTranslated&&r.pipelineTranslated,a=[...new Set(r.pipeline.filter(e=>e.kind===`Command`).map(e=>e.name))];return j(`spl/translation`,i?`translates fully: filter yes, pipeline yes`:`translates partly: filter ${r.filterTranslated?`yes`:`no`}, pipeline ${r.pipelineTranslated?`yes`:`no`}${a.length?` (kept as commands: ${a.join(`, `)})`:` (unknown eval functions)`}`,{file:t,pos:n,severity:`info`})}function iT(e,t={}){let n=t.file,r=new Qr,i=li(e,{lineCounter:r,uniqueKeys:!0,prettyErrors:!1}),a=e,o=new Set,s=[];if(i.errors.length){let t=lS(e),c=new Qr,l=t&&li(t.text,{lineCounter:c,uniqueKeys:!0,prettyErrors:!1});if(t&&l&&l.errors.length===0){({text:a,shifted:o}=t),i=l,r=c;let e=Math.min(...o);s.push(j(`yaml/syntax`,`a quoted scalar continues at column 0, which YAML 1.2 does not allow; read as PyYAML reads it`,{file:n,pos:{line:e,column:1},severity:`warning`}))}}let c=e=>[...o].filter(t=>t<e).length,l=e=>{let t=r.linePos(e);if(!o.size)return{line:t.line,column:t.col,offset:e};let n=o.has(t.line)?Math.min(2,t.col-1):0;return{line:t.line,column:t.col-n,offset:e-2*c(t.line)-n}};for(let e of i.errors){let t=/unique/i.test(e.message)?`yaml/duplicate-key`:`yaml/syntax`;s.push(j(t,e.message.split(`
`)[0],{file:n,pos:l(e.pos[0])}))}if(i.errors.length)return{rules:[],diagnostics:s};let u=i.contents;if(!ke(u))return s.push(j(`yaml/not-a-mapping`,`a Splunk detection must be a YAML mapping`,{file:n,pos:{line:1,column:1}})),{rules:[],diagnostics:s};let d=u.toJSON(),f={};for(let e of u.items){let t=e.key;t&&t.range&&typeof t.value==`string`&&(f[t.value]=l(t.range[0]))}let p=l(u.range?.[0]??0),m=u.get(`search`,!0);if(!M(m)||typeof m.value!=`string`)return s.push(j(`spl/syntax`,"the detection's `search` must be a string",{file:n,pos:f.search??p})),{rules:[],diagnostics:s};let h=m.value,g=m.range??[0,a.length,a.length],_=Qw(h,a,g[0],g[1]),v=Zw(h,{file:n,macros:t.macros,posAt:e=>l(_(e))});if(s.push(...v.diagnostics),!v.translated)return{rules:[],diagnostics:s};let y=rT(v,n,f.search??p);y&&s.push(y);let b=d.tags&&typeof d.tags==`object`?d.tags:{},x=Object.freeze({type:eT(d.type),version:tT(d.version),dataSource:Object.freeze(nT(d.data_source)),howToImplement:eT(d.how_to_implement),knownFalsePositives:eT(d.known_false_positives),mitreAttackIds:Object.freeze(nT(b.mitre_attack_id)),analyticStories:Object.freeze(nT(b.analytic_story)),requiredFields:Object.freeze(nT(b.required_fields)),securityDomain:eT(b.security_domain),riskScore:tT(b.risk_score),confidence:tT(b.confidence),impact:tT(b.impact),search:h,tags:Object.freeze({...b})}),S={};for(let[e,t]of Object.entries(d))$w.has(e)||(S[e]=t);let C=Object.freeze({id:eT(d.id),title:eT(d.name)??``,description:eT(d.description),author:eT(d.author),date:eT(d.date),status:eT(d.status),tags:Object.freeze(x.mitreAttackIds.map(e=>`attack.${e.toLowerCase()}`)),references:Object.freeze(nT(d.references)),falsepositives:Object.freeze(nT(d.known_false_positives)),fields:x.requiredFields,related:Object.freeze([]),tests:Object.freeze(aT(d.tests)),splunk:x,custom:Object.freeze(S),positions:Object.freeze(f)});return{rules:[Object.freeze({kind:`Rule`,ruleType:`detection`,format:`splunk`,...n===void 0?{}:{file:n},meta:C,logsource:v.translated.logsource,filter:v.translated.filter??T,pipeline:Object.freeze(v.translated.pipeline),pos:p})],diagnostics:s}}function aT(e){let t=[];if(!Array.isArray(e))return t;for(let n of e){if(!n||typeof n!=`object`)continue;let e=n,r=eT(e.name)??`test`,i=oT(e,r);if(i){t.push(i);continue}let a=/negative/i.test(r)?`no-fire`:`fire`;for(let n of Array.isArray(e.attack_data)?e.attack_data:[]){if(!n||typeof n!=`object`)continue;let e=n,i=eT(e.data);if(i===void 0)continue;let o={name:r,dataset:i,expect:a};eT(e.source)!==void 0&&(o.source=eT(e.source)),eT(e.sourcetype)!==void 0&&(o.sourcetype=eT(e.sourcetype)),t.push(Object.freeze(o))}}return t}function oT(e,t){let n=eT(e.dataset);if(n===void 0||e.expect!==`fire`&&e.expect!==`no-fire`)return;let r={name:t,dataset:n,expect:e.expect};return typeof e.count==`number`&&Number.isInteger(e.count)&&e.count>=0&&(r.count=e.count),Array.isArray(e.lines)&&e.lines.every(e=>typeof e==`number`&&Number.isInteger(e)&&e>=1)&&(r.lines=Object.freeze([...e.lines])),eT(e.source)!==void 0&&(r.source=eT(e.source)),eT(e.sourcetype)!==void 0&&(r.sourcetype=eT(e.sourcetype)),Object.freeze(r)}function sT(e,t={}){let n=t.file,r=Zw(e,{file:n,macros:t.macros,posAt:Xw(e)}),i=[...r.diagnostics];if(!r.translated)return{rules:[],diagnostics:i};let a=rT(r,n,{line:1,column:1});a&&i.push(a);let o=n?n.replace(/^.*[\\/]/,``).replace(/\.spl$/i,``):`SPL search`,s=Object.freeze({dataSource:Object.freeze([]),mitreAttackIds:Object.freeze([]),analyticStories:Object.freeze([]),requiredFields:Object.freeze([]),search:e,tags:Object.freeze({})}),c=Object.freeze({title:o,tags:Object.freeze([]),references:Object.freeze([]),falsepositives:Object.freeze([]),fields:Object.freeze([]),related:Object.freeze([]),tests:Object.freeze([]),splunk:s,custom:Object.freeze({})});return{rules:[Object.freeze({kind:`Rule`,ruleType:`detection`,format:`spl`,...n===void 0?{}:{file:n},meta:c,logsource:r.translated.logsource,filter:r.translated.filter,pipeline:Object.freeze(r.translated.pipeline),pos:{line:1,column:1}})],diagnostics:i}}function cT(e,t){if(t&&/\.spl$/i.test(t))return`spl`;let n=new Set;for(let t of e.matchAll(/^([A-Za-z_][\w-]*)\s*:/gm))n.add(t[1]);if(n.has(`detection`)||n.has(`correlation`)||n.has(`filter`)&&n.has(`logsource`))return`sigma`;if(n.has(`search`))return`splunk`;if(n.has(`action`)&&n.has(`logsource`))return`sigma`}function lT(e,t={}){let n=t.file,r=t.format??cT(e,n);try{switch(r){case`sigma`:return oS(e,{file:n});case`splunk`:return iT(e,{file:n,macros:t.macros});case`spl`:return sT(e,{file:n,macros:t.macros});default:return{rules:[],diagnostics:[j(`input/unknown-format`,"not a Sigma rule (no `detection:`), a Splunk detection (no `search:`) or a `.spl` file",{file:n,pos:{line:1,column:1}})]}}}catch(e){return e instanceof he?{rules:[],diagnostics:[...e.diagnostics]}:{rules:[],diagnostics:[j(`internal/unexpected`,e instanceof Error?`${e.name}: ${e.message}`:String(e),{file:n,pos:{line:1,column:1}})]}}}function J(e){let t=JSON.stringify(e);return t===void 0?`undefined`:t.replace(/[\u2028\u2029<]/g,e=>`\\u`+e.charCodeAt(0).toString(16).padStart(4,`0`))}function uT(e,t=200){let n=e.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g,` `).replace(/<\//g,`<\\/`).trim();return n.length>t?n.slice(0,t-1)+`…`:n}function dT(e,t){let n=`rule`+e.normalize(`NFKD`).replace(/[^A-Za-z0-9]+/g,` `).trim().split(/\s+/).filter(Boolean).slice(0,8).map(e=>e[0].toUpperCase()+e.slice(1)).join(``);n===`rule`&&(n=`ruleUntitled`);let r=n;for(let e=2;t.has(r);e++)r=`${n}_${e}`;return t.add(r),r}var fT=new Set([...`^$\\.*+?()[]{}|/`]),pT=`\\t\\n\\x0B\\f\\r `,mT=`\\t \\xA0\\u1680\\u180E\\u2000-\\u200A\\u202F\\u205F\\u3000`,hT=`\\n\\x0B\\f\\r\\x85\\u2028\\u2029`,gT={alpha:`a-zA-Z`,digit:`0-9`,alnum:`a-zA-Z0-9`,upper:`A-Z`,lower:`a-z`,space:pT,xdigit:`0-9A-Fa-f`,word:`\\w`,punct:"!-\\/:-@\\[-`{-~",blank:` \\t`,cntrl:`\\x00-\\x1F\\x7F`,print:`\\x20-\\x7E`,graph:`\\x21-\\x7E`,ascii:`\\x00-\\x7F`},_T=class extends Error{};function vT(e){return e<=255?`\\x`+e.toString(16).padStart(2,`0`):`\\u{`+e.toString(16)+`}`}function yT(e,t){return t?e===`]`||e===`\\`||e===`^`||e===`-`||e===`[`?`\\`+e:e:fT.has(e)?`\\`+e:e}function bT(e,t){try{return xT(e,t)}catch(e){if(e instanceof _T)return{ok:!1,reason:e.message};throw e}}function xT(e,t){let n=0,r=t.i,i=t.m,a=t.s;for(;;){let t=/^\(\?([a-zA-Z]*)(?:-([a-zA-Z]*))?\)/.exec(e.slice(n));if(!t)break;for(let e of t[1])if(e===`i`)r=!0;else if(e===`m`)i=!0;else if(e===`s`)a=!0;else throw new _T(`inline flag (?${e}) has no JavaScript equivalent`);for(let e of t[2]??``)if(e===`i`)r=!1;else if(e===`m`)i=!1;else if(e===`s`)a=!1;else throw new _T(`inline flag (?-${e}) has no JavaScript equivalent`);n+=t[0].length}let o=``,s=!1,c=!1,l=!1,u=e.length;for(;n<u;){let t=e[n];if(s){if(t===`]`&&!c){o+=`]`,s=!1,n++,l=!0;continue}if(c=!1,t===`[`&&e[n+1]===`:`){let t=/^\[:(\^?)([a-z]+):\]/.exec(e.slice(n));if(t){if(t[1]||gT[t[2]]===void 0)throw new _T(`POSIX class [:${t[1]}${t[2]}:]`);o+=gT[t[2]],n+=t[0].length;continue}}if(t===`\\`){let[t,r]=TT(e,n);o+=t,n+=r;continue}o+=t===`[`?`\\[`:t,n++}else switch(t){case`\\`:{let[t,r,i]=CT(e,n);o+=t,n+=r,l=i;continue}case`[`:s=!0,c=!0,o+=`[`,n++,e[n]===`^`&&(o+=`^`,n++),e[n]===`]`&&(o+=`\\]`,n++,c=!1);continue;case`.`:o+=a?`[^]`:`[^\\n]`,n++,l=!0;continue;case`^`:o+=i?`(?<![^\\n])`:`^`,n++,l=!1;continue;case`$`:o+=i?`(?![^\\n])`:`(?=\\n?(?![^]))`,n++,l=!1;continue;case`(`:{let[t,r]=ST(e,n);o+=t,n+=r,l=!1;continue}case`)`:o+=`)`,n++,l=!0;continue;case`*`:case`+`:case`?`:if(!l)throw new _T(`quantifier '${t}' with nothing to repeat`);if(o+=t,n++,e[n]===`+`)throw new _T(`possessive quantifiers (e.g. '*+') have no JavaScript equivalent`);e[n]===`?`&&(o+=`?`,n++),l=!1;continue;case`{`:{let t=/^\{(\d+)(,(\d*))?\}/.exec(e.slice(n));if(t&&l){if(o+=t[0],n+=t[0].length,e[n]===`+`)throw new _T(`possessive quantifiers have no JavaScript equivalent`);e[n]===`?`&&(o+=`?`,n++),l=!1}else o+=`\\{`,n++,l=!0;continue}case`}`:case`]`:case`/`:o+=`\\`+t,n++,l=!0;continue;case`|`:o+=`|`,n++,l=!1;continue;default:{let t=e.codePointAt(n),r=String.fromCodePoint(t);o+=r,n+=r.length,l=!0}}}if(s)throw new _T(`unterminated character class`);let d=r?`iu`:`u`;try{new RegExp(o,d)}catch(e){throw new _T(`not a valid regular expression: ${e.message}`)}return{ok:!0,source:o,flags:d}}function ST(e,t){let n=e.slice(t);if(!n.startsWith(`(?`))return[`(`,1];for(let[e,t]of[[`(?:`,`(?:`],[`(?=`,`(?=`],[`(?!`,`(?!`],[`(?<=`,`(?<=`],[`(?<!`,`(?<!`]])if(n.startsWith(e))return[t,e.length];let r=/^\(\?(?:P?<|')([A-Za-z_]\w*)[>']/.exec(n);if(r)return[`(?<${r[1]}>`,r[0].length];if(r=/^\(\?P=([A-Za-z_]\w*)\)/.exec(n),r)return[`\\k<${r[1]}>`,r[0].length];if(r=/^\(\?#[^)]*\)/.exec(n),r)return[``,r[0].length];throw n.startsWith(`(?>`)?new _T(`atomic groups '(?>...)' have no JavaScript equivalent`):n.startsWith(`(?|`)?new _T(`branch reset groups '(?|...)' have no JavaScript equivalent`):n.startsWith(`(?(`)?new _T(`conditional groups have no JavaScript equivalent`):/^\(\?([R&]|P>|[-+]?\d)/.test(n)?new _T(`recursion and subroutine calls have no JavaScript equivalent`):/^\(\?[a-zA-Z-]*[):]/.test(n)?new _T(`inline flags inside the pattern (not at its start) have no JavaScript equivalent in Node 20`):new _T(`unknown group syntax '${n.slice(0,4)}'`)}function CT(e,t){let n=e[t+1];if(n===void 0)throw new _T(`pattern ends with a backslash`);switch(n){case`d`:case`D`:case`w`:case`W`:case`n`:case`r`:case`t`:case`f`:return[`\\`+n,2,!0];case`b`:case`B`:return[`\\`+n,2,!1];case`s`:return[`[${pT}]`,2,!0];case`S`:return[`[^${pT}]`,2,!0];case`h`:return[`[${mT}]`,2,!0];case`H`:return[`[^${mT}]`,2,!0];case`v`:return[`[${hT}]`,2,!0];case`V`:return[`[^${hT}]`,2,!0];case`R`:return[`(?:\\r\\n|[${hT}])`,2,!0];case`A`:return[`(?<![^])`,2,!1];case`z`:return[`(?![^])`,2,!1];case`Z`:return[`(?=\\n?(?![^]))`,2,!1];case`e`:return[`\\x1b`,2,!0];case`a`:return[`\\x07`,2,!0];case`Q`:{let n=e.indexOf(`\\E`,t+2),r=e.slice(t+2,n<0?e.length:n);return[[...r].map(e=>yT(e,!1)).join(``),(n<0?e.length:n+2)-t,r.length>0]}case`E`:return[``,2,!1];case`G`:case`K`:case`X`:case`C`:throw new _T(`'\\${n}' has no JavaScript equivalent`)}let r=wT(e,t);if(r)return[r[0],r[1],!0];if(/[1-9]/.test(n)){let n=/^\d+/.exec(e.slice(t+1));return[`\\`+n[0],1+n[0].length,!0]}let i=/^\\g\{?(\d+)\}?/.exec(e.slice(t));if(i)return[`\\`+i[1],i[0].length,!0];if(i=/^\\k(?:<([A-Za-z_]\w*)>|\{([A-Za-z_]\w*)\}|'([A-Za-z_]\w*)')/.exec(e.slice(t)),i)return[`\\k<${i[1]??i[2]??i[3]}>`,i[0].length,!0];if(/[A-Za-z0-9]/.test(n))throw new _T(`escape '\\${n}' is not supported`);let a=e.codePointAt(t+1),o=String.fromCodePoint(a);return[yT(o,!1),1+o.length,!0]}function wT(e,t){let n=e.slice(t),r=/^\\x\{([0-9a-fA-F]+)\}/.exec(n);if(r){let e=parseInt(r[1],16);if(e>1114111)throw new _T(`code point \\x{${r[1]}} out of range`);return[vT(e),r[0].length]}if(r=/^\\x([0-9a-fA-F]{0,2})/.exec(n),r)return[vT(r[1]?parseInt(r[1],16):0),r[0].length];if(r=/^\\o\{([0-7]+)\}/.exec(n),r)return[vT(parseInt(r[1],8)),r[0].length];if(r=/^\\0([0-7]{0,2})/.exec(n),r)return[vT(r[1]?parseInt(r[1],8):0),r[0].length];if(r=/^\\c([A-Za-z])/.exec(n),r)return[`\\c${r[1]}`,r[0].length];if(r=/^\\([pP])(?:\{(\^?)([A-Za-z_&= ]+)\}|([A-Za-z]))/.exec(n),r){let e=r[1]===`P`!=(r[2]===`^`),t=(r[3]??r[4]).replace(/^L&$/,`LC`).replace(/ /g,``);return[`\\${e?`P`:`p`}{${t}}`,r[0].length]}}function TT(e,t){let n=e[t+1];if(n===void 0)throw new _T(`pattern ends with a backslash`);switch(n){case`d`:case`D`:case`w`:case`W`:case`n`:case`r`:case`t`:case`f`:return[`\\`+n,2];case`b`:return[`\\x08`,2];case`s`:return[pT,2];case`h`:return[mT,2];case`v`:return[hT,2];case`e`:return[`\\x1b`,2];case`a`:return[`\\x07`,2];case`S`:case`H`:case`V`:throw new _T(`'\\${n}' inside a character class is not supported`)}let r=wT(e,t);if(r)return r;if(/[A-Za-z0-9]/.test(n))throw new _T(`escape '\\${n}' inside a class is not supported`);let i=e.codePointAt(t+1),a=String.fromCodePoint(i);return[yT(a,!0),1+a.length]}function ET(e,t){if(kT(t))return{complexity:`exponential`,reason:"a repeated group can match the empty string and holds a repeat of its own (e.g. `(a*)*`), so backtracking takes exponential time"};let n=OT(e,!NT(t)),r=n.labels.length;if(r>96)return{complexity:`unknown`,reason:`the pattern is too large to analyse (${r} positions)`};let i=n.labels.map(e=>n.labels.map(t=>PT(e,t))),a=(e,t)=>e*r+t,o=e=>{let t=Math.floor(e/r),o=e%r,s=[];for(let e of n.succ[t])for(let t of n.succ[o])i[e][t]&&s.push(a(e,t));return s},s=r*r,c=Array(s);for(let e=0;e<s;e++)c[e]=o(e);let l=IT(c),u=new Set,d=new Set;for(let e=0;e<s;e++){let t=Math.floor(e/r),n=e%r;FT(e,l,c)&&(t===n?u:d).add(l[e])}for(let e of u)if(d.has(e))return{complexity:`exponential`,reason:"a repeated part can match the same text in two different ways (e.g. nested quantifiers `(a+)+` or overlapping alternatives `(a|ab)*`), so backtracking takes exponential time"};let f=(e,t)=>{let n=new Uint8Array(s),r=[...t[e]];for(;r.length>0;){let e=r.pop();if(!n[e]){n[e]=1;for(let i of t[e])n[i]||r.push(i)}}return n},p=Array.from({length:s},()=>[]);for(let e=0;e<s;e++)for(let t of c[e])p[t].push(e);let m=[],h=[];for(let e=0;e<r;e++)m.push(f(a(e,e),c)),h.push(f(a(e,e),p));for(let e=0;e<r;e++)for(let t=0;t<r;t++){if(e===t)continue;let n=a(e,t);if(m[e][n]&&h[t][n])return{complexity:`polynomial`,reason:"two repeated parts in sequence can match the same text (e.g. `.*a.*b`, `\\s*\\s*$`, or a quantifier after the implicit search loop as in `a*b`), so backtracking takes polynomial time"}}return{complexity:`linear`}}var DT=[[0,1114111]];function OT(e,t){let n=e.program,r=new Map,i=[];t&&i.push(DT),n.forEach((e,t)=>{e.op===`set`&&(r.set(t,i.length),i.push(e.ranges))});let a=e=>{let t=new Set,r=[e];for(;r.length>0;){let e=r.pop();if(t.has(e))continue;t.add(e);let i=n[e];if(i.op===`match`)return!0;i.op===`split`?r.push(i.next,i.alt):i.op===`jump`&&r.push(i.next)}return!1},o=e=>{let t=[],i=new Set,a=[e];for(;a.length>0;){let e=a.pop();if(i.has(e))continue;i.add(e);let o=n[e];o.op===`set`?t.push(r.get(e)):o.op===`split`?a.push(o.next,o.alt):(o.op===`jump`||o.op===`assert`)&&a.push(o.next)}return t},s=new Set,c=Array(i.length);n.forEach((e,t)=>{if(e.op!==`set`)return;let n=r.get(t);c[n]=o(e.next),a(e.next)&&s.add(n)}),t&&(c[0]=[0,...o(e.start)],a(e.start)&&s.add(0));for(let e=0;e<c.length;e++)c[e]=s.has(e)?[]:c[e].filter(e=>!s.has(e));return{labels:i,succ:c}}function kT(e){switch(e.type){case`repeat`:return e.max===1/0&&jT(e.item)&&AT(e.item)?!0:kT(e.item);case`concat`:case`alt`:return e.items.some(kT);default:return!1}}function AT(e){switch(e.type){case`repeat`:return e.max===1/0&&!MT(e.item)||AT(e.item);case`concat`:case`alt`:return e.items.some(AT);default:return!1}}function jT(e){switch(e.type){case`empty`:case`assert`:return!0;case`set`:return!1;case`concat`:return e.items.every(jT);case`alt`:return e.items.some(jT);case`repeat`:return e.min===0||jT(e.item)}}function MT(e){switch(e.type){case`empty`:case`assert`:return!0;case`set`:return!1;case`concat`:case`alt`:return e.items.every(MT);case`repeat`:return e.max===0||MT(e.item)}}function NT(e){switch(e.type){case`assert`:return e.kind===`start`;case`concat`:return e.items.length>0&&NT(e.items[0]);case`alt`:return e.items.every(NT);case`repeat`:return e.min>0&&NT(e.item);default:return!1}}function PT(e,t){let n=0,r=0;for(;n<e.length&&r<t.length;){let i=e[n],a=t[r];if(i[1]<a[0])n++;else if(a[1]<i[0])r++;else return!0}return!1}function FT(e,t,n){let r=t[e];return n[e].some(e=>t[e]===r)}function IT(e){let t=e.length,n=new Int32Array(t).fill(-1),r=new Int32Array(t),i=new Int32Array(t).fill(-1),a=new Uint8Array(t),o=[],s=0,c=0;for(let l=0;l<t;l++){if(n[l]!==-1)continue;let t=[[l,0]];for(n[l]=r[l]=s++,o.push(l),a[l]=1;t.length>0;){let l=t[t.length-1],[u,d]=l,f=e[u];if(d<f.length){l[1]++;let e=f[d];n[e]===-1?(n[e]=r[e]=s++,o.push(e),a[e]=1,t.push([e,0])):a[e]&&(r[u]=Math.min(r[u],n[e]))}else{if(t.pop(),t.length>0){let e=t[t.length-1][0];r[e]=Math.min(r[e],r[u])}if(r[u]===n[u]){let e;do e=o.pop(),a[e]=0,i[e]=c;while(e!==u);c++}}}}return i}var LT=25e4,RT=class extends Error{name=`NfaTooLargeError`};function zT(e){let t=[],n=e=>{if(t.length>=25e4)throw new RT(`the pattern compiles to more than ${LT} states`);return t.push(e),t.length-1},r=n({op:`match`}),i=(e,r)=>{switch(e.type){case`empty`:return r;case`set`:return n({op:`set`,ranges:e.ranges,next:r});case`assert`:return n({op:`assert`,kind:e.kind,next:r});case`concat`:{let t=r;for(let n=e.items.length-1;n>=0;n--)t=i(e.items[n],t);return t}case`alt`:{let t=e.items.map(e=>i(e,r)),a=t[t.length-1];for(let e=t.length-2;e>=0;e--)a=n({op:`split`,next:t[e],alt:a});return a}case`repeat`:{let a=r;if(e.max===1/0){let o=n({op:`split`,next:-1,alt:r}),s=i(e.item,o);t[o].next=s,a=o}else for(let t=0;t<e.max-e.min;t++){let t=i(e.item,a);a=n({op:`split`,next:t,alt:r})}for(let t=0;t<e.min;t++)a=i(e.item,a);return a}}};return{program:t,start:i(e,r)}}var BT=[`start`,`lineStart`,`end`,`endOrFinalNewline`,`lineEnd`,`wordBoundary`,`notWordBoundary`];function VT(e){return{program:e.program.map(e=>{switch(e.op){case`set`:return[0,e.next,e.ranges.flatMap(e=>[e[0],e[1]])];case`split`:return[1,e.next,e.alt];case`jump`:return[1,e.next,e.next];case`assert`:return[2,e.next,BT.indexOf(e.kind)];case`match`:return[3]}}),start:e.start}}var HT=class extends Error{offset;refused;name=`RegexSyntaxError`;constructor(e,t,n){super(e),this.offset=t,this.refused=n}},UT=1e3,WT=1114111,GT=[[48,57]],KT=[[48,57],[65,90],[95,95],[97,122]],qT=[[9,13],[32,32]],JT=10;function YT(e,t){return new XT(e,t).parse()}var XT=class{src;rootFlags;pos=0;depth=0;constructor(e,t){this.src=e,this.rootFlags=t}parse(){let e=this.alternation({...this.rootFlags});if(this.pos<this.src.length)throw this.error(this.src[this.pos]===`)`?"unbalanced `)`":`unexpected character`);return e}error(e,t=!1,n=this.pos){return new HT(e,n,t)}refuse(e,t=this.pos){return this.error(`${e} is not supported by rulecast's linear-time regex subset`,!0,t)}alternation(e){let t=[this.sequence(e)];for(;this.src[this.pos]===`|`;)this.pos++,t.push(this.sequence(e));return t.length===1?t[0]:{type:`alt`,items:t}}sequence(e){let t=[];for(;this.pos<this.src.length;){let n=this.src[this.pos];if(n===`|`||n===`)`)break;let r=this.atom(e);r!==void 0&&t.push(this.quantified(r))}return t.length===0?{type:`empty`}:t.length===1?t[0]:{type:`concat`,items:t}}quantified(e){let t=e;for(;;){let e=this.pos,n=this.quantifier();if(n===void 0)return t;t=t.type===`assert`||t.type===`empty`?n.min===0?{type:`empty`}:t:{type:`repeat`,item:t,min:n.min,max:n.max};let r=this.src[this.pos];if(r===`?`)this.pos++;else if(r===`+`)throw this.refuse(`a possessive quantifier`,this.pos);if(e===this.pos)return t}}quantifier(){let e=this.src[this.pos];if(e===`*`)return this.pos++,{min:0,max:1/0};if(e===`+`)return this.pos++,{min:1,max:1/0};if(e===`?`)return this.pos++,{min:0,max:1};if(e!==`{`)return;let t=/^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.pos,this.pos+24));if(!t)return;let n=Number(t[1]),r=t[2]===void 0?n:t[3]===``?1/0:Number(t[3]);if(n>1e3||r!==1/0&&r>1e3)throw this.refuse(`a repeat count above ${UT}`);if(r<n)throw this.error("numbers out of order in `{}` quantifier");return this.pos+=t[0].length,{min:n,max:r}}atom(e){let t=this.pos;switch(this.src[this.pos]){case`(`:return this.group(e);case`[`:return this.charClass(e);case`.`:return this.pos++,{type:`set`,ranges:e.s?[[0,WT]]:eE([[JT,JT]])};case`^`:return this.pos++,{type:`assert`,kind:e.m?`lineStart`:`start`};case`$`:return this.pos++,{type:`assert`,kind:e.m?`lineEnd`:`endOrFinalNewline`};case`\\`:return this.escape(e);case`*`:case`+`:case`?`:throw this.error(`quantifier without anything to repeat`,!1,t);default:{let t=this.src.codePointAt(this.pos);return this.pos+=t>65535?2:1,QT(t,e.i)}}}group(e){let t=this.pos;this.pos++;let n={...e};if(this.src[this.pos]===`?`){let r=this.src.slice(this.pos+1,this.pos+4);if(r.startsWith(`#`)){let e=this.src.indexOf(`)`,this.pos);if(e<0)throw this.error(`unterminated comment group`,!1,t);this.pos=e+1;return}if(r.startsWith(`:`))this.pos+=2;else if(/^(?:=|!|<=|<!)/.test(r))throw this.refuse(`lookaround`,t);else if(r.startsWith(`>`))throw this.refuse(`an atomic group`,t);else if(r.startsWith(`P=`)||r.startsWith(`P>`)||r.startsWith(`&`)||/^[R0-9+-]/.test(r))throw this.refuse(`a backreference or recursion`,t);else if(r.startsWith(`(`))throw this.refuse(`a conditional group`,t);else if(r.startsWith(`<`)||r.startsWith(`P<`)||r.startsWith(`'`)){let e=/^\?(?:P?<|')([A-Za-z_]\w*)[>']/.exec(this.src.slice(this.pos,this.pos+40));if(!e)throw this.error(`invalid group name`,!1,t);this.pos+=e[0].length}else{let r=/^\?([imsx]*)(?:-([imsx]*))?([:)])/.exec(this.src.slice(this.pos,this.pos+20));if(!r)throw this.error("unknown group syntax `(?`",!1,t);if((r[1]+(r[2]??``)).includes(`x`))throw this.refuse("the `x` (extended) flag",t);let i=e=>t=>{n[t]=e};if(r[3]===`)`){[...r[1]].forEach(t=>e[t]=!0),[...r[2]??``].forEach(t=>e[t]=!1),this.pos+=r[0].length;return}n={...e},[...r[1]].forEach(i(!0)),[...r[2]??``].forEach(i(!1)),this.pos+=r[0].length}}if(++this.depth>200)throw this.refuse(`group nesting deeper than 200`,t);let r=this.alternation(n);if(this.depth--,this.src[this.pos]!==`)`)throw this.error("missing `)`",!1,t);return this.pos++,r}escape(e){let t=this.pos,n=this.src[this.pos+1];if(n===void 0)throw this.error("`\\` at end of pattern",!1,t);switch(n){case`b`:return this.pos+=2,{type:`assert`,kind:`wordBoundary`};case`B`:return this.pos+=2,{type:`assert`,kind:`notWordBoundary`};case`A`:return this.pos+=2,{type:`assert`,kind:`start`};case`z`:return this.pos+=2,{type:`assert`,kind:`end`};case`Z`:return this.pos+=2,{type:`assert`,kind:`endOrFinalNewline`};case`G`:throw this.refuse("`\\G`",t);case`K`:throw this.refuse("`\\K`",t);case`Q`:return this.quoted(e)}let r=this.classEscape(!1);return r.kind===`set`?{type:`set`,ranges:e.i?iE(r.ranges):r.ranges}:QT(r.cp,e.i)}quoted(e){this.pos+=2;let t=this.src.indexOf(`\\E`,this.pos),n=this.src.slice(this.pos,t<0?void 0:t);this.pos=t<0?this.src.length:t+2;let r=[...n].map(t=>QT(t.codePointAt(0),e.i));return r.length===0?{type:`empty`}:r.length===1?r[0]:{type:`concat`,items:r}}classEscape(e){let t=this.pos,n=this.src[this.pos+1];switch(this.pos+=2,n){case`d`:return{kind:`set`,ranges:GT};case`D`:return{kind:`set`,ranges:eE(GT)};case`w`:return{kind:`set`,ranges:KT};case`W`:return{kind:`set`,ranges:eE(KT)};case`s`:return{kind:`set`,ranges:qT};case`S`:return{kind:`set`,ranges:eE(qT)};case`h`:return{kind:`set`,ranges:[[9,9],[32,32],[160,160]]};case`t`:return{kind:`char`,cp:9};case`n`:return{kind:`char`,cp:10};case`r`:return{kind:`char`,cp:13};case`f`:return{kind:`char`,cp:12};case`v`:return{kind:`char`,cp:11};case`a`:return{kind:`char`,cp:7};case`e`:return{kind:`char`,cp:27};case`b`:if(e)return{kind:`char`,cp:8};break;case`x`:{let e=/^\{([0-9a-fA-F]{1,6})\}/.exec(this.src.slice(this.pos,this.pos+9));if(e)return this.pos+=e[0].length,{kind:`char`,cp:ZT(parseInt(e[1],16),t)};let n=/^[0-9a-fA-F]{0,2}/.exec(this.src.slice(this.pos,this.pos+2))[0];return this.pos+=n.length,{kind:`char`,cp:n===``?0:parseInt(n,16)}}case`u`:{let e=/^[0-9a-fA-F]{4}/.exec(this.src.slice(this.pos,this.pos+4));if(!e)throw this.error("`\\u` needs four hex digits",!1,t);return this.pos+=4,{kind:`char`,cp:parseInt(e[0],16)}}case`0`:{let e=/^[0-7]{0,2}/.exec(this.src.slice(this.pos,this.pos+2))[0];return this.pos+=e.length,{kind:`char`,cp:parseInt(`0`+e,8)}}case`c`:{let e=this.src.charCodeAt(this.pos);if(Number.isNaN(e))throw this.error("`\\c` at end of pattern",!1,t);return this.pos++,{kind:`char`,cp:(e>=97&&e<=122?e-32:e)^64}}case`p`:case`P`:throw this.refuse("a Unicode property (`\\p`)",t);case`N`:case`R`:case`X`:case`H`:case`V`:case`C`:throw this.refuse(`\`\\${n}\``,t);case`g`:case`k`:throw this.refuse(`a backreference`,t)}if(/[1-9]/.test(n))throw this.refuse(`a backreference`,t);if(/[A-Za-z]/.test(n))throw this.error(`unknown escape \`\\${n}\``,!1,t);let r=this.src.codePointAt(this.pos-1);return r>65535&&this.pos++,{kind:`char`,cp:r}}charClass(e){let t=this.pos;this.pos++;let n=!1;this.src[this.pos]===`^`&&(n=!0,this.pos++);let r=[],i=!0;for(;;){if(this.pos>=this.src.length)throw this.error("missing `]`",!1,t);let e=this.src[this.pos];if(e===`]`&&!i)break;if(i=!1,e===`[`&&this.src[this.pos+1]===`:`&&/^\[:\^?[a-z]+:\]/.test(this.src.slice(this.pos,this.pos+12)))throw this.refuse("a POSIX class `[:name:]`");let n=this.classAtom();if(n.kind===`set`)r.push(...n.ranges.map(e=>[e[0],e[1]]));else if(this.src[this.pos]===`-`&&this.src[this.pos+1]!==`]`&&this.pos+1<this.src.length){let e=this.pos;this.pos++;let t=this.classAtom();if(t.kind===`set`){r.push([n.cp,n.cp],[45,45],...t.ranges.map(e=>[e[0],e[1]]));continue}if(t.cp<n.cp)throw this.error(`range out of order in character class`,!1,e);r.push([n.cp,t.cp])}else r.push([n.cp,n.cp])}this.pos++;let a=$T(r);return e.i&&(a=iE(a)),{type:`set`,ranges:n?eE(a):a}}classAtom(){if(this.src[this.pos]===`\\`){if(this.src[this.pos+1]===void 0)throw this.error("`\\` at end of pattern");return this.classEscape(!0)}let e=this.src.codePointAt(this.pos);return this.pos+=e>65535?2:1,{kind:`char`,cp:e}}};function ZT(e,t){if(e>WT)throw new HT(`code point above U+10FFFF`,t,!1);return e}function QT(e,t){let n=[[e,e]];return{type:`set`,ranges:t?iE(n):n}}function $T(e){let t=[...e].sort((e,t)=>e[0]-t[0]),n=[];for(let[e,r]of t){let t=n[n.length-1];t&&e<=t[1]+1?t[1]=Math.max(t[1],r):n.push([e,r])}return n}function eE(e){let t=[],n=0;for(let[r,i]of e)r>n&&t.push([n,r-1]),n=i+1;return n<=WT&&t.push([n,WT]),t}var tE;function nE(e){tE??=rE();let t=tE.get(e);if(!t)return[e];let n=RegExp(`^\\u{`+e.toString(16)+`}$`,`iu`);return t.filter(t=>t===e||n.test(String.fromCodePoint(t)))}function rE(){let e=new Map,t=t=>{let n=t;for(;e.has(n)&&e.get(n)!==n;)n=e.get(n);return n},n=(n,r)=>{e.has(n)||e.set(n,n),e.has(r)||e.set(r,r);let i=t(n),a=t(r);i!==a&&e.set(i,a)};for(let e=0;e<=131071;e++){if(e>=55296&&e<=57343)continue;let t=String.fromCodePoint(e);for(let r of[t.toLowerCase(),t.toUpperCase()]){if(r===t)continue;let i=r.codePointAt(0);r.length===String.fromCodePoint(i).length&&n(e,i)}}let r=new Map;for(let n of e.keys()){let e=t(n),i=r.get(e);i||r.set(e,i=[]),i.push(n)}let i=new Map;for(let e of r.values())for(let t of e)i.set(t,e);return i}function iE(e){let t=[];for(let[n,r]of e)if(!(r-n>4096)){for(let e=n;e<=r;e++)if(!(e>=55296&&e<=57343))for(let i of nE(e))(i<n||i>r)&&t.push([i,i])}return t.length===0?e:$T([...e,...t])}function aE(e){if(e===void 0)return{i:!1,m:!1,s:!1};if(typeof e==`string`){for(let t of e)if(!`ims`.includes(t))throw new he([j(`regex/syntax`,`unsupported regex flag \`${t}\` (rulecast supports i, m, s)`)]);return{i:e.includes(`i`),m:e.includes(`m`),s:e.includes(`s`)}}return{i:!!e.i,m:!!e.m,s:!!e.s}}function oE(e,t,n={}){try{let n=YT(e,aE(t));return{tree:n,nfa:zT(n)}}catch(t){throw t instanceof HT?new he([j(t.refused?`backend/regex-untranslatable`:`regex/syntax`,`regex /${sE(e)}/ at offset ${t.offset}: ${t.message}`,n)]):t instanceof RT?new he([j(`backend/regex-untranslatable`,`regex /${sE(e)}/: ${t.message}`,n)]):t}}function sE(e){return e.length>80?e.slice(0,77)+`...`:e}function cE(e,t,n){let{tree:r,nfa:i}=oE(e,t,n);return ET(i,r)}function lE(e,t,n){return VT(oE(e,t,n).nfa)}var uE=`/**
 * The matcher runtime: the small set of functions every generated matcher module needs.
 *
 * This file is the single source of the runtime. It is type-checked with the project,
 * and \`scripts/gen-matcher-runtime.ts\` copies its text (with \`export\` removed, and once
 * more with types stripped) into \`runtime-source.generated.ts\`, which the code generator
 * pastes into every module it emits. \`compileMatcher\` runs that same emitted code, so
 * generated modules and in-process matchers cannot differ.
 *
 * Rules for this file: no imports, no references to anything outside it, every
 * top-level name prefixed with \`rc\` (generated rule code uses other prefixes).
 *
 * Case-insensitive matching everywhere uses ECMAScript RegExp \`iu\` (Unicode simple
 * case folding, the \`Canonicalize\` of the ECMAScript spec), never \`toLowerCase\`.
 */

/** A scalar value of an event: what field predicates look at. */
type RcScalar = string | number | boolean;
/** A row value: missing is \`null\`; a multivalue field is an array of scalars. */
type RcValue = RcScalar | null | RcScalar[];
/** A pipeline row (Splunk result): field name (as Splunk names it, \`a.b{}\`) -> value. */
type RcRow = Record<string, RcValue>;
/** Per-event context: the raw line (for SPL bare-term search) and its 1-based line number. */
interface RcContext {
  readonly raw?: string;
  readonly line?: number;
}
/** Visits one value; returning \`true\` stops the walk (a value satisfied the predicate). */
type RcVisit = (v: RcScalar) => boolean;
/** A precompiled field path: calls \`visit\` on every value of the field, stops at the first \`true\`. */
type RcResolver = (node: unknown, visit: RcVisit, deep?: boolean) => boolean;

const rcHasOwn = Object.prototype.hasOwnProperty;

/**
 * Precompiles a dotted field path into a resolver. At each object it tries the keys
 * \`seg[i]\`, \`seg[i].seg[i+1]\`, ... (shortest first, so the plain nested walk comes first;
 * longer keys cover JSON keys that contain dots). Arrays are walked transparently;
 * \`null\` and objects at the end of the path are not values (\`deep\` makes objects count
 * through the values inside them, for \`Exists\`).
 */
function rcField(path: string): RcResolver {
  const segs = path.split(".");
  const n = segs.length;
  const keys: string[][] = [];
  const ends: number[][] = [];
  // Own-property checks cost as much as the lookup: only keys an object inherits need them.
  const inherited: boolean[][] = [];
  for (let i = 0; i < n; i++) {
    const ks: string[] = [];
    const es: number[] = [];
    const inh: boolean[] = [];
    let k = segs[i]!;
    for (let j = i; j < n; j++) {
      if (j > i) k += "." + segs[j];
      ks.push(k);
      es.push(j + 1);
      inh.push(k in Object.prototype);
    }
    keys.push(ks);
    ends.push(es);
    inherited.push(inh);
  }
  const leaf = (node: unknown, visit: RcVisit, deep: boolean): boolean => {
    const t = typeof node;
    if (t === "string" || t === "number" || t === "boolean") return visit(node as RcScalar);
    if (node === null || t !== "object") return false;
    if (Array.isArray(node)) {
      for (let a = 0; a < node.length; a++) if (leaf(node[a], visit, deep)) return true;
      return false;
    }
    return deep ? rcEveryValue(node, visit) : false;
  };
  const walk = (node: unknown, i: number, visit: RcVisit, deep: boolean): boolean => {
    if (i === n) return leaf(node, visit, deep);
    if (typeof node !== "object" || node === null) return false;
    if (Array.isArray(node)) {
      for (let a = 0; a < node.length; a++) if (walk(node[a], i, visit, deep)) return true;
      return false;
    }
    const ks = keys[i]!;
    const es = ends[i]!;
    const inh = inherited[i]!;
    for (let c = 0; c < ks.length; c++) {
      const child = (node as Record<string, unknown>)[ks[c]!];
      if (child === undefined || (inh[c] && !rcHasOwn.call(node, ks[c]!))) continue;
      if (walk(child, es[c]!, visit, deep)) return true;
    }
    return false;
  };
  if (n === 2) {
    // The common two-segment path, unrolled: \`a.b\` then the dotted key \`a.b\` itself.
    const k0 = segs[0]!;
    const k1 = segs[1]!;
    const inh0 = inherited[0]![0]!;
    const inh1 = inherited[1]![0]!;
    const inh01 = inherited[0]![1]!;
    return (node, visit, deep) => {
      if (typeof node !== "object" || node === null) return false;
      if (Array.isArray(node)) return walk(node, 0, visit, deep === true);
      const a = (node as Record<string, unknown>)[k0];
      if (a !== undefined && !(inh0 && !rcHasOwn.call(node, k0))) {
        if (typeof a === "object" && a !== null && !Array.isArray(a)) {
          const b = (a as Record<string, unknown>)[k1];
          if (b !== undefined && !(inh1 && !rcHasOwn.call(a, k1))) {
            if (typeof b === "string" ? visit(b) : leaf(b, visit, deep === true)) return true;
          }
        } else if (walk(a, 1, visit, deep === true)) return true;
      }
      const c = (node as Record<string, unknown>)[path];
      if (c === undefined || (inh01 && !rcHasOwn.call(node, path))) return false;
      return typeof c === "string" ? visit(c) : leaf(c, visit, deep === true);
    };
  }
  if (n === 1) {
    const k = segs[0]!;
    const inh = inherited[0]![0]!;
    return (node, visit, deep) => {
      if (typeof node !== "object" || node === null) return false;
      if (Array.isArray(node)) return walk(node, 0, visit, deep === true);
      const child = (node as Record<string, unknown>)[k];
      if (child === undefined || (inh && !rcHasOwn.call(node, k))) return false;
      return typeof child === "string" ? visit(child) : leaf(child, visit, deep === true);
    };
  }
  return (node, visit, deep) => walk(node, 0, visit, deep === true);
}

/** Visits every scalar anywhere inside \`node\` (Sigma keyword search). */
function rcEveryValue(node: unknown, visit: RcVisit): boolean {
  if (node === null || node === undefined) return false;
  const t = typeof node;
  if (t === "string" || t === "number" || t === "boolean") return visit(node as RcScalar);
  if (Array.isArray(node)) {
    for (let a = 0; a < node.length; a++) if (rcEveryValue(node[a], visit)) return true;
    return false;
  }
  if (t === "object") {
    for (const k in node as object) {
      if (rcHasOwn.call(node, k) && rcEveryValue((node as Record<string, unknown>)[k], visit)) return true;
    }
  }
  return false;
}

/** The text form of a value: strings as they are, numbers in shortest JSON form, booleans \`true\`/\`false\`. */
function rcText(v: RcScalar): string {
  return typeof v === "string" ? v : String(v);
}

const rcAnyValue: RcVisit = () => true;

/** \`Exists\`: the field has at least one non-null value (objects count through the values inside them). */
function rcExists(ev: unknown, f: RcResolver): boolean {
  return f(ev, rcAnyValue, true);
}

/** Every value of a field, as scalars. */
function rcValues(ev: unknown, f: RcResolver): RcScalar[] {
  const out: RcScalar[] = [];
  f(ev, (v) => {
    out.push(v);
    return false;
  });
  return out;
}

// ---------------------------------------------------------------------------------
// Wildcard patterns

/** Escapes text for a \`u\`-mode RegExp. */
function rcEscapeRegex(text: string): string {
  return text.replace(/[\\\\^$.*+?()[\\]{}|/]/g, "\\\\$&");
}

/** A pattern part: literal text, \`0\` for \`*\`, \`1\` for \`?\`. */
type RcPatternPart = string | 0 | 1;

const rcNonAscii = /[^\\x00-\\x7f]/;

/** A case-sensitive test for the shapes that need no RegExp (\`lit\`, \`lit*\`, \`*lit\`, \`*lit*\`), else undefined. */
function rcShapeTest(parts: readonly RcPatternPart[]): ((s: string) => boolean) | undefined {
  if (parts.includes(1)) return undefined;
  if (parts.length === 1 && typeof parts[0] === "string") {
    const lit = parts[0];
    return (s) => s === lit;
  }
  if (parts.length === 2 && parts[1] === 0 && typeof parts[0] === "string") {
    const lit = parts[0];
    return (s) => s.startsWith(lit);
  }
  if (parts.length === 2 && parts[0] === 0 && typeof parts[1] === "string") {
    const lit = parts[1];
    return (s) => s.endsWith(lit);
  }
  if (parts.length === 3 && parts[0] === 0 && parts[2] === 0 && typeof parts[1] === "string") {
    const lit = parts[1];
    return (s) => s.includes(lit);
  }
  return undefined;
}

/** The RegExp source of a pattern (\`*\` and \`?\` as any characters / one code point). */
function rcPatternSource(parts: readonly RcPatternPart[]): string {
  let src = "";
  for (const p of parts) src += p === 0 ? "[^]*" : p === 1 ? "[^]" : rcEscapeRegex(p);
  return src;
}

/**
 * A whole-value wildcard test on text. \`*\` is any run of characters, \`?\` exactly one
 * code point. Case-insensitive tests mean RegExp \`iu\` (Unicode simple case folding);
 * for ASCII patterns a cheaper equivalent runs first: simple case folding preserves the
 * UTF-16 length, only ASCII characters can match ASCII literal text under ASCII folding,
 * and the full \`iu\` RegExp decides whenever the value holds non-ASCII characters.
 */
function rcPattern(parts: readonly RcPatternPart[], caseSensitive: boolean): RcVisit {
  // The most common shape, a single literal, without the extra call of the generic wrapper.
  if (parts.length === 1 && typeof parts[0] === "string") {
    const lit = parts[0];
    if (caseSensitive) return (v) => (typeof v === "string" ? v : String(v)) === lit;
    if (!rcNonAscii.test(lit)) {
      const low = lit.toLowerCase();
      const length = lit.length;
      const full = new RegExp("^" + rcEscapeRegex(lit) + "$", "iu");
      return (v) => {
        const s = typeof v === "string" ? v : String(v);
        return s.length === length && (s === lit || s.toLowerCase() === low || (rcNonAscii.test(s) && full.test(s)));
      };
    }
  }
  const test = rcTextPattern(parts, caseSensitive);
  return (v) => test(typeof v === "string" ? v : String(v));
}

/** {@link rcPattern} on text. */
function rcTextPattern(parts: readonly RcPatternPart[], caseSensitive: boolean): (s: string) => boolean {
  if (parts.length === 0) return (s) => s === "";
  const hasOne = parts.includes(1);
  if (!hasOne && parts.every((p) => p === 0)) return () => true;
  const shape = rcShapeTest(parts);
  // Several \`*\`: an anchored RegExp would backtrack polynomially (ReDoS); match segment by segment.
  if (!shape && parts.filter((p) => p === 0).length >= 2) return rcGlobTest(parts, caseSensitive ? "u" : "iu");
  const anchored = "^" + rcPatternSource(parts) + "$";
  if (caseSensitive) {
    if (shape) return shape;
    const re = new RegExp(anchored, "u");
    return (s) => re.test(s);
  }
  const lits = parts.filter((p): p is string => typeof p === "string");
  const contains = parts.length === 3 && parts[0] === 0 && parts[2] === 0 && typeof parts[1] === "string";
  const full = contains ? new RegExp(rcEscapeRegex(parts[1] as string), "iu") : new RegExp(anchored, "iu");
  if (hasOne || lits.some((l) => rcNonAscii.test(l))) return (s) => full.test(s);
  const minLength = lits.reduce((n, l) => n + l.length, 0);
  if (parts.length === 1) {
    const lit = lits[0]!;
    const low = lit.toLowerCase();
    return (s) => s.length === minLength && (s === lit || s.toLowerCase() === low || (rcNonAscii.test(s) && full.test(s)));
  }
  // ASCII \`i\` (no \`u\`) folds only ASCII: on an ASCII pattern a hit is an \`iu\` hit.
  const ascii = contains ? new RegExp(rcEscapeRegex(parts[1] as string), "i") : new RegExp(anchored, "i");
  return (s) => s.length >= minLength && (ascii.test(s) || (rcNonAscii.test(s) && full.test(s)));
}

/**
 * A whole-value wildcard test for patterns with several \`*\`, in O(value x pattern) time:
 * the \`*\`-separated segments are matched left to right, the first anchored at the start,
 * the last at the end, the others at their leftmost place. This is exact because every
 * segment matches a fixed number of code points (a literal code point or \`?\` each), so the
 * leftmost place is also the one that ends first and leaves the most room for the rest.
 */
function rcGlobTest(parts: readonly RcPatternPart[], flags: "u" | "iu"): (s: string) => boolean {
  const segs: string[] = [""];
  for (const p of parts) {
    if (p === 0) segs.push("");
    else segs[segs.length - 1] += p === 1 ? "[^]" : rcEscapeRegex(p);
  }
  const head = segs[0] ? new RegExp(segs[0], flags + "y") : undefined;
  const tail = segs[segs.length - 1] ? new RegExp("(?:" + segs[segs.length - 1] + ")$", flags + "g") : undefined;
  const middle = segs.slice(1, -1).filter((x) => x !== "").map((x) => new RegExp(x, flags + "g"));
  return (s) => {
    let at = 0;
    if (head) {
      head.lastIndex = 0;
      if (!head.test(s)) return false;
      at = head.lastIndex;
    }
    for (const re of middle) {
      re.lastIndex = at;
      if (!re.test(s)) return false;
      at = re.lastIndex;
    }
    if (!tail) return true;
    tail.lastIndex = at;
    return tail.test(s);
  };
}

/**
 * Any of several literal values (a Sigma value list, SPL \`IN (...)\`): one Set lookup instead
 * of one test per value. Case-insensitive means RegExp \`iu\`, with the same ASCII shortcut as
 * {@link rcTextPattern}.
 */
function rcAnyOf(values: readonly string[], caseSensitive: boolean): RcVisit {
  const exact = new Set(values);
  if (caseSensitive) return (v) => exact.has(typeof v === "string" ? v : String(v));
  const full = new RegExp("^(?:" + values.map(rcEscapeRegex).join("|") + ")$", "iu");
  if (values.some((x) => rcNonAscii.test(x))) return (v) => full.test(typeof v === "string" ? v : String(v));
  const lower = new Set(values.map((x) => x.toLowerCase()));
  return (v) => {
    const s = typeof v === "string" ? v : String(v);
    if (exact.has(s)) return true;
    const low = s.toLowerCase();
    if (low.length === s.length && lower.has(low)) return true;
    return rcNonAscii.test(s) && full.test(s);
  };
}

/** The unanchored RegExp source of one pattern: \`^lit$\`, \`^lit\`, \`lit$\`, \`lit\`, or \`^...$\`. */
function rcSearchSource(parts: readonly RcPatternPart[]): string {
  const first = parts[0] === 0 ? 1 : 0;
  const last = parts.length > 1 && parts[parts.length - 1] === 0 ? parts.length - 1 : parts.length;
  return (first ? "" : "^") + rcPatternSource(parts.slice(first, last)) + (last < parts.length ? "" : "$");
}

/**
 * Any of several wildcard patterns on one field (a Sigma \`contains\` list): one RegExp
 * alternation instead of one test per pattern, with the ASCII shortcut of {@link rcTextPattern}.
 */
function rcAnyPattern(patterns: readonly (readonly RcPatternPart[])[], caseSensitive: boolean): RcVisit {
  const source = patterns.map((p) => (p.length === 0 ? "^$" : rcSearchSource(p))).join("|");
  const full = new RegExp(source, caseSensitive ? "u" : "iu");
  const asciiOnly = patterns.every((p) => !p.includes(1) && p.every((x) => typeof x !== "string" || !rcNonAscii.test(x)));
  if (caseSensitive || !asciiOnly) return (v) => full.test(typeof v === "string" ? v : String(v));
  const ascii = new RegExp(source, "i");
  return (v) => {
    const s = typeof v === "string" ? v : String(v);
    return ascii.test(s) || (rcNonAscii.test(s) && full.test(s));
  };
}

/** Lifts a text test to a value visitor. */
function rcOnText(test: (s: string) => boolean): RcVisit {
  return (v) => test(typeof v === "string" ? v : String(v));
}

// ---------------------------------------------------------------------------------
// Numbers, comparisons, time parts

const rcNumeric = /^\\s*[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?\\s*$/;

/** The number a value stands for (a number, or a numeric string), else \`undefined\`. */
function rcNumber(v: unknown): number | undefined {
  if (typeof v === "number") return Number.isFinite(v) ? v : undefined;
  if (typeof v === "string" && rcNumeric.test(v)) return Number(v);
  return undefined;
}

type RcCompareOp = "eq" | "lt" | "lte" | "gt" | "gte";
type RcTimePart = "minute" | "hour" | "day" | "week" | "month" | "year";

function rcOrder(op: RcCompareOp, c: number): boolean {
  switch (op) {
    case "eq": return c === 0;
    case "lt": return c < 0;
    case "lte": return c <= 0;
    case "gt": return c > 0;
    case "gte": return c >= 0;
  }
}

/** Seconds since the epoch of a date value (ISO 8601 text, or epoch seconds), else \`undefined\`. */
function rcEpochSeconds(v: unknown): number | undefined {
  const n = rcNumber(v);
  if (n !== undefined) return n > 1e11 ? n / 1000 : n; // epoch milliseconds are recognised by size
  if (typeof v !== "string") return undefined;
  if (!/^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)?(Z|[+-]\\d{2}:?\\d{2})?$/i.test(v.trim())) return undefined;
  let text = v.trim().replace(" ", "T");
  if (/T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$/i.test(text)) text += "Z"; // no zone: UTC
  text = text.replace(/\\.(\\d{3})\\d+/, ".$1"); // Date.parse takes milliseconds only
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms / 1000;
}

/** The ISO 8601 week number (1-53) of a UTC date. */
function rcIsoWeek(d: Date): number {
  const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  const day = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - day);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  return Math.ceil(((t.getTime() - yearStart) / 86400000 + 1) / 7);
}

/** A time part (UTC) of a date value. */
function rcTimePart(v: unknown, part: RcTimePart): number | undefined {
  const s = rcEpochSeconds(v);
  if (s === undefined) return undefined;
  const d = new Date(s * 1000);
  switch (part) {
    case "minute": return d.getUTCMinutes();
    case "hour": return d.getUTCHours();
    case "day": return d.getUTCDate();
    case "week": return rcIsoWeek(d);
    case "month": return d.getUTCMonth() + 1;
    case "year": return d.getUTCFullYear();
  }
}

/** \`Compare\`: numeric, text (UTF-16 code units) or on a time part. */
function rcCompare(op: RcCompareOp, value: number | string, numeric: boolean, timePart?: RcTimePart): RcVisit {
  if (timePart) {
    const want = rcNumber(value);
    return (v) => {
      const got = rcTimePart(v, timePart);
      return got !== undefined && want !== undefined && rcOrder(op, got - want);
    };
  }
  if (numeric) {
    const want = rcNumber(value);
    if (want === undefined) return () => false;
    return (v) => {
      const got = rcNumber(v);
      return got !== undefined && rcOrder(op, got < want ? -1 : got > want ? 1 : 0);
    };
  }
  const want = rcText(value);
  return (v) => {
    const got = rcText(v);
    return rcOrder(op, got < want ? -1 : got > want ? 1 : 0);
  };
}

/** \`Regex\`: a search (unanchored) with an already translated JS RegExp (or an {@link rcLinearRegex}). */
function rcRegex(re: { test(s: string): boolean }): RcVisit {
  return (v) => re.test(typeof v === "string" ? v : String(v));
}

/** A RegExp or an {@link rcLinearRegex}: something with \`test\`. */
function rcIsTester(re: unknown): re is { test(s: string): boolean } {
  return re instanceof RegExp || (typeof re === "object" && re !== null && typeof (re as { test?: unknown }).test === "function");
}

/** One instruction of rulecast's regex NFA (see \`serializeNfa\` in src/regex/nfa.ts). */
type RcNfaIns = [0, number, number[]] | [1, number, number] | [2, number, number] | [3];

/**
 * A regex search in time linear in the value (a lazily built DFA over rulecast's NFA), used instead of
 * RegExp for patterns on which backtracking could take super-linear time (ReDoS).
 * PCRE meaning: \`\\n\` is the only newline, \`$\` also matches before a final \`\\n\`, \`\\b\` is ASCII.
 */
function rcLinearRegex(program: RcNfaIns[], start: number): { test(s: string): boolean } {
  const mark = new Int32Array(program.length).fill(-1);
  let gen = 0;
  const word = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95 || (c >= 97 && c <= 122);
  const inSet = (r: number[], c: number) => {
    for (let k = 0; k < r.length; k += 2) if (c >= r[k]! && c <= r[k + 1]!) return true;
    return false;
  };
  // prev: 0 start, 1 newline, 2 word, 3 other; next: 0 end, 1 final newline, 2 newline, 3 word, 4 other
  const holds = (a: number, prev: number, next: number): boolean => {
    switch (a) {
      case 0: return prev === 0;
      case 1: return prev <= 1;
      case 2: return next === 0;
      case 3: return next <= 1;
      case 4: return next <= 2;
      case 5: return (prev === 2) !== (next === 3);
      default: return (prev === 2) === (next === 3);
    }
  };
  // A lazy DFA over the NFA: a state is the pending NFA states plus the kind of the previous
  // character; transitions are cached per code point (the cache is flushed when it grows large).
  type RcDfaState = { prev: number; pending: number[]; ascii: (RcDfaState | boolean | undefined)[]; other: Map<number, RcDfaState | boolean> };
  let states = new Map<string, RcDfaState>();
  const state = (prev: number, pending: number[]): RcDfaState => {
    const ps = [...new Set(pending)].sort((a, b) => a - b);
    const key = prev + ":" + ps.join(",");
    let st = states.get(key);
    if (!st) {
      if (states.size >= 2048) states = new Map();
      st = { prev, pending: ps, ascii: new Array(128), other: new Map() };
      states.set(key, st);
    }
    return st;
  };
  // symbol: a code point, -1 end of text, -2 a \`\\n\` that is the last character.
  const transition = (st: RcDfaState, symbol: number): RcDfaState | boolean => {
    const cp = symbol === -2 ? 10 : symbol;
    const next = symbol === -1 ? 0 : symbol === -2 ? 1 : cp === 10 ? 2 : word(cp) ? 3 : 4;
    gen++;
    const consumers: number[] = [];
    const stack = [start, ...st.pending];
    while (stack.length > 0) {
      const pc = stack.pop()!;
      if (mark[pc] === gen) continue;
      mark[pc] = gen;
      const ins = program[pc]!;
      if (ins[0] === 3) return true;
      if (ins[0] === 0) consumers.push(pc);
      else if (ins[0] === 1) stack.push(ins[2], ins[1]);
      else if (holds(ins[2], st.prev, next)) stack.push(ins[1]);
    }
    if (symbol === -1) return false;
    const pending: number[] = [];
    for (const pc of consumers) {
      const ins = program[pc] as [0, number, number[]];
      if (inSet(ins[2], cp)) pending.push(ins[1]);
    }
    return state(cp === 10 ? 1 : word(cp) ? 2 : 3, pending);
  };
  const step = (st: RcDfaState, symbol: number): RcDfaState | boolean => {
    if (symbol >= 0 && symbol < 128) {
      const hit = st.ascii[symbol];
      if (hit !== undefined) return hit;
      return (st.ascii[symbol] = transition(st, symbol));
    }
    const hit = st.other.get(symbol);
    if (hit !== undefined) return hit;
    const computed = transition(st, symbol);
    st.other.set(symbol, computed);
    return computed;
  };
  const initial = state(0, []);
  return {
    test(s: string): boolean {
      const n = s.length;
      let st = initial;
      for (let i = 0; i < n; ) {
        const cp = s.codePointAt(i)!;
        i += cp > 0xffff ? 2 : 1;
        const r = step(st, cp === 10 && i === n ? -2 : cp);
        if (r === true) return true;
        st = r as RcDfaState;
      }
      return step(st, -1) === true;
    },
  };
}

// ---------------------------------------------------------------------------------
// IP networks

function rcParseV4(s: string): number | undefined {
  const m = /^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$/.exec(s);
  if (!m) return undefined;
  let n = 0;
  for (let i = 1; i <= 4; i++) {
    const o = Number(m[i]);
    if (o > 255 || (m[i]!.length > 1 && m[i]![0] === "0")) return undefined;
    n = n * 256 + o;
  }
  return n;
}

/** An IPv6 address as 8 16-bit groups (IPv4-suffixed forms included; zone ids refused). */
function rcParseV6(s: string): number[] | undefined {
  if (!s.includes(":") || s.includes("%")) return undefined;
  let text = s;
  let tail: number[] = [];
  const lastColon = text.lastIndexOf(":");
  const last = text.slice(lastColon + 1);
  if (last.includes(".")) {
    const v4 = rcParseV4(last);
    if (v4 === undefined) return undefined;
    tail = [Math.floor(v4 / 65536), v4 % 65536];
    text = text.slice(0, lastColon + 1) + "0";
    tail.length = 2;
  }
  const halves = text.split("::");
  if (halves.length > 2) return undefined;
  const parse = (h: string) => (h === "" ? [] : h.split(":"));
  const head = parse(halves[0]!);
  const rest = halves.length === 2 ? parse(halves[1]!) : [];
  const groups: number[] = [];
  for (const g of [...head, ...rest]) {
    if (!/^[0-9a-f]{1,4}$/i.test(g)) return undefined;
    groups.push(parseInt(g, 16));
  }
  const want = 8;
  let out: number[];
  if (halves.length === 2) {
    const fill = want - groups.length;
    if (fill < 1) return undefined;
    out = [...head.map((g) => parseInt(g, 16)), ...new Array<number>(fill).fill(0), ...rest.map((g) => parseInt(g, 16))];
  } else out = groups;
  if (out.length !== want) return undefined;
  if (tail.length === 2) {
    out[6] = tail[0]!;
    out[7] = tail[1]!;
  }
  return out;
}

/**
 * \`Cidr\`: the value is an address inside the network. IPv4 networks match IPv4 text
 * only, IPv6 networks IPv6 text only (an IPv4-mapped \`::ffff:a.b.c.d\` is IPv6 text).
 */
function rcCidr(cidr: string): RcVisit {
  const slash = cidr.indexOf("/");
  const addr = slash < 0 ? cidr : cidr.slice(0, slash);
  const v4 = rcParseV4(addr);
  if (v4 !== undefined) {
    const bits = slash < 0 ? 32 : Number(cidr.slice(slash + 1));
    const size = 2 ** (32 - bits);
    const base = Math.floor(v4 / size) * size;
    return (v) => {
      const a = typeof v === "string" ? rcParseV4(v) : undefined;
      return a !== undefined && a >= base && a < base + size;
    };
  }
  const v6 = rcParseV6(addr);
  const bits = slash < 0 ? 128 : Number(cidr.slice(slash + 1));
  if (!v6 || !(bits >= 0 && bits <= 128)) return () => false;
  return (v) => {
    const a = typeof v === "string" ? rcParseV6(v) : undefined;
    if (!a) return false;
    let left = bits;
    for (let g = 0; g < 8 && left > 0; g++) {
      const take = Math.min(16, left);
      const mask = (0xffff << (16 - take)) & 0xffff;
      if ((a[g]! & mask) !== (v6[g]! & mask)) return false;
      left -= take;
    }
    return true;
  };
}

/** \`FieldEquals\`: some value of one field equals some value of the other (text forms). */
function rcFieldEquals(ev: unknown, f: RcResolver, other: RcResolver, caseSensitive: boolean): boolean {
  const others = rcValues(ev, other).map(rcText);
  if (others.length === 0) return false;
  const tests = caseSensitive ? null : others.map((o) => new RegExp("^" + rcEscapeRegex(o) + "$", "iu"));
  return f(ev, (v) => {
    const s = rcText(v);
    return tests ? tests.some((t) => t.test(s)) : others.includes(s);
  });
}

/** \`Keyword\`: a pattern over every value of the event, or over its raw text. */
function rcKeyword(ev: unknown, ctx: RcContext | undefined, test: (s: string) => boolean, raw: boolean): boolean {
  if (raw) return test(ctx?.raw ?? JSON.stringify(ev));
  return rcEveryValue(ev, (v) => test(rcText(v)));
}

// ---------------------------------------------------------------------------------
// SPL eval values

/** An eval value: \`null\`, a scalar or a multivalue (array of scalars). */
type RcEval = RcValue;

/** The eval value of a field: missing -> null, one value -> that value, several -> multivalue. */
function rcFieldValue(ev: unknown, f: RcResolver): RcEval {
  const vs = rcValues(ev, f);
  return vs.length === 0 ? null : vs.length === 1 ? vs[0]! : vs;
}

function rcFirst(v: RcEval): RcScalar | null {
  return Array.isArray(v) ? (v.length ? v[0]! : null) : v;
}

function rcEvalText(v: RcEval): string | null {
  const s = rcFirst(v);
  return s === null ? null : rcText(s);
}

/** Compares two scalars the eval way: numbers (or numeric strings) numerically, else text, case-sensitively. */
function rcEvalCmp(a: RcScalar, b: RcScalar): number {
  const x = rcNumber(a);
  const y = rcNumber(b);
  if (x !== undefined && y !== undefined) return x < y ? -1 : x > y ? 1 : 0;
  const s = rcText(a);
  const t = rcText(b);
  return s < t ? -1 : s > t ? 1 : 0;
}

/** True only for boolean \`true\`: a null condition is not true. */
function rcTruthy(v: RcEval): boolean {
  return v === true;
}

/** Binary operators of eval. Multivalue operands compare true when any value does. */
function rcBinary(op: string, a: RcEval, b: RcEval): RcEval {
  switch (op) {
    case "AND": return a === true && b === true;
    case "OR": return a === true || b === true;
    case "XOR": return (a === true) !== (b === true);
  }
  if (a === null || b === null) return null;
  if (op === "=" || op === "==" || op === "!=" || op === "<" || op === "<=" || op === ">" || op === ">=") {
    const as = Array.isArray(a) ? a : [a];
    const bs = Array.isArray(b) ? b : [b];
    for (const x of as) {
      for (const y of bs) {
        const c = rcEvalCmp(x, y);
        const ok = op === "=" || op === "==" ? c === 0 : op === "!=" ? c !== 0 : op === "<" ? c < 0 : op === "<=" ? c <= 0 : op === ">" ? c > 0 : c >= 0;
        if (ok) return true;
      }
    }
    return false;
  }
  if (op === "LIKE") return rcLike(a, b);
  const x = rcFirst(a);
  const y = rcFirst(b);
  if (x === null || y === null) return null;
  if (op === ".") return rcText(x) + rcText(y);
  const nx = rcNumber(x);
  const ny = rcNumber(y);
  if (op === "+" && (nx === undefined || ny === undefined)) {
    return typeof x === "string" && typeof y === "string" ? x + y : null;
  }
  if (nx === undefined || ny === undefined) return null;
  switch (op) {
    case "+": return nx + ny;
    case "-": return nx - ny;
    case "*": return nx * ny;
    case "/": return ny === 0 ? null : nx / ny;
    case "%": return ny === 0 ? null : nx % ny;
  }
  return null;
}

function rcUnary(op: string, a: RcEval): RcEval {
  if (op === "NOT") return a === null ? null : a !== true;
  const n = rcNumber(rcFirst(a));
  return n === undefined ? null : -n;
}

/** SPL \`like\`: \`%\` any run, \`_\` one character; case-sensitive; whole value. */
function rcLike(a: RcEval, pattern: RcEval): RcEval {
  const p = rcEvalText(pattern);
  if (p === null) return null;
  // As wildcard parts, so several \`%\` never become a backtracking RegExp (ReDoS).
  const parts: RcPatternPart[] = [];
  for (const ch of p) {
    const part: RcPatternPart = ch === "%" ? 0 : ch === "_" ? 1 : ch;
    const last = parts[parts.length - 1];
    if (typeof part === "string" && typeof last === "string") parts[parts.length - 1] = last + part;
    else if (!(part === 0 && last === 0)) parts.push(part);
  }
  const test = rcTextPattern(parts, true);
  const vs = Array.isArray(a) ? a : a === null ? [] : [a];
  return vs.some((v) => test(rcText(v)));
}

function rcMv(v: RcEval): RcScalar[] {
  return v === null ? [] : Array.isArray(v) ? v : [v];
}

function rcMvOrOne(vs: RcScalar[]): RcEval {
  return vs.length === 0 ? null : vs.length === 1 ? vs[0]! : vs;
}

const rcPad = (n: number, w = 2) => String(n).padStart(w, "0");
const rcMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const rcDays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** strftime over epoch seconds, in UTC (the conversions of \`convert ctime\` and eval \`strftime\`). */
function rcStrftime(seconds: number, format: string): string {
  const d = new Date(seconds * 1000);
  const frac = seconds - Math.floor(seconds);
  return format.replace(/%(\\d?)([a-zA-Z%])/g, (all, width: string, c: string) => {
    switch (c) {
      case "Y": return String(d.getUTCFullYear());
      case "y": return rcPad(d.getUTCFullYear() % 100);
      case "m": return rcPad(d.getUTCMonth() + 1);
      case "d": return rcPad(d.getUTCDate());
      case "e": return String(d.getUTCDate()).padStart(2, " ");
      case "H": return rcPad(d.getUTCHours());
      case "I": return rcPad(((d.getUTCHours() + 11) % 12) + 1);
      case "p": return d.getUTCHours() < 12 ? "AM" : "PM";
      case "M": return rcPad(d.getUTCMinutes());
      case "S": return rcPad(d.getUTCSeconds());
      case "j": return rcPad(Math.floor((Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86400000) + 1, 3);
      case "b": return rcMonths[d.getUTCMonth()]!.slice(0, 3);
      case "B": return rcMonths[d.getUTCMonth()]!;
      case "a": return rcDays[d.getUTCDay()]!.slice(0, 3);
      case "A": return rcDays[d.getUTCDay()]!;
      case "Z": return "UTC";
      case "z": return "+0000";
      case "s": return String(Math.floor(seconds));
      case "T": return \`\${rcPad(d.getUTCHours())}:\${rcPad(d.getUTCMinutes())}:\${rcPad(d.getUTCSeconds())}\`;
      case "F": return \`\${d.getUTCFullYear()}-\${rcPad(d.getUTCMonth() + 1)}-\${rcPad(d.getUTCDate())}\`;
      case "N": case "Q": {
        const w = width ? Number(width) : 3;
        return Math.floor(frac * 10 ** w).toString().padStart(w, "0");
      }
      case "%": return "%";
      default: return all;
    }
  });
}

/** strptime (UTC) for the common directives; \`null\` when the text does not fit. */
function rcStrptime(text: string, format: string): number | null {
  const fields: Record<string, number> = {};
  let src = "^";
  const order: string[] = [];
  for (let i = 0; i < format.length; i++) {
    const ch = format[i]!;
    if (ch === "%" && i + 1 < format.length) {
      const c = format[++i]!;
      const num: Record<string, string> = { Y: "(\\\\d{4})", m: "(\\\\d{1,2})", d: "(\\\\d{1,2})", H: "(\\\\d{1,2})", M: "(\\\\d{1,2})", S: "(\\\\d{1,2})", y: "(\\\\d{2})", s: "(\\\\d+)", N: "(\\\\d+)", Q: "(\\\\d+)" };
      if (num[c]) {
        src += num[c];
        order.push(c);
      } else if (c === "b" || c === "B") {
        src += "([A-Za-z]+)";
        order.push("b");
      } else if (c === "z") {
        src += "([+-]\\\\d{2}:?\\\\d{2}|Z)";
        order.push("z");
      } else if (c === "Z") src += "[A-Za-z]+";
      else if (c === "%") src += "%";
      else return null;
    } else src += rcEscapeRegex(ch);
  }
  const m = new RegExp(src).exec(text);
  if (!m) return null;
  let offset = 0;
  order.forEach((c, idx) => {
    const g = m[idx + 1]!;
    if (c === "b") fields.m = rcMonths.findIndex((x) => x.slice(0, 3).toLowerCase() === g.slice(0, 3).toLowerCase()) + 1;
    else if (c === "z") {
      if (g !== "Z") {
        const t = g.replace(":", "");
        offset = (t[0] === "-" ? -1 : 1) * (Number(t.slice(1, 3)) * 3600 + Number(t.slice(3, 5)) * 60);
      }
    } else if (c === "y") fields.Y = 2000 + Number(g);
    else if (c === "N" || c === "Q") fields.frac = Number("0." + g);
    else fields[c] = Number(g);
  });
  if (fields.s !== undefined) return fields.s;
  const ms = Date.UTC(fields.Y ?? 1970, (fields.m ?? 1) - 1, fields.d ?? 1, fields.H ?? 0, fields.M ?? 0, fields.S ?? 0);
  return ms / 1000 + (fields.frac ?? 0) - offset;
}

function rcRound(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}

/** Eval functions by name. The code generator refuses names not listed here. */
const rcEvalFunctions: Record<string, (...args: RcEval[]) => RcEval> = {
  if: (c, a, b) => (c === true ? a ?? null : b ?? null),
  case: (...args) => {
    for (let i = 0; i + 1 < args.length; i += 2) if (args[i] === true) return args[i + 1]!;
    return null;
  },
  coalesce: (...args) => {
    for (const a of args) if (a !== null && !(Array.isArray(a) && a.length === 0)) return a;
    return null;
  },
  null: () => null,
  true: () => true,
  false: () => false,
  isnull: (a) => a === null,
  isnotnull: (a) => a !== null,
  isnum: (a) => typeof rcFirst(a) === "number" || rcNumber(rcFirst(a)) !== undefined,
  isstr: (a) => typeof rcFirst(a) === "string",
  isint: (a) => Number.isInteger(rcNumber(rcFirst(a))),
  typeof: (a) => (a === null ? "Invalid" : typeof rcFirst(a) === "boolean" ? "Boolean" : rcNumber(rcFirst(a)) !== undefined ? "Number" : "String"),
  lower: (a) => (a === null ? null : Array.isArray(a) ? a.map((x) => rcText(x).toLowerCase()) : rcText(a).toLowerCase()),
  upper: (a) => (a === null ? null : Array.isArray(a) ? a.map((x) => rcText(x).toUpperCase()) : rcText(a).toUpperCase()),
  len: (a) => {
    const s = rcEvalText(a);
    return s === null ? null : [...s].length;
  },
  tostring: (a, fmt) => {
    const v = rcFirst(a);
    if (v === null) return null;
    const f = rcEvalText(fmt ?? null);
    const n = rcNumber(v);
    if (f === "hex" && n !== undefined) return "0x" + Math.trunc(n).toString(16).toUpperCase();
    if (f === "commas" && n !== undefined) return rcRound(n, 2).toLocaleString("en-US");
    return rcText(v);
  },
  tonumber: (a, base) => {
    const s = rcEvalText(a);
    if (s === null) return null;
    const b = rcNumber(rcFirst(base ?? null));
    if (b !== undefined && b !== 10) {
      const n = parseInt(s, b);
      return Number.isNaN(n) ? null : n;
    }
    return rcNumber(s) ?? null;
  },
  abs: (a) => {
    const n = rcNumber(rcFirst(a));
    return n === undefined ? null : Math.abs(n);
  },
  round: (a, d) => {
    const n = rcNumber(rcFirst(a));
    return n === undefined ? null : rcRound(n, rcNumber(rcFirst(d ?? 0)) ?? 0);
  },
  floor: (a) => {
    const n = rcNumber(rcFirst(a));
    return n === undefined ? null : Math.floor(n);
  },
  ceil: (a) => {
    const n = rcNumber(rcFirst(a));
    return n === undefined ? null : Math.ceil(n);
  },
  ceiling: (a) => rcEvalFunctions.ceil!(a),
  pow: (a, b) => {
    const x = rcNumber(rcFirst(a));
    const y = rcNumber(rcFirst(b));
    return x === undefined || y === undefined ? null : x ** y;
  },
  sqrt: (a) => {
    const n = rcNumber(rcFirst(a));
    return n === undefined || n < 0 ? null : Math.sqrt(n);
  },
  ln: (a) => {
    const n = rcNumber(rcFirst(a));
    return n === undefined || n <= 0 ? null : Math.log(n);
  },
  log: (a, b) => {
    const n = rcNumber(rcFirst(a));
    const base = rcNumber(rcFirst(b ?? 10)) ?? 10;
    return n === undefined || n <= 0 ? null : Math.log(n) / Math.log(base);
  },
  exp: (a) => {
    const n = rcNumber(rcFirst(a));
    return n === undefined ? null : Math.exp(n);
  },
  min: (...args) => {
    const vs = args.flatMap(rcMv);
    if (!vs.length) return null;
    return vs.reduce((m, v) => (rcEvalCmp(v, m) < 0 ? v : m));
  },
  max: (...args) => {
    const vs = args.flatMap(rcMv);
    if (!vs.length) return null;
    return vs.reduce((m, v) => (rcEvalCmp(v, m) > 0 ? v : m));
  },
  substr: (a, start, length) => {
    const s = rcEvalText(a);
    const st = rcNumber(rcFirst(start));
    if (s === null || st === undefined) return null;
    const chars = [...s];
    const from = st > 0 ? st - 1 : st < 0 ? Math.max(0, chars.length + st) : 0;
    const len = length === undefined || length === null ? chars.length : rcNumber(rcFirst(length)) ?? chars.length;
    return chars.slice(from, from + len).join("");
  },
  trim: (a, chars) => rcTrim(a, chars, true, true),
  ltrim: (a, chars) => rcTrim(a, chars, true, false),
  rtrim: (a, chars) => rcTrim(a, chars, false, true),
  split: (a, sep) => {
    const s = rcEvalText(a);
    const d = rcEvalText(sep);
    return s === null || d === null ? null : rcMvOrOne(d === "" ? [...s] : s.split(d));
  },
  mvcount: (a) => (a === null ? null : Array.isArray(a) ? a.length : 1),
  mvindex: (a, start, end) => {
    const vs = rcMv(a);
    const s0 = rcNumber(rcFirst(start));
    if (s0 === undefined) return null;
    const norm = (i: number) => (i < 0 ? vs.length + i : i);
    const s = norm(s0);
    if (end === undefined || end === null) return s >= 0 && s < vs.length ? vs[s]! : null;
    const e = norm(rcNumber(rcFirst(end)) ?? s0);
    return rcMvOrOne(vs.slice(Math.max(0, s), e + 1));
  },
  mvjoin: (a, sep) => {
    const d = rcEvalText(sep);
    return a === null || d === null ? null : rcMv(a).map(rcText).join(d);
  },
  mvappend: (...args) => rcMvOrOne(args.flatMap(rcMv)),
  mvdedup: (a) => rcMvOrOne([...new Set(rcMv(a).map(rcText))]),
  mvsort: (a) => rcMvOrOne(rcMv(a).map(rcText).sort()),
  mvfind: (a, re) => {
    if (!rcIsTester(re)) return null;
    const i = rcMv(a).findIndex((v) => re.test(rcText(v)));
    return i < 0 ? null : i;
  },
  match: (a, re) => {
    const s = rcEvalText(a);
    return s === null || !rcIsTester(re) ? null : re.test(s);
  },
  like: (a, p) => rcLike(a, p),
  replace: (a, re, repl) => {
    const s = rcEvalText(a);
    const r = rcEvalText(repl);
    if (s === null || r === null || !((re as unknown) instanceof RegExp)) return null;
    const g = new RegExp((re as unknown as RegExp).source, (re as unknown as RegExp).flags + "g");
    return s.replace(g, r.replace(/\\$/g, "$$$$").replace(/\\\\(\\d)/g, "$$$1"));
  },
  urldecode: (a) => {
    const s = rcEvalText(a);
    if (s === null) return null;
    try {
      return decodeURIComponent(s.replace(/\\+/g, " "));
    } catch {
      return s;
    }
  },
  cidrmatch: (c, ip) => {
    const net = rcEvalText(c);
    if (net === null || ip === null) return null;
    const test = rcCidr(net);
    return rcMv(ip).some(test);
  },
  in: (a, ...list) => {
    if (a === null) return null;
    return rcMv(a).some((v) => list.some((l) => l !== null && rcMv(l).some((x) => rcEvalCmp(v, x) === 0)));
  },
  strftime: (t, f) => {
    const s = rcNumber(rcFirst(t));
    const fmt = rcEvalText(f);
    return s === undefined || fmt === null ? null : rcStrftime(s, fmt);
  },
  strptime: (a, f) => {
    const s = rcEvalText(a);
    const fmt = rcEvalText(f);
    return s === null || fmt === null ? null : rcStrptime(s, fmt);
  },
  printf: (f, ...args) => {
    const fmt = rcEvalText(f);
    if (fmt === null) return null;
    let i = 0;
    return fmt.replace(/%([sdif%])/g, (_m, c: string) => {
      if (c === "%") return "%";
      const v = rcFirst(args[i++] ?? null);
      if (v === null) return "";
      if (c === "d" || c === "i") return String(Math.trunc(rcNumber(v) ?? 0));
      if (c === "f") return (rcNumber(v) ?? 0).toFixed(6);
      return rcText(v);
    });
  },
};

function rcTrim(a: RcEval, chars: RcEval | undefined, left: boolean, right: boolean): RcEval {
  const s = rcEvalText(a);
  if (s === null) return null;
  const set = chars === undefined || chars === null ? " \\t" : rcEvalText(chars) ?? " \\t";
  let b = 0;
  let e = s.length;
  if (left) while (b < e && set.includes(s[b]!)) b++;
  if (right) while (e > b && set.includes(s[e - 1]!)) e--;
  return s.slice(b, e);
}

/** Calls an eval function by name (names are checked at generation time). */
function rcCall(name: string, args: RcEval[]): RcEval {
  const fn = rcEvalFunctions[name];
  if (!fn) throw new Error(\`unknown eval function \${name}\`);
  return fn(...args);
}

// ---------------------------------------------------------------------------------
// Events to rows

/** Appends a value to a row field, making it multivalue when it already has one. */
function rcAddValue(row: RcRow, key: string, v: RcScalar): void {
  const old = row[key];
  if (old === undefined || old === null) row[key] = v;
  else if (Array.isArray(old)) old.push(v);
  else row[key] = [old, v];
}

/**
 * Flattens an event the way Splunk's JSON extraction names its fields: \`a.b\`, arrays as
 * \`a{}\` (multivalue), values in their text form. \`null\` and empty arrays give no field.
 * \`_time\` (epoch seconds) is added from the first timestamp field found.
 */
function rcEventRow(ev: unknown, timeFields: readonly RcResolver[]): RcRow {
  const row: RcRow = {};
  const walk = (node: unknown, prefix: string): void => {
    if (node === null || node === undefined) return;
    if (Array.isArray(node)) {
      for (const el of node) walk(el, prefix + "{}");
      return;
    }
    if (typeof node === "object") {
      for (const k in node as object) {
        if (rcHasOwn.call(node, k)) walk((node as Record<string, unknown>)[k], prefix === "" ? k : prefix + "." + k);
      }
      return;
    }
    if (prefix !== "") rcAddValue(row, prefix, rcText(node as RcScalar));
  };
  walk(ev, "");
  if (row._time === undefined) {
    const t = rcEventTime(ev, timeFields);
    if (t !== undefined) row._time = t;
  }
  return row;
}

/** The time (epoch seconds) of an event: the first timestamp field that holds a date. */
function rcEventTime(ev: unknown, timeFields: readonly RcResolver[]): number | undefined {
  for (const f of timeFields) {
    let t: number | undefined;
    f(ev, (v) => {
      t = rcEpochSeconds(v);
      return t !== undefined;
    });
    if (t !== undefined) return t;
  }
  return undefined;
}

/** Field names with SPL's \`{}\` markers removed. */
function rcStripBraces(name: string): string {
  return name.indexOf("{}") < 0 ? name : name.replace(/\\{\\}/g, "");
}

/** A row seen the way field predicates see events: keys without \`{}\` markers. */
function rcRowView(row: RcRow): RcRow {
  let needs = false;
  for (const k in row) if (k.indexOf("{}") >= 0) needs = true;
  if (!needs) return row;
  const out: RcRow = {};
  for (const k in row) {
    const v = row[k]!;
    const s = rcStripBraces(k);
    const old = out[s];
    out[s] = old === undefined || old === null ? v : ([] as RcScalar[]).concat(old, v ?? []);
  }
  return out;
}

/** The value of a row field by name: exact name first, then the same name with/without \`{}\`. */
function rcGet(row: RcRow, name: string): RcValue {
  const v = row[name];
  if (v !== undefined) return v;
  const want = rcStripBraces(name);
  for (const k in row) if (rcStripBraces(k) === want) return row[k]!;
  return null;
}

function rcValueList(v: RcValue): RcScalar[] {
  return v === null || v === undefined ? [] : Array.isArray(v) ? v : [v];
}

// ---------------------------------------------------------------------------------
// Pipeline stages (Splunk semantics)

/** Wildcard field-name matcher (\`*\` only), for rename/table/fields. */
function rcNameMatcher(pattern: string): RegExp {
  return new RegExp("^" + pattern.split("*").map(rcEscapeRegex).join("(.*)") + "$", "su");
}

/** \`fillnull [value=v] [fields]\`: with no fields, every field present in any row. */
function rcFillnull(rows: RcRow[], value: string, fields: readonly string[] | null): RcRow[] {
  let names: string[];
  if (fields) names = [...fields];
  else {
    const seen = new Set<string>();
    for (const r of rows) for (const k in r) seen.add(k);
    names = [...seen];
  }
  return rows.map((r) => {
    const out: RcRow = { ...r };
    for (const n of names) {
      const v = out[n];
      if (v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0)) out[n] = value;
    }
    return out;
  });
}

interface RcAggSpec {
  readonly fn: string;
  /** Field name as written (\`user.groups{}\`), absent for a bare count or an eval aggregation. */
  readonly field?: string;
  /** \`count(eval(...))\`: evaluated on the row view. */
  readonly eval?: (view: RcRow) => RcEval;
  readonly percentile?: number;
  readonly as: string;
}

function rcSortValues(vs: RcScalar[]): RcScalar[] {
  return vs.sort((a, b) => {
    const x = rcText(a);
    const y = rcText(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

function rcNums(vs: RcScalar[]): number[] {
  const out: number[] = [];
  for (const v of vs) {
    const n = rcNumber(v);
    if (n !== undefined) out.push(n);
  }
  return out;
}

function rcPercentile(nums: number[], p: number): number | null {
  if (!nums.length) return null;
  const s = [...nums].sort((a, b) => a - b);
  // Splunk's \`perc\` (nearest rank on the sorted values).
  const idx = Math.min(s.length - 1, Math.max(0, Math.round((p / 100) * (s.length - 1))));
  return s[idx]!;
}

function rcNumOut(n: number): number {
  return Number.isInteger(n) ? n : Number(n.toPrecision(15));
}

/** One aggregation over the rows of a group. */
function rcAggregate(spec: RcAggSpec, rows: RcRow[]): RcValue {
  const fn = spec.fn;
  if (spec.eval) {
    const ev = spec.eval;
    const vals: RcScalar[] = [];
    for (const r of rows) {
      const v = ev(rcRowView(r));
      // \`count(eval(cond))\` counts rows where the condition is true; other functions aggregate the values.
      if (fn === "count") {
        if (v === true) vals.push(true);
      } else for (const x of rcValueList(v as RcValue)) vals.push(x);
    }
    return rcAggregateValues(fn, vals, rows, spec, true);
  }
  if (spec.field === undefined) return fn === "count" ? rows.length : null;
  const vals: RcScalar[] = [];
  for (const r of rows) for (const v of rcValueList(rcGet(r, spec.field))) vals.push(v);
  return rcAggregateValues(fn, vals, rows, spec, false);
}

function rcAggregateValues(fn: string, vals: RcScalar[], rows: RcRow[], spec: RcAggSpec, fromEval: boolean): RcValue {
  switch (fn) {
    case "count": return vals.length;
    case "dc": case "distinct_count": return new Set(vals.map(rcText)).size;
    case "values": return rcMvValue(rcSortValues([...new Set(vals.map(rcText))]));
    case "list": return rcMvValue(vals.slice(0, 100).map(rcText));
    case "min": case "max": {
      const nums = rcNums(vals);
      if (nums.length && nums.length === vals.length) return rcNumOut(fn === "min" ? Math.min(...nums) : Math.max(...nums));
      if (!vals.length) return null;
      // Mixed or text values: Splunk compares numbers below text, text lexicographically.
      const sorted = rcSortMixed(vals);
      return rcText(fn === "min" ? sorted[0]! : sorted[sorted.length - 1]!);
    }
    case "sum": {
      const nums = rcNums(vals);
      return nums.length ? rcNumOut(nums.reduce((a, b) => a + b, 0)) : null;
    }
    case "avg": case "mean": {
      const nums = rcNums(vals);
      return nums.length ? rcNumOut(nums.reduce((a, b) => a + b, 0) / nums.length) : null;
    }
    case "range": {
      const nums = rcNums(vals);
      return nums.length ? rcNumOut(Math.max(...nums) - Math.min(...nums)) : null;
    }
    case "median": return rcPercentile(rcNums(vals), 50);
    case "perc": case "p": return rcPercentile(rcNums(vals), spec.percentile ?? 50);
    case "var": case "stdev": {
      const nums = rcNums(vals);
      if (nums.length < 2) return nums.length ? 0 : null;
      const mean = nums.reduce((a, b) => a + b, 0) / nums.length;
      const v = nums.reduce((a, b) => a + (b - mean) ** 2, 0) / (nums.length - 1);
      return rcNumOut(fn === "var" ? v : Math.sqrt(v));
    }
    case "mode": {
      if (!vals.length) return null;
      const counts = new Map<string, number>();
      let best = "";
      let bestN = 0;
      for (const v of vals.map(rcText)) {
        const n = (counts.get(v) ?? 0) + 1;
        counts.set(v, n);
        if (n > bestN) {
          best = v;
          bestN = n;
        }
      }
      return best;
    }
    case "first": return vals.length ? rcText(vals[0]!) : null;
    case "last": return vals.length ? rcText(vals[vals.length - 1]!) : null;
    case "earliest": case "latest": case "earliest_time": case "latest_time": {
      // By \`_time\`; rows without a time come in input order.
      let bestRow: RcRow | undefined;
      let bestT = 0;
      for (const r of rows) {
        const t = rcNumber(rcFirst(rcGet(r, "_time")));
        const has = fromEval || spec.field === undefined || rcValueList(rcGet(r, spec.field)).length > 0;
        if (!has || t === undefined) continue;
        if (bestRow === undefined || (fn.startsWith("earliest") ? t < bestT : t >= bestT)) {
          bestRow = r;
          bestT = t;
        }
      }
      if (bestRow === undefined) return fn.endsWith("_time") ? null : vals.length ? rcText(vals[0]!) : null;
      if (fn.endsWith("_time")) return bestT;
      const v = spec.field === undefined ? null : rcValueList(rcGet(bestRow, spec.field));
      return v && v.length ? rcText(v[0]!) : null;
    }
  }
  throw new Error(\`unsupported aggregation \${fn}\`);
}

function rcMvValue(vs: RcScalar[]): RcValue {
  return vs.length === 0 ? null : vs.length === 1 ? vs[0]! : vs;
}

/** Numbers first (numerically), then text (lexicographically): Splunk's default order. */
function rcSortMixed(vs: RcScalar[]): RcScalar[] {
  return [...vs].sort(rcCompareMixed);
}

function rcCompareMixed(a: RcScalar, b: RcScalar): number {
  const x = rcNumber(a);
  const y = rcNumber(b);
  if (x !== undefined && y !== undefined) return x - y;
  if (x !== undefined) return -1;
  if (y !== undefined) return 1;
  const s = rcText(a);
  const t = rcText(b);
  return s < t ? -1 : s > t ? 1 : 0;
}

interface RcStatsSpec {
  readonly command: "stats" | "eventstats" | "streamstats" | "tstats";
  readonly aggs: readonly RcAggSpec[];
  /** By-fields as written (\`sourceIPs{}\`): output columns keep these names. */
  readonly by: readonly string[];
}

/**
 * Group keys of a row: one per combination of by-field values (multivalue by-fields
 * expand, several of them as a cartesian product); none when a by-field is missing.
 */
function rcGroupKeys(row: RcRow, by: readonly string[]): string[][] {
  let combos: string[][] = [[]];
  for (const b of by) {
    const vals = [...new Set(rcValueList(rcGet(row, b)).map(rcText))];
    if (vals.length === 0) return [];
    const next: string[][] = [];
    for (const c of combos) for (const v of vals) next.push([...c, v]);
    combos = next;
  }
  return combos;
}

function rcCompareKeys(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i++) {
    const c = rcCompareMixed(a[i]!, b[i]!);
    if (c !== 0) return c;
  }
  return 0;
}

/** \`stats\`/\`eventstats\`/\`streamstats\`. */
function rcStats(rows: RcRow[], spec: RcStatsSpec, stateLimit: number): RcRow[] {
  if (spec.command === "streamstats") return rcStreamstats(rows, spec);
  const groups = new Map<string, { key: string[]; rows: RcRow[] }>();
  const rowGroups: string[][] = [];
  for (const r of rows) {
    const ids: string[] = [];
    for (const key of rcGroupKeys(r, spec.by)) {
      const id = JSON.stringify(key);
      let g = groups.get(id);
      if (!g) {
        g = { key, rows: [] };
        groups.set(id, g);
        if (groups.size > stateLimit) throw new RcStateLimit(\`stats: more than \${stateLimit} groups\`);
      }
      g.rows.push(r);
      ids.push(id);
    }
    rowGroups.push(ids);
  }
  if (spec.command === "eventstats") {
    const results = new Map<string, RcRow>();
    for (const [id, g] of groups) {
      const res: RcRow = {};
      for (const a of spec.aggs) res[a.as] = rcAggregate(a, g.rows);
      results.set(id, res);
    }
    return rows.map((r, i) => {
      const ids = rowGroups[i]!;
      if (ids.length === 0) return r;
      const out: RcRow = { ...r };
      for (const a of spec.aggs) {
        const vs = ids.flatMap((id) => rcValueList(results.get(id)![a.as] ?? null));
        out[a.as] = rcMvValue(vs);
      }
      return out;
    });
  }
  if (spec.by.length === 0) {
    const res: RcRow = {};
    for (const a of spec.aggs) res[a.as] = rcAggregate(a, rows);
    return [res];
  }
  const sorted = [...groups.values()].sort((a, b) => rcCompareKeys(a.key, b.key));
  return sorted.map((g) => {
    const res: RcRow = {};
    spec.by.forEach((b, i) => (res[b] = g.key[i]!));
    for (const a of spec.aggs) res[a.as] = rcAggregate(a, g.rows);
    return res;
  });
}

function rcStreamstats(rows: RcRow[], spec: RcStatsSpec): RcRow[] {
  const seen = new Map<string, RcRow[]>();
  return rows.map((r) => {
    const keys = rcGroupKeys(r, spec.by);
    if (keys.length === 0 && spec.by.length > 0) return r;
    const id = JSON.stringify(keys[0] ?? []);
    const list = seen.get(id) ?? [];
    list.push(r);
    seen.set(id, list);
    const out: RcRow = { ...r };
    for (const a of spec.aggs) out[a.as] = rcAggregate(a, list);
    return out;
  });
}

/** Thrown when a pipeline or correlation exceeds its state limit (reported as \`run/state-limit\`). */
class RcStateLimit extends Error {
  override readonly name = "RcStateLimit";
}

/** \`eval a=..., b=...\`: assignments in order, each seeing the ones before it. */
function rcEvalStage(rows: RcRow[], assigns: readonly { field: string; fn: (view: RcRow) => RcEval }[]): RcRow[] {
  return rows.map((r) => {
    const out: RcRow = { ...r };
    for (const a of assigns) {
      const v = a.fn(rcRowView(out));
      if (v === null) delete out[a.field];
      else out[a.field] = v;
    }
    return out;
  });
}

/** \`rename a as b, x* as y*\`: a renamed column keeps its place; renaming onto an existing field replaces it. */
function rcRename(rows: RcRow[], renames: readonly { from: string; to: string }[]): RcRow[] {
  return rows.map((r) => {
    let out: RcRow = r;
    for (const { from, to } of renames) {
      const re = from.includes("*") ? rcNameMatcher(from) : null;
      const exact = re ? undefined : from in out ? from : Object.keys(out).find((k) => rcStripBraces(k) === rcStripBraces(from));
      const newName = (k: string): string | undefined => {
        if (!re) return k === exact ? to : undefined;
        const m = re.exec(k);
        if (!m) return undefined;
        let i = 1;
        return to.replace(/\\*/g, () => m[i++] ?? "");
      };
      const targets = new Set<string>();
      for (const k in out) {
        const nk = newName(k);
        if (nk !== undefined) targets.add(nk);
      }
      if (targets.size === 0) continue;
      const next: RcRow = {};
      for (const k in out) {
        const nk = newName(k);
        if (nk !== undefined) next[nk] = out[k]!;
        else if (!targets.has(k)) next[k] = out[k]!;
      }
      out = next;
    }
    return out;
  });
}

function rcSelect(row: RcRow, patterns: readonly string[]): string[] {
  const keys: string[] = [];
  for (const p of patterns) {
    if (p.includes("*")) {
      const re = rcNameMatcher(p);
      for (const k of Object.keys(row)) if (re.test(k) && !keys.includes(k)) keys.push(k);
    } else if (p in row && !keys.includes(p)) keys.push(p);
  }
  return keys;
}

/** \`table f1 f2 f*\`: only these columns, in this order. */
function rcTable(rows: RcRow[], fields: readonly string[]): RcRow[] {
  return rows.map((r) => {
    const out: RcRow = {};
    for (const k of rcSelect(r, fields)) out[k] = r[k]!;
    return out;
  });
}

/** \`fields [+|-] f1 f2\`. */
function rcFields(rows: RcRow[], mode: "keep" | "remove", fields: readonly string[]): RcRow[] {
  return rows.map((r) => {
    const picked = new Set(rcSelect(r, fields));
    const out: RcRow = {};
    for (const k in r) if (picked.has(k) === (mode === "keep")) out[k] = r[k]!;
    return out;
  });
}

interface RcSortKey {
  readonly field: string;
  readonly descending: boolean;
  readonly as?: "num" | "str" | "ip" | "auto";
}

function rcSortCompare(keys: readonly RcSortKey[]): (a: RcRow, b: RcRow) => number {
  return (a, b) => {
    for (const k of keys) {
      const x = rcFirst(rcGet(a, k.field));
      const y = rcFirst(rcGet(b, k.field));
      let c: number;
      // Rows without the field sort last ascending (first descending).
      if (x === null || y === null) c = x === null && y === null ? 0 : x === null ? 1 : -1;
      else if (k.as === "str") c = rcText(x) < rcText(y) ? -1 : rcText(x) > rcText(y) ? 1 : 0;
      else if (k.as === "num") c = (rcNumber(x) ?? Infinity) - (rcNumber(y) ?? Infinity) || 0;
      else if (k.as === "ip") c = rcCompareMixed(rcIpKey(x), rcIpKey(y));
      else c = rcCompareMixed(x, y);
      if (c !== 0) return k.descending ? -c : c;
    }
    return 0;
  };
}

function rcIpKey(v: RcScalar): RcScalar {
  const n = typeof v === "string" ? rcParseV4(v) : undefined;
  return n === undefined ? v : n;
}

/** \`sort [limit] [-]f ...\`: stable. */
function rcSort(rows: RcRow[], keys: readonly RcSortKey[], limit: number | null): RcRow[] {
  const out = [...rows].sort(rcSortCompare(keys));
  return limit === null || limit === 0 ? out : out.slice(0, limit);
}

/** \`dedup [N] f1 f2 [keepempty=] [consecutive=] [sortby ...]\`. */
function rcDedup(
  rows: RcRow[], fields: readonly string[], count: number, keepEmpty: boolean, consecutive: boolean, sortBy?: readonly RcSortKey[],
): RcRow[] {
  const seen = new Map<string, number>();
  const out: RcRow[] = [];
  let prev: string | undefined;
  for (const r of rows) {
    const vals = fields.map((f) => rcValueList(rcGet(r, f)).map(rcText));
    if (vals.some((v) => v.length === 0)) {
      if (keepEmpty) out.push(r);
      continue;
    }
    const key = JSON.stringify(vals);
    if (consecutive) {
      if (key !== prev) out.push(r);
      prev = key;
      continue;
    }
    const n = seen.get(key) ?? 0;
    if (n < count) out.push(r);
    seen.set(key, n + 1);
  }
  return sortBy && sortBy.length ? out.sort(rcSortCompare(sortBy)) : out;
}

/** \`convert [timeformat=...] ctime(f) [as g] ...\`: \`ctime\` formats epoch seconds (UTC), \`mktime\` parses. */
function rcConvert(
  rows: RcRow[], timeformat: string, conversions: readonly { fn: string; field: string; as?: string }[],
): RcRow[] {
  return rows.map((r) => {
    const out: RcRow = { ...r };
    for (const c of conversions) {
      const names = c.field.includes("*") ? Object.keys(out).filter((k) => rcNameMatcher(c.field).test(k)) : [c.field];
      for (const name of names) {
        const v = rcGet(out, name);
        if (v === null) continue;
        const conv = (x: RcScalar): RcScalar | null => {
          switch (c.fn) {
            case "ctime": {
              const n = rcNumber(x);
              return n === undefined ? x : rcStrftime(n, timeformat);
            }
            case "mktime": return rcStrptime(rcText(x), timeformat) ?? x;
            case "num": return rcNumber(x) ?? null;
            case "auto": return rcNumber(x) ?? x;
            case "none": return x;
            case "rmcomma": return rcNumber(rcText(x).replace(/,/g, "")) ?? x;
            default: return x;
          }
        };
        const vs = rcValueList(v).map(conv).filter((x): x is RcScalar => x !== null);
        const target = c.as ?? name;
        if (vs.length === 0) delete out[target];
        else out[target] = rcMvValue(vs);
      }
    }
    return out;
  });
}

/** Seconds in a span such as \`1h\`, \`5m\`, \`30s\`, \`1d\`, \`1w\` (a bare number for numeric bins). */
function rcSpanSeconds(span: string): number | undefined {
  const m = /^(\\d+(?:\\.\\d+)?)(s|sec|secs|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days|w|week|weeks)?$/i.exec(span.trim());
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = (m[2] ?? "").toLowerCase();
  if (unit === "") return n;
  if (unit.startsWith("s")) return n;
  if (unit.startsWith("m")) return n * 60;
  if (unit.startsWith("h")) return n * 3600;
  if (unit.startsWith("d")) return n * 86400;
  return n * 604800;
}

/** \`bin f span=X [as g]\`: floors each value to a multiple of the span. */
function rcBin(rows: RcRow[], fieldName: string, span: number, as?: string): RcRow[] {
  return rows.map((r) => {
    const v = rcGet(r, fieldName);
    if (v === null) return r;
    const out: RcRow = { ...r };
    const vs = rcValueList(v).map((x) => {
      const n = rcNumber(x);
      return n === undefined ? x : rcNumOut(Math.floor(n / span) * span);
    });
    out[as ?? fieldName] = rcMvValue(vs);
    return out;
  });
}

/**
 * \`rex field=f "(?<name>...)" [max_match=N]\`: named groups of the first value of \`f\` become
 * fields (several matches, with \`max_match\` 0 or > 1, become multivalue). Rows without a match
 * are kept unchanged.
 */
function rcRex(rows: RcRow[], fieldName: string, re: RegExp, maxMatch: number): RcRow[] {
  const global = new RegExp(re.source, re.flags.includes("g") ? re.flags : re.flags + "g");
  return rows.map((r) => {
    const first = rcFirst(rcGet(r, fieldName));
    if (first === null) return r;
    const text = rcText(first);
    const found: Record<string, RcScalar[]> = {};
    global.lastIndex = 0;
    let count = 0;
    for (let m = global.exec(text); m !== null; m = global.exec(text)) {
      if (m[0] === "") global.lastIndex++;
      for (const [name, v] of Object.entries(m.groups ?? {})) if (v !== undefined) (found[name] ??= []).push(v);
      if (++count === maxMatch) break;
    }
    if (count === 0) return r;
    const out: RcRow = { ...r };
    for (const [name, vs] of Object.entries(found)) out[name] = rcMvValue(vs);
    return out;
  });
}

/**
 * \`spath [input=f] [path=p] [output=o]\`. Without \`input\`, rows already hold every field of
 * their JSON event, so \`spath\` alone changes nothing and \`path=\` copies a field. With
 * \`input\`, the field's first value is parsed as JSON (text that is not JSON, e.g. XML,
 * leaves the row unchanged) and its fields (or the one at \`path\`) are added.
 */
function rcSpath(rows: RcRow[], input: string | null, path: string | null, output: string | null): RcRow[] {
  return rows.map((r) => {
    let source: RcRow = r;
    if (input !== null) {
      const first = rcFirst(rcGet(r, input));
      if (first === null) return r;
      let parsed: unknown;
      try {
        parsed = JSON.parse(rcText(first));
      } catch {
        return r;
      }
      if (parsed === null || typeof parsed !== "object") return r;
      source = rcEventRow(parsed, []);
    }
    if (path === null) return input === null ? r : { ...r, ...source };
    const v = rcGet(source, path);
    if (v === null) return r;
    return { ...r, [output ?? path]: v };
  });
}

/** \`mvexpand f [limit=N]\`: one row per value of \`f\` (rows without it are dropped, as in Splunk). */
function rcMvexpand(rows: RcRow[], fieldName: string, limit: number | null): RcRow[] {
  const out: RcRow[] = [];
  for (const r of rows) {
    const key = fieldName in r ? fieldName : Object.keys(r).find((k) => rcStripBraces(k) === rcStripBraces(fieldName));
    if (key === undefined) continue;
    const vs = rcValueList(r[key]!);
    for (const v of limit === null ? vs : vs.slice(0, limit)) out.push({ ...r, [key]: v });
  }
  return out;
}

/** \`head N\`. */
function rcHead(rows: RcRow[], count: number): RcRow[] {
  return rows.slice(0, count);
}

// ---------------------------------------------------------------------------------
// Correlations

type RcCountOp = "gt" | "gte" | "lt" | "lte" | "eq" | "neq";

interface RcCorrelationSpec {
  readonly type: string;
  /** Referenced rules, in order (temporal_ordered uses this order). */
  readonly rules: readonly { readonly name: string; readonly match: (ev: unknown, ctx?: RcContext) => boolean }[];
  /** Per group-by name, per referenced rule: the resolver of the field in that rule's events. */
  readonly groupBy: readonly { readonly name: string; readonly fields: readonly RcResolver[] }[];
  readonly timespanSeconds: number;
  readonly conditions: readonly { readonly op: RcCountOp; readonly value: number }[];
  /** value_* types: per referenced rule, the measured field. */
  readonly field?: readonly RcResolver[];
  readonly fieldName?: string;
  readonly percentile?: number;
  readonly timeFields: readonly RcResolver[];
  readonly stateLimit: number;
}

interface RcWindowEntry {
  readonly t: number;
  readonly rule: number;
  readonly value?: RcScalar;
}

function rcCountOk(op: RcCountOp, n: number, v: number): boolean {
  switch (op) {
    case "gt": return n > v;
    case "gte": return n >= v;
    case "lt": return n < v;
    case "lte": return n <= v;
    case "eq": return n === v;
    case "neq": return n !== v;
  }
}

/**
 * Streaming correlation over a time-ordered event stream. Per group, a window opens at
 * its first event and closes \`timespan\` later. Conditions that can only grow true
 * (\`gt\`/\`gte\` on counts and sums) fire as soon as they hold, then the group starts
 * over; others are judged when the window closes. Closed windows are evicted, so
 * memory holds only open windows (at most \`stateLimit\` entries).
 */
class RcCorrelation {
  private readonly groups = new Map<string, { key: string[]; start: number; entries: RcWindowEntry[] }>();
  private entries = 0;
  private now = -Infinity;
  private readonly monotonic: boolean;

  constructor(private readonly spec: RcCorrelationSpec) {
    const growing = spec.type === "event_count" || spec.type === "value_count" || spec.type === "temporal" || spec.type === "temporal_ordered" || spec.type === "value_sum";
    this.monotonic = growing && spec.conditions.every((c) => c.op === "gt" || c.op === "gte");
  }

  /** Feeds one event; returns the rows of windows that fired or closed. */
  push(ev: unknown, ctx?: RcContext): RcRow[] {
    const out: RcRow[] = [];
    const t = rcEventTime(ev, this.spec.timeFields);
    if (t === undefined) return out;
    if (t > this.now) {
      this.now = t;
      this.closeBefore(t, out);
    }
    this.spec.rules.forEach((rule, ri) => {
      if (!rule.match(ev, ctx)) return;
      const key: string[] = [];
      for (const g of this.spec.groupBy) {
        const f = g.fields[ri] ?? g.fields[0]!;
        const vs = rcValues(ev, f);
        if (vs.length === 0) return; // events without a group-by value join no group
        key.push(rcText(vs[0]!));
      }
      let value: RcScalar | undefined;
      if (this.spec.field) {
        const vs = rcValues(ev, this.spec.field[ri] ?? this.spec.field[0]!);
        if (vs.length === 0) return;
        value = vs[0];
      }
      const id = JSON.stringify(key);
      let g = this.groups.get(id);
      if (!g) {
        g = { key, start: t, entries: [] };
        this.groups.set(id, g);
      }
      g.entries.push({ t, rule: ri, value });
      this.entries++;
      if (this.entries > this.spec.stateLimit) {
        throw new RcStateLimit(\`correlation: more than \${this.spec.stateLimit} events held in open windows\`);
      }
      if (this.monotonic) {
        const measure = this.measure(g.entries);
        if (measure !== null && this.spec.conditions.every((c) => rcCountOk(c.op, measure, c.value))) {
          out.push(this.row(g.key, g.start, t, measure, g.entries.length));
          this.entries -= g.entries.length;
          this.groups.delete(id);
        }
      }
    });
    return out;
  }

  /** Closes every open window (end of input). */
  finish(): RcRow[] {
    const out: RcRow[] = [];
    this.closeBefore(Infinity, out);
    return out;
  }

  private closeBefore(t: number, out: RcRow[]): void {
    for (const [id, g] of this.groups) {
      if (g.start + this.spec.timespanSeconds >= t) continue;
      if (!this.monotonic) {
        const measure = this.measure(g.entries);
        if (measure !== null && this.spec.conditions.every((c) => rcCountOk(c.op, measure, c.value))) {
          out.push(this.row(g.key, g.start, g.entries[g.entries.length - 1]!.t, measure, g.entries.length));
        }
      } else {
        // A growing measure: slide the window instead of dropping every event.
        const keep = g.entries.filter((e) => e.t + this.spec.timespanSeconds >= t);
        if (keep.length && t !== Infinity) {
          this.entries -= g.entries.length - keep.length;
          g.entries = keep;
          g.start = keep[0]!.t;
          continue;
        }
      }
      this.entries -= g.entries.length;
      this.groups.delete(id);
    }
  }

  private measure(entries: readonly RcWindowEntry[]): number | null {
    const spec = this.spec;
    switch (spec.type) {
      case "event_count": return entries.length;
      case "value_count": return new Set(entries.map((e) => rcText(e.value!))).size;
      case "temporal": return new Set(entries.map((e) => e.rule)).size;
      case "temporal_ordered": {
        // Length of the longest prefix of the rule order seen in time order.
        let next = 0;
        for (const e of entries) if (e.rule === next) next++;
        return next;
      }
      case "value_sum": case "value_avg": case "value_median": case "value_percentile": {
        const nums = rcNums(entries.map((e) => e.value!));
        if (!nums.length) return null;
        if (spec.type === "value_sum") return nums.reduce((a, b) => a + b, 0);
        if (spec.type === "value_avg") return nums.reduce((a, b) => a + b, 0) / nums.length;
        return rcPercentile(nums, spec.type === "value_median" ? 50 : spec.percentile ?? 50);
      }
    }
    return null;
  }

  private row(key: string[], start: number, end: number, measure: number, events: number): RcRow {
    const row: RcRow = {};
    this.spec.groupBy.forEach((g, i) => (row[g.name] = key[i]!));
    row.measure = rcNumOut(measure);
    row.events = events;
    row.window_start = rcStrftime(start, "%Y-%m-%dT%H:%M:%S.%3NZ");
    row.window_end = rcStrftime(end, "%Y-%m-%dT%H:%M:%S.%3NZ");
    return row;
  }
}

// ---------------------------------------------------------------------------------
// Running a rule over a stream

/** One compiled rule of a generated module. */
interface RcRuleMatcher {
  readonly id: string;
  readonly title: string;
  /** \`filter\`: events only; \`pipeline\`: events then SPL stages; \`correlation\`: a Sigma correlation. */
  readonly kind: "filter" | "pipeline" | "correlation";
  /** The rule's filter (for a correlation: does any referenced rule select the event). */
  readonly match: (ev: unknown, ctx?: RcContext) => boolean;
  /** \`match\` for a batch: the caller calls the module's \`beginEvent()\` once per event first, so rules share predicates. */
  readonly test: (ev: unknown, ctx?: RcContext) => boolean;
  /** The pipeline over the rows of the selected events. */
  readonly pipeline?: (rows: RcRow[]) => RcRow[];
  /** A fresh correlation state. */
  readonly correlation?: () => RcCorrelation;
  /** Timestamp fields tried in order (for \`_time\`, earliest/latest and correlations). */
  readonly timeFields: readonly RcResolver[];
  /** Most selected events a pipeline holds before \`run/state-limit\`. */
  readonly stateLimit: number;
}

/** Streaming evaluation of one rule: push events as they come, then finish. */
interface RcRun {
  /** Feeds one event; returns what it produced right away (a filter rule: the event itself; a correlation: fired windows). */
  push(ev: unknown, ctx?: RcContext): unknown[];
  /** End of input: a pipeline's rows, a correlation's remaining windows. */
  finish(): unknown[];
}

/** Starts a streaming run of a rule. Filter rules hold no state; pipelines hold the selected events. */
function rcCreateRun(m: RcRuleMatcher): RcRun {
  if (m.kind === "correlation" && m.correlation) {
    const state = m.correlation();
    return { push: (ev, ctx) => state.push(ev, ctx), finish: () => state.finish() };
  }
  if (m.kind === "pipeline" && m.pipeline) {
    const pipeline = m.pipeline;
    const rows: RcRow[] = [];
    return {
      push(ev, ctx) {
        if (m.match(ev, ctx)) {
          if (rows.length >= m.stateLimit) throw new RcStateLimit(\`pipeline: more than \${m.stateLimit} selected events held\`);
          rows.push(rcEventRow(ev, m.timeFields));
        }
        return [];
      },
      finish: () => pipeline(rows),
    };
  }
  return { push: (ev, ctx) => (m.match(ev, ctx) ? [ev] : []), finish: () => [] };
}
`,dE=`const rcHasOwn = Object.prototype.hasOwnProperty;
function rcField(path) {
    const segs = path.split(".");
    const n = segs.length;
    const keys = [];
    const ends = [];
    const inherited = [];
    for (let i = 0; i < n; i++) {
        const ks = [];
        const es = [];
        const inh = [];
        let k = segs[i];
        for (let j = i; j < n; j++) {
            if (j > i)
                k += "." + segs[j];
            ks.push(k);
            es.push(j + 1);
            inh.push(k in Object.prototype);
        }
        keys.push(ks);
        ends.push(es);
        inherited.push(inh);
    }
    const leaf = (node, visit, deep) => {
        const t = typeof node;
        if (t === "string" || t === "number" || t === "boolean")
            return visit(node);
        if (node === null || t !== "object")
            return false;
        if (Array.isArray(node)) {
            for (let a = 0; a < node.length; a++)
                if (leaf(node[a], visit, deep))
                    return true;
            return false;
        }
        return deep ? rcEveryValue(node, visit) : false;
    };
    const walk = (node, i, visit, deep) => {
        if (i === n)
            return leaf(node, visit, deep);
        if (typeof node !== "object" || node === null)
            return false;
        if (Array.isArray(node)) {
            for (let a = 0; a < node.length; a++)
                if (walk(node[a], i, visit, deep))
                    return true;
            return false;
        }
        const ks = keys[i];
        const es = ends[i];
        const inh = inherited[i];
        for (let c = 0; c < ks.length; c++) {
            const child = node[ks[c]];
            if (child === undefined || (inh[c] && !rcHasOwn.call(node, ks[c])))
                continue;
            if (walk(child, es[c], visit, deep))
                return true;
        }
        return false;
    };
    if (n === 2) {
        const k0 = segs[0];
        const k1 = segs[1];
        const inh0 = inherited[0][0];
        const inh1 = inherited[1][0];
        const inh01 = inherited[0][1];
        return (node, visit, deep) => {
            if (typeof node !== "object" || node === null)
                return false;
            if (Array.isArray(node))
                return walk(node, 0, visit, deep === true);
            const a = node[k0];
            if (a !== undefined && !(inh0 && !rcHasOwn.call(node, k0))) {
                if (typeof a === "object" && a !== null && !Array.isArray(a)) {
                    const b = a[k1];
                    if (b !== undefined && !(inh1 && !rcHasOwn.call(a, k1))) {
                        if (typeof b === "string" ? visit(b) : leaf(b, visit, deep === true))
                            return true;
                    }
                }
                else if (walk(a, 1, visit, deep === true))
                    return true;
            }
            const c = node[path];
            if (c === undefined || (inh01 && !rcHasOwn.call(node, path)))
                return false;
            return typeof c === "string" ? visit(c) : leaf(c, visit, deep === true);
        };
    }
    if (n === 1) {
        const k = segs[0];
        const inh = inherited[0][0];
        return (node, visit, deep) => {
            if (typeof node !== "object" || node === null)
                return false;
            if (Array.isArray(node))
                return walk(node, 0, visit, deep === true);
            const child = node[k];
            if (child === undefined || (inh && !rcHasOwn.call(node, k)))
                return false;
            return typeof child === "string" ? visit(child) : leaf(child, visit, deep === true);
        };
    }
    return (node, visit, deep) => walk(node, 0, visit, deep === true);
}
function rcEveryValue(node, visit) {
    if (node === null || node === undefined)
        return false;
    const t = typeof node;
    if (t === "string" || t === "number" || t === "boolean")
        return visit(node);
    if (Array.isArray(node)) {
        for (let a = 0; a < node.length; a++)
            if (rcEveryValue(node[a], visit))
                return true;
        return false;
    }
    if (t === "object") {
        for (const k in node) {
            if (rcHasOwn.call(node, k) && rcEveryValue(node[k], visit))
                return true;
        }
    }
    return false;
}
function rcText(v) {
    return typeof v === "string" ? v : String(v);
}
const rcAnyValue = () => true;
function rcExists(ev, f) {
    return f(ev, rcAnyValue, true);
}
function rcValues(ev, f) {
    const out = [];
    f(ev, (v) => {
        out.push(v);
        return false;
    });
    return out;
}
function rcEscapeRegex(text) {
    return text.replace(/[\\\\^$.*+?()[\\]{}|/]/g, "\\\\$&");
}
const rcNonAscii = /[^\\x00-\\x7f]/;
function rcShapeTest(parts) {
    if (parts.includes(1))
        return undefined;
    if (parts.length === 1 && typeof parts[0] === "string") {
        const lit = parts[0];
        return (s) => s === lit;
    }
    if (parts.length === 2 && parts[1] === 0 && typeof parts[0] === "string") {
        const lit = parts[0];
        return (s) => s.startsWith(lit);
    }
    if (parts.length === 2 && parts[0] === 0 && typeof parts[1] === "string") {
        const lit = parts[1];
        return (s) => s.endsWith(lit);
    }
    if (parts.length === 3 && parts[0] === 0 && parts[2] === 0 && typeof parts[1] === "string") {
        const lit = parts[1];
        return (s) => s.includes(lit);
    }
    return undefined;
}
function rcPatternSource(parts) {
    let src = "";
    for (const p of parts)
        src += p === 0 ? "[^]*" : p === 1 ? "[^]" : rcEscapeRegex(p);
    return src;
}
function rcPattern(parts, caseSensitive) {
    if (parts.length === 1 && typeof parts[0] === "string") {
        const lit = parts[0];
        if (caseSensitive)
            return (v) => (typeof v === "string" ? v : String(v)) === lit;
        if (!rcNonAscii.test(lit)) {
            const low = lit.toLowerCase();
            const length = lit.length;
            const full = new RegExp("^" + rcEscapeRegex(lit) + "$", "iu");
            return (v) => {
                const s = typeof v === "string" ? v : String(v);
                return s.length === length && (s === lit || s.toLowerCase() === low || (rcNonAscii.test(s) && full.test(s)));
            };
        }
    }
    const test = rcTextPattern(parts, caseSensitive);
    return (v) => test(typeof v === "string" ? v : String(v));
}
function rcTextPattern(parts, caseSensitive) {
    if (parts.length === 0)
        return (s) => s === "";
    const hasOne = parts.includes(1);
    if (!hasOne && parts.every((p) => p === 0))
        return () => true;
    const shape = rcShapeTest(parts);
    if (!shape && parts.filter((p) => p === 0).length >= 2)
        return rcGlobTest(parts, caseSensitive ? "u" : "iu");
    const anchored = "^" + rcPatternSource(parts) + "$";
    if (caseSensitive) {
        if (shape)
            return shape;
        const re = new RegExp(anchored, "u");
        return (s) => re.test(s);
    }
    const lits = parts.filter((p) => typeof p === "string");
    const contains = parts.length === 3 && parts[0] === 0 && parts[2] === 0 && typeof parts[1] === "string";
    const full = contains ? new RegExp(rcEscapeRegex(parts[1]), "iu") : new RegExp(anchored, "iu");
    if (hasOne || lits.some((l) => rcNonAscii.test(l)))
        return (s) => full.test(s);
    const minLength = lits.reduce((n, l) => n + l.length, 0);
    if (parts.length === 1) {
        const lit = lits[0];
        const low = lit.toLowerCase();
        return (s) => s.length === minLength && (s === lit || s.toLowerCase() === low || (rcNonAscii.test(s) && full.test(s)));
    }
    const ascii = contains ? new RegExp(rcEscapeRegex(parts[1]), "i") : new RegExp(anchored, "i");
    return (s) => s.length >= minLength && (ascii.test(s) || (rcNonAscii.test(s) && full.test(s)));
}
function rcGlobTest(parts, flags) {
    const segs = [""];
    for (const p of parts) {
        if (p === 0)
            segs.push("");
        else
            segs[segs.length - 1] += p === 1 ? "[^]" : rcEscapeRegex(p);
    }
    const head = segs[0] ? new RegExp(segs[0], flags + "y") : undefined;
    const tail = segs[segs.length - 1] ? new RegExp("(?:" + segs[segs.length - 1] + ")$", flags + "g") : undefined;
    const middle = segs.slice(1, -1).filter((x) => x !== "").map((x) => new RegExp(x, flags + "g"));
    return (s) => {
        let at = 0;
        if (head) {
            head.lastIndex = 0;
            if (!head.test(s))
                return false;
            at = head.lastIndex;
        }
        for (const re of middle) {
            re.lastIndex = at;
            if (!re.test(s))
                return false;
            at = re.lastIndex;
        }
        if (!tail)
            return true;
        tail.lastIndex = at;
        return tail.test(s);
    };
}
function rcAnyOf(values, caseSensitive) {
    const exact = new Set(values);
    if (caseSensitive)
        return (v) => exact.has(typeof v === "string" ? v : String(v));
    const full = new RegExp("^(?:" + values.map(rcEscapeRegex).join("|") + ")$", "iu");
    if (values.some((x) => rcNonAscii.test(x)))
        return (v) => full.test(typeof v === "string" ? v : String(v));
    const lower = new Set(values.map((x) => x.toLowerCase()));
    return (v) => {
        const s = typeof v === "string" ? v : String(v);
        if (exact.has(s))
            return true;
        const low = s.toLowerCase();
        if (low.length === s.length && lower.has(low))
            return true;
        return rcNonAscii.test(s) && full.test(s);
    };
}
function rcSearchSource(parts) {
    const first = parts[0] === 0 ? 1 : 0;
    const last = parts.length > 1 && parts[parts.length - 1] === 0 ? parts.length - 1 : parts.length;
    return (first ? "" : "^") + rcPatternSource(parts.slice(first, last)) + (last < parts.length ? "" : "$");
}
function rcAnyPattern(patterns, caseSensitive) {
    const source = patterns.map((p) => (p.length === 0 ? "^$" : rcSearchSource(p))).join("|");
    const full = new RegExp(source, caseSensitive ? "u" : "iu");
    const asciiOnly = patterns.every((p) => !p.includes(1) && p.every((x) => typeof x !== "string" || !rcNonAscii.test(x)));
    if (caseSensitive || !asciiOnly)
        return (v) => full.test(typeof v === "string" ? v : String(v));
    const ascii = new RegExp(source, "i");
    return (v) => {
        const s = typeof v === "string" ? v : String(v);
        return ascii.test(s) || (rcNonAscii.test(s) && full.test(s));
    };
}
function rcOnText(test) {
    return (v) => test(typeof v === "string" ? v : String(v));
}
const rcNumeric = /^\\s*[-+]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][-+]?\\d+)?\\s*$/;
function rcNumber(v) {
    if (typeof v === "number")
        return Number.isFinite(v) ? v : undefined;
    if (typeof v === "string" && rcNumeric.test(v))
        return Number(v);
    return undefined;
}
function rcOrder(op, c) {
    switch (op) {
        case "eq": return c === 0;
        case "lt": return c < 0;
        case "lte": return c <= 0;
        case "gt": return c > 0;
        case "gte": return c >= 0;
    }
}
function rcEpochSeconds(v) {
    const n = rcNumber(v);
    if (n !== undefined)
        return n > 1e11 ? n / 1000 : n;
    if (typeof v !== "string")
        return undefined;
    if (!/^\\d{4}-\\d{2}-\\d{2}([T ]\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?)?(Z|[+-]\\d{2}:?\\d{2})?$/i.test(v.trim()))
        return undefined;
    let text = v.trim().replace(" ", "T");
    if (/T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?$/i.test(text))
        text += "Z";
    text = text.replace(/\\.(\\d{3})\\d+/, ".$1");
    const ms = Date.parse(text);
    return Number.isNaN(ms) ? undefined : ms / 1000;
}
function rcIsoWeek(d) {
    const t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
    const day = t.getUTCDay() || 7;
    t.setUTCDate(t.getUTCDate() + 4 - day);
    const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
    return Math.ceil(((t.getTime() - yearStart) / 86400000 + 1) / 7);
}
function rcTimePart(v, part) {
    const s = rcEpochSeconds(v);
    if (s === undefined)
        return undefined;
    const d = new Date(s * 1000);
    switch (part) {
        case "minute": return d.getUTCMinutes();
        case "hour": return d.getUTCHours();
        case "day": return d.getUTCDate();
        case "week": return rcIsoWeek(d);
        case "month": return d.getUTCMonth() + 1;
        case "year": return d.getUTCFullYear();
    }
}
function rcCompare(op, value, numeric, timePart) {
    if (timePart) {
        const want = rcNumber(value);
        return (v) => {
            const got = rcTimePart(v, timePart);
            return got !== undefined && want !== undefined && rcOrder(op, got - want);
        };
    }
    if (numeric) {
        const want = rcNumber(value);
        if (want === undefined)
            return () => false;
        return (v) => {
            const got = rcNumber(v);
            return got !== undefined && rcOrder(op, got < want ? -1 : got > want ? 1 : 0);
        };
    }
    const want = rcText(value);
    return (v) => {
        const got = rcText(v);
        return rcOrder(op, got < want ? -1 : got > want ? 1 : 0);
    };
}
function rcRegex(re) {
    return (v) => re.test(typeof v === "string" ? v : String(v));
}
function rcIsTester(re) {
    return re instanceof RegExp || (typeof re === "object" && re !== null && typeof re.test === "function");
}
function rcLinearRegex(program, start) {
    const mark = new Int32Array(program.length).fill(-1);
    let gen = 0;
    const word = (c) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || c === 95 || (c >= 97 && c <= 122);
    const inSet = (r, c) => {
        for (let k = 0; k < r.length; k += 2)
            if (c >= r[k] && c <= r[k + 1])
                return true;
        return false;
    };
    const holds = (a, prev, next) => {
        switch (a) {
            case 0: return prev === 0;
            case 1: return prev <= 1;
            case 2: return next === 0;
            case 3: return next <= 1;
            case 4: return next <= 2;
            case 5: return (prev === 2) !== (next === 3);
            default: return (prev === 2) === (next === 3);
        }
    };
    let states = new Map();
    const state = (prev, pending) => {
        const ps = [...new Set(pending)].sort((a, b) => a - b);
        const key = prev + ":" + ps.join(",");
        let st = states.get(key);
        if (!st) {
            if (states.size >= 2048)
                states = new Map();
            st = { prev, pending: ps, ascii: new Array(128), other: new Map() };
            states.set(key, st);
        }
        return st;
    };
    const transition = (st, symbol) => {
        const cp = symbol === -2 ? 10 : symbol;
        const next = symbol === -1 ? 0 : symbol === -2 ? 1 : cp === 10 ? 2 : word(cp) ? 3 : 4;
        gen++;
        const consumers = [];
        const stack = [start, ...st.pending];
        while (stack.length > 0) {
            const pc = stack.pop();
            if (mark[pc] === gen)
                continue;
            mark[pc] = gen;
            const ins = program[pc];
            if (ins[0] === 3)
                return true;
            if (ins[0] === 0)
                consumers.push(pc);
            else if (ins[0] === 1)
                stack.push(ins[2], ins[1]);
            else if (holds(ins[2], st.prev, next))
                stack.push(ins[1]);
        }
        if (symbol === -1)
            return false;
        const pending = [];
        for (const pc of consumers) {
            const ins = program[pc];
            if (inSet(ins[2], cp))
                pending.push(ins[1]);
        }
        return state(cp === 10 ? 1 : word(cp) ? 2 : 3, pending);
    };
    const step = (st, symbol) => {
        if (symbol >= 0 && symbol < 128) {
            const hit = st.ascii[symbol];
            if (hit !== undefined)
                return hit;
            return (st.ascii[symbol] = transition(st, symbol));
        }
        const hit = st.other.get(symbol);
        if (hit !== undefined)
            return hit;
        const computed = transition(st, symbol);
        st.other.set(symbol, computed);
        return computed;
    };
    const initial = state(0, []);
    return {
        test(s) {
            const n = s.length;
            let st = initial;
            for (let i = 0; i < n;) {
                const cp = s.codePointAt(i);
                i += cp > 0xffff ? 2 : 1;
                const r = step(st, cp === 10 && i === n ? -2 : cp);
                if (r === true)
                    return true;
                st = r;
            }
            return step(st, -1) === true;
        },
    };
}
function rcParseV4(s) {
    const m = /^(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})$/.exec(s);
    if (!m)
        return undefined;
    let n = 0;
    for (let i = 1; i <= 4; i++) {
        const o = Number(m[i]);
        if (o > 255 || (m[i].length > 1 && m[i][0] === "0"))
            return undefined;
        n = n * 256 + o;
    }
    return n;
}
function rcParseV6(s) {
    if (!s.includes(":") || s.includes("%"))
        return undefined;
    let text = s;
    let tail = [];
    const lastColon = text.lastIndexOf(":");
    const last = text.slice(lastColon + 1);
    if (last.includes(".")) {
        const v4 = rcParseV4(last);
        if (v4 === undefined)
            return undefined;
        tail = [Math.floor(v4 / 65536), v4 % 65536];
        text = text.slice(0, lastColon + 1) + "0";
        tail.length = 2;
    }
    const halves = text.split("::");
    if (halves.length > 2)
        return undefined;
    const parse = (h) => (h === "" ? [] : h.split(":"));
    const head = parse(halves[0]);
    const rest = halves.length === 2 ? parse(halves[1]) : [];
    const groups = [];
    for (const g of [...head, ...rest]) {
        if (!/^[0-9a-f]{1,4}$/i.test(g))
            return undefined;
        groups.push(parseInt(g, 16));
    }
    const want = 8;
    let out;
    if (halves.length === 2) {
        const fill = want - groups.length;
        if (fill < 1)
            return undefined;
        out = [...head.map((g) => parseInt(g, 16)), ...new Array(fill).fill(0), ...rest.map((g) => parseInt(g, 16))];
    }
    else
        out = groups;
    if (out.length !== want)
        return undefined;
    if (tail.length === 2) {
        out[6] = tail[0];
        out[7] = tail[1];
    }
    return out;
}
function rcCidr(cidr) {
    const slash = cidr.indexOf("/");
    const addr = slash < 0 ? cidr : cidr.slice(0, slash);
    const v4 = rcParseV4(addr);
    if (v4 !== undefined) {
        const bits = slash < 0 ? 32 : Number(cidr.slice(slash + 1));
        const size = 2 ** (32 - bits);
        const base = Math.floor(v4 / size) * size;
        return (v) => {
            const a = typeof v === "string" ? rcParseV4(v) : undefined;
            return a !== undefined && a >= base && a < base + size;
        };
    }
    const v6 = rcParseV6(addr);
    const bits = slash < 0 ? 128 : Number(cidr.slice(slash + 1));
    if (!v6 || !(bits >= 0 && bits <= 128))
        return () => false;
    return (v) => {
        const a = typeof v === "string" ? rcParseV6(v) : undefined;
        if (!a)
            return false;
        let left = bits;
        for (let g = 0; g < 8 && left > 0; g++) {
            const take = Math.min(16, left);
            const mask = (0xffff << (16 - take)) & 0xffff;
            if ((a[g] & mask) !== (v6[g] & mask))
                return false;
            left -= take;
        }
        return true;
    };
}
function rcFieldEquals(ev, f, other, caseSensitive) {
    const others = rcValues(ev, other).map(rcText);
    if (others.length === 0)
        return false;
    const tests = caseSensitive ? null : others.map((o) => new RegExp("^" + rcEscapeRegex(o) + "$", "iu"));
    return f(ev, (v) => {
        const s = rcText(v);
        return tests ? tests.some((t) => t.test(s)) : others.includes(s);
    });
}
function rcKeyword(ev, ctx, test, raw) {
    if (raw)
        return test(ctx?.raw ?? JSON.stringify(ev));
    return rcEveryValue(ev, (v) => test(rcText(v)));
}
function rcFieldValue(ev, f) {
    const vs = rcValues(ev, f);
    return vs.length === 0 ? null : vs.length === 1 ? vs[0] : vs;
}
function rcFirst(v) {
    return Array.isArray(v) ? (v.length ? v[0] : null) : v;
}
function rcEvalText(v) {
    const s = rcFirst(v);
    return s === null ? null : rcText(s);
}
function rcEvalCmp(a, b) {
    const x = rcNumber(a);
    const y = rcNumber(b);
    if (x !== undefined && y !== undefined)
        return x < y ? -1 : x > y ? 1 : 0;
    const s = rcText(a);
    const t = rcText(b);
    return s < t ? -1 : s > t ? 1 : 0;
}
function rcTruthy(v) {
    return v === true;
}
function rcBinary(op, a, b) {
    switch (op) {
        case "AND": return a === true && b === true;
        case "OR": return a === true || b === true;
        case "XOR": return (a === true) !== (b === true);
    }
    if (a === null || b === null)
        return null;
    if (op === "=" || op === "==" || op === "!=" || op === "<" || op === "<=" || op === ">" || op === ">=") {
        const as = Array.isArray(a) ? a : [a];
        const bs = Array.isArray(b) ? b : [b];
        for (const x of as) {
            for (const y of bs) {
                const c = rcEvalCmp(x, y);
                const ok = op === "=" || op === "==" ? c === 0 : op === "!=" ? c !== 0 : op === "<" ? c < 0 : op === "<=" ? c <= 0 : op === ">" ? c > 0 : c >= 0;
                if (ok)
                    return true;
            }
        }
        return false;
    }
    if (op === "LIKE")
        return rcLike(a, b);
    const x = rcFirst(a);
    const y = rcFirst(b);
    if (x === null || y === null)
        return null;
    if (op === ".")
        return rcText(x) + rcText(y);
    const nx = rcNumber(x);
    const ny = rcNumber(y);
    if (op === "+" && (nx === undefined || ny === undefined)) {
        return typeof x === "string" && typeof y === "string" ? x + y : null;
    }
    if (nx === undefined || ny === undefined)
        return null;
    switch (op) {
        case "+": return nx + ny;
        case "-": return nx - ny;
        case "*": return nx * ny;
        case "/": return ny === 0 ? null : nx / ny;
        case "%": return ny === 0 ? null : nx % ny;
    }
    return null;
}
function rcUnary(op, a) {
    if (op === "NOT")
        return a === null ? null : a !== true;
    const n = rcNumber(rcFirst(a));
    return n === undefined ? null : -n;
}
function rcLike(a, pattern) {
    const p = rcEvalText(pattern);
    if (p === null)
        return null;
    const parts = [];
    for (const ch of p) {
        const part = ch === "%" ? 0 : ch === "_" ? 1 : ch;
        const last = parts[parts.length - 1];
        if (typeof part === "string" && typeof last === "string")
            parts[parts.length - 1] = last + part;
        else if (!(part === 0 && last === 0))
            parts.push(part);
    }
    const test = rcTextPattern(parts, true);
    const vs = Array.isArray(a) ? a : a === null ? [] : [a];
    return vs.some((v) => test(rcText(v)));
}
function rcMv(v) {
    return v === null ? [] : Array.isArray(v) ? v : [v];
}
function rcMvOrOne(vs) {
    return vs.length === 0 ? null : vs.length === 1 ? vs[0] : vs;
}
const rcPad = (n, w = 2) => String(n).padStart(w, "0");
const rcMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const rcDays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
function rcStrftime(seconds, format) {
    const d = new Date(seconds * 1000);
    const frac = seconds - Math.floor(seconds);
    return format.replace(/%(\\d?)([a-zA-Z%])/g, (all, width, c) => {
        switch (c) {
            case "Y": return String(d.getUTCFullYear());
            case "y": return rcPad(d.getUTCFullYear() % 100);
            case "m": return rcPad(d.getUTCMonth() + 1);
            case "d": return rcPad(d.getUTCDate());
            case "e": return String(d.getUTCDate()).padStart(2, " ");
            case "H": return rcPad(d.getUTCHours());
            case "I": return rcPad(((d.getUTCHours() + 11) % 12) + 1);
            case "p": return d.getUTCHours() < 12 ? "AM" : "PM";
            case "M": return rcPad(d.getUTCMinutes());
            case "S": return rcPad(d.getUTCSeconds());
            case "j": return rcPad(Math.floor((Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()) - Date.UTC(d.getUTCFullYear(), 0, 1)) / 86400000) + 1, 3);
            case "b": return rcMonths[d.getUTCMonth()].slice(0, 3);
            case "B": return rcMonths[d.getUTCMonth()];
            case "a": return rcDays[d.getUTCDay()].slice(0, 3);
            case "A": return rcDays[d.getUTCDay()];
            case "Z": return "UTC";
            case "z": return "+0000";
            case "s": return String(Math.floor(seconds));
            case "T": return \`\${rcPad(d.getUTCHours())}:\${rcPad(d.getUTCMinutes())}:\${rcPad(d.getUTCSeconds())}\`;
            case "F": return \`\${d.getUTCFullYear()}-\${rcPad(d.getUTCMonth() + 1)}-\${rcPad(d.getUTCDate())}\`;
            case "N":
            case "Q": {
                const w = width ? Number(width) : 3;
                return Math.floor(frac * 10 ** w).toString().padStart(w, "0");
            }
            case "%": return "%";
            default: return all;
        }
    });
}
function rcStrptime(text, format) {
    const fields = {};
    let src = "^";
    const order = [];
    for (let i = 0; i < format.length; i++) {
        const ch = format[i];
        if (ch === "%" && i + 1 < format.length) {
            const c = format[++i];
            const num = { Y: "(\\\\d{4})", m: "(\\\\d{1,2})", d: "(\\\\d{1,2})", H: "(\\\\d{1,2})", M: "(\\\\d{1,2})", S: "(\\\\d{1,2})", y: "(\\\\d{2})", s: "(\\\\d+)", N: "(\\\\d+)", Q: "(\\\\d+)" };
            if (num[c]) {
                src += num[c];
                order.push(c);
            }
            else if (c === "b" || c === "B") {
                src += "([A-Za-z]+)";
                order.push("b");
            }
            else if (c === "z") {
                src += "([+-]\\\\d{2}:?\\\\d{2}|Z)";
                order.push("z");
            }
            else if (c === "Z")
                src += "[A-Za-z]+";
            else if (c === "%")
                src += "%";
            else
                return null;
        }
        else
            src += rcEscapeRegex(ch);
    }
    const m = new RegExp(src).exec(text);
    if (!m)
        return null;
    let offset = 0;
    order.forEach((c, idx) => {
        const g = m[idx + 1];
        if (c === "b")
            fields.m = rcMonths.findIndex((x) => x.slice(0, 3).toLowerCase() === g.slice(0, 3).toLowerCase()) + 1;
        else if (c === "z") {
            if (g !== "Z") {
                const t = g.replace(":", "");
                offset = (t[0] === "-" ? -1 : 1) * (Number(t.slice(1, 3)) * 3600 + Number(t.slice(3, 5)) * 60);
            }
        }
        else if (c === "y")
            fields.Y = 2000 + Number(g);
        else if (c === "N" || c === "Q")
            fields.frac = Number("0." + g);
        else
            fields[c] = Number(g);
    });
    if (fields.s !== undefined)
        return fields.s;
    const ms = Date.UTC(fields.Y ?? 1970, (fields.m ?? 1) - 1, fields.d ?? 1, fields.H ?? 0, fields.M ?? 0, fields.S ?? 0);
    return ms / 1000 + (fields.frac ?? 0) - offset;
}
function rcRound(n, digits) {
    const f = 10 ** digits;
    return Math.round(n * f) / f;
}
const rcEvalFunctions = {
    if: (c, a, b) => (c === true ? a ?? null : b ?? null),
    case: (...args) => {
        for (let i = 0; i + 1 < args.length; i += 2)
            if (args[i] === true)
                return args[i + 1];
        return null;
    },
    coalesce: (...args) => {
        for (const a of args)
            if (a !== null && !(Array.isArray(a) && a.length === 0))
                return a;
        return null;
    },
    null: () => null,
    true: () => true,
    false: () => false,
    isnull: (a) => a === null,
    isnotnull: (a) => a !== null,
    isnum: (a) => typeof rcFirst(a) === "number" || rcNumber(rcFirst(a)) !== undefined,
    isstr: (a) => typeof rcFirst(a) === "string",
    isint: (a) => Number.isInteger(rcNumber(rcFirst(a))),
    typeof: (a) => (a === null ? "Invalid" : typeof rcFirst(a) === "boolean" ? "Boolean" : rcNumber(rcFirst(a)) !== undefined ? "Number" : "String"),
    lower: (a) => (a === null ? null : Array.isArray(a) ? a.map((x) => rcText(x).toLowerCase()) : rcText(a).toLowerCase()),
    upper: (a) => (a === null ? null : Array.isArray(a) ? a.map((x) => rcText(x).toUpperCase()) : rcText(a).toUpperCase()),
    len: (a) => {
        const s = rcEvalText(a);
        return s === null ? null : [...s].length;
    },
    tostring: (a, fmt) => {
        const v = rcFirst(a);
        if (v === null)
            return null;
        const f = rcEvalText(fmt ?? null);
        const n = rcNumber(v);
        if (f === "hex" && n !== undefined)
            return "0x" + Math.trunc(n).toString(16).toUpperCase();
        if (f === "commas" && n !== undefined)
            return rcRound(n, 2).toLocaleString("en-US");
        return rcText(v);
    },
    tonumber: (a, base) => {
        const s = rcEvalText(a);
        if (s === null)
            return null;
        const b = rcNumber(rcFirst(base ?? null));
        if (b !== undefined && b !== 10) {
            const n = parseInt(s, b);
            return Number.isNaN(n) ? null : n;
        }
        return rcNumber(s) ?? null;
    },
    abs: (a) => {
        const n = rcNumber(rcFirst(a));
        return n === undefined ? null : Math.abs(n);
    },
    round: (a, d) => {
        const n = rcNumber(rcFirst(a));
        return n === undefined ? null : rcRound(n, rcNumber(rcFirst(d ?? 0)) ?? 0);
    },
    floor: (a) => {
        const n = rcNumber(rcFirst(a));
        return n === undefined ? null : Math.floor(n);
    },
    ceil: (a) => {
        const n = rcNumber(rcFirst(a));
        return n === undefined ? null : Math.ceil(n);
    },
    ceiling: (a) => rcEvalFunctions.ceil(a),
    pow: (a, b) => {
        const x = rcNumber(rcFirst(a));
        const y = rcNumber(rcFirst(b));
        return x === undefined || y === undefined ? null : x ** y;
    },
    sqrt: (a) => {
        const n = rcNumber(rcFirst(a));
        return n === undefined || n < 0 ? null : Math.sqrt(n);
    },
    ln: (a) => {
        const n = rcNumber(rcFirst(a));
        return n === undefined || n <= 0 ? null : Math.log(n);
    },
    log: (a, b) => {
        const n = rcNumber(rcFirst(a));
        const base = rcNumber(rcFirst(b ?? 10)) ?? 10;
        return n === undefined || n <= 0 ? null : Math.log(n) / Math.log(base);
    },
    exp: (a) => {
        const n = rcNumber(rcFirst(a));
        return n === undefined ? null : Math.exp(n);
    },
    min: (...args) => {
        const vs = args.flatMap(rcMv);
        if (!vs.length)
            return null;
        return vs.reduce((m, v) => (rcEvalCmp(v, m) < 0 ? v : m));
    },
    max: (...args) => {
        const vs = args.flatMap(rcMv);
        if (!vs.length)
            return null;
        return vs.reduce((m, v) => (rcEvalCmp(v, m) > 0 ? v : m));
    },
    substr: (a, start, length) => {
        const s = rcEvalText(a);
        const st = rcNumber(rcFirst(start));
        if (s === null || st === undefined)
            return null;
        const chars = [...s];
        const from = st > 0 ? st - 1 : st < 0 ? Math.max(0, chars.length + st) : 0;
        const len = length === undefined || length === null ? chars.length : rcNumber(rcFirst(length)) ?? chars.length;
        return chars.slice(from, from + len).join("");
    },
    trim: (a, chars) => rcTrim(a, chars, true, true),
    ltrim: (a, chars) => rcTrim(a, chars, true, false),
    rtrim: (a, chars) => rcTrim(a, chars, false, true),
    split: (a, sep) => {
        const s = rcEvalText(a);
        const d = rcEvalText(sep);
        return s === null || d === null ? null : rcMvOrOne(d === "" ? [...s] : s.split(d));
    },
    mvcount: (a) => (a === null ? null : Array.isArray(a) ? a.length : 1),
    mvindex: (a, start, end) => {
        const vs = rcMv(a);
        const s0 = rcNumber(rcFirst(start));
        if (s0 === undefined)
            return null;
        const norm = (i) => (i < 0 ? vs.length + i : i);
        const s = norm(s0);
        if (end === undefined || end === null)
            return s >= 0 && s < vs.length ? vs[s] : null;
        const e = norm(rcNumber(rcFirst(end)) ?? s0);
        return rcMvOrOne(vs.slice(Math.max(0, s), e + 1));
    },
    mvjoin: (a, sep) => {
        const d = rcEvalText(sep);
        return a === null || d === null ? null : rcMv(a).map(rcText).join(d);
    },
    mvappend: (...args) => rcMvOrOne(args.flatMap(rcMv)),
    mvdedup: (a) => rcMvOrOne([...new Set(rcMv(a).map(rcText))]),
    mvsort: (a) => rcMvOrOne(rcMv(a).map(rcText).sort()),
    mvfind: (a, re) => {
        if (!rcIsTester(re))
            return null;
        const i = rcMv(a).findIndex((v) => re.test(rcText(v)));
        return i < 0 ? null : i;
    },
    match: (a, re) => {
        const s = rcEvalText(a);
        return s === null || !rcIsTester(re) ? null : re.test(s);
    },
    like: (a, p) => rcLike(a, p),
    replace: (a, re, repl) => {
        const s = rcEvalText(a);
        const r = rcEvalText(repl);
        if (s === null || r === null || !(re instanceof RegExp))
            return null;
        const g = new RegExp(re.source, re.flags + "g");
        return s.replace(g, r.replace(/\\$/g, "$$$$").replace(/\\\\(\\d)/g, "$$$1"));
    },
    urldecode: (a) => {
        const s = rcEvalText(a);
        if (s === null)
            return null;
        try {
            return decodeURIComponent(s.replace(/\\+/g, " "));
        }
        catch {
            return s;
        }
    },
    cidrmatch: (c, ip) => {
        const net = rcEvalText(c);
        if (net === null || ip === null)
            return null;
        const test = rcCidr(net);
        return rcMv(ip).some(test);
    },
    in: (a, ...list) => {
        if (a === null)
            return null;
        return rcMv(a).some((v) => list.some((l) => l !== null && rcMv(l).some((x) => rcEvalCmp(v, x) === 0)));
    },
    strftime: (t, f) => {
        const s = rcNumber(rcFirst(t));
        const fmt = rcEvalText(f);
        return s === undefined || fmt === null ? null : rcStrftime(s, fmt);
    },
    strptime: (a, f) => {
        const s = rcEvalText(a);
        const fmt = rcEvalText(f);
        return s === null || fmt === null ? null : rcStrptime(s, fmt);
    },
    printf: (f, ...args) => {
        const fmt = rcEvalText(f);
        if (fmt === null)
            return null;
        let i = 0;
        return fmt.replace(/%([sdif%])/g, (_m, c) => {
            if (c === "%")
                return "%";
            const v = rcFirst(args[i++] ?? null);
            if (v === null)
                return "";
            if (c === "d" || c === "i")
                return String(Math.trunc(rcNumber(v) ?? 0));
            if (c === "f")
                return (rcNumber(v) ?? 0).toFixed(6);
            return rcText(v);
        });
    },
};
function rcTrim(a, chars, left, right) {
    const s = rcEvalText(a);
    if (s === null)
        return null;
    const set = chars === undefined || chars === null ? " \\t" : rcEvalText(chars) ?? " \\t";
    let b = 0;
    let e = s.length;
    if (left)
        while (b < e && set.includes(s[b]))
            b++;
    if (right)
        while (e > b && set.includes(s[e - 1]))
            e--;
    return s.slice(b, e);
}
function rcCall(name, args) {
    const fn = rcEvalFunctions[name];
    if (!fn)
        throw new Error(\`unknown eval function \${name}\`);
    return fn(...args);
}
function rcAddValue(row, key, v) {
    const old = row[key];
    if (old === undefined || old === null)
        row[key] = v;
    else if (Array.isArray(old))
        old.push(v);
    else
        row[key] = [old, v];
}
function rcEventRow(ev, timeFields) {
    const row = {};
    const walk = (node, prefix) => {
        if (node === null || node === undefined)
            return;
        if (Array.isArray(node)) {
            for (const el of node)
                walk(el, prefix + "{}");
            return;
        }
        if (typeof node === "object") {
            for (const k in node) {
                if (rcHasOwn.call(node, k))
                    walk(node[k], prefix === "" ? k : prefix + "." + k);
            }
            return;
        }
        if (prefix !== "")
            rcAddValue(row, prefix, rcText(node));
    };
    walk(ev, "");
    if (row._time === undefined) {
        const t = rcEventTime(ev, timeFields);
        if (t !== undefined)
            row._time = t;
    }
    return row;
}
function rcEventTime(ev, timeFields) {
    for (const f of timeFields) {
        let t;
        f(ev, (v) => {
            t = rcEpochSeconds(v);
            return t !== undefined;
        });
        if (t !== undefined)
            return t;
    }
    return undefined;
}
function rcStripBraces(name) {
    return name.indexOf("{}") < 0 ? name : name.replace(/\\{\\}/g, "");
}
function rcRowView(row) {
    let needs = false;
    for (const k in row)
        if (k.indexOf("{}") >= 0)
            needs = true;
    if (!needs)
        return row;
    const out = {};
    for (const k in row) {
        const v = row[k];
        const s = rcStripBraces(k);
        const old = out[s];
        out[s] = old === undefined || old === null ? v : [].concat(old, v ?? []);
    }
    return out;
}
function rcGet(row, name) {
    const v = row[name];
    if (v !== undefined)
        return v;
    const want = rcStripBraces(name);
    for (const k in row)
        if (rcStripBraces(k) === want)
            return row[k];
    return null;
}
function rcValueList(v) {
    return v === null || v === undefined ? [] : Array.isArray(v) ? v : [v];
}
function rcNameMatcher(pattern) {
    return new RegExp("^" + pattern.split("*").map(rcEscapeRegex).join("(.*)") + "$", "su");
}
function rcFillnull(rows, value, fields) {
    let names;
    if (fields)
        names = [...fields];
    else {
        const seen = new Set();
        for (const r of rows)
            for (const k in r)
                seen.add(k);
        names = [...seen];
    }
    return rows.map((r) => {
        const out = { ...r };
        for (const n of names) {
            const v = out[n];
            if (v === undefined || v === null || v === "" || (Array.isArray(v) && v.length === 0))
                out[n] = value;
        }
        return out;
    });
}
function rcSortValues(vs) {
    return vs.sort((a, b) => {
        const x = rcText(a);
        const y = rcText(b);
        return x < y ? -1 : x > y ? 1 : 0;
    });
}
function rcNums(vs) {
    const out = [];
    for (const v of vs) {
        const n = rcNumber(v);
        if (n !== undefined)
            out.push(n);
    }
    return out;
}
function rcPercentile(nums, p) {
    if (!nums.length)
        return null;
    const s = [...nums].sort((a, b) => a - b);
    const idx = Math.min(s.length - 1, Math.max(0, Math.round((p / 100) * (s.length - 1))));
    return s[idx];
}
function rcNumOut(n) {
    return Number.isInteger(n) ? n : Number(n.toPrecision(15));
}
function rcAggregate(spec, rows) {
    const fn = spec.fn;
    if (spec.eval) {
        const ev = spec.eval;
        const vals = [];
        for (const r of rows) {
            const v = ev(rcRowView(r));
            if (fn === "count") {
                if (v === true)
                    vals.push(true);
            }
            else
                for (const x of rcValueList(v))
                    vals.push(x);
        }
        return rcAggregateValues(fn, vals, rows, spec, true);
    }
    if (spec.field === undefined)
        return fn === "count" ? rows.length : null;
    const vals = [];
    for (const r of rows)
        for (const v of rcValueList(rcGet(r, spec.field)))
            vals.push(v);
    return rcAggregateValues(fn, vals, rows, spec, false);
}
function rcAggregateValues(fn, vals, rows, spec, fromEval) {
    switch (fn) {
        case "count": return vals.length;
        case "dc":
        case "distinct_count": return new Set(vals.map(rcText)).size;
        case "values": return rcMvValue(rcSortValues([...new Set(vals.map(rcText))]));
        case "list": return rcMvValue(vals.slice(0, 100).map(rcText));
        case "min":
        case "max": {
            const nums = rcNums(vals);
            if (nums.length && nums.length === vals.length)
                return rcNumOut(fn === "min" ? Math.min(...nums) : Math.max(...nums));
            if (!vals.length)
                return null;
            const sorted = rcSortMixed(vals);
            return rcText(fn === "min" ? sorted[0] : sorted[sorted.length - 1]);
        }
        case "sum": {
            const nums = rcNums(vals);
            return nums.length ? rcNumOut(nums.reduce((a, b) => a + b, 0)) : null;
        }
        case "avg":
        case "mean": {
            const nums = rcNums(vals);
            return nums.length ? rcNumOut(nums.reduce((a, b) => a + b, 0) / nums.length) : null;
        }
        case "range": {
            const nums = rcNums(vals);
            return nums.length ? rcNumOut(Math.max(...nums) - Math.min(...nums)) : null;
        }
        case "median": return rcPercentile(rcNums(vals), 50);
        case "perc":
        case "p": return rcPercentile(rcNums(vals), spec.percentile ?? 50);
        case "var":
        case "stdev": {
            const nums = rcNums(vals);
            if (nums.length < 2)
                return nums.length ? 0 : null;
            const mean = nums.reduce((a, b) => a + b, 0) / nums.length;
            const v = nums.reduce((a, b) => a + (b - mean) ** 2, 0) / (nums.length - 1);
            return rcNumOut(fn === "var" ? v : Math.sqrt(v));
        }
        case "mode": {
            if (!vals.length)
                return null;
            const counts = new Map();
            let best = "";
            let bestN = 0;
            for (const v of vals.map(rcText)) {
                const n = (counts.get(v) ?? 0) + 1;
                counts.set(v, n);
                if (n > bestN) {
                    best = v;
                    bestN = n;
                }
            }
            return best;
        }
        case "first": return vals.length ? rcText(vals[0]) : null;
        case "last": return vals.length ? rcText(vals[vals.length - 1]) : null;
        case "earliest":
        case "latest":
        case "earliest_time":
        case "latest_time": {
            let bestRow;
            let bestT = 0;
            for (const r of rows) {
                const t = rcNumber(rcFirst(rcGet(r, "_time")));
                const has = fromEval || spec.field === undefined || rcValueList(rcGet(r, spec.field)).length > 0;
                if (!has || t === undefined)
                    continue;
                if (bestRow === undefined || (fn.startsWith("earliest") ? t < bestT : t >= bestT)) {
                    bestRow = r;
                    bestT = t;
                }
            }
            if (bestRow === undefined)
                return fn.endsWith("_time") ? null : vals.length ? rcText(vals[0]) : null;
            if (fn.endsWith("_time"))
                return bestT;
            const v = spec.field === undefined ? null : rcValueList(rcGet(bestRow, spec.field));
            return v && v.length ? rcText(v[0]) : null;
        }
    }
    throw new Error(\`unsupported aggregation \${fn}\`);
}
function rcMvValue(vs) {
    return vs.length === 0 ? null : vs.length === 1 ? vs[0] : vs;
}
function rcSortMixed(vs) {
    return [...vs].sort(rcCompareMixed);
}
function rcCompareMixed(a, b) {
    const x = rcNumber(a);
    const y = rcNumber(b);
    if (x !== undefined && y !== undefined)
        return x - y;
    if (x !== undefined)
        return -1;
    if (y !== undefined)
        return 1;
    const s = rcText(a);
    const t = rcText(b);
    return s < t ? -1 : s > t ? 1 : 0;
}
function rcGroupKeys(row, by) {
    let combos = [[]];
    for (const b of by) {
        const vals = [...new Set(rcValueList(rcGet(row, b)).map(rcText))];
        if (vals.length === 0)
            return [];
        const next = [];
        for (const c of combos)
            for (const v of vals)
                next.push([...c, v]);
        combos = next;
    }
    return combos;
}
function rcCompareKeys(a, b) {
    for (let i = 0; i < a.length; i++) {
        const c = rcCompareMixed(a[i], b[i]);
        if (c !== 0)
            return c;
    }
    return 0;
}
function rcStats(rows, spec, stateLimit) {
    if (spec.command === "streamstats")
        return rcStreamstats(rows, spec);
    const groups = new Map();
    const rowGroups = [];
    for (const r of rows) {
        const ids = [];
        for (const key of rcGroupKeys(r, spec.by)) {
            const id = JSON.stringify(key);
            let g = groups.get(id);
            if (!g) {
                g = { key, rows: [] };
                groups.set(id, g);
                if (groups.size > stateLimit)
                    throw new RcStateLimit(\`stats: more than \${stateLimit} groups\`);
            }
            g.rows.push(r);
            ids.push(id);
        }
        rowGroups.push(ids);
    }
    if (spec.command === "eventstats") {
        const results = new Map();
        for (const [id, g] of groups) {
            const res = {};
            for (const a of spec.aggs)
                res[a.as] = rcAggregate(a, g.rows);
            results.set(id, res);
        }
        return rows.map((r, i) => {
            const ids = rowGroups[i];
            if (ids.length === 0)
                return r;
            const out = { ...r };
            for (const a of spec.aggs) {
                const vs = ids.flatMap((id) => rcValueList(results.get(id)[a.as] ?? null));
                out[a.as] = rcMvValue(vs);
            }
            return out;
        });
    }
    if (spec.by.length === 0) {
        const res = {};
        for (const a of spec.aggs)
            res[a.as] = rcAggregate(a, rows);
        return [res];
    }
    const sorted = [...groups.values()].sort((a, b) => rcCompareKeys(a.key, b.key));
    return sorted.map((g) => {
        const res = {};
        spec.by.forEach((b, i) => (res[b] = g.key[i]));
        for (const a of spec.aggs)
            res[a.as] = rcAggregate(a, g.rows);
        return res;
    });
}
function rcStreamstats(rows, spec) {
    const seen = new Map();
    return rows.map((r) => {
        const keys = rcGroupKeys(r, spec.by);
        if (keys.length === 0 && spec.by.length > 0)
            return r;
        const id = JSON.stringify(keys[0] ?? []);
        const list = seen.get(id) ?? [];
        list.push(r);
        seen.set(id, list);
        const out = { ...r };
        for (const a of spec.aggs)
            out[a.as] = rcAggregate(a, list);
        return out;
    });
}
class RcStateLimit extends Error {
    name = "RcStateLimit";
}
function rcEvalStage(rows, assigns) {
    return rows.map((r) => {
        const out = { ...r };
        for (const a of assigns) {
            const v = a.fn(rcRowView(out));
            if (v === null)
                delete out[a.field];
            else
                out[a.field] = v;
        }
        return out;
    });
}
function rcRename(rows, renames) {
    return rows.map((r) => {
        let out = r;
        for (const { from, to } of renames) {
            const re = from.includes("*") ? rcNameMatcher(from) : null;
            const exact = re ? undefined : from in out ? from : Object.keys(out).find((k) => rcStripBraces(k) === rcStripBraces(from));
            const newName = (k) => {
                if (!re)
                    return k === exact ? to : undefined;
                const m = re.exec(k);
                if (!m)
                    return undefined;
                let i = 1;
                return to.replace(/\\*/g, () => m[i++] ?? "");
            };
            const targets = new Set();
            for (const k in out) {
                const nk = newName(k);
                if (nk !== undefined)
                    targets.add(nk);
            }
            if (targets.size === 0)
                continue;
            const next = {};
            for (const k in out) {
                const nk = newName(k);
                if (nk !== undefined)
                    next[nk] = out[k];
                else if (!targets.has(k))
                    next[k] = out[k];
            }
            out = next;
        }
        return out;
    });
}
function rcSelect(row, patterns) {
    const keys = [];
    for (const p of patterns) {
        if (p.includes("*")) {
            const re = rcNameMatcher(p);
            for (const k of Object.keys(row))
                if (re.test(k) && !keys.includes(k))
                    keys.push(k);
        }
        else if (p in row && !keys.includes(p))
            keys.push(p);
    }
    return keys;
}
function rcTable(rows, fields) {
    return rows.map((r) => {
        const out = {};
        for (const k of rcSelect(r, fields))
            out[k] = r[k];
        return out;
    });
}
function rcFields(rows, mode, fields) {
    return rows.map((r) => {
        const picked = new Set(rcSelect(r, fields));
        const out = {};
        for (const k in r)
            if (picked.has(k) === (mode === "keep"))
                out[k] = r[k];
        return out;
    });
}
function rcSortCompare(keys) {
    return (a, b) => {
        for (const k of keys) {
            const x = rcFirst(rcGet(a, k.field));
            const y = rcFirst(rcGet(b, k.field));
            let c;
            if (x === null || y === null)
                c = x === null && y === null ? 0 : x === null ? 1 : -1;
            else if (k.as === "str")
                c = rcText(x) < rcText(y) ? -1 : rcText(x) > rcText(y) ? 1 : 0;
            else if (k.as === "num")
                c = (rcNumber(x) ?? Infinity) - (rcNumber(y) ?? Infinity) || 0;
            else if (k.as === "ip")
                c = rcCompareMixed(rcIpKey(x), rcIpKey(y));
            else
                c = rcCompareMixed(x, y);
            if (c !== 0)
                return k.descending ? -c : c;
        }
        return 0;
    };
}
function rcIpKey(v) {
    const n = typeof v === "string" ? rcParseV4(v) : undefined;
    return n === undefined ? v : n;
}
function rcSort(rows, keys, limit) {
    const out = [...rows].sort(rcSortCompare(keys));
    return limit === null || limit === 0 ? out : out.slice(0, limit);
}
function rcDedup(rows, fields, count, keepEmpty, consecutive, sortBy) {
    const seen = new Map();
    const out = [];
    let prev;
    for (const r of rows) {
        const vals = fields.map((f) => rcValueList(rcGet(r, f)).map(rcText));
        if (vals.some((v) => v.length === 0)) {
            if (keepEmpty)
                out.push(r);
            continue;
        }
        const key = JSON.stringify(vals);
        if (consecutive) {
            if (key !== prev)
                out.push(r);
            prev = key;
            continue;
        }
        const n = seen.get(key) ?? 0;
        if (n < count)
            out.push(r);
        seen.set(key, n + 1);
    }
    return sortBy && sortBy.length ? out.sort(rcSortCompare(sortBy)) : out;
}
function rcConvert(rows, timeformat, conversions) {
    return rows.map((r) => {
        const out = { ...r };
        for (const c of conversions) {
            const names = c.field.includes("*") ? Object.keys(out).filter((k) => rcNameMatcher(c.field).test(k)) : [c.field];
            for (const name of names) {
                const v = rcGet(out, name);
                if (v === null)
                    continue;
                const conv = (x) => {
                    switch (c.fn) {
                        case "ctime": {
                            const n = rcNumber(x);
                            return n === undefined ? x : rcStrftime(n, timeformat);
                        }
                        case "mktime": return rcStrptime(rcText(x), timeformat) ?? x;
                        case "num": return rcNumber(x) ?? null;
                        case "auto": return rcNumber(x) ?? x;
                        case "none": return x;
                        case "rmcomma": return rcNumber(rcText(x).replace(/,/g, "")) ?? x;
                        default: return x;
                    }
                };
                const vs = rcValueList(v).map(conv).filter((x) => x !== null);
                const target = c.as ?? name;
                if (vs.length === 0)
                    delete out[target];
                else
                    out[target] = rcMvValue(vs);
            }
        }
        return out;
    });
}
function rcSpanSeconds(span) {
    const m = /^(\\d+(?:\\.\\d+)?)(s|sec|secs|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days|w|week|weeks)?$/i.exec(span.trim());
    if (!m)
        return undefined;
    const n = Number(m[1]);
    const unit = (m[2] ?? "").toLowerCase();
    if (unit === "")
        return n;
    if (unit.startsWith("s"))
        return n;
    if (unit.startsWith("m"))
        return n * 60;
    if (unit.startsWith("h"))
        return n * 3600;
    if (unit.startsWith("d"))
        return n * 86400;
    return n * 604800;
}
function rcBin(rows, fieldName, span, as) {
    return rows.map((r) => {
        const v = rcGet(r, fieldName);
        if (v === null)
            return r;
        const out = { ...r };
        const vs = rcValueList(v).map((x) => {
            const n = rcNumber(x);
            return n === undefined ? x : rcNumOut(Math.floor(n / span) * span);
        });
        out[as ?? fieldName] = rcMvValue(vs);
        return out;
    });
}
function rcRex(rows, fieldName, re, maxMatch) {
    const global = new RegExp(re.source, re.flags.includes("g") ? re.flags : re.flags + "g");
    return rows.map((r) => {
        const first = rcFirst(rcGet(r, fieldName));
        if (first === null)
            return r;
        const text = rcText(first);
        const found = {};
        global.lastIndex = 0;
        let count = 0;
        for (let m = global.exec(text); m !== null; m = global.exec(text)) {
            if (m[0] === "")
                global.lastIndex++;
            for (const [name, v] of Object.entries(m.groups ?? {}))
                if (v !== undefined)
                    (found[name] ??= []).push(v);
            if (++count === maxMatch)
                break;
        }
        if (count === 0)
            return r;
        const out = { ...r };
        for (const [name, vs] of Object.entries(found))
            out[name] = rcMvValue(vs);
        return out;
    });
}
function rcSpath(rows, input, path, output) {
    return rows.map((r) => {
        let source = r;
        if (input !== null) {
            const first = rcFirst(rcGet(r, input));
            if (first === null)
                return r;
            let parsed;
            try {
                parsed = JSON.parse(rcText(first));
            }
            catch {
                return r;
            }
            if (parsed === null || typeof parsed !== "object")
                return r;
            source = rcEventRow(parsed, []);
        }
        if (path === null)
            return input === null ? r : { ...r, ...source };
        const v = rcGet(source, path);
        if (v === null)
            return r;
        return { ...r, [output ?? path]: v };
    });
}
function rcMvexpand(rows, fieldName, limit) {
    const out = [];
    for (const r of rows) {
        const key = fieldName in r ? fieldName : Object.keys(r).find((k) => rcStripBraces(k) === rcStripBraces(fieldName));
        if (key === undefined)
            continue;
        const vs = rcValueList(r[key]);
        for (const v of limit === null ? vs : vs.slice(0, limit))
            out.push({ ...r, [key]: v });
    }
    return out;
}
function rcHead(rows, count) {
    return rows.slice(0, count);
}
function rcCountOk(op, n, v) {
    switch (op) {
        case "gt": return n > v;
        case "gte": return n >= v;
        case "lt": return n < v;
        case "lte": return n <= v;
        case "eq": return n === v;
        case "neq": return n !== v;
    }
}
class RcCorrelation {
    spec;
    groups = new Map();
    entries = 0;
    now = -Infinity;
    monotonic;
    constructor(spec) {
        this.spec = spec;
        const growing = spec.type === "event_count" || spec.type === "value_count" || spec.type === "temporal" || spec.type === "temporal_ordered" || spec.type === "value_sum";
        this.monotonic = growing && spec.conditions.every((c) => c.op === "gt" || c.op === "gte");
    }
    push(ev, ctx) {
        const out = [];
        const t = rcEventTime(ev, this.spec.timeFields);
        if (t === undefined)
            return out;
        if (t > this.now) {
            this.now = t;
            this.closeBefore(t, out);
        }
        this.spec.rules.forEach((rule, ri) => {
            if (!rule.match(ev, ctx))
                return;
            const key = [];
            for (const g of this.spec.groupBy) {
                const f = g.fields[ri] ?? g.fields[0];
                const vs = rcValues(ev, f);
                if (vs.length === 0)
                    return;
                key.push(rcText(vs[0]));
            }
            let value;
            if (this.spec.field) {
                const vs = rcValues(ev, this.spec.field[ri] ?? this.spec.field[0]);
                if (vs.length === 0)
                    return;
                value = vs[0];
            }
            const id = JSON.stringify(key);
            let g = this.groups.get(id);
            if (!g) {
                g = { key, start: t, entries: [] };
                this.groups.set(id, g);
            }
            g.entries.push({ t, rule: ri, value });
            this.entries++;
            if (this.entries > this.spec.stateLimit) {
                throw new RcStateLimit(\`correlation: more than \${this.spec.stateLimit} events held in open windows\`);
            }
            if (this.monotonic) {
                const measure = this.measure(g.entries);
                if (measure !== null && this.spec.conditions.every((c) => rcCountOk(c.op, measure, c.value))) {
                    out.push(this.row(g.key, g.start, t, measure, g.entries.length));
                    this.entries -= g.entries.length;
                    this.groups.delete(id);
                }
            }
        });
        return out;
    }
    finish() {
        const out = [];
        this.closeBefore(Infinity, out);
        return out;
    }
    closeBefore(t, out) {
        for (const [id, g] of this.groups) {
            if (g.start + this.spec.timespanSeconds >= t)
                continue;
            if (!this.monotonic) {
                const measure = this.measure(g.entries);
                if (measure !== null && this.spec.conditions.every((c) => rcCountOk(c.op, measure, c.value))) {
                    out.push(this.row(g.key, g.start, g.entries[g.entries.length - 1].t, measure, g.entries.length));
                }
            }
            else {
                const keep = g.entries.filter((e) => e.t + this.spec.timespanSeconds >= t);
                if (keep.length && t !== Infinity) {
                    this.entries -= g.entries.length - keep.length;
                    g.entries = keep;
                    g.start = keep[0].t;
                    continue;
                }
            }
            this.entries -= g.entries.length;
            this.groups.delete(id);
        }
    }
    measure(entries) {
        const spec = this.spec;
        switch (spec.type) {
            case "event_count": return entries.length;
            case "value_count": return new Set(entries.map((e) => rcText(e.value))).size;
            case "temporal": return new Set(entries.map((e) => e.rule)).size;
            case "temporal_ordered": {
                let next = 0;
                for (const e of entries)
                    if (e.rule === next)
                        next++;
                return next;
            }
            case "value_sum":
            case "value_avg":
            case "value_median":
            case "value_percentile": {
                const nums = rcNums(entries.map((e) => e.value));
                if (!nums.length)
                    return null;
                if (spec.type === "value_sum")
                    return nums.reduce((a, b) => a + b, 0);
                if (spec.type === "value_avg")
                    return nums.reduce((a, b) => a + b, 0) / nums.length;
                return rcPercentile(nums, spec.type === "value_median" ? 50 : spec.percentile ?? 50);
            }
        }
        return null;
    }
    row(key, start, end, measure, events) {
        const row = {};
        this.spec.groupBy.forEach((g, i) => (row[g.name] = key[i]));
        row.measure = rcNumOut(measure);
        row.events = events;
        row.window_start = rcStrftime(start, "%Y-%m-%dT%H:%M:%S.%3NZ");
        row.window_end = rcStrftime(end, "%Y-%m-%dT%H:%M:%S.%3NZ");
        return row;
    }
}
function rcCreateRun(m) {
    if (m.kind === "correlation" && m.correlation) {
        const state = m.correlation();
        return { push: (ev, ctx) => state.push(ev, ctx), finish: () => state.finish() };
    }
    if (m.kind === "pipeline" && m.pipeline) {
        const pipeline = m.pipeline;
        const rows = [];
        return {
            push(ev, ctx) {
                if (m.match(ev, ctx)) {
                    if (rows.length >= m.stateLimit)
                        throw new RcStateLimit(\`pipeline: more than \${m.stateLimit} selected events held\`);
                    rows.push(rcEventRow(ev, m.timeFields));
                }
                return [];
            },
            finish: () => pipeline(rows),
        };
    }
    return { push: (ev, ctx) => (m.match(ev, ctx) ? [ev] : []), finish: () => [] };
}
`;function fE(e){return typeof e==`string`?e:String(e)}function pE(e){return e.replace(/[\\^$.*+?()[\]{}|/]/g,`\\$&`)}var mE=/[^\x00-\x7f]/;function hE(e){if(!e.includes(1)){if(e.length===1&&typeof e[0]==`string`){let t=e[0];return e=>e===t}if(e.length===2&&e[1]===0&&typeof e[0]==`string`){let t=e[0];return e=>e.startsWith(t)}if(e.length===2&&e[0]===0&&typeof e[1]==`string`){let t=e[1];return e=>e.endsWith(t)}if(e.length===3&&e[0]===0&&e[2]===0&&typeof e[1]==`string`){let t=e[1];return e=>e.includes(t)}}}function gE(e){let t=``;for(let n of e)t+=n===0?`[^]*`:n===1?`[^]`:pE(n);return t}function _E(e,t){if(e.length===0)return e=>e===``;let n=e.includes(1);if(!n&&e.every(e=>e===0))return()=>!0;let r=hE(e);if(!r&&e.filter(e=>e===0).length>=2)return vE(e,t?`u`:`iu`);let i=`^`+gE(e)+`$`;if(t){if(r)return r;let e=new RegExp(i,`u`);return t=>e.test(t)}let a=e.filter(e=>typeof e==`string`),o=e.length===3&&e[0]===0&&e[2]===0&&typeof e[1]==`string`,s=o?new RegExp(pE(e[1]),`iu`):new RegExp(i,`iu`);if(n||a.some(e=>mE.test(e)))return e=>s.test(e);let c=a.reduce((e,t)=>e+t.length,0);if(e.length===1){let e=a[0],t=e.toLowerCase();return n=>n.length===c&&(n===e||n.toLowerCase()===t||mE.test(n)&&s.test(n))}let l=o?new RegExp(pE(e[1]),`i`):new RegExp(i,`i`);return e=>e.length>=c&&(l.test(e)||mE.test(e)&&s.test(e))}function vE(e,t){let n=[``];for(let t of e)t===0?n.push(``):n[n.length-1]+=t===1?`[^]`:pE(t);let r=n[0]?new RegExp(n[0],t+`y`):void 0,i=n[n.length-1]?RegExp(`(?:`+n[n.length-1]+`)$`,t+`g`):void 0,a=n.slice(1,-1).filter(e=>e!==``).map(e=>new RegExp(e,t+`g`));return e=>{let t=0;if(r){if(r.lastIndex=0,!r.test(e))return!1;t=r.lastIndex}for(let n of a){if(n.lastIndex=t,!n.test(e))return!1;t=n.lastIndex}return!i||(i.lastIndex=t,i.test(e))}}var yE=/^\s*[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?\s*$/;function Y(e){if(typeof e==`number`)return Number.isFinite(e)?e:void 0;if(typeof e==`string`&&yE.test(e))return Number(e)}function bE(e){return e instanceof RegExp||typeof e==`object`&&!!e&&typeof e.test==`function`}function xE(e){let t=/^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(e);if(!t)return;let n=0;for(let e=1;e<=4;e++){let r=Number(t[e]);if(r>255||t[e].length>1&&t[e][0]===`0`)return;n=n*256+r}return n}function SE(e){if(!e.includes(`:`)||e.includes(`%`))return;let t=e,n=[],r=t.lastIndexOf(`:`),i=t.slice(r+1);if(i.includes(`.`)){let e=xE(i);if(e===void 0)return;n=[Math.floor(e/65536),e%65536],t=t.slice(0,r+1)+`0`,n.length=2}let a=t.split(`::`);if(a.length>2)return;let o=e=>e===``?[]:e.split(`:`),s=o(a[0]),c=a.length===2?o(a[1]):[],l=[];for(let e of[...s,...c]){if(!/^[0-9a-f]{1,4}$/i.test(e))return;l.push(parseInt(e,16))}let u;if(a.length===2){let e=8-l.length;if(e<1)return;u=[...s.map(e=>parseInt(e,16)),...Array(e).fill(0),...c.map(e=>parseInt(e,16))]}else u=l;if(u.length===8)return n.length===2&&(u[6]=n[0],u[7]=n[1]),u}function CE(e){let t=e.indexOf(`/`),n=t<0?e:e.slice(0,t),r=xE(n);if(r!==void 0){let n=2**(32-(t<0?32:Number(e.slice(t+1)))),i=Math.floor(r/n)*n;return e=>{let t=typeof e==`string`?xE(e):void 0;return t!==void 0&&t>=i&&t<i+n}}let i=SE(n),a=t<0?128:Number(e.slice(t+1));return!i||!(a>=0&&a<=128)?()=>!1:e=>{let t=typeof e==`string`?SE(e):void 0;if(!t)return!1;let n=a;for(let e=0;e<8&&n>0;e++){let r=Math.min(16,n),a=65535<<16-r&65535;if((t[e]&a)!==(i[e]&a))return!1;n-=r}return!0}}function X(e){return Array.isArray(e)?e.length?e[0]:null:e}function wE(e){let t=X(e);return t===null?null:fE(t)}function TE(e,t){let n=Y(e),r=Y(t);if(n!==void 0&&r!==void 0)return n<r?-1:+(n>r);let i=fE(e),a=fE(t);return i<a?-1:+(i>a)}function EE(e,t){let n=wE(t);if(n===null)return null;let r=[];for(let e of n){let t=e===`%`?0:e===`_`?1:e,n=r[r.length-1];typeof t==`string`&&typeof n==`string`?r[r.length-1]=n+t:(t!==0||n!==0)&&r.push(t)}let i=_E(r,!0);return(Array.isArray(e)?e:e===null?[]:[e]).some(e=>i(fE(e)))}function DE(e){return e===null?[]:Array.isArray(e)?e:[e]}function OE(e){return e.length===0?null:e.length===1?e[0]:e}var kE=(e,t=2)=>String(e).padStart(t,`0`),AE=[`January`,`February`,`March`,`April`,`May`,`June`,`July`,`August`,`September`,`October`,`November`,`December`],jE=[`Sunday`,`Monday`,`Tuesday`,`Wednesday`,`Thursday`,`Friday`,`Saturday`];function ME(e,t){let n=new Date(e*1e3),r=e-Math.floor(e);return t.replace(/%(\d?)([a-zA-Z%])/g,(t,i,a)=>{switch(a){case`Y`:return String(n.getUTCFullYear());case`y`:return kE(n.getUTCFullYear()%100);case`m`:return kE(n.getUTCMonth()+1);case`d`:return kE(n.getUTCDate());case`e`:return String(n.getUTCDate()).padStart(2,` `);case`H`:return kE(n.getUTCHours());case`I`:return kE((n.getUTCHours()+11)%12+1);case`p`:return n.getUTCHours()<12?`AM`:`PM`;case`M`:return kE(n.getUTCMinutes());case`S`:return kE(n.getUTCSeconds());case`j`:return kE(Math.floor((Date.UTC(n.getUTCFullYear(),n.getUTCMonth(),n.getUTCDate())-Date.UTC(n.getUTCFullYear(),0,1))/864e5)+1,3);case`b`:return AE[n.getUTCMonth()].slice(0,3);case`B`:return AE[n.getUTCMonth()];case`a`:return jE[n.getUTCDay()].slice(0,3);case`A`:return jE[n.getUTCDay()];case`Z`:return`UTC`;case`z`:return`+0000`;case`s`:return String(Math.floor(e));case`T`:return`${kE(n.getUTCHours())}:${kE(n.getUTCMinutes())}:${kE(n.getUTCSeconds())}`;case`F`:return`${n.getUTCFullYear()}-${kE(n.getUTCMonth()+1)}-${kE(n.getUTCDate())}`;case`N`:case`Q`:{let e=i?Number(i):3;return Math.floor(r*10**e).toString().padStart(e,`0`)}case`%`:return`%`;default:return t}})}function NE(e,t){let n={},r=`^`,i=[];for(let e=0;e<t.length;e++){let n=t[e];if(n===`%`&&e+1<t.length){let n=t[++e],a={Y:`(\\d{4})`,m:`(\\d{1,2})`,d:`(\\d{1,2})`,H:`(\\d{1,2})`,M:`(\\d{1,2})`,S:`(\\d{1,2})`,y:`(\\d{2})`,s:`(\\d+)`,N:`(\\d+)`,Q:`(\\d+)`};if(a[n])r+=a[n],i.push(n);else if(n===`b`||n===`B`)r+=`([A-Za-z]+)`,i.push(`b`);else if(n===`z`)r+=`([+-]\\d{2}:?\\d{2}|Z)`,i.push(`z`);else if(n===`Z`)r+=`[A-Za-z]+`;else if(n===`%`)r+=`%`;else return null}else r+=pE(n)}let a=new RegExp(r).exec(e);if(!a)return null;let o=0;return i.forEach((e,t)=>{let r=a[t+1];if(e===`b`)n.m=AE.findIndex(e=>e.slice(0,3).toLowerCase()===r.slice(0,3).toLowerCase())+1;else if(e===`z`){if(r!==`Z`){let e=r.replace(`:`,``);o=(e[0]===`-`?-1:1)*(Number(e.slice(1,3))*3600+Number(e.slice(3,5))*60)}}else e===`y`?n.Y=2e3+Number(r):e===`N`||e===`Q`?n.frac=Number(`0.`+r):n[e]=Number(r)}),n.s===void 0?Date.UTC(n.Y??1970,(n.m??1)-1,n.d??1,n.H??0,n.M??0,n.S??0)/1e3+(n.frac??0)-o:n.s}function PE(e,t){let n=10**t;return Math.round(e*n)/n}var FE={if:(e,t,n)=>e===!0?t??null:n??null,case:(...e)=>{for(let t=0;t+1<e.length;t+=2)if(e[t]===!0)return e[t+1];return null},coalesce:(...e)=>{for(let t of e)if(t!==null&&!(Array.isArray(t)&&t.length===0))return t;return null},null:()=>null,true:()=>!0,false:()=>!1,isnull:e=>e===null,isnotnull:e=>e!==null,isnum:e=>typeof X(e)==`number`||Y(X(e))!==void 0,isstr:e=>typeof X(e)==`string`,isint:e=>Number.isInteger(Y(X(e))),typeof:e=>e===null?`Invalid`:typeof X(e)==`boolean`?`Boolean`:Y(X(e))===void 0?`String`:`Number`,lower:e=>e===null?null:Array.isArray(e)?e.map(e=>fE(e).toLowerCase()):fE(e).toLowerCase(),upper:e=>e===null?null:Array.isArray(e)?e.map(e=>fE(e).toUpperCase()):fE(e).toUpperCase(),len:e=>{let t=wE(e);return t===null?null:[...t].length},tostring:(e,t)=>{let n=X(e);if(n===null)return null;let r=wE(t??null),i=Y(n);return r===`hex`&&i!==void 0?`0x`+Math.trunc(i).toString(16).toUpperCase():r===`commas`&&i!==void 0?PE(i,2).toLocaleString(`en-US`):fE(n)},tonumber:(e,t)=>{let n=wE(e);if(n===null)return null;let r=Y(X(t??null));if(r!==void 0&&r!==10){let e=parseInt(n,r);return Number.isNaN(e)?null:e}return Y(n)??null},abs:e=>{let t=Y(X(e));return t===void 0?null:Math.abs(t)},round:(e,t)=>{let n=Y(X(e));return n===void 0?null:PE(n,Y(X(t??0))??0)},floor:e=>{let t=Y(X(e));return t===void 0?null:Math.floor(t)},ceil:e=>{let t=Y(X(e));return t===void 0?null:Math.ceil(t)},ceiling:e=>FE.ceil(e),pow:(e,t)=>{let n=Y(X(e)),r=Y(X(t));return n===void 0||r===void 0?null:n**r},sqrt:e=>{let t=Y(X(e));return t===void 0||t<0?null:Math.sqrt(t)},ln:e=>{let t=Y(X(e));return t===void 0||t<=0?null:Math.log(t)},log:(e,t)=>{let n=Y(X(e)),r=Y(X(t??10))??10;return n===void 0||n<=0?null:Math.log(n)/Math.log(r)},exp:e=>{let t=Y(X(e));return t===void 0?null:Math.exp(t)},min:(...e)=>{let t=e.flatMap(DE);return t.length?t.reduce((e,t)=>TE(t,e)<0?t:e):null},max:(...e)=>{let t=e.flatMap(DE);return t.length?t.reduce((e,t)=>TE(t,e)>0?t:e):null},substr:(e,t,n)=>{let r=wE(e),i=Y(X(t));if(r===null||i===void 0)return null;let a=[...r],o=i>0?i-1:i<0?Math.max(0,a.length+i):0,s=n==null?a.length:Y(X(n))??a.length;return a.slice(o,o+s).join(``)},trim:(e,t)=>IE(e,t,!0,!0),ltrim:(e,t)=>IE(e,t,!0,!1),rtrim:(e,t)=>IE(e,t,!1,!0),split:(e,t)=>{let n=wE(e),r=wE(t);return n===null||r===null?null:OE(r===``?[...n]:n.split(r))},mvcount:e=>e===null?null:Array.isArray(e)?e.length:1,mvindex:(e,t,n)=>{let r=DE(e),i=Y(X(t));if(i===void 0)return null;let a=e=>e<0?r.length+e:e,o=a(i);if(n==null)return o>=0&&o<r.length?r[o]:null;let s=a(Y(X(n))??i);return OE(r.slice(Math.max(0,o),s+1))},mvjoin:(e,t)=>{let n=wE(t);return e===null||n===null?null:DE(e).map(fE).join(n)},mvappend:(...e)=>OE(e.flatMap(DE)),mvdedup:e=>OE([...new Set(DE(e).map(fE))]),mvsort:e=>OE(DE(e).map(fE).sort()),mvfind:(e,t)=>{if(!bE(t))return null;let n=DE(e).findIndex(e=>t.test(fE(e)));return n<0?null:n},match:(e,t)=>{let n=wE(e);return n===null||!bE(t)?null:t.test(n)},like:(e,t)=>EE(e,t),replace:(e,t,n)=>{let r=wE(e),i=wE(n);if(r===null||i===null||!(t instanceof RegExp))return null;let a=new RegExp(t.source,t.flags+`g`);return r.replace(a,i.replace(/\$/g,`$$$$`).replace(/\\(\d)/g,`$$$1`))},urldecode:e=>{let t=wE(e);if(t===null)return null;try{return decodeURIComponent(t.replace(/\+/g,` `))}catch{return t}},cidrmatch:(e,t)=>{let n=wE(e);if(n===null||t===null)return null;let r=CE(n);return DE(t).some(r)},in:(e,...t)=>e===null?null:DE(e).some(e=>t.some(t=>t!==null&&DE(t).some(t=>TE(e,t)===0))),strftime:(e,t)=>{let n=Y(X(e)),r=wE(t);return n===void 0||r===null?null:ME(n,r)},strptime:(e,t)=>{let n=wE(e),r=wE(t);return n===null||r===null?null:NE(n,r)},printf:(e,...t)=>{let n=wE(e);if(n===null)return null;let r=0;return n.replace(/%([sdif%])/g,(e,n)=>{if(n===`%`)return`%`;let i=X(t[r++]??null);return i===null?``:n===`d`||n===`i`?String(Math.trunc(Y(i)??0)):n===`f`?(Y(i)??0).toFixed(6):fE(i)})}};function IE(e,t,n,r){let i=wE(e);if(i===null)return null;let a=t==null?` 	`:wE(t)??` 	`,o=0,s=i.length;if(n)for(;o<s&&a.includes(i[o]);)o++;if(r)for(;s>o&&a.includes(i[s-1]);)s--;return i.slice(o,s)}var LE=Object.freeze(Object.keys(FE)),RE=[`_time`,`@timestamp`,`timestamp`,`requestReceivedTimestamp`,`stageTimestamp`,`Event.System.TimeCreated.SystemTime`,`Event.System.TimeCreated.#attributes.SystemTime`,`Event.System.TimeCreated`,`TimeCreated`,`UtcTime`,`eventTime`,`time`],zE=class extends Error{diagnostic;constructor(e){super(e.message),this.diagnostic=e}},BE=class{ts;entries=[];names=new Map;uses=new Map;counter=0;constructor(e){this.ts=e}get constants(){return this.entries.map(e=>e.render())}t(e){return this.ts?e:``}mark(){return this.entries.length}rollback(e){for(let t of this.entries.splice(e))this.names.delete(t.key),this.uses.delete(t.name)}constant(e,t){let n=`const:${t}`,r=this.names.get(n);if(r)return r;let i=`${e}${this.counter++}`;return this.entries.push({name:i,key:n,render:()=>`const ${i} = ${t};`}),this.names.set(n,i),i}memo(e){let t=`memo:${e}`,n=this.names.get(t);if(!n){let r=`q${this.counter++}`;n=r;let i=`function ${r}(ev${this.t(`: unknown`)}, ctx${this.t(`?: RcContext`)})${this.t(`: boolean`)} {`;this.entries.push({name:r,key:t,render:()=>(this.uses.get(r)??0)<2?[i,`  return ${e};`,`}`].join(`
`):[`let ${r}g = -1;`,`let ${r}v = false;`,i,`  if (${r}g !== rcGeneration) {`,`    ${r}g = rcGeneration;`,`    ${r}v = ${e};`,`  }`,`  return ${r}v;`,`}`].join(`
`)}),this.names.set(t,r)}return this.uses.set(n,(this.uses.get(n)??0)+1),`${n}(ev, ctx)`}field(e){return this.constant(`f`,`rcField(${J(e.path)})`)}},VE=class{w;rule;constructor(e,t){this.w=e,this.rule=t}unsupported(e,t,n=`backend/unsupported`){throw new zE(j(n,e,{file:this.rule.file,pos:t??this.rule.pos}))}pattern(e,t){let n=e.parts.map(e=>m(e)?e.wildcard===`*`?0:1:e);return this.w.constant(`t`,`rcPattern(${J(n)}, ${t})`)}regex(e,t,n,r=!0){let i=bT(e,t);i.ok||this.unsupported(`regular expression ${J(e)} cannot run in JavaScript: ${i.reason}`,n,`backend/regex-untranslatable`);let a=r?KE(e,t):void 0;return a?this.w.constant(`re`,`rcLinearRegex(${J(a.program)}, ${a.start})`):this.w.constant(`re`,`new RegExp(${J(i.source)}, ${J(i.flags)})`)}expr(e){switch(e.kind){case`And`:return e.children.length===0?`true`:`(${e.children.map(e=>this.expr(e)).join(` && `)})`;case`Or`:return e.children.length===0?`false`:`(${this.literalGroups(e.children).join(` || `)})`;case`Not`:return`!${this.expr(e.child)}`;case`Const`:return e.value?`true`:`false`;default:return this.w.memo(this.predicate(e))}}literalGroups(e){let t=new Map,n=[];for(let r of e)if(r.kind===`Match`){let e=`${r.field.path}\u0000${r.caseSensitive}`,i=t.get(e);i||(i={field:r.field,cs:r.caseSensitive,members:[]},t.set(e,i),n.push({key:e})),i.members.push(r)}else n.push(this.expr(r));return n.map(e=>{if(typeof e==`string`)return e;let n=t.get(e.key);if(n.members.length===1)return this.expr(n.members[0]);let r=n.members.map(e=>e.pattern.parts.map(e=>m(e)?e.wildcard===`*`?0:1:e)),i=r.every(e=>e.every(e=>typeof e==`string`))?this.w.constant(`t`,`rcAnyOf(${J([...new Set(r.map(e=>e.join(``)))])}, ${n.cs})`):this.w.constant(`t`,`rcAnyPattern(${J(r)}, ${n.cs})`);return this.w.memo(`${this.w.field(n.field)}(ev, ${i})`)})}predicate(e){let t=this.w;switch(e.kind){case`And`:return e.children.length===0?`true`:`(${e.children.map(e=>this.expr(e)).join(` && `)})`;case`Or`:return e.children.length===0?`false`:`(${e.children.map(e=>this.expr(e)).join(` || `)})`;case`Not`:return`!${this.expr(e.child)}`;case`Const`:return e.value?`true`:`false`;case`Match`:return`${t.field(e.field)}(ev, ${this.pattern(e.pattern,e.caseSensitive)})`;case`Compare`:{let n=[J(e.op),J(e.value),String(e.numeric)];return e.timePart&&n.push(J(e.timePart)),`${t.field(e.field)}(ev, ${t.constant(`c`,`rcCompare(${n.join(`, `)})`)})`}case`Regex`:return`${t.field(e.field)}(ev, ${t.constant(`p`,`rcRegex(${this.regex(e.pattern,e.flags,e.pos)})`)})`;case`Cidr`:return/^[0-9a-fA-F.:]+(\/\d{1,3})?$/.test(e.cidr)||this.unsupported(`not an IP network: ${J(e.cidr)}`,e.pos),`${t.field(e.field)}(ev, ${t.constant(`p`,`rcCidr(${J(e.cidr)})`)})`;case`Exists`:return`rcExists(ev, ${t.field(e.field)})`;case`FieldEquals`:return`rcFieldEquals(ev, ${t.field(e.field)}, ${t.field(e.other)}, ${e.caseSensitive})`;case`Keyword`:return`rcKeyword(ev, ctx, ${this.pattern(e.pattern,e.caseSensitive)}, ${e.scope===`raw`})`;case`EvalCondition`:return`rcTruthy(${this.value(e.expr)})`}}value(e){switch(e.kind){case`Literal`:return J(e.value);case`FieldValue`:return`rcFieldValue(ev, ${this.w.field(e.field)})`;case`Unary`:return`rcUnary(${J(e.op)}, ${this.value(e.operand)})`;case`Binary`:return`rcBinary(${J(e.op)}, ${this.value(e.left)}, ${this.value(e.right)})`;case`Call`:{LE.includes(e.name)||this.unsupported(`eval function ${e.name}() is not supported by the matcher`,e.pos);let t=e.name===`match`||e.name===`replace`||e.name===`mvfind`?1:-1,n=e.args.map((n,r)=>r===t?((n.kind!==`Literal`||typeof n.value!=`string`)&&this.unsupported(`${e.name}() needs a literal regular expression`,n.pos??e.pos),`${this.regex(n.value,{i:!1,m:!1,s:!1},n.pos??e.pos,e.name!==`replace`)} as unknown as RcEval`):this.value(n)),r=`rcCall(${J(e.name)}, [${n.join(`, `)}])`;return this.w.ts?r:r.replace(/ as unknown as RcEval/g,``)}}}evalFn(e){return`(ev${this.w.t(`: RcRow`)})${this.w.t(`: RcEval`)} => ${this.value(e)}`}stage(e){let t=this.w;switch(e.kind){case`Filter`:return e.filter.kind===`Const`&&e.filter.value?`// (keeps every row)`:`rows = rows.filter((r) => (rcGeneration++, ${t.constant(`filter`,`(ev${t.t(`: unknown`)}, ctx${t.t(`?: RcContext`)})${t.t(`: boolean`)} => ${this.expr(e.filter)}`)}(rcRowView(r))));`;case`Fillnull`:return`rows = rcFillnull(rows, ${J(e.value)}, ${J(e.fields)});`;case`Stats`:{e.command===`tstats`&&this.unsupported(`tstats reads accelerated data model summaries, not raw events: the matcher cannot run it`,e.pos);let t=e.aggregations.map(e=>this.aggregation(e)),n=e.by.map(e=>e.written??e.path);return`rows = rcStats(rows, { command: ${J(e.command)}, by: ${J(n)}, aggs: [${t.join(`, `)}] }, STATE_LIMIT);`}case`Eval`:return`rows = rcEvalStage(rows, [${e.assignments.map(e=>`{ field: ${J(e.field)}, fn: ${this.evalFn(e.expr)} }`).join(`, `)}]);`;case`Rename`:return`rows = rcRename(rows, ${J(e.renames)});`;case`Table`:return`rows = rcTable(rows, ${J(e.fields)});`;case`Fields`:return`rows = rcFields(rows, ${J(e.mode)}, ${J(e.fields)});`;case`Dedup`:{let t=[J(e.fields),String(e.count),String(e.keepEmpty),String(e.consecutive)];return e.sortBy&&t.push(J(e.sortBy)),`rows = rcDedup(rows, ${t.join(`, `)});`}case`Sort`:return`rows = rcSort(rows, ${J(e.keys)}, ${J(e.limit)});`;case`Head`:return`rows = rcHead(rows, ${e.count});`;case`Convert`:{let t=[`ctime`,`mktime`,`num`,`auto`,`none`,`rmcomma`,`security_content_ctime`],n=e.conversions.map(n=>(t.includes(n.fn)||this.unsupported(`convert function ${n.fn}() is not supported by the matcher`,e.pos),{...n,fn:n.fn===`security_content_ctime`?`ctime`:n.fn}));return`rows = rcConvert(rows, ${J(e.timeformat??`%m/%d/%Y %H:%M:%S`)}, ${J(n)});`}case`Bin`:{let t=e.span===void 0?void 0:HE(e.span);return t===void 0&&this.unsupported(e.span===void 0?`bin without span= depends on the data's range: give a span`:`bin span ${J(e.span)} is not supported`,e.pos),`rows = rcBin(rows, ${J(e.field)}, ${t}${e.as?`, ${J(e.as)}`:``});`}case`Command`:return e.name===`rex`?this.rex(e):e.name===`spath`?this.spath(e):e.name===`mvexpand`?this.mvexpand(e):this.unsupported(`SPL command '${e.name}' has no matcher semantics (it cannot be evaluated on events here)`,e.pos)}}rex(e){let t=e.options.field??`_raw`;e.options.mode===`sed`&&this.unsupported(`rex mode=sed (rewriting values) is not supported by the matcher`,e.pos),t===`_raw`&&this.unsupported(`rex on _raw: matcher rows keep the event's fields, not its raw text; give field=`,e.pos);let n=e.args[0];(n===void 0||e.args.length!==1)&&this.unsupported(`rex needs exactly one regular expression`,e.pos);let r=e.options.max_match===void 0?1:Number(e.options.max_match);(!Number.isInteger(r)||r<0)&&this.unsupported(`rex max_match=${J(e.options.max_match)} is not a whole number`,e.pos);let i=bT(n,{i:!1,m:!1,s:!1});i.ok||this.unsupported(`regular expression ${J(n)} cannot run in JavaScript: ${i.reason}`,e.pos,`backend/regex-untranslatable`);let a=this.w.constant(`re`,`new RegExp(${J(i.source)}, ${J(i.flags)})`);return`rows = rcRex(rows, ${J(t)}, ${a}, ${r});`}mvexpand(e){let t=e.options.limit===void 0?null:Number(e.options.limit);return(e.args.length!==1||Object.keys(e.options).some(e=>e!==`limit`)||t!==null&&!(Number.isInteger(t)&&t>0))&&this.unsupported(`mvexpand takes one field and an optional limit=N`,e.pos),`rows = rcMvexpand(rows, ${J(e.args[0])}, ${J(t)});`}spath(e){let t=Object.keys(e.options).filter(e=>![`input`,`output`,`path`].includes(e));(t.length>0||e.args.length>1)&&this.unsupported(`spath with ${t.length?`option ${t.join(`, `)}`:`several paths`} is not supported by the matcher`,e.pos);let n=e.options.path??e.args[0]??null;return`rows = rcSpath(rows, ${J(e.options.input??null)}, ${J(n)}, ${J(e.options.output??null)});`}aggregation(e){let t=[`fn: ${J(e.fn)}`];return e.field&&t.push(`field: ${J(e.field.written??e.field.path)}`),e.eval&&t.push(`eval: ${this.evalFn(e.eval)}`),e.percentile!==void 0&&t.push(`percentile: ${J(e.percentile)}`),t.push(`as: ${J(e.as)}`),`{ ${t.join(`, `)} }`}pipeline(){if(this.rule.pipeline.length!==0)return this.rule.pipeline.map(e=>{let t=e.pos?` (line ${e.pos.line})`:``;return`  // ${uT(e.kind+t)}\n  ${this.stage(e)}`}).join(`
`)}};function HE(e){let t=/^(\d+(?:\.\d+)?)(s|sec|secs|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days|w|week|weeks)?$/i.exec(e.trim());if(!t)return;let n=Number(t[1]),r=(t[2]??``).toLowerCase();return n*(r===``||r.startsWith(`s`)?1:r.startsWith(`m`)?60:r.startsWith(`h`)?3600:r.startsWith(`d`)?86400:604800)}function UE(e,t){return e.find(e=>e.meta.id===t)??e.find(e=>e.meta.name===t)}function WE(e,t,n,r){let i=new VE(e,t),a=[],o=t.meta.id??t.meta.name??``;if(a.push(`// ${uT(`Rule: ${t.meta.title}`)}`),o&&a.push(`// ${uT(`id: ${o}`)}`),t.file&&a.push(`// ${uT(`file: ${t.file}`)}`),t.ruleType===`filter`)throw new zE(j(`backend/unsupported`,`a Sigma filter rule is not run on its own: loadRules applies it to the rules it names`,{file:t.file,pos:t.pos}));let s=`filter`,c=[];if(t.correlation){s=`correlation`;let i=t.correlation,o=r.rules??[],l=i.rules.map(e=>{let n=UE(o,e);if(!n)throw new zE(j(`sigma/unresolved-reference`,`correlation references rule ${J(e)}, which is not loaded`,{file:t.file,pos:i.pos??t.pos}));if(n.correlation||n.pipeline.length>0)throw new zE(j(`backend/unsupported`,`correlation over rule ${J(e)}, which is itself a correlation or a pipeline`,{file:t.file,pos:i.pos??t.pos}));return{ref:e,target:n}}),u=l.map(({ref:t,target:r})=>{let i=`${n}_rule${l.findIndex(e=>e.ref===t)}`;return a.push(`// ${uT(`references: ${r.meta.title} (${t})`)}`),a.push(`function ${i}(ev${e.t(`: unknown`)}, ctx${e.t(`?: RcContext`)})${e.t(`: boolean`)} {\n  rcGeneration++;\n  return ${new VE(e,r).expr(r.filter)};\n}`),{ref:t,target:r,fn:i}}),d=(t,n,r)=>{let a=i.aliases?.[t],o=a?.[n]??(r.meta.id?a?.[r.meta.id]:void 0)??(r.meta.name?a?.[r.meta.name]:void 0)??t;return e.constant(`f`,`rcField(${J(o.replace(/\{\}/g,``))})`)},f=i.groupBy.map(e=>`{ name: ${J(e)}, fields: [${u.map(t=>d(e,t.ref,t.target)).join(`, `)}] }`),p=[`type: ${J(i.type)}`,`rules: [${u.map(e=>`{ name: ${J(e.ref)}, match: ${e.fn} }`).join(`, `)}]`,`groupBy: [${f.join(`, `)}]`,`timespanSeconds: ${i.timespanMs/1e3}`,`conditions: ${J(i.conditions)}`,`timeFields: TIME_FIELDS`,`stateLimit: STATE_LIMIT`];if(i.field&&i.field.length>0){let e=i.field[0];p.push(`field: [${u.map(t=>d(e,t.ref,t.target)).join(`, `)}]`,`fieldName: ${J(e)}`)}i.percentile!==void 0&&p.push(`percentile: ${i.percentile}`),a.push(`function ${n}_test(ev${e.t(`: unknown`)}, ctx${e.t(`?: RcContext`)})${e.t(`: boolean`)} {\n  return ${u.map(e=>`${e.fn}(ev, ctx)`).join(` || `)||`false`};\n}`),a.push(`function ${n}_correlation()${e.t(`: RcCorrelation`)} {\n  return new RcCorrelation({\n    ${p.join(`,
    `)},\n  });\n}`),c.push(`correlation: ${n}_correlation`)}else{a.push(`function ${n}_test(ev${e.t(`: unknown`)}, ctx${e.t(`?: RcContext`)})${e.t(`: boolean`)} {\n  return ${i.expr(t.filter)};\n}`);let r=i.pipeline();r!==void 0&&(s=`pipeline`,a.push(`function ${n}_pipeline(rows${e.t(`: RcRow[]`)})${e.t(`: RcRow[]`)} {\n${r}\n  return rows;\n}`),c.push(`pipeline: ${n}_pipeline`))}a.push(`function ${n}_match(ev${e.t(`: unknown`)}, ctx${e.t(`?: RcContext`)})${e.t(`: boolean`)} {\n  rcGeneration++;\n  return ${n}_test(ev, ctx);\n}`),c.unshift(`match: ${n}_match`,`test: ${n}_test`);let l=[`id: ${J(o)}`,`title: ${J(t.meta.title)}`,`kind: ${J(s)}`],u=`${e.ts?`export `:``}const ${n}${e.t(`: RcRuleMatcher`)} = {\n  ${[...l,...c,`timeFields: TIME_FIELDS`,`stateLimit: STATE_LIMIT`].join(`,
  `)},\n};`;return a.push(u),a}function GE(e,t={}){let n=(t.language??`ts`)===`ts`,r=new BE(n),i=[],a=[],o=[],s=new Set([`matchers`]),c=t.rules??e;for(let n of e){let e=dT(n.meta.title,s),l=r.mark();try{o.push(WE(r,n,e,{...t,rules:c}).join(`
`)),a.push({rule:n,name:e})}catch(e){if(!(e instanceof zE))throw e;r.rollback(l),i.push(e.diagnostic)}}let l=(t.timestampFields??RE).map(e=>`rcField(${J(e)})`),u=t.stateLimit??1e6,d=[`// Generated by rulecast (matcher backend). Self-contained: no runtime dependency.`,`// Rules: ${a.length}. Each rule exports a matcher: match(event) selects events; pipelines and correlations run through rcCreateRun(matcher).`],f=t.runtime===`external`&&!n?`// (runtime linked externally: the names of RUNTIME_JS are in scope)`:n?uE:dE,p=`${n?`export `:``}const matchers${r.t(`: readonly RcRuleMatcher[]`)} = [${a.map(e=>e.name).join(`, `)}];`,m=`/** Starts a new event for the matchers' \`test\` functions (predicates shared by several rules run once per event). */\n${n?`export `:``}function beginEvent()${r.t(`: void`)} {\n  rcGeneration++;\n}`,h=n?`export { rcCreateRun, rcEventRow, type RcRuleMatcher, type RcRun, type RcRow, type RcContext };`:`return { matchers, rcCreateRun, rcEventRow, beginEvent };`;return{code:[...d,n?`/* eslint-disable */`:``,``,`// ---- runtime`,f,`// ---- rules`,`const TIME_FIELDS${r.t(`: readonly RcResolver[]`)} = [${l.join(`, `)}];`,`const STATE_LIMIT = ${u};`,`// Bumped once per event: memoized predicates (q*) recompute when it changes.`,`let rcGeneration = 0;`,...r.constants,``,...o.flatMap(e=>[e,``]),p,m,h,``].join(`
`),entries:a,diagnostics:i}}function KE(e,t){try{return cE(e,t).complexity===`linear`?void 0:lE(e,t)}catch{return}}function qE(e,t){let n={language:e.language===`js`?`js`:`ts`};return Array.isArray(e.timestampFields)&&(n.timestampFields=e.timestampFields),typeof e.stateLimit==`number`&&(n.stateLimit=e.stateLimit),t?n.rules=t:Array.isArray(e.rules)&&(n.rules=e.rules),n}var JE={name:`matcher`,description:`TypeScript matcher module (no runtime dependency): match(event) per rule, pipelines and correlations via rcCreateRun`,convert(e,t){let n=GE([e],qE(t));if(n.entries.length===0)throw new he(n.diagnostics);return{output:n.code,extension:`ts`,diagnostics:[...n.diagnostics]}},convertAll(e,t){let n=GE(e,qE(t,e));return{output:n.code,extension:`ts`,diagnostics:[...n.diagnostics]}}},YE,XE=131072;function ZE(){let e=new Map;for(let t=0;t<XE;t++){if(t>=55296&&t<=57343)continue;let n=String.fromCodePoint(t),r=n.toUpperCase(),i=n.toLowerCase();if(r===n&&i===n)continue;let a=r.toLowerCase(),o=[...a].length===1?a:[...i].length===1?i:n,s=e.get(o);s||e.set(o,s=[]),s.includes(t)||s.push(t);let c=o.codePointAt(0);[...o].length===1&&!s.includes(c)&&s.push(c)}let t=new Map;for(let n of e.values())for(let e of n){let r=RegExp(`^`+QE(e)+`$`,`iu`),i=n.filter(e=>r.test(String.fromCodePoint(e))).sort((e,t)=>e-t);t.set(e,Object.freeze(i))}return t}function QE(e){return`\\u{`+e.toString(16)+`}`}function $E(e){return YE??=ZE(),YE.get(e)??[e]}function eD(e){for(let t of e)if($E(t.codePointAt(0)).length>1)return!0;return!1}var tD=1114111,nD=Object.freeze([[0,55295],[57344,tD]]);function rD(e){let t=[...e].filter(([e,t])=>e<=t).sort((e,t)=>e[0]-t[0]),n=[];for(let[e,r]of t){let t=n[n.length-1];t&&e<=t[1]+1?t[1]=Math.max(t[1],r):n.push([e,r])}return n}function iD(...e){return rD(e.flat())}function aD(e){let t=[],n=0;for(let[r,i]of rD(e))r>n&&t.push([n,r-1]),n=i+1;return n<=1114111&&t.push([n,tD]),oD(t)}function oD(e){let t=[];for(let[n,r]of e)for(let[e,i]of nD){let a=Math.max(n,e),o=Math.min(r,i);a<=o&&t.push([a,o])}return rD(t)}function sD(e){return[[e,e]]}function cD(e){return rD([...e].map(e=>[e.codePointAt(0),e.codePointAt(0)]))}function lD(e){let t=[];for(let[n,r]of e){let e=Math.min(r,131071);for(let r=n;r<=e;r++)for(let e of $E(r))e!==r&&t.push([e,e])}return t.length===0?e:iD(e,t)}function uD(e){return e.length===nD.length&&e.every(([e,t],n)=>e===nD[n][0]&&t===nD[n][1])}var dD=class extends Error{name=`UntranslatableRegex`},fD=rD([[48,57]]),pD=rD([[48,57],[65,90],[97,122],[95,95]]),mD=cD(`	
\v\f\r `),hD=iD(cD(`	 \xA0 ᠎  　`),[[8192,8202]]),gD=iD(cD(`
\v\f\r`),[[8232,8233]]),_D=sD(10),vD={alpha:rD([[65,90],[97,122]]),digit:fD,alnum:rD([[48,57],[65,90],[97,122]]),upper:rD([[65,90]]),lower:rD([[97,122]]),space:mD,blank:cD(` 	`),xdigit:rD([[48,57],[65,70],[97,102]]),word:pD,punct:rD([[33,47],[58,64],[91,96],[123,126]]),cntrl:rD([[0,31],[127,127]]),print:rD([[32,126]]),graph:rD([[33,126]]),ascii:rD([[0,127]])};function yD(e,t){let n=new bD(e),r=n.parseAlternation({i:t.i,m:t.m,s:t.s});if(n.pos<e.length)throw new dD(`unbalanced ')' at offset ${n.pos}`);return r}var bD=class{src;pos=0;constructor(e){this.src=e}peek(e=0){return this.src[this.pos+e]}fail(e){throw new dD(`${e} (at offset ${this.pos})`)}parseAlternation(e){let t={...e},n=[this.parseSequence(t)];for(;this.peek()===`|`;)this.pos++,n.push(this.parseSequence(t));return n.length===1?n[0]:{t:`alt`,branches:n}}parseSequence(e){let t=[];for(;;){let n=this.peek();if(n===void 0||n===`|`||n===`)`)break;let r=this.parseAtom(e);r!==null&&t.push(this.parseQuantifier(r))}return t.length===1?t[0]:{t:`seq`,items:t}}parseQuantifier(e){let t,n,r=this.peek();if(r===`*`)[t,n]=[0,null];else if(r===`+`)[t,n]=[1,null];else if(r===`?`)[t,n]=[0,1];else if(r===`{`){let r=/^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.pos));if(!r)return/^\{\s*,\s*\d+\s*\}/.test(this.src.slice(this.pos))&&this.fail(`quantifier {,n} (its meaning differs between PCRE versions)`),e;t=Number(r[1]),n=r[2]===void 0?t:r[3]===``?null:Number(r[3]),n!==null&&n<t&&this.fail(`quantifier {n,m} with m < n`),this.pos+=r[0].length-1}else return e;this.pos++,e.t===`assert`&&this.fail(`quantified assertion`);let i=this.peek();i===`+`&&this.fail(`possessive quantifier`),i===`?`&&this.pos++;let a={t:`repeat`,node:e,min:t,max:n},o=this.peek();return(o===`*`||o===`+`||o===`?`)&&this.fail(`quantifier after a quantifier`),a}charNode(e,t){return{t:`char`,set:t.i?lD(e):e}}parseAtom(e){let t=this.src[this.pos];switch(t){case`(`:return this.parseGroup(e);case`[`:return this.parseClass(e);case`.`:return this.pos++,{t:`char`,set:e.s?nD:aD(_D)};case`^`:return this.pos++,{t:`assert`,kind:e.m?`bol`:`bos`};case`$`:return this.pos++,{t:`assert`,kind:e.m?`eol`:`eosnl`};case`\\`:return this.parseEscape(e);case`*`:case`+`:case`?`:this.fail(`quantifier '${t}' with nothing to repeat`);default:{let t=this.src.codePointAt(this.pos);return this.pos+=t>65535?2:1,this.charNode(sD(t),e)}}}parseGroup(e){this.pos++;let t=e;if(this.peek()===`?`){let n=this.src.slice(this.pos),r=/^\?([a-zA-Z]*)(?:-([a-zA-Z]*))?(:|\))/.exec(n);if(r&&(r[1]!==``||r[2]!==void 0||r[3]===`:`)){let n={...e};for(let[e,t]of[[r[1]??``,!0],[r[2]??``,!1]])for(let r of e)r===`i`||r===`m`||r===`s`?n[r]=t:this.fail(`inline flag '${r}'`);if(this.pos+=r[0].length,r[3]===`)`)return Object.assign(e,n),null;t=n}else if(n.startsWith(`?<`)&&/^\?<[A-Za-z_]\w*>/.test(n))this.pos+=/^\?<[A-Za-z_]\w*>/.exec(n)[0].length;else if(/^\?P<[A-Za-z_]\w*>/.test(n))this.pos+=/^\?P<[A-Za-z_]\w*>/.exec(n)[0].length;else if(/^\?'[A-Za-z_]\w*'/.test(n))this.pos+=/^\?'[A-Za-z_]\w*'/.exec(n)[0].length;else if(n.startsWith(`?=`)||n.startsWith(`?!`)||n.startsWith(`?<=`)||n.startsWith(`?<!`))this.fail(`look-around assertion`);else if(n.startsWith(`?>`))this.fail(`atomic group`);else if(n.startsWith(`?#`)){let e=this.src.indexOf(`)`,this.pos);return e<0&&this.fail(`unterminated comment`),this.pos=e+1,null}else this.fail(`group syntax '(${n.slice(0,3)}'`)}else this.peek()===`*`&&this.fail(`backtracking verb`);let n=this.parseAlternation({...t});return this.peek()!==`)`&&this.fail(`missing ')'`),this.pos++,n}parseEscape(e){let t=this.pos;this.pos++;let n=this.peek();switch(n===void 0&&this.fail(`trailing backslash`),n){case`A`:return this.pos++,{t:`assert`,kind:`bos`};case`z`:return this.pos++,{t:`assert`,kind:`eos`};case`Z`:return this.pos++,{t:`assert`,kind:`eosnl`};case`Q`:{let t=this.src.indexOf(`\\E`,this.pos+1),n=this.src.slice(this.pos+1,t<0?void 0:t);this.pos=t<0?this.src.length:t+2;let r=[...n].map(t=>this.charNode(sD(t.codePointAt(0)),e));return r.length===0?null:r.length===1?r[0]:{t:`seq`,items:r}}case`E`:return this.pos++,null;default:{this.pos=t;let{set:n,foldable:r}=this.parseEscapedSet();return r?this.charNode(n,e):{t:`char`,set:n}}}}parseEscapedSet(){this.pos++;let e=this.src[this.pos];this.pos++;let t={d:fD,D:aD(fD),w:pD,W:aD(pD),s:mD,S:aD(mD),h:hD,H:aD(hD),v:gD,V:aD(gD),N:aD(_D)};if(e in t)return{set:t[e],foldable:!1};let n=e=>({set:sD(e),foldable:!0}),r={t:9,n:10,r:13,f:12,e:27,a:7};if(e in r)return n(r[e]);if(e===`x`){let e=/^\{([0-9a-fA-F]+)\}/.exec(this.src.slice(this.pos));if(e)return this.pos+=e[0].length,n(this.codePoint(parseInt(e[1],16)));let t=/^[0-9a-fA-F]{1,2}/.exec(this.src.slice(this.pos));return t?(this.pos+=t[0].length,n(parseInt(t[0],16))):n(0)}if(e===`o`){let e=/^\{([0-7]+)\}/.exec(this.src.slice(this.pos));return e||this.fail(`\\o without {octal}`),this.pos+=e[0].length,n(this.codePoint(parseInt(e[1],8)))}if(e===`0`){let e=/^[0-7]{0,2}/.exec(this.src.slice(this.pos));return this.pos+=e[0].length,n(parseInt(`0`+e[0],8))}if(e===`c`){let e=this.src[this.pos];return(e===void 0||e.charCodeAt(0)>127)&&this.fail(`\\c without an ASCII character`),this.pos++,n(e.toUpperCase().charCodeAt(0)^64)}/[1-9]/.test(e)&&this.fail(`back-reference`),(e===`b`||e===`B`)&&this.fail(`word boundary \\${e}`),(e===`p`||e===`P`||e===`X`)&&this.fail(`Unicode property \\${e}`),/[A-Za-z0-9]/.test(e)&&this.fail(`escape \\${e}`),this.pos--;let i=this.src.codePointAt(this.pos);return this.pos+=i>65535?2:1,n(i)}codePoint(e){return(e>1114111||e>=55296&&e<=57343)&&this.fail(`code point out of range`),e}parseClass(e){this.pos++;let t=!1;this.peek()===`^`&&(t=!0,this.pos++);let n=[],r=[],i=!0;for(;;){let e=this.peek();if(e===void 0&&this.fail(`missing ']'`),e===`]`&&!i){this.pos++;break}if(i=!1,e===`[`){let e=/^\[:(\^?)([a-z]+):\]/.exec(this.src.slice(this.pos));if(e){let t=vD[e[2]];t||this.fail(`POSIX class [:${e[2]}:]`),r.push(e[1]?aD(t):t),this.pos+=e[0].length;continue}}let t=this.classAtom();if(t.kind===`set`)r.push(t.set);else if(this.peek()===`-`&&this.peek(1)!==void 0&&this.peek(1)!==`]`){let e=this.pos;this.pos++;let i=this.classAtom();if(i.kind===`set`){n.push([t.cp,t.cp],[45,45]),r.push(i.set);continue}i.cp<t.cp&&(this.pos=e,this.fail(`range out of order in character class`)),n.push([t.cp,i.cp])}else n.push([t.cp,t.cp])}let a=rD(n);return e.i&&(a=lD(a)),a=iD(a,...r),t&&(a=aD(a)),a.length===0&&this.fail(`a character class that matches nothing`),{t:`char`,set:a}}classAtom(){if(this.src[this.pos]===`\\`){let e=this.peek(1);if(e===`b`)return this.pos+=2,{kind:`cp`,cp:8};(e===`Q`||e===`E`)&&this.fail(`\\Q...\\E inside a character class`);let{set:t,foldable:n}=this.parseEscapedSet();return n&&t.length===1&&t[0][0]===t[0][1]?{kind:`cp`,cp:t[0][0]}:{kind:`set`,set:t}}let e=this.src.codePointAt(this.pos);return this.pos+=e>65535?2:1,{kind:`cp`,cp:e}}};function xD(e){let t=String.fromCodePoint(e);return/^[A-Za-z0-9]$/.test(t)?t:e<128?`\\`+t:t}function SD(e){if(uD(e))return`.`;if(e.length===1&&e[0][0]===e[0][1])return xD(e[0][0]);let t=`[`;for(let[n,r]of e)t+=xD(n),r===n+1?t+=xD(r):r>n&&(t+=`-`+xD(r));return t+`]`}function CD(e){switch(e.t){case`char`:return SD(e.set);case`seq`:return e.items.length===0?`()`:e.items.map(e=>e.t===`alt`?`(${CD(e)})`:CD(e)).join(``);case`alt`:return e.branches.map(e=>e.t===`seq`&&e.items.length===0?`()`:CD(e)).join(`|`);case`repeat`:{let t=e.node.t===`char`?CD(e.node):`(${CD(e.node)})`,{min:n,max:r}=e;return n===0&&r===null?t+`*`:n===1&&r===null?t+`+`:n===0&&r===1?t+`?`:r===null?`${t}{${n},}`:n===r?`${t}{${n}}`:`${t}{${n},${r}}`}case`assert`:throw new dD(`anchor '${wD(e)}' in the middle of the pattern`)}}function wD(e){return{bos:`^`,bol:`^ (multi-line)`,eos:`\\z`,eosnl:`$`,eol:`$ (multi-line)`}[e.kind]}var TD={bol:1,bos:2},ED={eol:1,eosnl:2,eos:3};function DD(e){let t=(e.t===`alt`?e.branches:[e]).map(e=>{let t=e.t===`seq`?[...e.items]:[e],n,r;for(;t.length>0&&t[0].t===`assert`&&t[0].kind in TD;){let e=t[0].kind;(!n||TD[e]>TD[n])&&(n=e),t=t.slice(1)}for(;t.length>0&&t[t.length-1].t===`assert`&&t[t.length-1].kind in ED;){let e=t[t.length-1].kind;(!r||ED[e]>ED[r])&&(r=e),t=t.slice(0,-1)}let i=t.length===0?``:CD(t.length===1?t[0]:{t:`seq`,items:t}),a=n===`bos`?``:n===`bol`?`(.*${xD(10)})?`:`.*`,o=r===`eos`?``:r===`eosnl`?`${xD(10)}?`:r===`eol`?`(${xD(10)}.*)?`:`.*`;return a+(t.length===1&&t[0].t===`alt`?`(${i})`:i)+o});return t.length===1?t[0]:t.map(e=>`(${e})`).join(`|`)}function OD(e,t){try{return{ok:!0,regexp:DD(yD(e,t))}}catch(e){if(e instanceof dD)return{ok:!1,reason:e.message};throw e}}function kD(e,t){let n=``;for(let r of e.parts)if(m(r))n+=r.wildcard===`*`?`.*`:`.`;else for(let e of r){let r=sD(e.codePointAt(0));n+=SD(t?lD(r):r)}return n===``?`()`:n}function AD(e){let t=/^([^/]+)(?:\/(\d{1,3}))?$/.exec(e.trim());if(!t)return;let n=t[1];if(/^\d{1,3}(\.\d{1,3}){3}$/.test(n)){if(n.split(`.`).some(e=>Number(e)>255))return;let e=t[2]===void 0?32:Number(t[2]);return e<=32?{version:4,address:n,prefix:e}:void 0}if(n.includes(`:`)&&/^[0-9a-fA-F:.]+$/.test(n)){let e=t[2]===void 0?128:Number(t[2]);return e<=128?{version:6,address:n,prefix:e}:void 0}}function jD(e,t){let n=[];for(let[r,i]of MD(e,t))n.push(...ND(String(r),String(i)));return n.length===1?n[0]:`(`+n.join(`|`)+`)`}function MD(e,t){let n=[],r=e;for(;r<=t;){let e=10**String(r).length-1,i=Math.min(t,e);n.push([r,i]),r=i+1}return n}function ND(e,t){if(e.length===0)return[``];if(e===t)return[e];let n=(e,t)=>e===t?e:`[${e}-${t}]`;if(e.length===1)return[n(e,t)];let r=e.length-1,i=`0`.repeat(r),a=`9`.repeat(r);if(e[0]===t[0])return ND(e.slice(1),t.slice(1)).map(t=>e[0]+t);let o=[];o.push(...ND(e.slice(1),a).map(t=>e[0]+t));let s=Number(e[0])+1,c=Number(t[0])-1;return s<=c&&o.push(n(String(s),String(c))+`[0-9]{${r}}`),o.push(...ND(i,t.slice(1)).map(e=>t[0]+e)),o.map(e=>e.replace(/\[0-9\]\{1\}/g,`[0-9]`))}function PD(e){let t=e.address.split(`.`).map(Number),n=[],r=e.prefix;for(let e=0;e<4;e++){let i=Math.max(0,Math.min(8,r));r-=i;let a=i===0?0:255<<8-i&255,o=t[e]&a,s=o|~a&255;n.push(jD(o,s))}return n.join(`\\.`)}var FD=new Set([...`+-=&|><!(){}[]^"~*?:\\/`]);function ID(e){return FD.has(e)||/\s/u.test(e)?`\\`+e:e}function LD(e){let t=``;for(let n of e)t+=ID(n);return t}function RD(e){return LD(e)}function zD(e){return`"`+e.replace(/[\\"]/g,e=>`\\`+e)+`"`}function BD(e){let t=``,n=!1;for(let r of e)t+=r===`/`&&!n?`\\/`:r,n=r===`\\`&&!n;return(n||t.endsWith(`\\`))&&(t+=`()`),`/`+t+`/`}function VD(e,t,n={}){(e.ruleType===`correlation`||e.correlation)&&ge(`backend/unsupported`,`${t}: a correlation rule has no single-query form (use ES|QL)`,{file:e.file,pos:e.correlation?.pos??e.pos});let r=[e.filter];for(let i=0;i<e.pipeline.length;i++){let a=e.pipeline[i];if(a.kind===`Filter`){r.push(a.filter);continue}let o=e.pipeline.slice(i).map(e=>e.kind===`Command`?e.name:e.kind===`Stats`?e.command:e.kind.toLowerCase());if(n.stages===`filter-only`){n.diagnostics?.push(j(`convert/dropped`,`${t}: only the event filter is converted; dropped the pipeline: ${o.join(` | `)}`,{file:e.file,pos:a.pos}));break}ge(`backend/unsupported`,`${t}: the pipeline command '${o[0]}' cannot be expressed in a filter query (use ES|QL, or stages: "filter-only" for the event filter)`,{file:e.file,pos:a.pos})}return r.length===1?r[0]:S(r)}var HD=`*:*`;function UD(e,t={}){return WD(VD(e,`Lucene`,t),{...t,file:e.file})}function WD(e,t={}){let n=new GD(t),r=n.top(pe(e));if(n.errors.length)throw new he(n.errors);return r}var GD=class{opts;errors=[];constructor(e){this.opts=e}unsupported(e,t,n=`backend/unsupported`){return this.errors.push(j(n,`Lucene: ${e}`,{file:this.opts.file,pos:t.pos})),HD}warn(e,t){this.opts.diagnostics?.push(j(`backend/approximation`,`Lucene: ${e}`,{file:this.opts.file,pos:t.pos}))}top(e){return e.kind===`Not`?`${HD} AND NOT ${this.expr(e.child)}`:this.expr(e)}expr(e){switch(e.kind){case`And`:{let t=e.children.filter(e=>e.kind!==`Not`).map(e=>this.expr(e)),n=e.children.filter(e=>e.kind===`Not`).map(e=>`NOT `+this.expr(e.child));return t.length===0&&t.push(HD),`(`+[...t,...n].join(` AND `)+`)`}case`Or`:return`(`+e.children.map(e=>e.kind===`Not`?`(${HD} AND NOT ${this.expr(e.child)})`:this.expr(e)).join(` OR `)+`)`;case`Not`:return`(${HD} AND NOT ${this.expr(e.child)})`;case`Const`:return e.value?HD:`(NOT ${HD})`;case`Match`:return this.match(e);case`Keyword`:return this.keyword(e);case`Exists`:return`_exists_:${RD(e.field.path)}`;case`Compare`:return this.compare(e);case`Regex`:return this.regex(e);case`Cidr`:return this.cidr(e);case`FieldEquals`:return this.unsupported(`field-to-field comparison (${e.field.path} = ${e.other.path}) needs a script query`,e);case`EvalCondition`:return this.unsupported(`an SPL eval condition has no query-string form (use ES|QL)`,e)}}valueQuery(e,t,n,r){let i=e===void 0?``:`${RD(e)}:`;if(_(t).shape===`any`)return e===void 0?`/.*/`:`_exists_:${RD(e)}`;let a=t.parts.filter(e=>typeof e==`string`).join(``),o=!n&&eD(a),s=this.opts.caseInsensitive??`char-classes`;if(o){if(s===`lowercase-field`&&e!==void 0){let n={parts:t.parts.map(e=>m(e)?e:KD(e))};return this.exactOrWildcard(`${RD(`${e}.${this.opts.lowercaseSuffix??`lower`}`)}:`,n)}return s===`exact`?(this.warn(`'${a}' is matched case-sensitively (caseInsensitive: exact)`,r),this.exactOrWildcard(i,t)):i+BD(kD(t,!0))}return this.exactOrWildcard(i,t)}exactOrWildcard(e,t){let n=_(t);return n.shape===`exact`?e+zD(n.value):e+t.parts.map(e=>m(e)?e.wildcard:LD(e)).join(``)}match(e){return this.valueQuery(e.field.path,e.pattern,e.caseSensitive,e)}keyword(e){if(e.scope===`raw`)return this.valueQuery(this.opts.rawField??`event.original`,e.pattern,e.caseSensitive,e);let t=this.opts.keywordFields;return t&&t.length>0?`(`+t.map(t=>this.valueQuery(t,e.pattern,e.caseSensitive,e)).join(` OR `)+`)`:this.valueQuery(void 0,e.pattern,e.caseSensitive,e)}compare(e){if(e.timePart)return this.unsupported(`comparing the ${e.timePart} of a date needs a script`,e);let t=RD(e.field.path),n=typeof e.value==`number`?String(e.value):zD(e.value);if(e.numeric&&(typeof e.value!=`number`||!Number.isFinite(e.value)))return this.unsupported(`numeric comparison with '${e.value}'`,e);switch(e.op){case`eq`:return`${t}:[${n} TO ${n}]`;case`gt`:return`${t}:{${n} TO *]`;case`gte`:return`${t}:[${n} TO *]`;case`lt`:return`${t}:[* TO ${n}}`;case`lte`:return`${t}:[* TO ${n}]`}}regex(e){let t=OD(e.pattern,e.flags);return t.ok?`${RD(e.field.path)}:${BD(t.regexp)}`:this.unsupported(`regex /${e.pattern}/ cannot be written as a Lucene regexp: ${t.reason}`,e,`backend/regex-untranslatable`)}cidr(e){let t=AD(e.cidr);if(!t)return this.unsupported(`'${e.cidr}' is not a network`,e);let n=RD(e.field.path);return this.opts.cidr===`ip-field`?`${n}:${zD(e.cidr)}`:t.version===6?this.unsupported(`IPv6 network ${e.cidr} on a keyword field (IPv6 text has many spellings); use cidr: "ip-field" with an ip-mapped field`,e):`${n}:${BD(PD(t))}`}};function KD(e){let t=``;for(let n of e){let e=n.toLowerCase();t+=[...e].length===1?e:n}return t}var qD=new Set([`char-classes`,`flag`,`lowercase-field`,`to-lower`,`exact`]);function JD(e,t){let n={diagnostics:t,stages:e.stages===`refuse`?`refuse`:`filter-only`};return typeof e.caseInsensitive==`string`&&qD.has(e.caseInsensitive)&&(n.caseInsensitive=e.caseInsensitive),(e.cidr===`ip-field`||e.cidr===`keyword`)&&(n.cidr=e.cidr),typeof e.rawField==`string`&&(n.rawField=e.rawField),typeof e.lowercaseSuffix==`string`&&(n.lowercaseSuffix=e.lowercaseSuffix),Array.isArray(e.keywordFields)&&(n.keywordFields=e.keywordFields),n}var YD={name:`lucene`,description:`Elasticsearch query_string / Kibana Lucene query (classic query parser syntax; keyword fields)`,convert(e,t){let n=[];return{output:UD(e,JD(t,n)),extension:`lucene`,diagnostics:n}}};function XD(e,t={}){return ZD(VD(e,`Query DSL`,t),{...t,file:e.file})}function ZD(e,t={}){let n=new tO(t),r=n.expr(pe(e));if(n.errors.length)throw new he(n.errors);return r}var QD={match_all:{}};function $D(e){return e.replace(/[\\*?]/g,e=>`\\`+e)}function eO(e){return/^[\x00-\x7f]*$/.test(e)}var tO=class{opts;errors=[];constructor(e){this.opts=e}unsupported(e,t,n=`backend/unsupported`){return this.errors.push(j(n,`Query DSL: ${e}`,{file:this.opts.file,pos:t.pos})),QD}expr(e){switch(e.kind){case`And`:{let t=e.children.filter(e=>e.kind!==`Not`).map(e=>this.expr(e)),n=e.children.filter(e=>e.kind===`Not`).map(e=>this.expr(e.child)),r={};return t.length&&(r.filter=t),n.length&&(r.must_not=n),{bool:r}}case`Or`:return{bool:{should:e.children.map(e=>this.expr(e)),minimum_should_match:1}};case`Not`:return{bool:{must_not:[this.expr(e.child)]}};case`Const`:return e.value?QD:{match_none:{}};case`Match`:return this.match(e);case`Keyword`:return this.keyword(e);case`Exists`:return{exists:{field:e.field.path}};case`Compare`:return this.compare(e);case`Regex`:return this.regex(e);case`Cidr`:return this.cidr(e);case`FieldEquals`:return this.unsupported(`field-to-field comparison (${e.field.path} = ${e.other.path}) needs a script query`,e);case`EvalCondition`:return this.unsupported(`an SPL eval condition has no Query DSL form (use ES|QL)`,e)}}valueQuery(e,t,n,r){if(_(t).shape===`any`)return{exists:{field:e}};let i=t.parts.filter(e=>typeof e==`string`).join(``),a=!n&&eD(i),o=this.opts.caseInsensitive??`flag`;if(a){if(o===`lowercase-field`){let n={parts:t.parts.map(e=>m(e)?e:KD(e))};return this.native(`${e}.${this.opts.lowercaseSuffix??`lower`}`,n,!1)}return o===`exact`?(this.opts.diagnostics?.push(j(`backend/approximation`,`Query DSL: '${i}' is matched case-sensitively (caseInsensitive: exact)`,{file:this.opts.file,pos:r.pos})),this.native(e,t,!1)):(o===`flag`||o===`to-lower`)&&eO(i)?this.native(e,t,!0):{regexp:{[e]:{value:kD(t,!0),flags:`ALL`}}}}return this.native(e,t,!1)}native(e,t,n){let r=_(t),i=n?{case_insensitive:!0}:{};if(r.shape===`exact`)return{term:{[e]:{value:r.value,...i}}};if(r.shape===`prefix`)return{prefix:{[e]:{value:r.value,...i}}};let a=t.parts.map(e=>m(e)?e.wildcard:$D(e)).join(``);return{wildcard:{[e]:{value:a,...i}}}}match(e){return this.valueQuery(e.field.path,e.pattern,e.caseSensitive,e)}keyword(e){if(e.scope===`raw`)return this.valueQuery(this.opts.rawField??`event.original`,e.pattern,e.caseSensitive,e);let t=this.opts.keywordFields;return t&&t.length>0?{bool:{should:t.map(t=>this.valueQuery(t,e.pattern,e.caseSensitive,e)),minimum_should_match:1}}:{query_string:{query:WD(e,{...this.opts,caseInsensitive:`char-classes`,file:this.opts.file}),default_field:`*`,allow_leading_wildcard:!0}}}compare(e){if(e.timePart)return this.unsupported(`comparing the ${e.timePart} of a date needs a script`,e);if(e.numeric&&(typeof e.value!=`number`||!Number.isFinite(e.value)))return this.unsupported(`numeric comparison with '${e.value}'`,e);let t=e.value,n=e.op===`eq`?{gte:t,lte:t}:{[e.op]:t};return{range:{[e.field.path]:n}}}regex(e){let t=OD(e.pattern,e.flags);return t.ok?{regexp:{[e.field.path]:{value:t.regexp,flags:`ALL`}}}:this.unsupported(`regex /${e.pattern}/ cannot be written as a Lucene regexp: ${t.reason}`,e,`backend/regex-untranslatable`)}cidr(e){let t=AD(e.cidr);return t?this.opts.cidr===`ip-field`?{term:{[e.field.path]:{value:e.cidr}}}:t.version===6?this.unsupported(`IPv6 network ${e.cidr} on a keyword field; use cidr: "ip-field" with an ip-mapped field`,e):{regexp:{[e.field.path]:{value:PD(t),flags:`ALL`}}}:this.unsupported(`'${e.cidr}' is not a network`,e)}},nO={name:`dsl`,description:`Elasticsearch Query DSL (native bool/term/prefix/wildcard/regexp/range/exists JSON)`,convert(e,t){let n=[],r=XD(e,JD(t,n));return{output:JSON.stringify({query:r},null,2),extension:`json`,diagnostics:n}}},rO=`state.`;function iO(e,t){return e.logsource.custom?.[rO+t]}var aO=/^[A-Za-z_@][A-Za-z0-9_.@]*$/,oO=new Set([`and`,`or`,`not`,`is`,`null`,`like`,`rlike`,`in`,`as`,`by`,`true`,`false`,`asc`,`desc`,`nulls`,`first`,`last`,`on`,`with`,`metadata`]);function Z(e){return aO.test(e)&&e.split(`.`).every(e=>e.length>0&&!oO.has(e.toLowerCase()))?e:"`"+e.replace(/`/g,"``")+"`"}function sO(e){return`"`+e.replace(/[\\"\n\r\t]/g,e=>({"\\":`\\\\`,'"':`\\"`,"\n":`\\n`,"\r":`\\r`,"	":`\\t`})[e])+`"`}function cO(e){return String(e)}function lO(e){return e.replace(/[\\*?]/g,e=>`\\`+e)}function uO(e){for(let[t,n]of[[864e5,`days`],[36e5,`hours`],[6e4,`minutes`],[1e3,`seconds`]])if(e%t===0)return`${e/t} ${n}`;return`${e} milliseconds`}function dO(e,t={}){let n=new mO(t,e.file),r=[`FROM ${(t.index??iO(e,`index`)??`logs-*`).split(`,`).map(e=>/^[\w.*:-]+$/.test(e.trim())?e.trim():sO(e.trim())).join(`, `)}`];if(e.correlation)r.push(...n.correlation(e,e.correlation));else{let t=pe(e.filter);t.kind===`Const`&&t.value||r.push(`WHERE ${n.cond(t)}`),e.pipeline.forEach((t,i)=>r.push(...n.stage(t,e.pipeline.slice(i+1))))}if(n.errors.length)throw new he(n.errors);return r.join(`
| `)}var fO={count:`COUNT`,dc:`COUNT_DISTINCT`,distinct_count:`COUNT_DISTINCT`,values:`VALUES`,min:`MIN`,max:`MAX`,sum:`SUM`,avg:`AVG`,mean:`AVG`,median:`MEDIAN`,perc:`PERCENTILE`,p:`PERCENTILE`},pO={minute:`MINUTE_OF_HOUR`,hour:`HOUR_OF_DAY`,day:`DAY_OF_MONTH`,month:`MONTH_OF_YEAR`,year:`YEAR`},mO=class{opts;file;errors=[];constructor(e,t){this.opts=e,this.file=t}unsupported(e,t,n=`backend/unsupported`){return this.errors.push(j(n,`ES|QL: ${e}`,{file:this.file,pos:t})),`TRUE`}warn(e,t){this.opts.diagnostics?.push(j(`backend/approximation`,`ES|QL: ${e}`,{file:this.file,pos:t}))}cond(e){switch(e.kind){case`And`:return`(`+e.children.map(e=>this.cond(e)).join(` AND `)+`)`;case`Or`:return`(`+e.children.map(e=>this.cond(e)).join(` OR `)+`)`;case`Not`:return`NOT COALESCE(${this.cond(e.child)}, FALSE)`;case`Const`:return e.value?`TRUE`:`FALSE`;case`Match`:return this.match(e);case`Keyword`:return this.keyword(e);case`Exists`:return`${Z(e.field.path)} IS NOT NULL`;case`Compare`:return this.compare(e);case`Regex`:return this.regex(e);case`Cidr`:return this.cidr(e);case`FieldEquals`:return e.caseSensitive?`${Z(e.field.path)} == ${Z(e.other.path)}`:(this.warn(`case-insensitive field comparison uses TO_LOWER (full lower-casing, not case folding)`,e.pos),`TO_LOWER(${Z(e.field.path)}) == TO_LOWER(${Z(e.other.path)})`);case`EvalCondition`:return`COALESCE(${this.value(e.expr,e.pos)}, FALSE)`}}valueCond(e,t,n,r){let i=Z(e);if(_(t).shape===`any`)return`${i} IS NOT NULL`;let a=t.parts.filter(e=>typeof e==`string`).join(``),o=this.opts.caseInsensitive??`char-classes`;if(!n&&eD(a)){if(o===`to-lower`||o===`lowercase-field`){let n={parts:t.parts.map(e=>m(e)?e:KD(e))},r=o===`to-lower`?`TO_LOWER(${i})`:Z(`${e}.${this.opts.lowercaseSuffix??`lower`}`);return this.exactOrLike(r,n)}return o===`exact`?(this.warn(`'${a}' is matched case-sensitively (caseInsensitive: exact)`,r),this.exactOrLike(i,t)):`${i} RLIKE ${sO(kD(t,!0))}`}return this.exactOrLike(i,t)}exactOrLike(e,t){let n=_(t);return n.shape===`exact`?`${e} == ${sO(n.value)}`:`${e} LIKE ${sO(t.parts.map(e=>m(e)?e.wildcard:lO(e)).join(``))}`}match(e){return this.valueCond(e.field.path,e.pattern,e.caseSensitive,e.pos)}keyword(e){if(e.scope===`raw`)return this.valueCond(this.opts.rawField??`event.original`,e.pattern,e.caseSensitive,e.pos);let t=this.opts.keywordFields;return!t||t.length===0?this.unsupported(`a keyword searched in every field has no ES|QL form; pass keywordFields`,e.pos):`(`+t.map(t=>this.valueCond(t,e.pattern,e.caseSensitive,e.pos)).join(` OR `)+`)`}compare(e){let t={eq:`==`,lt:`<`,lte:`<=`,gt:`>`,gte:`>=`}[e.op];if(e.timePart){let n=pO[e.timePart];return n?`DATE_EXTRACT(${sO(n)}, TO_DATETIME(${Z(e.field.path)})) ${t} ${cO(Number(e.value))}`:this.unsupported(`the '${e.timePart}' part of a date`,e.pos)}return e.numeric?typeof e.value!=`number`||!Number.isFinite(e.value)?this.unsupported(`numeric comparison with '${e.value}'`,e.pos):`TO_DOUBLE(${Z(e.field.path)}) ${t} ${cO(e.value)}`:`${Z(e.field.path)} ${t} ${sO(String(e.value))}`}regex(e){let t=OD(e.pattern,e.flags);return t.ok?`${Z(e.field.path)} RLIKE ${sO(t.regexp)}`:this.unsupported(`regex /${e.pattern}/ cannot be written as an RLIKE pattern: ${t.reason}`,e.pos,`backend/regex-untranslatable`)}cidr(e){return AD(e.cidr)?`CIDR_MATCH(TO_IP(${Z(e.field.path)}), ${sO(e.cidr)})`:this.unsupported(`'${e.cidr}' is not a network`,e.pos)}value(e,t){switch(e.kind){case`Literal`:return e.value===null?`NULL`:typeof e.value==`number`?cO(e.value):typeof e.value==`boolean`?e.value?`TRUE`:`FALSE`:sO(e.value);case`FieldValue`:return Z(e.field.path);case`Unary`:return e.op===`NOT`?`NOT COALESCE(${this.value(e.operand,t)}, FALSE)`:`-(${this.value(e.operand,t)})`;case`Binary`:{let n=this.value(e.left,t),r=this.value(e.right,t);switch(e.op){case`+`:case`-`:case`*`:case`/`:case`%`:case`<`:case`<=`:case`>`:case`>=`:case`!=`:return`(${n} ${e.op} ${r})`;case`=`:case`==`:return`(${n} == ${r})`;case`AND`:case`OR`:return`(${n} ${e.op} ${r})`;case`.`:return`CONCAT(${n}, ${r})`;case`LIKE`:return this.like(n,e.right,t);default:return this.unsupported(`operator ${e.op}`,t)}}case`Call`:return this.call(e.name,e.args,t)}}like(e,t,n){return t.kind!==`Literal`||typeof t.value!=`string`?this.unsupported(`like() with a computed pattern`,n):`(${e} LIKE ${sO([...t.value].map(e=>e===`%`?`*`:e===`_`?`?`:lO(e)).join(``))})`}call(e,t,n){let r=e=>this.value(t[e],n),i={lower:`TO_LOWER`,upper:`TO_UPPER`,len:`LENGTH`,abs:`ABS`,mvcount:`MV_COUNT`,trim:`TRIM`,tostring:`TO_STRING`,round:`ROUND`,coalesce:`COALESCE`,mvjoin:`MV_CONCAT`};if(i[e])return`${i[e]}(${t.map((e,t)=>r(t)).join(`, `)})`;switch(e){case`isnull`:return`(${r(0)} IS NULL)`;case`isnotnull`:return`(${r(0)} IS NOT NULL)`;case`tonumber`:return t.length===1?`TO_DOUBLE(${r(0)})`:this.unsupported(`tonumber() with a base`,n);case`if`:return`CASE(${r(0)}, ${r(1)}, ${r(2)})`;case`like`:return this.like(r(0),t[1],n);case`match`:{let e=t[1];if(e?.kind!==`Literal`||typeof e.value!=`string`)return this.unsupported(`match() with a computed regex`,n);let i=OD(e.value,{i:!1,m:!1,s:!1});return i.ok?`(${r(0)} RLIKE ${sO(i.regexp)})`:this.unsupported(`regex /${e.value}/: ${i.reason}`,n,`backend/regex-untranslatable`)}case`substr`:{let e=t[1]?.kind===`Literal`&&typeof t[1].value==`number`?t[1].value:void 0;return e===void 0?this.unsupported(`substr() with a computed start`,n):t.length>2?`SUBSTRING(${r(0)}, ${cO(e)}, ${r(2)})`:`SUBSTRING(${r(0)}, ${cO(e)})`}default:return this.unsupported(`eval function ${e}()`,n)}}stage(e,t=[]){switch(e.kind){case`Filter`:{let t=pe(e.filter);return t.kind===`Const`&&t.value?[]:[`WHERE ${this.cond(t)}`]}case`Fillnull`:{let n=e.fields?.map(gO);return n===void 0&&(n=hO(t),this.warn(`fillnull without a field list fills the fields later stages read (${n.join(`, `)||`none`}); Splunk would leave a field that no selected event has missing`,e.pos)),n.length===0?[]:[`EVAL ${n.map(t=>`${Z(t)} = COALESCE(${Z(t)}, ${sO(e.value)})`).join(`, `)}`]}case`Stats`:return this.stats(e);case`Eval`:return[`EVAL ${e.assignments.map(t=>`${Z(t.field)} = ${this.value(t.expr,e.pos)}`).join(`, `)}`];case`Rename`:return e.renames.some(e=>e.from.includes(`*`)||e.to.includes(`*`))?(this.unsupported(`rename with wildcards`,e.pos),[]):[`RENAME ${e.renames.map(e=>`${Z(gO(e.from))} AS ${Z(e.to)}`).join(`, `)}`];case`Table`:return[`KEEP ${e.fields.map(e=>_O(gO(e))).join(`, `)}`];case`Fields`:return[`${e.mode===`keep`?`KEEP`:`DROP`} ${e.fields.map(e=>_O(gO(e))).join(`, `)}`];case`Sort`:return[`SORT ${e.keys.map(e=>`${Z(gO(e.field))}${e.descending?` DESC`:` ASC`}`).join(`, `)}`,...e.limit!==null&&e.limit>0?[`LIMIT ${e.limit}`]:[]];case`Head`:return[`LIMIT ${e.count}`];case`Bin`:{if(!e.span)return this.unsupported(`bin without span`,e.pos),[];let t=vO(e.span);return t===void 0?(this.unsupported(`bin span '${e.span}'`,e.pos),[]):[`EVAL ${Z(e.as??e.field)} = DATE_TRUNC(${uO(t)}, ${Z(e.field)})`]}default:{let t=e.kind===`Command`?e.name:e.kind.toLowerCase();return this.unsupported(`the SPL command '${t}' has no ES|QL equivalent here`,e.pos),[]}}}stats(e){if(e.command!==`stats`)return this.unsupported(`'${e.command}' (only stats maps to ES|QL STATS)`,e.pos),[];let t=[];e.by.length&&t.push(`WHERE ${e.by.map(e=>`${Z(e.path)} IS NOT NULL`).join(` AND `)}`);let n=[],r=[];for(let t of e.aggregations){let e=fO[t.fn];if(!e||t.eval){this.unsupported(`aggregation ${t.fn}${t.eval?`(eval(...))`:``}`,t.pos);continue}let i=t.field?Z(t.field.path):`*`;e===`COUNT_DISTINCT`&&this.warn(`${t.as}: COUNT_DISTINCT is exact only up to its precision threshold (approximate above 3000 values)`,t.pos);let a=e===`PERCENTILE`?`PERCENTILE(${i}, ${t.percentile??50})`:`${e}(${i})`;n.push(`${Z(t.as)} = ${a}`),e===`VALUES`&&r.push(`${Z(t.as)} = MV_SORT(${Z(t.as)})`)}return t.push(`STATS ${n.join(`, `)}${e.by.length?` BY ${e.by.map(e=>Z(e.path)).join(`, `)}`:``}`),r.length&&t.push(`EVAL ${r.join(`, `)}`),t}correlation(e,t){let n=t.rules.map(e=>(this.opts.rules??[]).find(t=>t.meta.id===e||t.meta.name===e)),r=t.rules.filter((e,t)=>!n[t]);if(r.length)return this.unsupported(`correlation references rules that are not loaded: ${r.join(`, `)}`,t.pos),[];if(t.aliases&&Object.keys(t.aliases).length)return this.unsupported(`correlation field aliases`,t.pos),[];let i=Z(this.opts.timestampField??`@timestamp`),a=n.map(e=>pe(e.filter)),o=[`WHERE ${this.cond(pe(C(a)))}`];this.warn(`the ${t.timespan} window is a fixed time bucket (DATE_TRUNC), not Sigma's sliding window: bursts that straddle a bucket edge can be missed`,t.pos),o.push(`EVAL _window = DATE_TRUNC(${uO(t.timespanMs)}, ${i})`);let s=[`_window`,...t.groupBy.map(e=>Z(e))].join(`, `),c,l=t.field?.[0]?Z(t.field[0]):void 0;switch(t.type){case`event_count`:c=`COUNT(*)`;break;case`value_count`:c=`COUNT_DISTINCT(${l})`;break;case`value_sum`:c=`SUM(${l})`;break;case`value_avg`:c=`AVG(${l})`;break;case`value_median`:c=`MEDIAN(${l})`;break;case`value_percentile`:c=`PERCENTILE(${l}, ${t.percentile??50})`;break;case`temporal`:{let e=a.map((e,t)=>`_rule${t} = CASE(COALESCE(${this.cond(e)}, FALSE), 1, 0)`);return o.push(`EVAL ${e.join(`, `)}`),o.push(`STATS ${a.map((e,t)=>`_rule${t} = MAX(_rule${t})`).join(`, `)} BY ${s}`),o.push(`EVAL measure = ${a.map((e,t)=>`_rule${t}`).join(` + `)}`),o.push(`WHERE ${this.conditions(t,`measure`)}`),o}default:return this.unsupported(`correlation type ${t.type} (event order has no ES|QL form)`,t.pos),[]}return t.type!==`event_count`&&!l?(this.unsupported(`correlation ${t.type} without a field`,t.pos),[]):(o.push(`STATS measure = ${c} BY ${s}`),o.push(`WHERE ${this.conditions(t,`measure`)}`),o)}conditions(e,t){let n={gt:`>`,gte:`>=`,lt:`<`,lte:`<=`,eq:`==`,neq:`!=`};return e.conditions.map(e=>`${t} ${n[e.op]} ${cO(e.value)}`).join(` AND `)||`TRUE`}};function hO(e){let t=new Set;for(let n of e){if(n.kind===`Stats`){for(let e of n.by)t.add(e.path);for(let e of n.aggregations)e.field&&t.add(e.field.path);break}if((n.kind===`Table`||n.kind===`Fields`)&&n.fields.filter(e=>!e.includes(`*`)).forEach(e=>t.add(gO(e))),n.kind===`Sort`&&n.keys.forEach(e=>t.add(gO(e.field))),n.kind===`Rename`||n.kind===`Eval`)break}return[...t]}function gO(e){return e.replace(/\{\}/g,``)}function _O(e){return/^[A-Za-z_@*][A-Za-z0-9_.@*]*$/.test(e)?e:Z(e)}function vO(e){let t=/^(\d+)(s|sec|secs|m|min|mins|h|hr|hrs|d|day|days)$/.exec(e);if(!t)return;let n=t[2][0]===`s`?1e3:t[2][0]===`m`?6e4:t[2][0]===`h`?36e5:864e5;return Number(t[1])*n}var yO={name:`esql`,description:`Elasticsearch ES|QL query (filter, SPL stats/eval/rename/keep/sort/limit, Sigma correlations); ES >= 8.14`,convert(e,t){let n=[];return{output:dO(e,{...JD(t,n),...typeof t.index==`string`?{index:t.index}:{},...typeof t.timestampField==`string`?{timestampField:t.timestampField}:{},...Array.isArray(t.rules)?{rules:t.rules}:{}}),extension:`esql`,diagnostics:n}}},bO={reconnaissance:{id:`TA0043`,name:`Reconnaissance`},"resource-development":{id:`TA0042`,name:`Resource Development`},"initial-access":{id:`TA0001`,name:`Initial Access`},execution:{id:`TA0002`,name:`Execution`},persistence:{id:`TA0003`,name:`Persistence`},"privilege-escalation":{id:`TA0004`,name:`Privilege Escalation`},"defense-evasion":{id:`TA0005`,name:`Defense Evasion`},"credential-access":{id:`TA0006`,name:`Credential Access`},discovery:{id:`TA0007`,name:`Discovery`},"lateral-movement":{id:`TA0008`,name:`Lateral Movement`},collection:{id:`TA0009`,name:`Collection`},exfiltration:{id:`TA0010`,name:`Exfiltration`},"command-and-control":{id:`TA0011`,name:`Command and Control`},impact:{id:`TA0040`,name:`Impact`}};function xO(e){let t=[],n=[],r=new Map,i=e=>{let t=/^t(\d{4})(?:\.(\d{3}))?$/i.exec(e);if(!t)return!1;let n=`T${t[1]}`;return r.has(n)||r.set(n,new Set),t[2]&&r.get(n).add(`${n}.${t[2]}`),!0};for(let r of e.meta.tags){let e=/^attack\.(.+)$/i.exec(r);if(!e)continue;let a=e[1].toLowerCase().replace(/_/g,`-`);i(a)||/^[gs]\d{4}$/.test(a)||(bO[a]?t.push(a):n.push(a))}for(let t of e.meta.splunk?.mitreAttackIds??[])i(t);let a=[...r.entries()].map(([e,t])=>({id:e,name:e,reference:`https://attack.mitre.org/techniques/${e}/`,...t.size?{subtechnique:[...t].map(e=>({id:e,name:e,reference:`https://attack.mitre.org/techniques/${e.replace(`.`,`/`)}/`}))}:{}}));return{threat:[...new Set(t)].map(e=>({framework:`MITRE ATT&CK`,tactic:{...bO[e],reference:`https://attack.mitre.org/tactics/${bO[e].id}/`},...a.length?{technique:a}:{}})),unknownTactics:n}}var SO={informational:[`low`,21],low:[`low`,21],medium:[`medium`,47],high:[`high`,73],critical:[`critical`,99]};function CO(e){let t=e.meta.splunk?.riskScore;if(typeof t==`number`&&Number.isFinite(t)){let e=Math.max(0,Math.min(100,Math.round(t)));return[e>=90?`critical`:e>=70?`high`:e>=40?`medium`:`low`,e]}return SO[(e.meta.level??`medium`).toLowerCase()]??SO.medium}function wO(e,t){let n=(2166136261^t)>>>0;for(let t=0;t<e.length;t++)n^=e.charCodeAt(t),n=Math.imul(n,16777619)>>>0;return n>>>0}function TO(e){let t=e.meta.id;if(t&&/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(t))return t.toLowerCase();let n=`rulecast:${t??``}:${e.meta.name??``}:${e.meta.title}`,r=[1,2,3,4].map(e=>wO(n,e).toString(16).padStart(8,`0`)).join(``),i=r.slice(0,12)+`8`+r.slice(13,16)+(parseInt(r[16],16)&3|8).toString(16)+r.slice(17);return`${i.slice(0,8)}-${i.slice(8,12)}-${i.slice(12,16)}-${i.slice(16,20)}-${i.slice(20,32)}`}function EO(e){let t=/^(\d+)([smhd])$/.exec(e);return t?Number(t[1])*{s:1e3,m:6e4,h:36e5,d:864e5}[t[2]]:void 0}function DO(e){for(let[t,n]of[[864e5,`d`],[36e5,`h`],[6e4,`m`]])if(e%t===0)return`${e/t}${n}`;return`${Math.ceil(e/1e3)}s`}function OO(e,t={}){let n=t.diagnostics??[],r=e.correlation!==void 0||e.pipeline.some(e=>e.kind!==`Filter`),i=t.index??iO(e,`index`)??`logs-*`,[a,o]=CO(e),{threat:s,unknownTactics:c}=xO(e);c.length&&n.push(j(`convert/dropped`,`Elastic rule: ATT&CK tactic(s) ${c.join(`, `)} have no id in rulecast's tactic table; left out of threat`,{file:e.file,pos:e.meta.positions?.tags??e.pos}));let l=t.interval??`5m`,u=EO(t.lookback??`1m`)??6e4,d=e.correlation?.timespanMs??0,f=`now-${DO((EO(l)??3e5)+u+d)}`,p=r?dO(e,{...t,index:i,diagnostics:n}):UD(e,{...t,diagnostics:n}),m={rule_id:TO(e),name:e.meta.title,description:(e.meta.description??e.meta.title).trim(),type:r?`esql`:`query`,language:r?`esql`:`lucene`,query:p,...r?{}:{index:i.split(`,`).map(e=>e.trim())},severity:a,risk_score:o,threat:s,references:[...e.meta.references],false_positives:[...e.meta.falsepositives,...e.meta.splunk?.knownFalsePositives?[e.meta.splunk.knownFalsePositives]:[]],author:e.meta.author?e.meta.author.split(/\s*,\s*/).filter(Boolean):[],tags:[...e.meta.tags,...e.meta.splunk?.analyticStories??[]],from:f,interval:l,enabled:t.enabled??!1,version:e.meta.splunk?.version??1,max_signals:100};return e.meta.license&&(m.license=e.meta.license),m}function kO(e,t){return{...JD(e,t),stages:`refuse`,...typeof e.index==`string`?{index:e.index}:{},...typeof e.interval==`string`?{interval:e.interval}:{},...Array.isArray(e.rules)?{rules:e.rules}:{}}}var AO={name:`elastic-rule`,description:`Elastic Security detection rule (import NDJSON: query/lucene or esql rule, severity, risk score, MITRE threat)`,convert(e,t){let n=[];return{output:JSON.stringify(OO(e,kO(t,n))),extension:`ndjson`,diagnostics:n}}},Q=(e,t=!1)=>t?{sigma:e,basename:t}:{sigma:e},jO={process:Q(`CommandLine`),process_path:Q(`Image`),process_name:Q(`Image`,!0),process_exec:Q(`Image`,!0),parent_process:Q(`ParentCommandLine`),parent_process_path:Q(`ParentImage`),parent_process_name:Q(`ParentImage`,!0),parent_process_exec:Q(`ParentImage`,!0),process_id:Q(`ProcessId`),parent_process_id:Q(`ParentProcessId`),process_guid:Q(`ProcessGuid`),parent_process_guid:Q(`ParentProcessGuid`),user:Q(`User`),dest:Q(`Computer`),process_current_directory:Q(`CurrentDirectory`),original_file_name:Q(`OriginalFileName`),process_hash:Q(`Hashes`),process_integrity_level:Q(`IntegrityLevel`)},MO={file_path:Q(`TargetFilename`),file_name:Q(`TargetFilename`,!0),process_path:Q(`Image`),process_name:Q(`Image`,!0),process_id:Q(`ProcessId`),process_guid:Q(`ProcessGuid`),user:Q(`User`),dest:Q(`Computer`),file_create_time:Q(`CreationUtcTime`)},NO={registry_path:Q(`TargetObject`),registry_key_name:Q(`TargetObject`,!0),registry_value_data:Q(`Details`),registry_value_name:Q(`TargetObject`,!0),process_path:Q(`Image`),process_name:Q(`Image`,!0),process_id:Q(`ProcessId`),process_guid:Q(`ProcessGuid`),user:Q(`User`),dest:Q(`Computer`),action:Q(`EventType`)},PO={src_ip:Q(`SourceIp`),src:Q(`SourceIp`),src_port:Q(`SourcePort`),dest_ip:Q(`DestinationIp`),dest:Q(`DestinationIp`),dest_port:Q(`DestinationPort`),transport:Q(`Protocol`),protocol:Q(`Protocol`),app:Q(`Image`),process_id:Q(`ProcessId`),user:Q(`User`),dest_host:Q(`DestinationHostname`),src_host:Q(`SourceHostname`),direction:Q(`Initiated`)},FO={query:Q(`QueryName`),answer:Q(`QueryResults`),reply_code:Q(`QueryStatus`),src:Q(`Computer`),dest:Q(`Computer`),process_name:Q(`Image`,!0),process_path:Q(`Image`)},IO={user:Q(`TargetUserName`),src_user:Q(`SubjectUserName`),src:Q(`IpAddress`),dest:Q(`Computer`),signature_id:Q(`EventID`),Logon_Type:Q(`LogonType`),authentication_method:Q(`AuthenticationPackageName`),app:Q(`ProcessName`)},LO={url:Q(`c-uri`),uri_path:Q(`cs-uri-stem`),uri_query:Q(`cs-uri-query`),http_method:Q(`cs-method`),http_user_agent:Q(`cs-user-agent`),status:Q(`sc-status`),src:Q(`c-ip`),dest:Q(`cs-host`),site:Q(`cs-host`),http_referrer:Q(`cs-referer`),http_content_type:Q(`cs-content-type`),bytes_in:Q(`cs-bytes`),bytes_out:Q(`sc-bytes`)},RO={user:Q(`user`),object:Q(`object`),object_category:Q(`object_category`),action:Q(`action`),command:Q(`command`),dest:Q(`dest`),src:Q(`src`),status:Q(`status`)},zO=[{model:`Endpoint.Processes`,objects:[`Processes`],table:jO},{model:`Endpoint.Filesystem`,objects:[`Filesystem`],table:MO},{model:`Endpoint.Registry`,objects:[`Registry`],table:NO},{model:`Network_Traffic`,objects:[`All_Traffic`],table:PO},{model:`Network_Resolution`,objects:[`DNS`],table:FO},{model:`Authentication`,objects:[`Authentication`,`Failed_Authentication`,`Successful_Authentication`],table:IO},{model:`Web`,objects:[`Web`,`Proxy`],table:LO},{model:`Change`,objects:[`All_Changes`,`Account_Management`,`Instance_Changes`,`Endpoint_Changes`],table:RO}];function BO(e){return zO.find(t=>e===t.model||e.startsWith(t.model+`.`))}function VO(e){return BO(e)!==void 0}function HO(e,t){let n=BO(e);if(!n)return{kind:`not-cim`};let r=t.indexOf(`.`),i=r>0?t.slice(0,r):void 0,a=i&&n.objects.includes(i)?t.slice(r+1):t,o=n.table[a];return o?{kind:`mapped`,mapping:o}:{kind:`unmapped`,bare:a}}function UO(e){if(e.kind===`FieldValue`)return{field:e.field};if(e.kind===`Call`&&(e.name===`lower`||e.name===`upper`)&&e.args.length===1&&e.args[0].kind===`FieldValue`)return{field:e.args[0].field,folded:e.name}}function WO(e){if(e.kind===`Literal`)return e.value;if(e.kind===`Unary`&&e.op===`-`&&e.operand.kind===`Literal`&&typeof e.operand.value==`number`)return-e.operand.value}function GO(e){let t=[],n=``;for(let r=0;r<e.length;r++){let i=e[r];i===`\\`&&r+1<e.length?n+=e[++r]:i===`%`||i===`_`?(t.push(n,i===`%`?f:p),n=``):n+=i}return t.push(n),t}function KO(e,t){let n=String(t);return e.folded?(e.folded===`lower`?n.toLowerCase():n.toUpperCase())===n?D(e.field,n,!1):E:typeof t==`number`?O(e.field,`eq`,t,{numeric:!0}):D(e.field,n,!0)}var qO={"<":`gt`,"<=":`gte`,">":`lt`,">=":`lte`},JO={"<":`lt`,"<=":`lte`,">":`gt`,">=":`gte`};function YO(e){let t=[],n=e=>{if(e.kind===`FieldValue`)t.some(t=>t.path===e.field.path)||t.push(e.field);else if(e.kind===`Call`){if(e.name===`isnull`||e.name===`isnotnull`||e.name===`coalesce`||e.name===`if`||e.name===`case`)return;e.args.forEach(n)}else if(e.kind===`Binary`){if(e.op===`OR`||e.op===`AND`||e.op===`XOR`)return;n(e.left),n(e.right)}else e.kind===`Unary`&&n(e.operand)};return n(e),t}function XO(e){let[t,n]=e.args;switch(e.name){case`isnull`:return t?.kind===`FieldValue`?w(k(t.field)):void 0;case`isnotnull`:return t?.kind===`FieldValue`?k(t.field):void 0;case`like`:{let e=t&&UO(t),r=n&&WO(n);if(!e||typeof r!=`string`)return;let i=GO(e.folded?e.folded===`lower`?r.toLowerCase():r.toUpperCase():r);return D(e.field,h(i),!e.folded)}case`match`:{let e=t&&UO(t),r=n&&WO(n);if(!e||e.folded||typeof r!=`string`)return;let i=/^\(\?([ims]+)\)/.exec(r),a={i:!!i?.[1]?.includes(`i`),m:!!i?.[1]?.includes(`m`),s:!!i?.[1]?.includes(`s`)};return te(e.field,i?r.slice(i[0].length):r,a)}case`cidrmatch`:{let e=t&&WO(t);return typeof e==`string`&&n?.kind===`FieldValue`?ne(n.field,e):void 0}case`in`:{let n=t&&UO(t);if(!n)return;let r=e.args.slice(1).map(WO);return r.some(e=>typeof e!=`string`&&typeof e!=`number`)?void 0:C(r.map(e=>KO(n,e)))}default:return}}function ZO(e){switch(e.kind){case`Literal`:return typeof e.value==`boolean`?ee(e.value):void 0;case`Call`:return XO(e);case`Unary`:{if(e.op!==`NOT`)return;let t=ZO(e.operand);return t?S([...YO(e.operand).map(e=>k(e)),w(t)]):void 0}case`Binary`:{if(e.op===`AND`||e.op===`OR`){let t=ZO(e.left),n=ZO(e.right);return!t||!n?void 0:e.op===`AND`?S([t,n]):C([t,n])}if(e.op===`LIKE`)return XO({kind:`Call`,name:`like`,args:[e.left,e.right]});let t=UO(e.left),n=UO(e.right),r=t??n,i=WO(t?e.right:e.left);if(!r||i==null)return;if(e.op===`=`||e.op===`==`)return KO(r,i);if(e.op===`!=`)return oe(r.field,KO(r,i));let a=t?JO[e.op]:qO[e.op];return!a||typeof i!=`number`||r.folded?void 0:O(r.field,a,i,{numeric:!0})}default:return}}var QO=new Set([`index`,`source`,`sourcetype`,`eventtype`,`splunk_server`,`host_index`]);function $O(e,t){if(e.origin?.macros?.some(e=>t.logSourceMacros.has(e)))return!0;if(`field`in e&&e.field?.kind===`Field`){let t=e.field;return!!t.metadata||QO.has(t.path)}return!1}function ek(e,t){let n=!1;return A(e,e=>{$O(e,t)&&(n=!0)}),n}function tk(e,t){let n=pe(e);return se(S((n.kind===`And`?n.children:[n]).filter(e=>{if(!ek(e,t))return!0;let n=!1;A(e,e=>{e.kind!==`And`&&e.kind!==`Or`&&e.kind!==`Not`&&e.kind!==`Const`&&!$O(e,t)&&(n=!0)});let r=e.kind!==`And`&&(e.kind!==`Or`||e.children.every(e=>e.kind!==`And`&&e.kind!==`Or`));return!n||t.logSourceKnown&&r||t.report.push(j(`backend/approximation`,`a log source condition (index/source/sourcetype/eventtype) is OR-ed with event conditions; the group was replaced by the Sigma logsource, which applies to the whole rule`,{file:t.file,pos:e.pos})),!1})),e=>e.kind===`Not`||e.kind===`And`||e.kind===`Or`||e.kind===`Const`||!$O(e,t)?e:(t.report.push(j(`backend/approximation`,"a log source condition nested under OR/NOT was replaced by `true` (the Sigma logsource applies to the whole rule)",{file:t.file,pos:e.pos})),T))}function nk(e,t){if(!t.datamodel)return{field:e,basename:!1};let n=HO(t.datamodel,e.path);return n.kind===`mapped`?{field:x(n.mapping.sigma,{pos:e.pos}),basename:!!n.mapping.basename}:n.kind===`unmapped`?(t.report.push(j(`backend/approximation`,`CIM field \`${e.path}\` of data model ${t.datamodel} has no Sigma taxonomy name; kept as \`${n.bare}\``,{file:t.file,pos:e.pos})),{field:x(n.bare,{pos:e.pos}),basename:!1}):{field:e,basename:!1}}function rk(e,t,n){let r=e.pattern.parts,i=r[0];return i!==void 0&&typeof i!=`string`&&i.wildcard===`*`?D(t,e.pattern,e.caseSensitive,{pos:e.pos}):(v(e.pattern)||n.report.push(j(`backend/approximation`,`\`${e.field.path}\` holds a file name; its pattern is matched against the end of the full path \`${t.path}\` (a path whose directory matches the pattern also matches)`,{file:n.file,pos:e.pos})),C([D(t,h([f,`\\`,...r]),e.caseSensitive,{pos:e.pos}),D(t,h([f,`/`,...r]),e.caseSensitive,{pos:e.pos})]))}function ik(e,t){return se(e,e=>{switch(e.kind){case`Match`:{let{field:n,basename:r}=nk(e.field,t);return r?rk(e,n,t):n===e.field?e:Object.freeze({...e,field:n})}case`Compare`:case`Regex`:case`Cidr`:case`Exists`:{let{field:n,basename:r}=nk(e.field,t);return r&&e.kind!==`Exists`&&t.report.push(j(`backend/approximation`,`\`${e.field.path}\` holds a file name; the ${e.kind.toLowerCase()} is applied to the full path \`${n.path}\``,{file:t.file,pos:e.pos})),n===e.field?e:Object.freeze({...e,field:n})}case`FieldEquals`:return Object.freeze({...e,field:nk(e.field,t).field,other:nk(e.other,t).field});default:return e}})}function ak(e,t){return se(e,e=>{if(e.kind===`EvalCondition`)return ZO(e.expr)||e;if(e.kind===`Keyword`&&e.scope===`raw`){t.report.push(j(`backend/approximation`,`an SPL bare search term matches the raw event text; Sigma keywords match field values, so a term that spans a field name or JSON syntax is not found the same way`,{file:t.file,pos:e.pos}));let n=e.pattern.parts;return ie(h([f,...n,f]),{caseSensitive:e.caseSensitive,scope:`values`,pos:e.pos})}return e.kind===`Compare`&&e.op===`eq`&&e.numeric&&e.timePart===void 0&&t.report.push(j(`backend/approximation`,`numeric equality on \`${e.field.path}\` is written as a Sigma value, which compares text (\`5\` does not equal \`5.0\`)`,{file:t.file,pos:e.pos})),e})}function ok(e){let t=[];return A(e,e=>{e.kind===`EvalCondition`&&t.push(e)}),t}function sk(e,t){return pe(ik(ak(tk(e,t),t),t))}var ck=e=>({product:`windows`,service:e}),lk=[{macro:`kube_audit`,logsource:{product:`kubernetes`,service:`audit`}},{source:`kubernetes`,logsource:{product:`kubernetes`,service:`audit`}},{macro:`sysmon`,logsource:ck(`sysmon`)},{macro:`wineventlog_security`,logsource:ck(`security`)},{macro:`wineventlog_system`,logsource:ck(`system`)},{macro:`wineventlog_application`,logsource:ck(`application`)},{macro:`wineventlog_task_scheduler`,logsource:ck(`taskscheduler`)},{macro:`powershell`,logsource:ck(`powershell`)},{macro:`applocker`,logsource:ck(`applocker`)},{macro:`wmi`,logsource:ck(`wmi`)},{macro:`capi2_operational`,logsource:ck(`capi2`)},{macro:`ntlm_audit`,logsource:ck(`ntlm`)},{macro:`printservice`,logsource:ck(`printservice-admin`)},{macro:`cloudtrail`,logsource:{product:`aws`,service:`cloudtrail`}},{sourcetype:`aws:cloudtrail`,logsource:{product:`aws`,service:`cloudtrail`}},{macro:`o365_management_activity`,logsource:{product:`m365`,service:`audit`}},{macro:`azure_monitor_aad`,logsource:{product:`azure`,service:`aad`}},{macro:`azure_audit`,logsource:{product:`azure`,service:`activitylogs`}},{macro:`linux_auditd`,logsource:{product:`linux`,service:`auditd`}},{macro:`okta`,logsource:{product:`okta`,service:`okta`}},{macro:`google_gcp_pubsub_message`,logsource:{product:`gcp`,service:`gcp.audit`}},{macro:`gws_reports_login`,logsource:{product:`google_workspace`,service:`login`}},{macro:`github`,logsource:{product:`github`,service:`audit`}},{macro:`zscaler_proxy`,logsource:{category:`proxy`,product:`zscaler`}},{macro:`stream_http`,logsource:{category:`proxy`,product:`splunk_stream`}},{macro:`stream_dns`,logsource:{category:`dns`,product:`splunk_stream`}},{macro:`aws_cloudwatchlogs_eks`,logsource:{product:`aws`,service:`eks`}},{macro:`nginx_access_logs`,logsource:{category:`webserver`,product:`nginx`}},{macro:`amazon_security_lake`,logsource:{product:`aws`,service:`security_lake`}},{macro:`ms_defender`,logsource:ck(`windefend`)},{macro:`remoteconnectionmanager`,logsource:ck(`terminalservices-remoteconnectionmanager`)},{macro:`certificateservices_lifecycle`,logsource:ck(`certificateservicesclient-lifecycle-system`)},{macro:`admon`,logsource:{product:`windows`,service:`admon`}},{macro:`crowdstrike_identities`,logsource:{product:`crowdstrike`,service:`identity_protection`}},{macro:`crowdstrike_stream`,logsource:{product:`crowdstrike`,service:`event_stream`}},{macro:`gsuite_gmail`,logsource:{product:`google_workspace`,service:`gmail`}},{macro:`gsuite_drive`,logsource:{product:`google_workspace`,service:`drive`}},{macro:`gsuite_calendar`,logsource:{product:`google_workspace`,service:`calendar`}},{macro:`gws_reports_admin`,logsource:{product:`google_workspace`,service:`admin`}},{macro:`pingid`,logsource:{product:`pingid`,service:`pingid`}},{macro:`suricata`,logsource:{category:`ids`,product:`suricata`}},{macro:`o365_graph`,logsource:{product:`m365`,service:`graph`}},{macro:`aws_securityhub_finding`,logsource:{product:`aws`,service:`securityhub`}},{macro:`cloudwatchlogs_vpcflow`,logsource:{product:`aws`,service:`vpcflowlogs`}},{macro:`aws_s3_accesslogs`,logsource:{product:`aws`,service:`s3`}},{macro:`kube_objects_events`,logsource:{product:`kubernetes`,service:`events`}},{macro:`msexchange_management`,logsource:{product:`windows`,service:`msexchange-management`}},{macro:`iis_operational_logs`,logsource:{product:`windows`,service:`iis-configuration`}},{macro:`zeek_rpc`,logsource:{product:`zeek`,service:`dce_rpc`}},{macro:`zeek_ssl`,logsource:{product:`zeek`,service:`ssl`}},{macro:`zeek_x509`,logsource:{product:`zeek`,service:`x509`}},{macro:`osquery_process`,logsource:{category:`process_creation`,product:`osquery`}},{datamodel:`Endpoint.Processes`,logsource:{category:`process_creation`}},{datamodel:`Endpoint.Filesystem`,logsource:{category:`file_event`}},{datamodel:`Endpoint.Registry`,logsource:{category:`registry_event`}},{datamodel:`Network_Traffic`,logsource:{category:`network_connection`}},{datamodel:`Network_Resolution`,logsource:{category:`dns_query`}},{datamodel:`Authentication`,logsource:{category:`authentication`}},{datamodel:`Web.Proxy`,logsource:{category:`proxy`}},{datamodel:`Web`,logsource:{category:`webserver`}},{datamodel:`Change`,logsource:{category:`change`}}],$=(e,t)=>({logsource:{product:`windows`,category:e},search:t.includes(`,`)?`\`sysmon\` EventCode IN (${t})`:`\`sysmon\` EventCode=${t}`}),uk=[$(`process_creation`,`1`),$(`file_change`,`2`),$(`network_connection`,`3`),$(`sysmon_status`,`4, 16`),$(`process_termination`,`5`),$(`driver_load`,`6`),$(`image_load`,`7`),$(`create_remote_thread`,`8`),$(`raw_access_thread`,`9`),$(`process_access`,`10`),$(`file_event`,`11`),$(`registry_add`,`12`),$(`registry_delete`,`12`),$(`registry_set`,`13`),$(`registry_rename`,`14`),$(`registry_event`,`12, 13, 14`),$(`create_stream_hash`,`15`),$(`pipe_created`,`17, 18`),$(`wmi_event`,`19, 20, 21`),$(`dns_query`,`22`),$(`file_delete`,`23, 26`),$(`clipboard_capture`,`24`),$(`process_tampering`,`25`),$(`file_block_executable`,`27`),$(`file_block_shredding`,`28`),$(`file_executable_detected`,`29`),$(`sysmon_error`,`255`),{logsource:{product:`windows`,category:`ps_script`},search:"`powershell` EventCode=4104"},{logsource:{product:`windows`,category:`ps_module`},search:"`powershell` EventCode=4103"}];function dk(e,t){return t===e||t.startsWith(e+`.`)}function fk(e,t=[]){let n=[...t,...lk],r=e.splunk??{},i=r.datamodel;if(i){let e=n.find(e=>e.datamodel!==void 0&&dk(e.datamodel,i));if(e)return{logsource:e.logsource,via:`datamodel=${i}`,macros:[]}}let a=r.macros??[];for(let e of a){let t=n.find(t=>t.macro===e);if(t)return{logsource:t.logsource,via:`\`${e}\``,macros:[e]}}for(let e of r.source??[]){let t=n.find(t=>t.source!==void 0&&t.source.toLowerCase()===e.toLowerCase());if(t)return{logsource:t.logsource,via:`source="${e}"`,macros:[]}}for(let e of r.sourcetype??[]){let t=n.find(t=>t.sourcetype!==void 0&&t.sourcetype.toLowerCase()===e.toLowerCase());if(t)return{logsource:t.logsource,via:`sourcetype="${e}"`,macros:[]}}}function pk(e=[]){return new Set([...e,...lk].flatMap(e=>e.macro?[e.macro]:[]))}var mk={T1562:`defense-evasion`,T1218:`defense-evasion`,T1059:`execution`,T1110:`credential-access`,T1548:`privilege-escalation defense-evasion`,T1078:`defense-evasion persistence privilege-escalation initial-access`,T1566:`initial-access`,T1087:`discovery`,T1098:`persistence privilege-escalation`,T1003:`credential-access`,T1190:`initial-access`,T1112:`defense-evasion`,T1053:`execution persistence privilege-escalation`,T1069:`discovery`,T1586:`resource-development`,T1204:`execution`,T1021:`lateral-movement`,T1136:`persistence`,T1547:`persistence privilege-escalation`,T1574:`persistence privilege-escalation defense-evasion`,T1543:`persistence privilege-escalation`,T1222:`defense-evasion`,T1114:`collection`,T1070:`defense-evasion`,T1036:`defense-evasion`,T1546:`privilege-escalation persistence`,T1505:`persistence`,T1133:`persistence initial-access`,T1484:`defense-evasion privilege-escalation`,T1055:`defense-evasion privilege-escalation`,T1552:`credential-access`,T1558:`credential-access`,T1105:`command-and-control`,T1556:`credential-access defense-evasion persistence`,T1134:`defense-evasion privilege-escalation`,T1485:`impact`,T1048:`exfiltration`,T1621:`credential-access`,T1071:`command-and-control`,T1047:`execution`,T1018:`discovery`,T1649:`credential-access`,T1068:`privilege-escalation`,T1027:`defense-evasion`,T1569:`execution`,T1489:`impact`,T1560:`collection`,T1555:`credential-access`,T1550:`defense-evasion lateral-movement`,T1564:`defense-evasion`,T1482:`discovery`,T1033:`discovery`,T1490:`impact`,T1127:`defense-evasion`,T1201:`discovery`,T1090:`command-and-control`,T1012:`discovery`,T1535:`defense-evasion`,T1526:`discovery`,T1219:`command-and-control`,T1195:`initial-access`,T1553:`defense-evasion`,T1528:`credential-access`,T1049:`discovery`,T1016:`discovery`,T1557:`credential-access collection`,T1498:`impact`,T1486:`impact`,T1200:`initial-access`,T1082:`discovery`,T1592:`reconnaissance`,T1567:`exfiltration`,T1542:`defense-evasion persistence`,T1537:`exfiltration`,T1530:`collection`,T1497:`defense-evasion discovery`,T1207:`defense-evasion`,T1135:`discovery`,T1590:`reconnaissance`,T1529:`impact`,T1046:`discovery`,T1589:`reconnaissance`,T1572:`command-and-control`,T1561:`impact`,T1185:`collection`,T1115:`collection`,T1113:`collection`,T1102:`command-and-control`,T1083:`discovery`,T1037:`persistence privilege-escalation`,T1020:`exfiltration`,T1014:`defense-evasion`,T1563:`lateral-movement`,T1531:`impact`,T1210:`lateral-movement`,T1203:`execution`,T1202:`defense-evasion`,T1197:`defense-evasion persistence`,T1119:`collection`,T1041:`exfiltration`,T1595:`reconnaissance`,T1588:`resource-development`,T1580:`discovery`,T1573:`command-and-control`,T1568:`command-and-control`,T1554:`persistence`,T1491:`impact`,T1220:`defense-evasion`,T1212:`credential-access`,T1199:`initial-access`,T1140:`defense-evasion`,T1095:`command-and-control`,T1056:`collection credential-access`,T1030:`exfiltration`,T1647:`defense-evasion`,T1578:`defense-evasion`,T1570:`lateral-movement`,T1559:`execution`,T1539:`credential-access`,T1538:`discovery`,T1216:`defense-evasion`,T1189:`initial-access`,T1187:`credential-access`,T1129:`execution`,T1124:`discovery`,T1091:`lateral-movement initial-access`,T1074:`collection`,T1072:`execution lateral-movement`,T1057:`discovery`,T1039:`collection`,T1005:`collection`};function hk(e){return mk[e.toUpperCase().split(`.`)[0]]?.split(` `)??[]}function gk(e){let t=e.length*8,n=new Uint8Array(Math.ceil((e.length+9)/64)*64);n.set(e),n[e.length]=128;let r=new DataView(n.buffer);r.setUint32(n.length-8,Math.floor(t/2**32)),r.setUint32(n.length-4,t>>>0);let i=1732584193,a=4023233417,o=2562383102,s=271733878,c=3285377520,l=new Uint32Array(80);for(let e=0;e<n.length;e+=64){for(let t=0;t<16;t++)l[t]=r.getUint32(e+t*4);for(let e=16;e<80;e++){let t=l[e-3]^l[e-8]^l[e-14]^l[e-16];l[e]=t<<1|t>>>31}let t=i,n=a,u=o,d=s,f=c;for(let e=0;e<80;e++){let r=e<20?n&u|~n&d:e<40?n^u^d:e<60?n&u|n&d|u&d:n^u^d,i=e<20?1518500249:e<40?1859775393:e<60?2400959708:3395469782,a=(t<<5|t>>>27)+r+f+i+l[e]>>>0;f=d,d=u,u=n<<30|n>>>2,n=t,t=a}i=i+t>>>0,a=a+n>>>0,o=o+u>>>0,s=s+d>>>0,c=c+f>>>0}let u=new Uint8Array(20),d=new DataView(u.buffer);return[i,a,o,s,c].forEach((e,t)=>d.setUint32(t*4,e)),u}function _k(e){let t=``;for(let n of e)t+=n.toString(16).padStart(2,`0`);return t}function vk(e){if(!/^(?:[0-9a-fA-F]{2})*$/.test(e))throw Error(`not hex: ${JSON.stringify(e)}`);let t=new Uint8Array(e.length/2);for(let n=0;n<t.length;n++)t[n]=parseInt(e.slice(n*2,n*2+2),16);return t}function yk(e,t){let n=vk(t.replace(/-/g,``)),r=new TextEncoder().encode(e),i=new Uint8Array(n.length+r.length);i.set(n),i.set(r,n.length);let a=gk(i).subarray(0,16);a[6]=a[6]&15|80,a[8]=a[8]&63|128;let o=_k(a);return`${o.slice(0,8)}-${o.slice(8,12)}-${o.slice(12,16)}-${o.slice(16,20)}-${o.slice(20)}`}var bk=`5a1c3f0e-8b7d-4c2a-9e61-3d0f6b2a7c45`;function xk(e,t=bk){return yk(e,t)}var Sk={production:`stable`,validation:`test`,experimental:`experimental`,deprecated:`deprecated`,removed:`deprecated`};function Ck(e){let t=e?.riskScore??(e?.impact!==void 0&&e?.confidence!==void 0?e.impact*e.confidence/100:void 0);if(t!==void 0&&Number.isFinite(t))return t>=90?`critical`:t>=70?`high`:t>=40?`medium`:t>=20?`low`:`informational`}function wk(e){let t=[],n=[];for(let r of e){if(!/^T\d{4}(\.\d{3})?$/i.test(r))continue;for(let e of hk(r))t.includes(e)||t.push(e);let e=r.toLowerCase();n.includes(e)||n.push(e)}return[...t.map(e=>`attack.${e}`),...n.map(e=>`attack.${e}`)]}function Tk(e){if(!e)return;let t=/^(\d{4})[-/](\d{2})[-/](\d{2})/.exec(e);return t?`${t[1]}-${t[2]}-${t[3]}`:void 0}function Ek(e){if(!e)return[];let t=e.trim();return t===``||/^(unknown|none|n\/a|no false positives[^a-z]*)\.?$/i.test(t)?[`Unknown`]:[t]}function Dk(e){return e.map(e=>{if(e.count===void 0)return e;let t=e.count>0?`fire`:`no-fire`;return t===e.expect?e:{...e,expect:t,name:`${e.name} (Sigma rule: fires on the selected events)`}})}function Ok(e,t=`base`){return xk(t===`base`?`splunk:${e}`:`splunk:${e}:correlation`)}function kk(e){let t=e.splunk,n=e.id?[{id:e.id,type:`derived`}]:[],r={title:e.title,tags:wk(t?.mitreAttackIds??[]),references:e.references.filter((e,t,n)=>n.indexOf(e)===t),falsepositives:Ek(t?.knownFalsePositives??e.falsepositives[0]),fields:[],related:n,tests:Dk(e.tests),custom:{}};e.id&&(r.id=Ok(e.id)),e.description&&(r.description=e.description.trim()),e.author&&(r.author=e.author);let i=Tk(e.date);i&&(r.date=i);let a=Tk(e.modified);a&&(r.modified=a);let o=e.status?Sk[e.status.toLowerCase()]:void 0;o&&(r.status=o);let s=Ck(t)??e.level;return s&&(r.level=s),r}var Ak=new Set([`lookup`,`iplocation`,`rex`,`spath`,`eval`,`extract`,`kvform`,`xmlkv`,`makemv`,`mvexpand`,`nomv`,`addinfo`,`inputlookup`,`fillnull`,`strcat`,`rangemap`]),jk=new Set([`table`,`fields`,`rename`,`sort`,`head`,`tail`,`dedup`,`convert`,`fillnull`,`bin`,`bucket`,`reverse`,`eval`,`makemv`,`nomv`,`outputlookup`,`collect`,`sendalert`,`abstract`,`highlight`,`format`]),Mk={gt:`gt`,gte:`gte`,lt:`lt`,lte:`lte`,eq:`eq`},Nk=class{steps=[];add(e,t){this.steps.push({from:e,to:t})}original(e){let t=e;for(let e=this.steps.length-1;e>=0;e--){let{from:n,to:r}=this.steps[e];if(!r.includes(`*`)){r===t&&(t=n);continue}let[i,a]=[r.slice(0,r.indexOf(`*`)),r.slice(r.indexOf(`*`)+1)];if(t.startsWith(i)&&t.endsWith(a)&&t.length>=i.length+a.length){let e=t.slice(i.length,t.length-a.length);t=n.replace(`*`,e)}}return t}};function Pk(e,t){return{file:e.file,pos:t.pos}}function Fk(e){switch(e.kind){case`Command`:return`| ${e.name} ${e.text}`.trim();case`Stats`:return`| ${e.command} ${e.aggregations.map(Ik).join(` `)}${e.by.length?` by ${e.by.map(e=>e.written??e.path).join(` `)}`:``}`;case`Rename`:return`| rename ${e.renames.map(e=>`${e.from} as ${e.to}`).join(`, `)}`;case`Table`:return`| table ${e.fields.join(` `)}`;case`Fields`:return`| fields ${e.mode===`remove`?`- `:``}${e.fields.join(` `)}`;case`Convert`:return`| convert ${e.conversions.map(e=>`${e.fn}(${e.field})`).join(` `)}`;case`Fillnull`:return`| fillnull${e.fields?` `+e.fields.join(` `):``}`;case`Filter`:return`| ${e.command} ...`;default:return`| ${e.kind.toLowerCase()}`}}function Ik(e){let t=e.field?e.field.written??e.field.path:e.eval?`eval(...)`:``,n=e.percentile===void 0?e.fn:`${e.fn}${e.percentile}`,r=t?`${n}(${t})`:n;return r===e.as?r:`${r} as ${e.as}`}function Lk(e){return e.kind===`EvalCondition`?ZO(e.expr)??e:e.kind===`And`?S(e.children.map(Lk)):e}function Rk(e){return e.kind===`And`?e.children.flatMap(Rk):[e]}function zk(e,t){let n=!1;return A(e,e=>{e.kind===`EvalCondition`&&(n=!0)}),n||le(e).some(e=>t.has(e.path)||t.has(e.written??e.path))}function Bk(e,t){let n=t.replace(/\{\}/g,``);if(!e.datamodel)return n;let r=HO(e.datamodel,n);return r.kind===`mapped`?r.mapping.sigma:r.kind===`unmapped`?r.bare:n}function Vk(e){if(!e.eval){if(e.fn===`count`&&!e.field)return{type:`event_count`};if((e.fn===`dc`||e.fn===`distinct_count`)&&e.field)return{type:`value_count`,field:e.field.path};if(e.fn===`sum`&&e.field)return{type:`value_sum`,field:e.field.path};if((e.fn===`avg`||e.fn===`mean`)&&e.field)return{type:`value_avg`,field:e.field.path}}}function Hk(e,t){let n=[],r=[],i=e=>{if(e.startsWith(`_`)||e.includes(`*`))return;let n=Bk(t,e);r.includes(n)||r.push(n)},a=new Nk,o=new Set,s,c,l,u=!1,d=e=>ue(e,e=>{let t=a.original(e.written??e.path);return t===(e.written??e.path)?e:x(t,{pos:e.pos})});return e.forEach(e=>{let r=s!==void 0;switch(e.kind){case`Filter`:{let i=Lk(e.filter);if(i.kind===`Const`&&i.value)return;let u=[],f=!1;for(let p of Rk(i)){let i=r?Uk(p,s):void 0;if(i&&!l){l={type:i.measure.type,groupBy:s.by.filter(e=>e.path!==`_time`).map(e=>Bk(t,a.original(e.path))),...i.measure.field?{field:Bk(t,a.original(i.measure.field))}:{},conditions:i.conditions,...c?{span:c}:{},statsText:Fk(s)},t.report.push(j(`convert/correlation`,`the threshold on \`${i.as}\` after \`${Fk(s)}\` becomes a Sigma ${i.measure.type} correlation rule`,Pk(t,e)));continue}let m=new Set(o);if(r)for(let e of s.aggregations)m.add(e.as);if(zk(p,m)){for(let e of m)zk(p,new Set([e]))&&!u.includes(e)&&u.push(e);f=!0}else n.push(d(p))}f&&t.report.push(j(`convert/dropped`,`\`| ${e.command}\` condition on fields computed by the search (${u.join(`, `)||`an eval expression`}) has no Sigma equivalent; dropped`,Pk(t,e)));return}case`Stats`:if(e.command===`eventstats`||e.command===`streamstats`){for(let t of e.aggregations)o.add(t.as);t.report.push(j(`convert/dropped`,`\`| ${e.command}\` adds running/group aggregates to events; Sigma has no equivalent, dropped`,Pk(t,e)));return}if(s){for(let t of e.aggregations)o.add(t.as);t.report.push(j(`convert/dropped`,`a second aggregation \`${Fk(e)}\` has no Sigma equivalent; dropped`,Pk(t,e)));return}s=e;for(let t of e.by)i(a.original(t.written??t.path));for(let t of e.aggregations)t.field&&t.fn!==`count`&&i(a.original(t.field.written??t.field.path));t.report.push(j(`convert/output-formatting`,`\`${Fk(e)}\` aggregates the selected events into rows; its fields are kept as \`fields\`${e.by.length?` (Splunk gives no row for events that miss a by-field${u&&e.command===`stats`?` no selected event has`:``}; the Sigma rule matches them)`:``}`,Pk(t,e)));return;case`Rename`:for(let t of e.renames)a.add(t.from,t.to);t.report.push(j(`convert/output-formatting`,`\`${Fk(e)}\` only renames output columns; Sigma \`fields\` keep the event field names`,Pk(t,e)));return;case`Table`:case`Fields`:if(e.kind===`Table`||e.mode===`keep`)for(let t of e.fields)o.has(t)||i(a.original(t));t.report.push(j(`convert/output-formatting`,`\`${Fk(e)}\` selects output columns; kept as \`fields\``,Pk(t,e)));return;case`Fillnull`:s||(u=!0),t.report.push(j(`convert/output-formatting`,`\`${Fk(e)}\` fills empty output columns`,Pk(t,e)));return;case`Eval`:for(let t of e.assignments)o.add(t.field);t.report.push(j(`convert/output-formatting`,`\`| eval ${e.assignments.map(e=>e.field).join(`, `)}\` computes output columns`,Pk(t,e)));return;case`Convert`:t.report.push(j(`convert/output-formatting`,`\`${Fk(e)}\` formats times for display`,Pk(t,e)));return;case`Bin`:e.field===`_time`&&e.span&&!s&&(c=e.span),t.report.push(j(`convert/output-formatting`,`\`| bin ${e.field}${e.span?` span=${e.span}`:``}\` buckets ${e.field}${c?`; its span is the correlation timespan`:``}`,Pk(t,e)));return;case`Dedup`:case`Sort`:case`Head`:t.report.push(j(`convert/output-formatting`,`\`| ${e.kind.toLowerCase()}\` orders or trims output rows`,Pk(t,e)));return;case`Command`:{let n=e.name.toLowerCase();if(n===`tstats`||n===`datamodel`||n===`from`)return;if(Ak.has(n)){for(let t of e.args)/^[A-Za-z_][\w.]*$/.test(t)&&o.add(t);for(let t of Object.values(e.options))o.add(t);for(let t of e.text.matchAll(/\(\?<([A-Za-z_]\w*)>/g))o.add(t[1]);for(let t of e.text.matchAll(/\b(?:OUTPUT|OUTPUTNEW|as|AS)\s+([\w.]+)/g))o.add(t[1]);t.report.push(j(`convert/dropped`,`\`| ${e.name}\` enriches events with fields Sigma cannot compute (lookup tables, regex extraction, geolocation); dropped`,Pk(t,e)));return}if(jk.has(n)){t.report.push(j(`convert/output-formatting`,`\`| ${e.name}\` shapes output rows`,Pk(t,e)));return}t.report.push(j(`convert/dropped`,`\`| ${e.name}\` has no Sigma equivalent; dropped`,Pk(t,e)));return}}}),{filters:n,fields:r,...l?{correlation:l}:{}}}function Uk(e,t){let n=e.kind===`And`?e.children:[e],r,i=[];for(let e of n){if(e.kind!==`Compare`||!e.numeric||typeof e.value!=`number`||e.timePart||!Number.isInteger(e.value)||r!==void 0&&r!==e.field.path)return;r=e.field.path;let t=Mk[e.op];if(!t)return;i.push({op:t,value:e.value})}if(r===void 0)return;let a=t.aggregations.find(e=>e.as===r),o=a&&Vk(a);if(o)return{as:r,measure:o,conditions:i}}function Wk(e){let t=/^(\d+)\s*([smhdwMy]?)/.exec(e);return t?Number(t[1])*{s:1e3,m:6e4,h:36e5,d:864e5,w:6048e5,M:2592e6,y:31536e6,"":1e3}[t[2]]:0}function Gk(e){let t=/^(\d+)\s*(s|sec|secs|second|seconds|m|min|mins|minute|minutes|h|hr|hrs|hour|hours|d|day|days|w|week|weeks)?$/i.exec(e.trim());if(!t)return e;let n=(t[2]??`s`).toLowerCase(),r=n.startsWith(`s`)?`s`:n.startsWith(`mi`)||n===`m`?`m`:n.startsWith(`h`)?`h`:n.startsWith(`d`)?`d`:`w`;return`${t[1]}${r}`}function Kk(e){return e.toLowerCase().replace(/[^a-z0-9]+/g,`_`).replace(/^_+|_+$/g,``).slice(0,200)||`rule`}function qk(e){let t=[];for(let n of e.matchAll(/`([A-Za-z0-9_]+)(?:\([^`]*\))?`/g)){let e=n[1];e.endsWith(`_filter`)||e.startsWith(`security_content_`)||e.startsWith(`drop_dm_object_name`)||t.includes(e)||t.push(e)}return t}function Jk(e,t){let n=[],r=e.kind===`And`?e.children:[e];for(let e of r){let r=e.kind===`Or`?e.children:[e];for(let e of r)e.kind===`Match`&&e.field.path===t&&e.pattern.parts.every(e=>typeof e==`string`)&&n.push(e.pattern.parts.join(``))}return n}function Yk(e){let t=e.logsource.splunk??{},n=[...t.macros??[],...qk(e.meta.splunk?.search??``)].filter((e,t,n)=>n.indexOf(e)===t),r=n=>[...t[n]??[],...Jk(e.filter,n)].filter((e,t,n)=>n.indexOf(e)===t);return{...e.logsource,splunk:{...t,macros:n,source:r(`source`),sourcetype:r(`sourcetype`),index:r(`index`)}}}function Xk(e,t,n){let r=Yk(e),i=fk(r,t.logsources);if(i)return{...i.logsource};let a=r.splunk??{},o=[...(a.macros??[]).filter(e=>!e.endsWith(`_filter`)).map(e=>`\`${e}\``),...(a.index??[]).map(e=>`index=${e}`),...(a.source??[]).map(e=>`source="${e}"`),...(a.sourcetype??[]).map(e=>`sourcetype="${e}"`),...a.datamodel?[`datamodel=${a.datamodel}`]:[]];n.push(j(`convert/unmapped-logsource`,`no Sigma log source is known for ${o.join(` `)||`this search (no macro, source or sourcetype)`}; written as logsource.definition`,{file:e.file,pos:e.pos}))}function Zk(e){let t=Yk(e).splunk??{},n=[...(t.macros??[]).map(e=>`\`${e}\``),...(t.index??[]).map(e=>`index=${e}`),...(t.source??[]).map(e=>`source="${e}"`),...(t.sourcetype??[]).map(e=>`sourcetype="${e}"`),...t.datamodel?[`datamodel=${t.datamodel}`]:[]];return{product:`splunk`,definition:n.length>0?`Splunk: ${n.join(` `)}`:`Splunk search`}}function Qk(e,t,n){return pe(S((e.kind===`And`?e.children:[e]).filter(e=>ok(e).length===0?!0:e.kind===`EvalCondition`?(n.push(j(`convert/dropped`,`an SPL eval condition (arithmetic, string or multivalue functions) has no Sigma equivalent; dropped, so the Sigma rule selects more events`,{file:t.file,pos:e.pos})),!1):ge(`backend/unsupported`,`an SPL eval condition inside OR/NOT has no Sigma equivalent`,{file:t.file,pos:ok(e)[0].pos??e.pos}))))}function $k(e,t={}){let n=[],r=e.logsource.splunk?.datamodel;r&&!VO(r)&&n.push(j(`backend/approximation`,`data model ${r} has no CIM-to-Sigma field table; its field names are kept as written`,{file:e.file,pos:e.pos}));let i=Xk(e,t,n),a=i??Zk(e),o={file:e.file,datamodel:r&&VO(r)?r:void 0,logSourceMacros:pk(t.logsources),logSourceKnown:i!==void 0,report:n},s=Hk(e.pipeline,o),c=sk(S([e.filter,...s.filters]),o);c=Qk(c,e,n),c.kind===`Const`&&ge(`backend/unsupported`,c.value?`the search has no event condition besides its log source; a Sigma detection needs at least one`:`the search can never match`,{file:e.file,pos:e.pos});let l=kk(e.meta),u={...l,fields:s.fields},d=Object.freeze({kind:`Rule`,ruleType:`detection`,format:`sigma`,meta:u,logsource:a,filter:c,pipeline:[],...e.file?{file:e.file}:{},...e.pos?{pos:e.pos}:{}});if(!s.correlation)return{rules:[d],report:n};let f=s.correlation,p=f.span?Gk(f.span):t.defaultTimespan??`60m`,m=Kk(e.meta.title),h=d.meta.id,g={...d,meta:{...u,name:m,level:void 0,falsepositives:[],tags:[]}},_={kind:`Correlation`,type:f.type,rules:[h??m],groupBy:f.groupBy,timespan:p,timespanMs:Wk(p),conditions:f.conditions,...f.field?{field:[f.field]}:{},generate:!1},v=Object.freeze({kind:`Rule`,ruleType:`correlation`,format:`sigma`,meta:{...l,...e.meta.id?{id:Ok(e.meta.id,`correlation`)}:{},fields:[],tests:[]},logsource:{},filter:T,pipeline:[],correlation:_,...e.file?{file:e.file}:{}});return f.span||n.push(j(`convert/correlation`,`the correlation window is ${p} (no \`bin _time span=\` in the search; ESCU schedules detections hourly over -70m@m..-10m@m)`,{file:e.file,pos:e.pos})),{rules:[eA(g),v],report:n}}function eA(e){let t=Object.fromEntries(Object.entries(e.meta).filter(([,e])=>e!==void 0));return Object.freeze({...e,meta:t})}var tA=new Set([`windash`,`base64`,`base64offset`,`utf16le`,`utf16be`,`utf16`,`wide`,`expand`]);function nA(e){return[e.field,...e.modifiers].join(`|`)}function rA(e,t){let n=``;for(let r=0;r<e.length;r++){let i=e[r];if(i===`*`||i===`?`)n+=`\\`+i;else if(i===`\\`){let i=e[r+1];n+=(i===void 0?t:i===`*`||i===`?`||i===`\\`)?`\\\\`:`\\`}else n+=i}return n}function iA(e){let t=``;for(let n=0;n<e.length;n++){let r=e[n];m(r)?t+=r.wildcard:t+=rA(r,n+1<e.length)}return t}var aA=e=>e!==void 0&&m(e)&&e.wildcard===`*`;function oA(e){let t=e.parts;if(t.length>=2){let e=aA(t[0]),n=aA(t[t.length-1]);if(e&&n&&t.length>=3)return{modifier:`contains`,text:iA(t.slice(1,-1))};if(e&&!n)return{modifier:`endswith`,text:iA(t.slice(1))};if(n&&!e)return{modifier:`startswith`,text:iA(t.slice(0,-1))}}return{text:iA(t)}}function sA(e){return/^-?(0|[1-9]\d{0,14})(\.\d*[1-9])?$/.test(e)&&String(Number(e))===e?Number(e):e}var cA=new Set([`minute`,`hour`,`day`,`week`,`month`,`year`]);function lA(e){switch(e.kind){case`Match`:{let{modifier:t,text:n}=oA(e.pattern),r=t?[t]:[];e.caseSensitive&&r.push(`cased`);let i=t===void 0&&!e.caseSensitive?sA(n):n;return{field:e.field.path,modifiers:r,values:[i],list:!1}}case`Compare`:{if(!e.numeric&&e.timePart===void 0)return;let t=[];if(e.timePart){if(!cA.has(e.timePart)||e.op!==`eq`)return;t.push(e.timePart)}return e.op!==`eq`&&t.push(e.op),{field:e.field.path,modifiers:t,values:[e.value],list:!1}}case`Regex`:{let t=[`re`];return e.flags.i&&t.push(`i`),e.flags.m&&t.push(`m`),e.flags.s&&t.push(`s`),{field:e.field.path,modifiers:t,values:[e.pattern],list:!1}}case`Cidr`:return{field:e.field.path,modifiers:[`cidr`],values:[e.cidr],list:!1};case`Exists`:return{field:e.field.path,modifiers:[`exists`],values:[!0],list:!1};case`FieldEquals`:return{field:e.field.path,modifiers:e.caseSensitive?[`fieldref`,`cased`]:[`fieldref`],values:[e.other.path],list:!1};default:return}}function uA(e){let t=e.origin?.sigma;if(!t||!t.modifiers.some(e=>tA.has(e))||e.kind!==`Match`&&e.kind!==`Regex`&&e.kind!==`Compare`)return;let n=t.value,r=(Array.isArray(n)?n:[n]).filter(e=>e===null||[`string`,`number`,`boolean`].includes(typeof e));if(r.length!==0)return{field:e.field.path,modifiers:t.modifiers.filter(e=>e!==`all`),values:r}}function dA(e,t,n){ge(`backend/unsupported`,`Sigma cannot express ${t}`,{file:n,pos:e.pos})}var fA=new Set([`and`,`or`,`not`,`of`,`all`,`them`,`1`,`any`,`null`]),pA=/^[A-Za-z_][A-Za-z0-9_-]*$/;function mA(e,t){return nA(e)===nA(t)&&!!e.expanded==!!t.expanded}function hA(e){let t=uA(e);if(t)return{field:t.field,modifiers:t.modifiers,values:t.values,list:t.values.length>1,expanded:!0};if(e.kind===`Not`&&e.child.kind===`Exists`)return{field:e.child.field.path,modifiers:[],values:[null],list:!1};if(e.kind!==`Keyword`&&e.kind!==`EvalCondition`&&e.kind!==`And`&&e.kind!==`Or`&&e.kind!==`Not`&&e.kind!==`Const`)return lA(e)}function gA(e){let t=[];for(let n of e)for(let e of n.values)t.some(t=>t===e)||t.push(e);return t}function _A(e){let t=e.map(hA);if(t.some(e=>e===void 0))return;let n=t[0];if(!t.every(e=>mA(e,n))||n.values[0]===null||n.modifiers.includes(`exists`))return;let r=gA(t);return{field:n.field,modifiers:n.modifiers,values:r,list:r.length>1||!n.expanded,expanded:n.expanded}}function vA(e){if(e.length<2)return;let t=e[0];if(!e.every(e=>mA(e,t)&&!e.list)||t.values[0]===null||t.modifiers.some(e=>e===`exists`||e===`all`))return;let n=e.flatMap(e=>e.values);if(new Set(n.map(e=>JSON.stringify(e))).size===n.length)return{field:t.field,modifiers:[...t.modifiers,`all`],values:n,list:!0,expanded:t.expanded}}var yA=new WeakMap;function bA(e){let t=yA.get(e);return t===void 0&&(t=xA(e)??null,yA.set(e,t)),t??void 0}function xA(e){let t=hA(e);if(t)return t;if(e.kind===`Or`)return _A(e.children);if(e.kind===`And`){let t=e.children.map(hA);return t.some(e=>e===void 0)?void 0:vA(t)}}function SA(e){let t=[];for(let n=0;n<e.length;n++){let r=e[n],i=bA(r);if(!i)return;let a=t[t.length-1];if(a&&mA(a,i)&&!a.list&&!i.list){let e=vA([a,i]);if(e){t[t.length-1]=e;continue}}else if(a&&mA(a,i)&&a.modifiers.includes(`all`)&&!i.list){let e={...a,modifiers:a.modifiers.filter(e=>e!==`all`),values:[],list:!1},n=vA([...a.values.map(t=>({...e,values:[t]})),i]);if(n){t[t.length-1]=n;continue}}t.push(i)}let n=t.map(nA);if(new Set(n).size===n.length)return t}function CA(e){let t=bA(e);if(t)return[t];if(e.kind===`And`)return SA(e.children)}function wA(e){if(e.kind!==`Keyword`||e.scope!==`values`||e.caseSensitive)return;let t=e.pattern.parts;if(t.length<3)return;let n=e=>typeof e!=`string`&&e.wildcard===`*`;if(n(t[0])&&n(t[t.length-1]))return iA(t.slice(1,-1))}function TA(e){let t=[];for(let n of e){let e=CA(n);if(!e)return;let r=t[t.length-1];if(r&&r.length===1&&e.length===1){let n=EA(r[0],e[0]);if(n){t[t.length-1]=[n];continue}}t.push(e)}return t}function EA(e,t){if(mA(e,t)&&!(e.modifiers.some(e=>e===`all`||e===`exists`)||e.values[0]===null||t.values[0]===null))return{field:e.field,modifiers:e.modifiers,values:gA([e,t]),list:!0,expanded:e.expanded}}function DA(e){let t=wA(e);if(t!==void 0)return{kind:`keywords`,values:[t]};if((e.kind===`Or`||e.kind===`And`)&&e.children.every(e=>wA(e)!==void 0))return{kind:`keywords`,values:e.children.map(e=>wA(e)),...e.kind===`And`?{all:!0}:{}};let n=CA(e);if(n)return{kind:`map`,items:n};if(e.kind===`Or`){let t=TA(e.children);if(t)return t.length===1?{kind:`map`,items:t[0]}:{kind:`maps`,maps:t}}}function OA(e){let t,n=e=>{t||(e.origin?.selection?t=e.origin.selection:e.kind===`And`||e.kind===`Or`?e.children.forEach(n):e.kind===`Not`&&n(e.child))};return n(e),t}function kA(e,t){let n=pe(e);for(let e of le(n))(e.path.includes(`|`)||e.path===``)&&dA(n,`the field name ${JSON.stringify(e.path)} (Sigma keys use \`|\` for modifiers)`,t);n.kind===`Const`&&dA(n,n.value?`a filter that selects every event`:`a filter that selects no event`,t);let r=[],i=[],a=e=>`\u0000${e}\u0000`,o=(e,t,n)=>{let o=OA(e);return r.push({preferred:o&&pA.test(o)&&!fA.has(o.toLowerCase())?o:void 0,fallback:n?`filter`:t.kind===`keywords`?`keywords`:`selection`,body:t}),i.push(r.length-1),{text:a(r.length-1),op:`atom`}},s=(e,n)=>{let r=DA(e);if(r)return o(e,r,n);switch(e.kind){case`Not`:{let t=s(e.child,!n);return{text:`not ${t.op===`atom`?t.text:`(${t.text})`}`,op:`atom`}}case`And`:{let t=[],r=[],i=()=>{if(r.length===0)return;let i=r.length===1?r[0]:{...e,children:r},a=r.length===1?CA(r[0]):SA(r);t.push(a?o(i,{kind:`map`,items:a},n):s(r[0],n)),r=[]};for(let a of e.children)bA(a)&&SA([...r,a])?r.push(a):bA(a)?(i(),r.push(a)):(i(),t.push(s(a,n)));return i(),{text:t.map(e=>e.op===`or`?`(${e.text})`:e.text).join(` and `),op:`and`}}case`Or`:{let t=[],r=[],i=()=>{if(r.length===0)return;let i=r.length===1?r[0]:{...e,children:r},a=DA(i);t.push(a?o(i,a,n):s(r[0],n)),r=[]};for(let a of e.children)CA(a)?r.push(a):(i(),t.push(s(a,n)));return i(),{text:t.map(e=>e.text).join(` or `),op:`or`}}case`Keyword`:return dA(e,e.scope===`raw`?`a search of the raw event text (SPL bare term)`:`a case-sensitive or non-contains keyword`,t);case`EvalCondition`:return dA(e,`an SPL eval condition`,t);case`Compare`:return dA(e,`a text-order comparison on \`${e.field.path}\``,t);default:return dA(e,`a \`${e.kind}\` node here`,t)}},c=s(n,!1),l=new Set,u=r.map(()=>``);r.forEach((e,t)=>{e.preferred&&!l.has(e.preferred)&&(u[t]=e.preferred,l.add(e.preferred))}),r.forEach((e,t)=>{if(u[t])return;let n=e.preferred??e.fallback,i=n;for(let e=2;l.has(i)||r.some((e,n)=>n>t&&e.preferred===i&&!u[n]);e++)i=`${n}_${e}`;u[t]=i,l.add(i)});let d=c.text.replace(/\u0000(\d+)\u0000/g,(e,t)=>u[Number(t)]);return{selections:i.map(e=>({name:u[e],body:r[e].body})),condition:d}}var AA=[`category`,`product`,`service`,`definition`];function jA(e){return e.list?[...e.values]:e.values[0]}function MA(e){return new Map(e.map(e=>[nA(e),jA(e)]))}function NA(e){switch(e.kind){case`map`:return MA(e.items);case`maps`:return e.maps.map(MA);case`keywords`:return e.all?new Map([[`|all`,[...e.values]]]):[...e.values]}}function PA(e,t){let n=new Map(t??[]);for(let t of e.selections)n.set(t.name,NA(t.body));return n.set(`condition`,e.condition),n}function FA(e){let t=new Map;for(let n of AA)e[n]!==void 0&&t.set(n,e[n]);for(let[n,r]of Object.entries(e.custom??{}))t.has(n)||t.set(n,r);return t}function IA(e){let t=new Map;t.set(`type`,e.type),t.set(`rules`,[...e.rules]),e.aliases&&Object.keys(e.aliases).length>0&&t.set(`aliases`,new Map(Object.entries(e.aliases).map(([e,t])=>[e,new Map(Object.entries(t))]))),(e.groupBy.length>0||e.type===`event_count`||e.type===`value_count`||e.type.startsWith(`temporal`))&&t.set(`group-by`,[...e.groupBy]),t.set(`timespan`,e.timespan);let n=e.type===`temporal`||e.type===`temporal_ordered`,r=new Map;if(!n||e.conditions.length>0)for(let t of e.conditions)r.set(t.op,t.value);return e.field&&e.field.length>0&&r.set(`field`,e.field.length===1?e.field[0]:[...e.field]),e.percentile!==void 0&&r.set(`percentile`,e.percentile),r.size>0&&t.set(`condition`,r),t}function LA(e){return e==null?null:typeof e==`string`||typeof e==`number`||typeof e==`boolean`?e:Array.isArray(e)?e.map(LA):e instanceof Date?e.toISOString().slice(0,10):typeof e==`object`?new Map(Object.entries(e).map(([e,t])=>[e,LA(t)])):String(e)}function RA(e){let t=e.meta,n=new Map,r=(e,t)=>{t!==void 0&&(Array.isArray(t)&&t.length===0||n.set(e,t))};r(`title`,t.title),r(`id`,t.id),r(`related`,t.related.map(e=>new Map([[`id`,e.id],[`type`,e.type]]))),r(`name`,t.name),r(`taxonomy`,t.taxonomy),r(`status`,t.status),r(`description`,t.description),r(`license`,t.license),r(`references`,[...t.references]),r(`author`,t.author),r(`date`,t.date),r(`modified`,t.modified),r(`tags`,[...t.tags]),e.ruleType===`correlation`?(e.correlation||ge(`backend/unsupported`,`a correlation rule without its correlation`,{file:e.file,pos:e.pos}),r(`correlation`,IA(e.correlation))):e.ruleType===`filter`?(r(`logsource`,FA(e.logsource)),r(`filter`,PA(kA(e.filter,e.file),[[`rules`,[...e.appliesTo??[]]]]))):(r(`logsource`,FA(e.logsource)),r(`detection`,PA(kA(e.filter,e.file)))),r(`fields`,[...t.fields]),r(`falsepositives`,[...t.falsepositives]),r(`level`,t.level),e.ruleType===`correlation`&&e.correlation?.generate&&r(`generate`,!0),r(`tests`,t.tests.map(e=>{let t=new Map([[`name`,e.name],[`dataset`,e.dataset],[`expect`,e.expect]]);return e.count!==void 0&&t.set(`count`,e.count),e.lines!==void 0&&t.set(`lines`,[...e.lines]),e.source!==void 0&&t.set(`source`,e.source),e.sourcetype!==void 0&&t.set(`sourcetype`,e.sourcetype),t}));for(let[e,r]of Object.entries(t.custom))n.has(e)||n.set(e,LA(r));return n}function zA(e){return/[\u0000-\u0008\u000b-\u001f\u007f\u0085\u2028\u2029]/.test(e)?!0:e.includes(`
`)?e.split(`
`).some(e=>/^[ \t]/.test(e)||/[ \t]$/.test(e))||/\t/.test(e):!1}function BA(e){let t=new Zn(e,{aliasDuplicateObjects:!1});return Re(t,{Scalar(e,t){M(t)&&typeof t.value==`string`&&zA(t.value)&&(t.type=`QUOTE_DOUBLE`)}}),t.toString({indent:4,indentSeq:!0,lineWidth:0,minContentWidth:0,singleQuote:!0})}function VA(e){return e.map(BA).join(`---
`)}function HA(e,t={}){let{rules:n,report:r}=e.format===`sigma`?{rules:[e],report:[]}:$k(e,t),i=n.map(e=>RA(e));return{yaml:VA(i),report:r,rules:n.map((e,t)=>({rule:e,yaml:BA(i[t])}))}}var UA={name:`sigma`,description:`normalized Sigma YAML; Splunk detections are converted (log source, CIM fields, thresholds -> correlation) with a report`,convert(e,t){let n=HA(e,{...Array.isArray(t.logsources)?{logsources:t.logsources}:{},...typeof t.timespan==`string`?{defaultTimespan:t.timespan}:{}});return{output:n.yaml,extension:`yml`,diagnostics:n.report}}};function WA(e){return`"${e.replace(/\\/g,`\\\\`).replace(/"/g,`\\"`)}"`}var GA=/[`\u0000-\u001f\u007f]/,KA=/^[A-Za-z_][A-Za-z0-9_.{}\/:@-]*$/,qA=/^[A-Za-z_][A-Za-z0-9_]*$/;function JA(e){if(KA.test(e))return e;if(!GA.test(e))return WA(e)}function YA(e){if(qA.test(e))return e;if(!/['`\\\u0000-\u001f]/.test(e))return`'${e}'`}function XA(e){return e.replace(/[\\^$.|?*+()[\]{}\/]/g,`\\$&`).replace(/[`\u0000-\u001f\u007f]/g,e=>`\\x${e.charCodeAt(0).toString(16).padStart(2,`0`)}`)}function ZA(e){return e.written??e.path}function QA(e){let t=``;for(let n of e.parts)if(m(n)){if(n.wildcard===`?`)return;t+=`*`}else{if(n.includes(`*`)||GA.test(n))return;t+=n}return t}function $A(e){return`^`+e.parts.map(e=>m(e)?e.wildcard===`*`?`.*`:`.`:XA(e)).join(``)+`\\z`}function ej(e,t){let n=`${t.i?`i`:``}${t.m?`m`:``}${t.s?`s`:``}`;return(n?`(?${n})`:``)+e.replace(/`/g,`\\x60`)}function tj(e){if(e.caseSensitive)return;let t=JA(ZA(e.field)),n=QA(e.pattern);if(t!==void 0&&n!==void 0)return`${t}=${WA(n)}`}function nj(e){if(e.length<2||!e.every(e=>e.kind===`Match`&&!e.caseSensitive))return;let t=e,n=ZA(t[0].field);if(!t.every(e=>ZA(e.field)===n))return;let r=t.map(e=>QA(e.pattern)),i=JA(n);if(!(i===void 0||r.some(e=>e===void 0||e===`*`)))return`${i} IN (${r.map(e=>WA(e)).join(`, `)})`}function rj(e,t){switch(e.kind){case`And`:{let n=e.children.map(e=>rj(e,t));return n.some(e=>e===void 0)?void 0:n.map((t,n)=>e.children[n].kind===`Or`&&/ OR /.test(t)?`(${t})`:t).join(` `)}case`Or`:{let n=nj(e.children);if(n)return n;let r=[];for(let t of e.children){let e=r[r.length-1];e&&nj([...e,t])?e.push(t):r.push([t])}let i=r.map(e=>e.length>1?nj(e):e[0].kind===`And`?ij(rj(e[0],t)):rj(e[0],t));return i.some(e=>e===void 0)?void 0:i.join(` OR `)}case`Not`:{let n=rj(e.child,t);return n===void 0?void 0:e.child.kind===`And`||e.child.kind===`Or`?`NOT (${n})`:`NOT ${n}`}case`Const`:return e.value?`*`:void 0;case`Match`:return tj(e);case`Exists`:{let t=JA(ZA(e.field));return t===void 0?void 0:`${t}=*`}case`Compare`:{if(!e.numeric||e.op===`eq`||e.timePart||typeof e.value!=`number`)return;let t=JA(ZA(e.field)),n={lt:`<`,lte:`<=`,gt:`>`,gte:`>=`}[e.op];return t===void 0?void 0:`${t}${n}${e.value}`}case`Keyword`:{let n=QA({parts:aj(e.pattern)});return n===void 0||e.caseSensitive?void 0:(e.scope===`values`&&t.report.push(j(`backend/approximation`,`a Sigma keyword (any field value contains the text) becomes an SPL search term, which looks for the text in the raw event`,{file:t.file,pos:e.pos})),WA(n))}default:return}}function ij(e){return e===void 0?void 0:`(${e})`}function aj(e){let t=[...e.parts],n=e=>e!==void 0&&m(e)&&e.wildcard===`*`;return n(t[0])&&t.shift(),n(t[t.length-1])&&t.pop(),t}function oj(e,t){let n=e=>YA(ZA(e))??ge(`backend/unsupported`,`field name \`${ZA(e)}\` cannot be written in an SPL eval expression`,{file:t.file,pos:e.pos}),r=(e,t)=>`(isnotnull(${n(e)}) AND ${t})`;switch(e.kind){case`And`:return`(${e.children.map(e=>oj(e,t)).join(` AND `)})`;case`Or`:return`(${e.children.map(e=>oj(e,t)).join(` OR `)})`;case`Not`:return`NOT ${oj(e.child,t)}`;case`Const`:return e.value?`true()`:`false()`;case`Match`:{let t=n(e.field),i=e.pattern.parts.every(e=>typeof e==`string`)?e.pattern.parts.join(``):void 0;return i!==void 0&&e.caseSensitive&&!GA.test(i)?r(e.field,`${t}==${WA(i)}`):r(e.field,`match(${t}, ${WA(ej($A(e.pattern),{i:!e.caseSensitive,m:!1,s:!0}))})`)}case`Regex`:return r(e.field,`match(${n(e.field)}, ${WA(ej(e.pattern,e.flags))})`);case`Cidr`:return r(e.field,`cidrmatch(${WA(e.cidr)}, ${n(e.field)})`);case`Exists`:return`isnotnull(${n(e.field)})`;case`Compare`:{if(e.timePart)return ge(`backend/unsupported`,`SPL has no exact form for the Sigma time modifier \`${e.timePart}\``,{file:t.file,pos:e.pos});let i={eq:`==`,lt:`<`,lte:`<=`,gt:`>`,gte:`>=`}[e.op],a=typeof e.value==`number`?String(e.value):WA(e.value);return r(e.field,`${n(e.field)}${i}${a}`)}case`FieldEquals`:{let[r,i]=[n(e.field),n(e.other)];return t.report.push(j(`backend/approximation`,"a field-to-field comparison in SPL `where` compares the first values of multivalue fields, not any pair",{file:t.file,pos:e.pos})),`(isnotnull(${r}) AND isnotnull(${i}) AND ${e.caseSensitive?`${r}==${i}`:`lower(${r})==lower(${i})`})`}case`EvalCondition`:return`(${cj(e.expr,t)})==true()`;case`Keyword`:return ge(`backend/unsupported`,"a keyword search under OR/NOT together with conditions that need `| where`",{file:t.file,pos:e.pos})}}var sj={OR:1,XOR:1,AND:2,"=":3,"==":3,"!=":3,"<":3,"<=":3,">":3,">=":3,LIKE:3,"+":4,"-":4,".":4,"*":5,"/":5,"%":5};function cj(e,t){switch(e.kind){case`Literal`:return e.value===null?`null()`:typeof e.value==`string`?WA(e.value):typeof e.value==`boolean`?`${e.value}()`:String(e.value);case`FieldValue`:return YA(ZA(e.field))??ge(`backend/unsupported`,`field name \`${ZA(e.field)}\` cannot be written in an SPL eval expression`,{file:t.file,pos:e.pos});case`Call`:return`${e.name}(${e.args.map(e=>cj(e,t)).join(`, `)})`;case`Unary`:return e.op===`NOT`?`NOT (${cj(e.operand,t)})`:`-(${cj(e.operand,t)})`;case`Binary`:{let n=n=>n.kind===`Binary`&&sj[n.op]<=sj[e.op]?`(${cj(n,t)})`:cj(n,t);return`${n(e.left)} ${e.op} ${n(e.right)}`}}}function lj(e,t){let n=pe(e),r=n.kind===`And`?n.children:[n],i=[],a=[],o=[];for(let e of r){let n=rj(e,t);if(n!==void 0){i.push(e.kind===`Or`&&/ OR /.test(n)?`(${n})`:n);continue}let r=e.kind===`Regex`?JA(ZA(e.field)):void 0;e.kind===`Regex`&&r!==void 0?a.push(`| regex ${r}=${WA(ej(e.pattern,e.flags))}`):o.push(e)}return o.length>0&&a.push(`| where ${o.map(e=>oj(e,t)).join(` AND `)}`),{search:i.filter(e=>e!==`*`).join(` `),commands:a}}function uj(e,t){let n=[`product`,`category`,`service`].filter(t=>e[t]!==void 0);return n.length>0&&n.every(n=>e[n]===t[n])}function dj(e,t,n){let r=e.logsource.splunk;if(r){let e=(r.macros??[]).filter(e=>!e.endsWith(`_filter`));return e.length>0?e.map(e=>`\`${e}\``).join(` `):[...(r.index??[]).map(e=>`index=${WA(e)}`),...(r.source??[]).map(e=>`source=${WA(e)}`),...(r.sourcetype??[]).map(e=>`sourcetype=${WA(e)}`)].join(` `)}let i=e=>Object.keys(e.logsource).length,a=[...t.logsources??[],...uk,...lk].filter(t=>t.datamodel===void 0&&uj(t.logsource,e.logsource)).sort((e,t)=>i(t)-i(e)),o=a.find(e=>e.search!==void 0||e.macro!==void 0)??a[0];if(o?.search!==void 0)return o.search;if(o?.macro)return`\`${o.macro}\``;if(o?.source)return`source=${WA(o.source)}`;if(o?.sourcetype)return`sourcetype=${WA(o.sourcetype)}`;let s=e.logsource;return n.push(j(`convert/unmapped-logsource`,`no Splunk macro or source is known for logsource ${JSON.stringify({product:s.product,category:s.category,service:s.service})}; the search has no log source restriction (add a row with \`logsources\`)`,{file:e.file,pos:e.pos})),``}function fj(e,t,n){let r=dj(e,t,n),i=lj(e.filter,{file:e.file,report:n});return{search:[r,i.search].filter(e=>e!==``).join(` `)||`*`,commands:[...i.commands]}}function pj(e,t,n){let r=e.correlation,i={file:e.file,pos:e.pos},a=r.rules.map(e=>t.rules?.find(t=>t.meta.id===e||t.meta.name===e)??ge(`sigma/unresolved-reference`,`correlation rule references \`${e}\`, which is not among the rules given (pass them with \`rules\`)`,i));(r.type===`temporal`||r.type===`temporal_ordered`||r.type===`value_percentile`||r.type===`value_median`)&&ge(`backend/unsupported`,`the Sigma ${r.type} correlation has no SPL form in rulecast`,i),a.some(e=>e.ruleType!==`detection`)&&ge(`backend/unsupported`,`a correlation of correlations has no SPL form in rulecast`,i);let o=a.map(e=>fj(e,t,n));o.length>1&&o.some(e=>e.commands.length>0)&&ge(`backend/unsupported`,"a correlation over several rules that need `| where`/`| regex` has no single SPL search in rulecast",i);let s=o.length===1?[o[0].search,...o[0].commands].join(` `):o.map(e=>`(${e.search})`).join(` OR `),c=e=>YA(e)??ge(`backend/unsupported`,`field name \`${e}\` cannot be written in SPL stats`,i),l=[`_time`,...r.groupBy.map(c)].join(` `),u=r.type===`event_count`?`count as event_count`:r.type===`value_count`?`dc(${c(r.field[0])}) as value_count`:r.type===`value_sum`?`sum(${c(r.field[0])}) as value_sum`:`avg(${c(r.field[0])}) as value_avg`,d=u.split(` as `)[1],f={gt:`>`,gte:`>=`,lt:`<`,lte:`<=`,eq:`==`,neq:`!=`},p=r.conditions.map(e=>`${d}${f[e.op]}${e.value}`).join(` AND `);return n.push(j(`backend/approximation`,`Sigma's ${r.timespan} window slides; \`bin _time span=${r.timespan}\` uses fixed buckets, so a burst that straddles two buckets is counted in two halves`,i)),`${s} | bin _time span=${r.timespan} | stats ${u} by ${l}${p?` | where ${p}`:``}`}function mj(e,t={}){let n=[];if(e.ruleType===`filter`&&ge(`backend/unsupported`,`a Sigma filter rule is applied to the rules it names; convert those rules instead`,{file:e.file,pos:e.pos}),e.ruleType===`correlation`)return{spl:pj(e,t,n),report:n};if((e.format===`splunk`||e.format===`spl`)&&e.meta.splunk?.search)return{spl:e.meta.splunk.search.trim(),report:n};e.pipeline.length>0&&n.push(j(`convert/dropped`,`the rule's SPL pipeline stages are not re-emitted; only its event filter is`,{file:e.file,pos:e.pos}));let{search:r,commands:i}=fj(e,t,n);return{spl:[r,...i].join(` `),report:n}}var hj=[JE,YD,nO,yO,AO,UA,{name:`spl`,description:`Splunk SPL search: log source macro, search, | regex / | where, correlations as | bin | stats | where`,convert(e,t){let n=mj(e,{...Array.isArray(t.rules)?{rules:t.rules}:{},...Array.isArray(t.logsources)?{logsources:t.logsources}:{}});return{output:n.spl,extension:`spl`,diagnostics:n.report}}}],gj=[[`lucene`,`Lucene`],[`dsl`,`Query DSL`],[`esql`,`ES|QL`],[`sigma`,`Sigma`],[`spl`,`SPL`],[`elastic-rule`,`Elastic Security rule`],[`matcher`,`TypeScript matcher`]];function _j(e,t,n=``){let r=_S(n,`macros.yml`),i=mS(gS,dS(r.macros)),a=lT(e,{file:t===`spl`?`search.spl`:`rule.yml`,format:t===`auto`?void 0:t,macros:i}),o=[...r.diagnostics,...a.diagnostics],s=a.rules,c=[];if(s.length===0)return{diagnostics:o,rules:s,panels:c};c.push({name:`ast`,title:`AST`,ok:!0,text:JSON.stringify(s.length===1?de(s[0]):s.map(de),null,2),diagnostics:[]});let l=new Map(gj.map(([e],t)=>[e,t])),u=[...hj].sort((e,t)=>(l.get(e.name)??99)-(l.get(t.name)??99));for(let e of u){let t=gj.find(([t])=>t===e.name)?.[1]??e.name,n=[],r=[],i=!0;for(let t of s)try{let i=e.convert(t,{});n.push(i.output),r.push(...i.diagnostics)}catch(e){i=!1,_e(e)?r.push(...e.diagnostics):r.push({code:`internal/unexpected`,severity:`error`,message:e instanceof Error?`${e.name}: ${e.message}`:String(e)})}let a=r.map(e=>`${e.severity}[${e.code}]: ${e.message}`).join(`
`);c.push({name:e.name,title:t,ok:i,text:i?n.join(`

`):a,diagnostics:r})}return{diagnostics:o,rules:s,panels:c}}var vj=Object.assign({"../../rules/sigma/converted_kubernetes_node_port_creation.yml":`# Converted by rulecast from rules/splunk/kubernetes_node_port_creation.yml (Splunk security_content, Apache-2.0); regenerate with \`npm run docs:spl-to-sigma\`.
title: Kubernetes Node Port Creation
id: d601498a-a097-579f-8650-5774583de004
related:
    - id: d7fc865e-b8a1-4029-a960-cf4403b821b6
      type: derived
status: stable
description: The following analytic detects the creation of a Kubernetes NodePort service, which exposes a service to the external network. It identifies this activity by monitoring Kubernetes Audit logs for the creation of NodePort services. This behavior is significant for a SOC as it could allow an attacker to access internal services, posing a threat to the Kubernetes infrastructure's integrity and security. If confirmed malicious, this activity could lead to data breaches, service disruptions, or unauthorized access to sensitive information.
references:
    - https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/
author: Patrick Bareiss, Splunk
date: 2024-09-30
tags:
    - attack.execution
    - attack.t1204
logsource:
    product: kubernetes
    service: audit
detection:
    selection:
        objectRef.resource: services
        verb: create
        requestObject.spec.type: NodePort
    condition: selection
fields:
    - kind
    - objectRef.name
    - objectRef.namespace
    - objectRef.resource
    - requestObject.kind
    - requestObject.spec.type
    - responseStatus.code
    - sourceIPs
    - stage
    - user.username
    - userAgent
    - verb
    - user.groups
falsepositives:
    - Unknown
level: medium
tests:
    - name: True Positive Test
      dataset: https://media.githubusercontent.com/media/splunk/attack_data/master/datasets/attack_techniques/T1204/kube_audit_create_node_port_service/kube_audit_create_node_port_service.json
      expect: fire
      source: kubernetes
      sourcetype: _json
    - name: 'falco-trace-files: base search selects 1 event; no selected event has userAgent (a by-field), so stats returns no row (Sigma rule: fires on the selected events)'
      dataset: ../../test/fixtures/k8s-audit/falco-trace-files.jsonl
      expect: fire
      count: 1
      lines:
          - 29
    - name: 'audit2rbac-demo-2017: base search selects 0 events'
      dataset: ../../test/fixtures/k8s-audit/audit2rbac-demo-2017.jsonl
      expect: no-fire
      count: 0
    - name: 'panther-analysis-tests: base search selects 2 events; no selected event has userAgent (a by-field), so stats returns no row (Sigma rule: fires on the selected events)'
      dataset: ../../test/fixtures/k8s-audit/panther-analysis-tests.jsonl
      expect: fire
      count: 2
      lines:
          - 145
          - 147
    - name: 'edge-cases: base search selects lines [9] (edge-cases.labels.jsonl)'
      dataset: ../../test/fixtures/k8s-audit/edge-cases.jsonl
      expect: fire
      count: 1
      lines:
          - 9
`,"../../rules/sigma/converted_kubernetes_pod_created_in_default_namespace.yml":`# Converted by rulecast from rules/splunk/kubernetes_pod_created_in_default_namespace.yml (Splunk security_content, Apache-2.0); regenerate with \`npm run docs:spl-to-sigma\`.
title: Kubernetes Pod Created in Default Namespace
id: 0cbfe47e-e61b-5cb0-b2c6-44977600ceb2
related:
    - id: 3d6b1a81-367b-42d5-a925-6ef90b6b9f1e
      type: derived
status: stable
description: The following analytic detects the creation of Kubernetes pods in the default, kube-system, or kube-public namespaces. It leverages Kubernetes audit logs to identify pod creation events within these specific namespaces. This activity is significant for a SOC as it may indicate an attacker attempting to hide their presence or evade defenses. Unauthorized pod creation in these namespaces can suggest a successful cluster breach, potentially leading to privilege escalation, persistent access, or further malicious activities within the cluster.
references:
    - https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/
author: Patrick Bareiss, Splunk
date: 2024-09-30
tags:
    - attack.execution
    - attack.t1204
logsource:
    product: kubernetes
    service: audit
detection:
    selection:
        objectRef.resource: pods
        verb: create
        objectRef.namespace:
            - default
            - kube-system
            - kube-public
    condition: selection
fields:
    - objectRef.name
    - objectRef.namespace
    - objectRef.resource
    - requestReceivedTimestamp
    - requestURI
    - responseStatus.code
    - sourceIPs
    - stage
    - user.groups
    - user.uid
    - user.username
    - userAgent
    - verb
falsepositives:
    - Unknown
level: medium
tests:
    - name: True Positive Test
      dataset: https://media.githubusercontent.com/media/splunk/attack_data/master/datasets/attack_techniques/T1204/kubernetes_privileged_pod/kubernetes_privileged_pod.json
      expect: fire
      source: kubernetes
      sourcetype: _json
    - name: 'falco-trace-files: base search selects 12 events; no selected event has userAgent (a by-field), so stats returns no row (Sigma rule: fires on the selected events)'
      dataset: ../../test/fixtures/k8s-audit/falco-trace-files.jsonl
      expect: fire
      count: 12
    - name: 'audit2rbac-demo-2017: base search selects 0 events'
      dataset: ../../test/fixtures/k8s-audit/audit2rbac-demo-2017.jsonl
      expect: no-fire
      count: 0
    - name: 'panther-analysis-tests: base search selects 41 events; no selected event has userAgent (a by-field), so stats returns no row (Sigma rule: fires on the selected events)'
      dataset: ../../test/fixtures/k8s-audit/panther-analysis-tests.jsonl
      expect: fire
      count: 41
    - name: 'edge-cases: base search selects lines [1, 4, 6, 7, 11, 12, 14] (edge-cases.labels.jsonl); no selected event has user.uid (a by-field), so stats returns no row (Sigma rule: fires on the selected events)'
      dataset: ../../test/fixtures/k8s-audit/edge-cases.jsonl
      expect: fire
      count: 7
      lines:
          - 1
          - 4
          - 6
          - 7
          - 11
          - 12
          - 14
`,"../../rules/sigma/kubernetes_audit_change_admission_controller.yml":`title: Kubernetes Admission Controller Modification
id: eed82177-38f5-4299-8a76-098d50d225ab
related:
    - id: 6ad91e31-53df-4826-bd27-0166171c8040
      type: similar
status: test
description: |
    Detects when a modification (create, update or replace) action is taken that affects mutating or validating webhook configurations, as they can be used by an adversary to achieve persistence or exfiltrate access credentials.
references:
    - https://kubernetes.io/docs/reference/config-api/apiserver-audit.v1/
    - https://security.padok.fr/en/blog/kubernetes-webhook-attackers
author: kelnage
date: 2024-07-11
tags:
    - attack.privilege-escalation
    - attack.initial-access
    - attack.persistence
    - attack.stealth
    - attack.t1078
    - attack.credential-access
    - attack.t1552
    - attack.t1552.007
logsource:
    product: kubernetes
    service: audit
detection:
    selection:
        objectRef.apiGroup: 'admissionregistration.k8s.io'
        objectRef.resource:
            - 'mutatingwebhookconfigurations'
            - 'validatingwebhookconfigurations'
        verb:
            - 'create'
            - 'delete'
            - 'patch'
            - 'replace'
            - 'update'
    condition: selection
falsepositives:
    - Modifying the Kubernetes Admission Controller may need to be done by a system administrator.
    - Automated processes may need to take these actions and may need to be filtered.
level: medium
# Detection tests (rulecast test): expected selections from test/fixtures/k8s-audit/ORIGIN.md.
tests:
  - name: "falco-trace-files (0 events, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/falco-trace-files.jsonl
    expect: no-fire
    count: 0
  - name: "audit2rbac-demo-2017 (0 events, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/audit2rbac-demo-2017.jsonl
    expect: no-fire
    count: 0
  - name: "panther-analysis-tests (1 event, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/panther-analysis-tests.jsonl
    expect: fire
    count: 1
    lines: [17]
`,"../../rules/sigma/kubernetes_audit_cronjob_modification.yml":`title: Kubernetes CronJob/Job Modification
id: 0c9b3bda-41a6-4442-9345-356ae86343dc
related:
    - id: cd3a808c-c7b7-4c50-a2f3-f4cfcd436435
      type: similar
status: test
description: |
    Detects when a Kubernetes CronJob or Job is created or modified.
    A Kubernetes Job creates one or more pods to accomplish a specific task, and a CronJob creates Jobs on a recurring schedule.
    An adversary can take advantage of this Kubernetes object to schedule Jobs to run containers that execute malicious code within a cluster, allowing them to achieve persistence.
references:
    - https://kubernetes.io/docs/reference/config-api/apiserver-audit.v1/
    - https://www.redhat.com/en/blog/protecting-kubernetes-against-mitre-attck-persistence#technique-33-kubernetes-cronjob
author: kelnage
date: 2024-07-11
tags:
    - attack.persistence
    - attack.privilege-escalation
    - attack.execution
logsource:
    product: kubernetes
    service: audit
detection:
    selection:
        objectRef.apiGroup: 'batch'
        objectRef.resource:
            - 'cronjobs'
            - 'jobs'
        verb:
            - 'create'
            - 'delete'
            - 'patch'
            - 'replace'
            - 'update'
    condition: selection
falsepositives:
    - Modifying a Kubernetes Job or CronJob may need to be done by a system administrator.
    - Automated processes may need to take these actions and may need to be filtered.
level: medium
# Detection tests (rulecast test): expected selections from test/fixtures/k8s-audit/ORIGIN.md.
tests:
  - name: "falco-trace-files (0 events, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/falco-trace-files.jsonl
    expect: no-fire
    count: 0
  - name: "audit2rbac-demo-2017 (0 events, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/audit2rbac-demo-2017.jsonl
    expect: no-fire
    count: 0
  - name: "panther-analysis-tests (0 events, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/panther-analysis-tests.jsonl
    expect: no-fire
    count: 0
`,"../../rules/sigma/kubernetes_audit_deployment_deleted.yml":`title: Deployment Deleted From Kubernetes Cluster
id: 40967487-139b-4811-81d9-c9767a92aa5a
status: test
description: |
    Detects the removal of a deployment from a Kubernetes cluster.
    This could indicate disruptive activity aiming to impact business operations.
references:
    - https://microsoft.github.io/Threat-Matrix-for-Kubernetes/techniques/Data%20destruction/
author: Leo Tsaousis (@laripping)
date: 2024-03-26
tags:
    - attack.t1498
    - attack.impact
logsource:
    category: application
    product: kubernetes
    service: audit
detection:
    selection:
        verb: 'delete'
        objectRef.resource: 'deployments'
    condition: selection
falsepositives:
    - Unknown
level: low
# Detection tests (rulecast test): expected selections from test/fixtures/k8s-audit/ORIGIN.md.
tests:
  - name: "falco-trace-files (1 event, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/falco-trace-files.jsonl
    expect: fire
    count: 1
    lines: [43]
  - name: "audit2rbac-demo-2017 (0 events, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/audit2rbac-demo-2017.jsonl
    expect: no-fire
    count: 0
  - name: "panther-analysis-tests (0 events, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/panther-analysis-tests.jsonl
    expect: no-fire
    count: 0
`,"../../rules/sigma/kubernetes_audit_events_deleted.yml":`title: Kubernetes Events Deleted
id: 3132570d-cab2-4561-9ea6-1743644b2290
related:
    - id: 225d8b09-e714-479c-a0e4-55e6f29adf35
      type: derived
status: test
description: |
    Detects when events are deleted in Kubernetes.
    An adversary may delete Kubernetes events in an attempt to evade detection.
references:
    - https://microsoft.github.io/Threat-Matrix-for-Kubernetes/techniques/Delete%20K8S%20events/
author: Leo Tsaousis (@laripping)
date: 2024-03-26
tags:
    - attack.stealth
    - attack.t1070
logsource:
    category: application
    product: kubernetes
    service: audit
detection:
    selection:
        verb: 'delete'
        objectRef.resource: 'events'
    condition: selection
falsepositives:
    - Unknown
level: medium
# Detection tests (rulecast test): expected selections from test/fixtures/k8s-audit/ORIGIN.md.
tests:
  - name: "falco-trace-files (0 events, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/falco-trace-files.jsonl
    expect: no-fire
    count: 0
  - name: "audit2rbac-demo-2017 (0 events, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/audit2rbac-demo-2017.jsonl
    expect: no-fire
    count: 0
  - name: "panther-analysis-tests (0 events, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/panther-analysis-tests.jsonl
    expect: no-fire
    count: 0
`,"../../rules/sigma/kubernetes_audit_exec_into_container.yml":`title: Potential Remote Command Execution In Pod Container
id: a1b0ca4e-7835-413e-8471-3ff2b8a66be6
status: test
description: |
    Detects attempts to execute remote commands, within a Pod's container using e.g. the "kubectl exec" command.
references:
    - https://microsoft.github.io/Threat-Matrix-for-Kubernetes/techniques/Exec%20into%20container/
author: Leo Tsaousis (@laripping)
date: 2024-03-26
tags:
    - attack.t1609
    - attack.execution
logsource:
    category: application
    product: kubernetes
    service: audit
detection:
    selection:
        verb: 'create'
        objectRef.resource: 'pods'
        objectRef.subresource: 'exec'
    condition: selection
falsepositives:
    - Legitimate debugging activity. Investigate the identity performing the requests and their authorization.
level: medium
# Detection tests (rulecast test): expected selections from test/fixtures/k8s-audit/ORIGIN.md.
tests:
  - name: "falco-trace-files (1 event, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/falco-trace-files.jsonl
    expect: fire
    count: 1
    lines: [48]
  - name: "audit2rbac-demo-2017 (0 events, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/audit2rbac-demo-2017.jsonl
    expect: no-fire
    count: 0
  - name: "panther-analysis-tests (15 events, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/panther-analysis-tests.jsonl
    expect: fire
    count: 15
`,"../../rules/sigma/kubernetes_audit_hostpath_mount.yml":`title: Container With A hostPath Mount Created
id: 402b955c-8fe0-4a8c-b635-622b4ac5f902
status: test
description: |
    Detects creation of a container with a hostPath mount.
    A hostPath volume mounts a directory or a file from the node to the container.
    Attackers who have permissions to create a new pod in the cluster may create one with a writable hostPath volume and chroot to escape to the underlying node.
references:
    - https://microsoft.github.io/Threat-Matrix-for-Kubernetes/techniques/Writable%20hostPath%20mount/
    - https://blog.appsecco.com/kubernetes-namespace-breakout-using-insecure-host-path-volume-part-1-b382f2a6e216
author: Leo Tsaousis (@laripping)
date: 2024-03-26
tags:
    - attack.t1611
    - attack.privilege-escalation
logsource:
    category: application
    product: kubernetes
    service: audit
detection:
    selection:
        verb: 'create'
        objectRef.resource: 'pods'
        hostPath: '*' # Note: Add the "exists" when it's implemented in SigmaHQ/Aurora
    condition: selection
falsepositives:
    - The DaemonSet controller creates pods with hostPath volumes within the kube-system namespace.
level: low
# Detection tests (rulecast test): expected selections from test/fixtures/k8s-audit/ORIGIN.md.
tests:
  - name: "falco-trace-files (0 events, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/falco-trace-files.jsonl
    expect: no-fire
    count: 0
  - name: "audit2rbac-demo-2017 (0 events, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/audit2rbac-demo-2017.jsonl
    expect: no-fire
    count: 0
  - name: "panther-analysis-tests (0 events, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/panther-analysis-tests.jsonl
    expect: no-fire
    count: 0
`,"../../rules/sigma/kubernetes_audit_pod_in_system_namespace.yml":`title: Creation Of Pod In System Namespace
id: a80d927d-ac6e-443f-a867-e8d6e3897318
status: test
description: |
    Detects deployments of pods within the kube-system namespace, which could be intended to imitate system pods.
    System pods, created by controllers such as Deployments or DaemonSets have random suffixes in their names.
    Attackers can use this fact and name their backdoor pods as if they were created by these controllers to avoid detection.
    Deployment of such a backdoor container e.g. named kube-proxy-bv61v, could be attempted in the kube-system namespace alongside the other administrative containers.
references:
    - https://microsoft.github.io/Threat-Matrix-for-Kubernetes/techniques/Pod%20or%20container%20name%20similarily/
author: Leo Tsaousis (@laripping)
date: 2024-03-26
tags:
    - attack.stealth
    - attack.t1036.005
logsource:
    category: application
    product: kubernetes
    service: audit
detection:
    selection:
        verb: 'create'
        objectRef.resource: 'pods'
        objectRef.namespace: kube-system
    condition: selection
falsepositives:
    - System components such as daemon-set-controller and kube-scheduler also create pods in the kube-system namespace
level: medium
# Detection tests (rulecast test): expected selections from test/fixtures/k8s-audit/ORIGIN.md.
tests:
  - name: "falco-trace-files (1 event, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/falco-trace-files.jsonl
    expect: fire
    count: 1
    lines: [32]
  - name: "audit2rbac-demo-2017 (0 events, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/audit2rbac-demo-2017.jsonl
    expect: no-fire
    count: 0
  - name: "panther-analysis-tests (10 events, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/panther-analysis-tests.jsonl
    expect: fire
    count: 10
  - name: "edge-cases (edge-cases.labels.jsonl)"
    dataset: ../../test/fixtures/k8s-audit/edge-cases.jsonl
    expect: fire
    count: 2
    lines: [6, 14]
`,"../../rules/sigma/kubernetes_audit_potential_enumeration_activity.yml":`title: Kubernetes Potential Enumeration Activity
id: 597a7e84-187d-458b-9e4f-2f5a0e676711
status: experimental
description: |
    Detects potential Kubernetes enumeration or attack activity via the audit log.
    This includes the execution of common shells, utilities, or specialized tools like 'Rakkess' (access_matrix) and 'TruffleHog' via Kubernetes API requests.
    Attackers use these methods to perform reconnaissance (enumeration), secret harvesting, or execute code (exec) within a cluster.
references:
    - https://www.nccgroup.com/research/detection-engineering-for-kubernetes-clusters/
    - https://github.com/trufflesecurity/trufflehog
    - https://github.com/corneliusweig/rakkess
author: uniqu3-us3r
date: 2026-04-28
tags:
    - attack.execution
    - attack.discovery
    - attack.t1609
    - attack.t1613
logsource:
    product: kubernetes
    service: audit
detection:
    selection_status:
        responseStatus.code: 'ALLOW'
    selection_request_uri:
        requestURI|contains:
            # Shells Encoded
            - '%2fbin%2fash'
            - '%2fbin%2fbash'
            - '%2fbin%2fbusybox'
            - '%2fbin%2fdash'
            - '%2fbin%2fsh'
            - '%2fbin%2fzsh'
            # Shells Plain
            - '/bin/ash'
            - '/bin/bash'
            - '/bin/busybox'
            - '/bin/dash'
            - '/bin/sh'
            - '/bin/zsh'
            # Tools Encoded
            - '%2fusr%2fbin%2fcurl'
            - '%2fusr%2fbin%2fkubectl'
            - '%2fusr%2fbin%2fperl'
            - '%2fusr%2fbin%2fpython'
            - '%2fusr%2fbin%2fwget'
            # Tools Plain
            - '/usr/bin/curl'
            - '/usr/bin/kubectl'
            - '/usr/bin/perl'
            - '/usr/bin/python'
            - '/usr/bin/wget'
    selection_request_user_agent:
        userAgent|contains:
            - 'access_matrix'  # Rakkess
            - 'trufflehog'     # Secret scanning tool
            - 'azurehound'     # Azure/Cloud discovery
            - 'micro-scanner'  # Vulnerability scanning
    condition: selection_status and 1 of selection_request_*
falsepositives:
    - Authorized administrative maintenance via kubectl
    - Automated internal infrastructure monitoring and certificate rotation
    - Security-approved vulnerability or secret scanning in DevSecOps pipelines
level: medium
# Detection tests (rulecast test): expected selections from test/fixtures/k8s-audit/ORIGIN.md.
tests:
  - name: "falco-trace-files (0 events, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/falco-trace-files.jsonl
    expect: no-fire
    count: 0
  - name: "audit2rbac-demo-2017 (0 events, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/audit2rbac-demo-2017.jsonl
    expect: no-fire
    count: 0
  - name: "panther-analysis-tests (0 events, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/panther-analysis-tests.jsonl
    expect: no-fire
    count: 0
`,"../../rules/sigma/kubernetes_audit_privileged_pod_creation.yml":`title: Privileged Container Deployed
id: c5cd1b20-36bb-488d-8c05-486be3d0cb97
status: test
description: |
    Detects the creation of a "privileged" container, an action which could be indicative of a threat actor mounting a container breakout attacks.
    A privileged container is a container that can access the host with all of the root capabilities of the host machine. This allows it to view, interact and modify processes, network operations, IPC calls, the file system, mount points, SELinux configurations etc. as the root user on the host.
    Various versions of "privileged" containers can be specified, e.g. by setting the securityContext.privileged flag in the resource specification, setting non-standard Linux capabilities, or configuring the hostNetwork/hostPID fields
references:
    - https://microsoft.github.io/Threat-Matrix-for-Kubernetes/techniques/Privileged%20container/
    - https://docs.aws.amazon.com/guardduty/latest/ug/guardduty_finding-types-kubernetes.html#privilegeescalation-kubernetes-privilegedcontainer
    - https://www.elastic.co/guide/en/security/current/kubernetes-pod-created-with-hostnetwork.html
    - https://www.elastic.co/guide/en/security/current/kubernetes-container-created-with-excessive-linux-capabilities.html
author: Leo Tsaousis (@laripping)
date: 2024-03-26
tags:
    - attack.t1611
    - attack.privilege-escalation
logsource:
    category: application
    product: kubernetes
    service: audit
detection:
    selection:
        verb: 'create'
        objectRef.resource: 'pods'
        capabilities: '*' # Note: Add the "exists" when it's implemented in SigmaHQ/Aurora
    condition: selection
falsepositives:
    - Unknown
level: low
# Detection tests (rulecast test): expected selections from test/fixtures/k8s-audit/ORIGIN.md.
tests:
  - name: "falco-trace-files (0 events, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/falco-trace-files.jsonl
    expect: no-fire
    count: 0
  - name: "audit2rbac-demo-2017 (0 events, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/audit2rbac-demo-2017.jsonl
    expect: no-fire
    count: 0
  - name: "panther-analysis-tests (0 events, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/panther-analysis-tests.jsonl
    expect: no-fire
    count: 0
`,"../../rules/sigma/kubernetes_audit_rbac_permisions_listing.yml":`title: RBAC Permission Enumeration Attempt
id: 84b777bd-c946-4d17-aa2e-c39f5a454325
status: test
description: |
    Detects identities attempting to enumerate their Kubernetes RBAC permissions.
    In the early stages of a breach, attackers will aim to list the permissions they have within the compromised environment.
    In a Kubernetes cluster, this can be achieved by interacting with the API server, and querying the SelfSubjectAccessReview API via e.g. a "kubectl auth can-i --list" command.
    This will enumerate the Role-Based Access Controls (RBAC) rules defining the compromised user's authorization.
references:
    - https://www.elastic.co/guide/en/security/current/kubernetes-suspicious-self-subject-review.html
author: Leo Tsaousis (@laripping)
date: 2024-03-26
tags:
    - attack.t1069.003
    - attack.t1087.004
    - attack.discovery
logsource:
    category: application
    product: kubernetes
    service: audit
detection:
    selection:
        verb: 'create'
        apiGroup: 'authorization.k8s.io'
        objectRef.resource: 'selfsubjectrulesreviews'
    condition: selection
falsepositives:
    - Unknown
level: low
# Detection tests (rulecast test): expected selections from test/fixtures/k8s-audit/ORIGIN.md.
tests:
  - name: "falco-trace-files (0 events, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/falco-trace-files.jsonl
    expect: no-fire
    count: 0
  - name: "audit2rbac-demo-2017 (0 events, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/audit2rbac-demo-2017.jsonl
    expect: no-fire
    count: 0
  - name: "panther-analysis-tests (0 events, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/panther-analysis-tests.jsonl
    expect: no-fire
    count: 0
`,"../../rules/sigma/kubernetes_audit_rolebinding_modification.yml":`title: Kubernetes Rolebinding Modification
id: 10b97915-ec8d-455f-a815-9a78926585f6
related:
    - id: 0322d9f2-289a-47c2-b5e1-b63c90901a3e
      type: similar
status: test
description: |
    Detects when a Kubernetes Rolebinding is created or modified.
references:
    - https://kubernetes.io/docs/reference/config-api/apiserver-audit.v1/
    - https://medium.com/@seifeddinerajhi/kubernetes-rbac-privilege-escalation-exploits-and-mitigations-26c07629eeab
author: kelnage
date: 2024-07-11
tags:
    - attack.privilege-escalation
logsource:
    product: kubernetes
    service: audit
detection:
    selection:
        objectRef.apiGroup: 'rbac.authorization.k8s.io'
        objectRef.resource:
            - 'clusterrolebindings'
            - 'rolebindings'
        verb:
            - 'create'
            - 'delete'
            - 'patch'
            - 'replace'
            - 'update'
    condition: selection
falsepositives:
    - Modifying a Kubernetes Rolebinding may need to be done by a system administrator.
    - Automated processes may need to take these actions and may need to be filtered.
level: medium
# Detection tests (rulecast test): expected selections from test/fixtures/k8s-audit/ORIGIN.md.
tests:
  - name: "falco-trace-files (3 events, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/falco-trace-files.jsonl
    expect: fire
    count: 3
    lines: [2, 9, 41]
  - name: "audit2rbac-demo-2017 (182 events, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/audit2rbac-demo-2017.jsonl
    expect: fire
    count: 182
  - name: "panther-analysis-tests (4 events, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/panther-analysis-tests.jsonl
    expect: fire
    count: 4
    lines: [29, 30, 31, 32]
`,"../../rules/sigma/kubernetes_audit_secrets_enumeration.yml":`title: Kubernetes Secrets Enumeration
id: eeb3e9e1-b685-44e4-9232-6bb701f925b5
related:
    - id: 7ee0b4aa-d8d4-4088-b661-20efdf41a04c
      type: derived
status: test
description: Detects enumeration of Kubernetes secrets.
references:
    - https://microsoft.github.io/Threat-Matrix-for-Kubernetes/techniques/List%20K8S%20secrets/
author: Leo Tsaousis (@laripping)
date: 2024-03-26
tags:
    - attack.t1552.007
    - attack.credential-access
logsource:
    category: application
    product: kubernetes
    service: audit
detection:
    selection:
        verb: 'list'
        objectRef.resource: 'secrets'
    condition: selection
falsepositives:
    - The Kubernetes dashboard occasionally accesses the kubernetes-dashboard-key-holder secret
level: low
# Detection tests (rulecast test): expected selections from test/fixtures/k8s-audit/ORIGIN.md.
tests:
  - name: "falco-trace-files (0 events, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/falco-trace-files.jsonl
    expect: no-fire
    count: 0
  - name: "audit2rbac-demo-2017 (1 event, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/audit2rbac-demo-2017.jsonl
    expect: fire
    count: 1
    lines: [757]
  - name: "panther-analysis-tests (9 events, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/panther-analysis-tests.jsonl
    expect: fire
    count: 9
`,"../../rules/sigma/kubernetes_audit_secrets_modified_or_deleted.yml":`title: Kubernetes Secrets Modified or Deleted
id: 58d31a75-a4f8-4c40-985b-373d58162ca2
related:
    - id: 2f0bae2d-bf20-4465-be86-1311addebaa3
      type: similar
status: test
description: |
    Detects when Kubernetes Secrets are Modified or Deleted.
references:
    - https://kubernetes.io/docs/reference/config-api/apiserver-audit.v1/
    - https://commandk.dev/blog/guide-to-audit-k8s-secrets-for-compliance/
author: kelnage
date: 2024-07-11
tags:
    - attack.credential-access
logsource:
    product: kubernetes
    service: audit
detection:
    selection:
        objectRef.resource: 'secrets'
        verb:
            - 'create'
            - 'delete'
            - 'patch'
            - 'replace'
            - 'update'
    condition: selection
falsepositives:
    - Secrets being modified or deleted may be performed by a system administrator.
    - Automated processes may need to take these actions and may need to be filtered.
level: medium
# Detection tests (rulecast test): expected selections from test/fixtures/k8s-audit/ORIGIN.md.
tests:
  - name: "falco-trace-files (4 events, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/falco-trace-files.jsonl
    expect: fire
    count: 4
    lines: [19, 33, 35, 45]
  - name: "audit2rbac-demo-2017 (0 events, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/audit2rbac-demo-2017.jsonl
    expect: no-fire
    count: 0
  - name: "panther-analysis-tests (1 event, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/panther-analysis-tests.jsonl
    expect: fire
    count: 1
    lines: [137]
`,"../../rules/sigma/kubernetes_audit_serviceaccount_creation.yml":`title: New Kubernetes Service Account Created
id: e31bae15-83ed-473e-bf31-faf4f8a17d36
related:
    - id: 12d027c3-b48c-4d9d-8bb6-a732200034b2
      type: derived
status: test
description: |
    Detects creation of new Kubernetes service account, which could indicate an attacker's attempt to persist within a cluster.
references:
    - https://microsoft.github.io/Threat-Matrix-for-Kubernetes/techniques/container%20service%20account/
author: Leo Tsaousis (@laripping)
date: 2024-03-26
tags:
    - attack.persistence
    - attack.t1136
logsource:
    category: application
    product: kubernetes
    service: audit
detection:
    selection:
        verb: 'create'
        objectRef.resource: 'serviceaccounts'
    condition: selection
falsepositives:
    - Unknown
level: low
# Detection tests (rulecast test): expected selections from test/fixtures/k8s-audit/ORIGIN.md.
tests:
  - name: "falco-trace-files (3 events, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/falco-trace-files.jsonl
    expect: fire
    count: 3
    lines: [36, 37, 38]
  - name: "audit2rbac-demo-2017 (0 events, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/audit2rbac-demo-2017.jsonl
    expect: no-fire
    count: 0
  - name: "panther-analysis-tests (11 events, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/panther-analysis-tests.jsonl
    expect: fire
    count: 11
`,"../../rules/sigma/kubernetes_audit_sidecar_injection.yml":`title: Potential Sidecar Injection Into Running Deployment
id: ad9012a6-e518-4432-9890-f3b82b8fc71f
status: test
description: |
    Detects attempts to inject a sidecar container into a running deployment.
    A sidecar container is an additional container within a pod, that resides alongside the main container.
    One way to add containers to running resources like Deployments/DeamonSets/StatefulSets, is via a "kubectl patch" operation.
    By injecting a new container within a legitimate pod, an attacker can run their code and hide their activity, instead of running their own separated pod in the cluster.
references:
    - https://kubernetes.io/docs/tasks/manage-kubernetes-objects/update-api-object-kubectl-patch
    - https://microsoft.github.io/Threat-Matrix-for-Kubernetes/techniques/Sidecar%20Injection/
author: Leo Tsaousis (@laripping)
date: 2024-03-26
tags:
    - attack.t1609
    - attack.execution
logsource:
    category: application
    product: kubernetes
    service: audit
detection:
    selection:
        verb: 'patch'
        apiGroup: 'apps'
        objectRef.resource: 'deployments'
    condition: selection
falsepositives:
    - Unknown
level: medium
# Detection tests (rulecast test): expected selections from test/fixtures/k8s-audit/ORIGIN.md.
tests:
  - name: "falco-trace-files (0 events, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/falco-trace-files.jsonl
    expect: no-fire
    count: 0
  - name: "audit2rbac-demo-2017 (0 events, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/audit2rbac-demo-2017.jsonl
    expect: no-fire
    count: 0
  - name: "panther-analysis-tests (0 events, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/panther-analysis-tests.jsonl
    expect: no-fire
    count: 0
`,"../../rules/sigma/kubernetes_audit_unauthorized_unauthenticated_actions.yml":`title: Kubernetes Unauthorized or Unauthenticated Access
id: 0d933542-1f1f-420d-97d4-21b2c3c492d9
status: test
description: |
    Detects when a request to the Kubernetes API is rejected due to lack of authorization or due to an expired authentication token being used.
    This may indicate an attacker attempting to leverage credentials they have obtained.
references:
    - https://kubernetes.io/docs/reference/config-api/apiserver-audit.v1/
    - https://www.datadoghq.com/blog/monitor-kubernetes-audit-logs/#monitor-api-authentication-issues
author: kelnage
date: 2024-04-12
tags:
    - attack.privilege-escalation
logsource:
    product: kubernetes
    service: audit
detection:
    selection:
        responseStatus.code:
            - 401 # Unauthorized
            - 403 # Forbidden
    condition: selection
falsepositives:
    - A misconfigured RBAC policy, a mistake by a valid user, or a wider issue with authentication tokens can also generate these errors.
level: low
# Detection tests (rulecast test): expected selections from test/fixtures/k8s-audit/ORIGIN.md.
tests:
  - name: "falco-trace-files (0 events, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/falco-trace-files.jsonl
    expect: no-fire
    count: 0
  - name: "audit2rbac-demo-2017 (11 events, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/audit2rbac-demo-2017.jsonl
    expect: fire
    count: 11
  - name: "panther-analysis-tests (37 events, k8s-audit README)"
    dataset: ../../test/fixtures/k8s-audit/panther-analysis-tests.jsonl
    expect: fire
    count: 37
`,"../../rules/splunk/kubernetes_node_port_creation.yml":`name: Kubernetes Node Port Creation
id: d7fc865e-b8a1-4029-a960-cf4403b821b6
version: 3
date: '2024-09-30'
author: Patrick Bareiss, Splunk
status: production
type: Anomaly
description: The following analytic detects the creation of a Kubernetes NodePort service, which exposes a service to the external network. It identifies this activity by monitoring Kubernetes Audit logs for the creation of NodePort services. This behavior is significant for a SOC as it could allow an attacker to access internal services, posing a threat to the Kubernetes infrastructure's integrity and security. If confirmed malicious, this activity could lead to data breaches, service disruptions, or unauthorized access to sensitive information.
data_source:
- Kubernetes Audit
search: '\`kube_audit\` "objectRef.resource"=services verb=create requestObject.spec.type=NodePort | fillnull | stats count values(user.groups{}) as user_groups by kind objectRef.name objectRef.namespace objectRef.resource requestObject.kind requestObject.spec.type responseStatus.code sourceIPs{} stage user.username userAgent verb | rename sourceIPs{} as src_ip, user.username as user | \`kubernetes_node_port_creation_filter\`'
how_to_implement: The detection is based on data that originates from Kubernetes Audit logs. Ensure that audit logging is enabled in your Kubernetes cluster. Kubernetes audit logs provide a record of the requests made to the Kubernetes API server, which is crucial for monitoring and detecting suspicious activities. Configure the audit policy in Kubernetes to determine what kind of activities are logged. This is done by creating an Audit Policy and providing it to the API server. Use the Splunk OpenTelemetry Collector for Kubernetes to collect the logs. This doc will describe how to collect the audit log file https://github.com/signalfx/splunk-otel-collector-chart/blob/main/docs/migration-from-sck.md. When you want to use this detection with AWS EKS, you need to enable EKS control plane logging https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html. Then you can collect the logs from Cloudwatch using the AWS TA https://splunk.github.io/splunk-add-on-for-amazon-web-services/CloudWatchLogs/.
known_false_positives: unknown
references:
- https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/
drilldown_searches:
- name: View the detection results for $user$
  search: '%original_detection_search% | search  user = $user$'
  earliest_offset: $info_min_time$
  latest_offset: $info_max_time$
- name: View risk events for the last 7 days for $user$
  search: '| from datamodel Risk.All_Risk | search normalized_risk_object IN ($user$) starthoursago=168 endhoursago=1 | stats count min(_time) as firstTime max(_time) as lastTime values(search_name) as "Search Name" values(risk_message) as "Risk Message" values(analyticstories) as "Analytic Stories" values(annotations._all) as "Annotations" values(annotations.mitre_attack.mitre_tactic) as "ATT&CK Tactics" by normalized_risk_object | \`security_content_ctime(firstTime)\` | \`security_content_ctime(lastTime)\`'
  earliest_offset: $info_min_time$
  latest_offset: $info_max_time$
tags:
  analytic_story:
  - Kubernetes Security
  asset_type: Kubernetes
  confidence: 70
  impact: 70
  message: Kubernetes node port creation from user $user$
  mitre_attack_id:
  - T1204
  observable:
  - name: user
    type: User
    role:
    - Victim
  - name: src_ip
    type: IP Address
    role:
    - Attacker
  product:
  - Splunk Enterprise
  - Splunk Enterprise Security
  - Splunk Cloud
  required_fields:
  - user.groups{}
  - kind
  - objectRef.name
  - objectRef.namespace
  - objectRef.resource
  - requestObject.kind
  - requestObject.spec.type
  - responseStatus.code
  - sourceIPs{}
  - stage
  - user.username
  - userAgent
  - verb
  risk_score: 49
  security_domain: network
tests:
- name: True Positive Test
  attack_data:
  - data: https://media.githubusercontent.com/media/splunk/attack_data/master/datasets/attack_techniques/T1204/kube_audit_create_node_port_service/kube_audit_create_node_port_service.json
    sourcetype: _json
    source: kubernetes
# Local detection tests (rulecast test): \`expect\` says whether the whole search returns results;
# \`count\`/\`lines\` are the events its base search selects. Expected values: test/fixtures/k8s-audit/ORIGIN.md.
- name: "falco-trace-files: base search selects 1 event; no selected event has userAgent (a by-field), so stats returns no row"
  dataset: ../../test/fixtures/k8s-audit/falco-trace-files.jsonl
  expect: no-fire
  count: 1
  lines: [29]
- name: "audit2rbac-demo-2017: base search selects 0 events"
  dataset: ../../test/fixtures/k8s-audit/audit2rbac-demo-2017.jsonl
  expect: no-fire
  count: 0
- name: "panther-analysis-tests: base search selects 2 events; no selected event has userAgent (a by-field), so stats returns no row"
  dataset: ../../test/fixtures/k8s-audit/panther-analysis-tests.jsonl
  expect: no-fire
  count: 2
  lines: [145, 147]
- name: "edge-cases: base search selects lines [9] (edge-cases.labels.jsonl)"
  dataset: ../../test/fixtures/k8s-audit/edge-cases.jsonl
  expect: fire
  count: 1
  lines: [9]
`,"../../rules/splunk/kubernetes_pod_created_in_default_namespace.yml":`name: Kubernetes Pod Created in Default Namespace
id: 3d6b1a81-367b-42d5-a925-6ef90b6b9f1e
version: 3
date: '2024-09-30'
author: Patrick Bareiss, Splunk
status: production
type: Anomaly
description: The following analytic detects the creation of Kubernetes pods in the default, kube-system, or kube-public namespaces. It leverages Kubernetes audit logs to identify pod creation events within these specific namespaces. This activity is significant for a SOC as it may indicate an attacker attempting to hide their presence or evade defenses. Unauthorized pod creation in these namespaces can suggest a successful cluster breach, potentially leading to privilege escalation, persistent access, or further malicious activities within the cluster.
data_source:
- Kubernetes Audit
search: '\`kube_audit\` objectRef.resource=pods verb=create objectRef.namespace IN ("default", "kube-system", "kube-public") | fillnull | stats count by objectRef.name objectRef.namespace objectRef.resource requestReceivedTimestamp requestURI responseStatus.code sourceIPs{} stage user.groups{} user.uid user.username userAgent verb | rename sourceIPs{} as src_ip, user.username as user | \`kubernetes_pod_created_in_default_namespace_filter\`'
how_to_implement: The detection is based on data that originates from Kubernetes Audit logs. Ensure that audit logging is enabled in your Kubernetes cluster. Kubernetes audit logs provide a record of the requests made to the Kubernetes API server, which is crucial for monitoring and detecting suspicious activities. Configure the audit policy in Kubernetes to determine what kind of activities are logged. This is done by creating an Audit Policy and providing it to the API server. Use the Splunk OpenTelemetry Collector for Kubernetes to collect the logs. This doc will describe how to collect the audit log file https://github.com/signalfx/splunk-otel-collector-chart/blob/main/docs/migration-from-sck.md. When you want to use this detection with AWS EKS, you need to enable EKS control plane logging https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html. Then you can collect the logs from Cloudwatch using the AWS TA https://splunk.github.io/splunk-add-on-for-amazon-web-services/CloudWatchLogs/.
known_false_positives: unknown
references:
- https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/
drilldown_searches:
- name: View the detection results for $user$
  search: '%original_detection_search% | search  user = $user$'
  earliest_offset: $info_min_time$
  latest_offset: $info_max_time$
- name: View risk events for the last 7 days for $user$
  search: '| from datamodel Risk.All_Risk | search normalized_risk_object IN ($user$) starthoursago=168 endhoursago=1 | stats count min(_time) as firstTime max(_time) as lastTime values(search_name) as "Search Name" values(risk_message) as "Risk Message" values(analyticstories) as "Analytic Stories" values(annotations._all) as "Annotations" values(annotations.mitre_attack.mitre_tactic) as "ATT&CK Tactics" by normalized_risk_object | \`security_content_ctime(firstTime)\` | \`security_content_ctime(lastTime)\`'
  earliest_offset: $info_min_time$
  latest_offset: $info_max_time$
tags:
  analytic_story:
  - Kubernetes Security
  asset_type: Kubernetes
  confidence: 70
  impact: 70
  message: Kubernetes Pod Created in Default Namespace by $user$
  mitre_attack_id:
  - T1204
  observable:
  - name: user
    type: User
    role:
    - Victim
  - name: src_ip
    type: IP Address
    role:
    - Attacker
  product:
  - Splunk Enterprise
  - Splunk Enterprise Security
  - Splunk Cloud
  required_fields:
  - objectRef.resource
  - verb
  - objectRef.name
  - objectRef.namespace
  - requestReceivedTimestamp
  - requestURI
  - responseStatus.code
  - sourceIPs{}
  - stage
  - user.groups{}
  - user.uid
  - user.username
  - userAgent
  - verb
  risk_score: 49
  security_domain: network
tests:
- name: True Positive Test
  attack_data:
  - data: https://media.githubusercontent.com/media/splunk/attack_data/master/datasets/attack_techniques/T1204/kubernetes_privileged_pod/kubernetes_privileged_pod.json
    sourcetype: _json
    source: kubernetes
# Local detection tests (rulecast test): \`expect\` says whether the whole search returns results;
# \`count\`/\`lines\` are the events its base search selects. Expected values: test/fixtures/k8s-audit/ORIGIN.md.
- name: "falco-trace-files: base search selects 12 events; no selected event has userAgent (a by-field), so stats returns no row"
  dataset: ../../test/fixtures/k8s-audit/falco-trace-files.jsonl
  expect: no-fire
  count: 12
- name: "audit2rbac-demo-2017: base search selects 0 events"
  dataset: ../../test/fixtures/k8s-audit/audit2rbac-demo-2017.jsonl
  expect: no-fire
  count: 0
- name: "panther-analysis-tests: base search selects 41 events; no selected event has userAgent (a by-field), so stats returns no row"
  dataset: ../../test/fixtures/k8s-audit/panther-analysis-tests.jsonl
  expect: no-fire
  count: 41
- name: "edge-cases: base search selects lines [1, 4, 6, 7, 11, 12, 14] (edge-cases.labels.jsonl); no selected event has user.uid (a by-field), so stats returns no row"
  dataset: ../../test/fixtures/k8s-audit/edge-cases.jsonl
  expect: no-fire
  count: 7
  lines: [1, 4, 6, 7, 11, 12, 14]
`,"../../rules/splunk/kubernetes_pod_with_host_network_attachment.yml":`name: Kubernetes Pod With Host Network Attachment
id: cce357cf-43a4-494a-814b-67cea90fe990
version: 3
date: '2024-09-30'
author: Patrick Bareiss, Splunk
status: production
type: Anomaly
description: The following analytic detects the creation or update of a Kubernetes pod with host network attachment. It leverages Kubernetes Audit logs to identify pods configured with host network settings. This activity is significant for a SOC as it could allow an attacker to monitor all network traffic on the node, potentially capturing sensitive information and escalating privileges. If confirmed malicious, this could lead to unauthorized access, data breaches, and service disruptions, severely impacting the security and integrity of the Kubernetes environment.
data_source:
- Kubernetes Audit
search: '\`kube_audit\` objectRef.resource=pods verb=create OR verb=update requestObject.metadata.annotations.kubectl.kubernetes.io/last-applied-configuration=*\\"hostNetwork\\":true* | fillnull | stats count values(user.groups{}) as user_groups by kind objectRef.name objectRef.namespace objectRef.resource requestObject.kind responseStatus.code sourceIPs{} stage user.username userAgent verb requestObject.metadata.annotations.kubectl.kubernetes.io/last-applied-configuration | rename sourceIPs{} as src_ip, user.username as user | \`kubernetes_pod_with_host_network_attachment_filter\`'
how_to_implement: The detection is based on data that originates from Kubernetes Audit logs. Ensure that audit logging is enabled in your Kubernetes cluster. Kubernetes audit logs provide a record of the requests made to the Kubernetes API server, which is crucial for monitoring and detecting suspicious activities. Configure the audit policy in Kubernetes to determine what kind of activities are logged. This is done by creating an Audit Policy and providing it to the API server. Use the Splunk OpenTelemetry Collector for Kubernetes to collect the logs. This doc will describe how to collect the audit log file https://github.com/signalfx/splunk-otel-collector-chart/blob/main/docs/migration-from-sck.md. When you want to use this detection with AWS EKS, you need to enable EKS control plane logging https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html. Then you can collect the logs from Cloudwatch using the AWS TA https://splunk.github.io/splunk-add-on-for-amazon-web-services/CloudWatchLogs/.
known_false_positives: unknown
references:
- https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/
drilldown_searches:
- name: View the detection results for $user$
  search: '%original_detection_search% | search  user = $user$'
  earliest_offset: $info_min_time$
  latest_offset: $info_max_time$
- name: View risk events for the last 7 days for $user$
  search: '| from datamodel Risk.All_Risk | search normalized_risk_object IN ($user$) starthoursago=168 endhoursago=1 | stats count min(_time) as firstTime max(_time) as lastTime values(search_name) as "Search Name" values(risk_message) as "Risk Message" values(analyticstories) as "Analytic Stories" values(annotations._all) as "Annotations" values(annotations.mitre_attack.mitre_tactic) as "ATT&CK Tactics" by normalized_risk_object | \`security_content_ctime(firstTime)\` | \`security_content_ctime(lastTime)\`'
  earliest_offset: $info_min_time$
  latest_offset: $info_max_time$
tags:
  analytic_story:
  - Kubernetes Security
  asset_type: Kubernetes
  confidence: 70
  impact: 70
  message: Kubernetes pod with host network attachment from user $user$.
  mitre_attack_id:
  - T1204
  observable:
  - name: user
    type: User
    role:
    - Victim
  - name: src_ip
    type: IP Address
    role:
    - Attacker
  product:
  - Splunk Enterprise
  - Splunk Enterprise Security
  - Splunk Cloud
  required_fields:
  - user.groups{}
  - kind
  - objectRef.name
  - objectRef.namespace
  - objectRef.resource
  - requestObject.kind
  - requestObject.spec.type
  - responseStatus.code
  - sourceIPs{}
  - stage
  - user.username
  - userAgent
  - verb
  - requestObject.metadata.annotations.kubectl.kubernetes.io/last-applied-configuration
  risk_score: 49
  security_domain: network
tests:
- name: True Positive Test
  attack_data:
  - data: https://media.githubusercontent.com/media/splunk/attack_data/master/datasets/attack_techniques/T1204/kubernetes_privileged_pod/kubernetes_privileged_pod.json
    sourcetype: _json
    source: kubernetes
# Local detection tests (rulecast test): \`expect\` says whether the whole search returns results;
# \`count\`/\`lines\` are the events its base search selects. Expected values: test/fixtures/k8s-audit/ORIGIN.md.
- name: "falco-trace-files: base search selects 0 events"
  dataset: ../../test/fixtures/k8s-audit/falco-trace-files.jsonl
  expect: no-fire
  count: 0
- name: "audit2rbac-demo-2017: base search selects 0 events"
  dataset: ../../test/fixtures/k8s-audit/audit2rbac-demo-2017.jsonl
  expect: no-fire
  count: 0
- name: "panther-analysis-tests: base search selects 0 events"
  dataset: ../../test/fixtures/k8s-audit/panther-analysis-tests.jsonl
  expect: no-fire
  count: 0
- name: "edge-cases: base search selects lines [1, 2] (edge-cases.labels.jsonl)"
  dataset: ../../test/fixtures/k8s-audit/edge-cases.jsonl
  expect: fire
  count: 2
  lines: [1, 2]
`,"../../rules/splunk/kubernetes_unauthorized_access.yml":`name: Kubernetes Unauthorized Access
id: 9b5f1832-e8b9-453f-93df-07a3d6a72a45
version: 3
date: '2024-09-30'
author: Patrick Bareiss, Splunk
status: production
type: Anomaly
description: The following analytic detects unauthorized access attempts to Kubernetes by analyzing Kubernetes audit logs. It identifies anomalies in access patterns by examining the source of requests and their response statuses. This activity is significant for a SOC as it may indicate an attacker attempting to infiltrate the Kubernetes environment. If confirmed malicious, such access could lead to unauthorized control over Kubernetes resources, potentially compromising sensitive systems or data within the cluster.
data_source:
- Kubernetes Audit
search: '\`kube_audit\` verb=create responseStatus.reason=Forbidden | fillnull | stats count by objectRef.namespace objectRef.resource requestReceivedTimestamp requestURI responseStatus.code responseStatus.message sourceIPs{} stage user.groups{} user.uid user.username userAgent verb | rename sourceIPs{} as src_ip, user.username as user | \`kubernetes_unauthorized_access_filter\`'
how_to_implement: The detection is based on data that originates from Kubernetes Audit logs. Ensure that audit logging is enabled in your Kubernetes cluster. Kubernetes audit logs provide a record of the requests made to the Kubernetes API server, which is crucial for monitoring and detecting suspicious activities. Configure the audit policy in Kubernetes to determine what kind of activities are logged. This is done by creating an Audit Policy and providing it to the API server. Use the Splunk OpenTelemetry Collector for Kubernetes to collect the logs. This doc will describe how to collect the audit log file https://github.com/signalfx/splunk-otel-collector-chart/blob/main/docs/migration-from-sck.md. When you want to use this detection with AWS EKS, you need to enable EKS control plane logging https://docs.aws.amazon.com/eks/latest/userguide/control-plane-logs.html. Then you can collect the logs from Cloudwatch using the AWS TA https://splunk.github.io/splunk-add-on-for-amazon-web-services/CloudWatchLogs/.
known_false_positives: unknown
references:
- https://kubernetes.io/docs/tasks/debug/debug-cluster/audit/
drilldown_searches:
- name: View the detection results for $user$
  search: '%original_detection_search% | search  user = $user$'
  earliest_offset: $info_min_time$
  latest_offset: $info_max_time$
- name: View risk events for the last 7 days for $user$
  search: '| from datamodel Risk.All_Risk | search normalized_risk_object IN ($user$) starthoursago=168 endhoursago=1 | stats count min(_time) as firstTime max(_time) as lastTime values(search_name) as "Search Name" values(risk_message) as "Risk Message" values(analyticstories) as "Analytic Stories" values(annotations._all) as "Annotations" values(annotations.mitre_attack.mitre_tactic) as "ATT&CK Tactics" by normalized_risk_object | \`security_content_ctime(firstTime)\` | \`security_content_ctime(lastTime)\`'
  earliest_offset: $info_min_time$
  latest_offset: $info_max_time$
tags:
  analytic_story:
  - Kubernetes Security
  asset_type: Kubernetes
  confidence: 70
  impact: 70
  message: Unauthorized access to Kubernetes from user $user$
  mitre_attack_id:
  - T1204
  observable:
  - name: user
    type: User
    role:
    - Victim
  - name: src_ip
    type: IP Address
    role:
    - Attacker
  product:
  - Splunk Enterprise
  - Splunk Enterprise Security
  - Splunk Cloud
  required_fields:
  - verb
  - requestReceivedTimestamp
  - requestURI
  - responseStatus.code
  - sourceIPs{}
  - user.groups{}
  - user.username
  - userAgent
  - verb
  - responseStatus.reason
  - responseStatus.status
  risk_score: 49
  security_domain: network
tests:
- name: True Positive Test
  attack_data:
  - data: https://media.githubusercontent.com/media/splunk/attack_data/master/datasets/attack_techniques/T1204/kubernetes_unauthorized_access/kubernetes_unauthorized_access.json
    sourcetype: _json
    source: kubernetes
# Local detection tests (rulecast test): \`expect\` says whether the whole search returns results;
# \`count\`/\`lines\` are the events its base search selects. Expected values: test/fixtures/k8s-audit/ORIGIN.md.
- name: "falco-trace-files: base search selects 0 events"
  dataset: ../../test/fixtures/k8s-audit/falco-trace-files.jsonl
  expect: no-fire
  count: 0
- name: "audit2rbac-demo-2017: base search selects 0 events"
  dataset: ../../test/fixtures/k8s-audit/audit2rbac-demo-2017.jsonl
  expect: no-fire
  count: 0
- name: "panther-analysis-tests: base search selects 0 events"
  dataset: ../../test/fixtures/k8s-audit/panther-analysis-tests.jsonl
  expect: no-fire
  count: 0
- name: "edge-cases: base search selects lines [7] (edge-cases.labels.jsonl); no selected event has user.uid (a by-field), so stats returns no row"
  dataset: ../../test/fixtures/k8s-audit/edge-cases.jsonl
  expect: no-fire
  count: 1
  lines: [7]
`,"../../rules/splunk/macros/kube_audit.yml":`definition: source="kubernetes"
description: customer specific splunk configurations(eg- index, source, sourcetype) for Kubernetes audit data. Replace the macro definition with configurations for your Splunk Environmnent.
name: kube_audit
`,"../../rules/splunk/macros/security_content_ctime.yml":`arguments:
  - field
definition: 'convert timeformat="%Y-%m-%dT%H:%M:%S" ctime($field$)'
description: convert epoch time to string
name: security_content_ctime
`}),yj=e=>/\/macros\//.test(e);function bj(e,t){let n=/^(?:title|name):\s*(.+)$/m.exec(t);return`${/^search:/m.test(t)?`Splunk`:e.endsWith(`.spl`)?`SPL`:`Sigma`}: ${n?n[1].trim().replace(/^['"]|['"]$/g,``):e.split(`/`).pop()}`}var xj=[...Object.entries(vj).filter(([e])=>!yj(e)).map(([e,t])=>({title:bj(e,t),format:`auto`,text:t})).sort((e,t)=>e.title.localeCompare(t.title)),{title:`SPL: a raw search`,format:`spl`,text:`index=k8s sourcetype=kube:audit verb=create objectRef.resource=pods NOT user.username="system:*"
| stats count by user.username objectRef.namespace`}],Sj=Object.entries(vj).filter(([e])=>yj(e)).sort(([e],[t])=>e.localeCompare(t)).map(([,e])=>e.trim()).join(`
---
`),Cj=e=>document.getElementById(e),wj=Cj(`source`),Tj=Cj(`macros`),Ej=Cj(`format`),Dj=Cj(`example`),Oj=Cj(`status`),kj=Cj(`diagnostics`),Aj=Cj(`outputs`);function jj(e,t={},...n){let r=document.createElement(e);return t.className&&(r.className=t.className),t.text!==void 0&&(r.textContent=t.text),r.append(...n),r}function Mj(e,t){if(e===void 0)return;let n=wj.value.split(`
`),r=0;for(let t=0;t<e-1&&t<n.length;t++)r+=n[t].length+1;r+=Math.max(0,(t??1)-1),wj.focus(),wj.setSelectionRange(r,Math.min(wj.value.length,r+1))}function Nj(e){let t=e.ok&&e.diagnostics.length>0?`${e.diagnostics.length} note${e.diagnostics.length>1?`s`:``}`:e.ok?``:`not supported`,n=jj(`section`,{className:`panel ${e.name}${e.ok?``:` failed`}`},jj(`h3`,{},document.createTextNode(e.title),jj(`small`,{text:t})),jj(`pre`,{text:e.text}));return n.dataset.target=e.name,e.ok&&e.diagnostics.length>0&&n.append(jj(`pre`,{className:`notes`,text:e.diagnostics.map(e=>`${e.severity}[${e.code}]: ${e.message}`).join(`
`)})),n}function Pj(){let e=performance.now(),t=_j(wj.value,Ej.value,Tj.value),n=performance.now()-e;kj.replaceChildren(...t.diagnostics.length===0?[jj(`li`,{className:`none`,text:t.rules.length>0?`No problems.`:`Nothing to show yet.`})]:t.diagnostics.map(e=>{let t=e.line===void 0?``:`${e.line}:${e.column??1}`,n=jj(`li`,{className:e.severity},jj(`code`,{text:`${e.severity}[${e.code}]`}),document.createTextNode(` ${t} ${e.message}`));return n.addEventListener(`click`,()=>Mj(e.line,e.column)),n})),Aj.replaceChildren(...t.panels.map(Nj)),Oj.textContent=`${t.rules.length} rule${t.rules.length===1?``:`s`} · ${n.toFixed(1)} ms`,history.replaceState(null,``,`#`+Fj(wj.value,Ej.value))}function Fj(e,t){let n=new TextEncoder().encode(JSON.stringify({t:e,f:t})),r=``;for(let e of n)r+=String.fromCharCode(e);return btoa(r).replace(/\+/g,`-`).replace(/\//g,`_`).replace(/=+$/,``)}function Ij(e){try{let t=atob(e.replace(/-/g,`+`).replace(/_/g,`/`)),n=JSON.parse(new TextDecoder().decode(Uint8Array.from(t,e=>e.charCodeAt(0))));return typeof n?.t==`string`&&typeof n?.f==`string`?n:void 0}catch{return}}var Lj;function Rj(){clearTimeout(Lj),Lj=setTimeout(Pj,150)}for(let[e,t]of xj.entries())Dj.append(new Option(t.title,String(e)));Dj.addEventListener(`change`,()=>{let e=xj[Number(Dj.value)];e&&(wj.value=e.text,Ej.value=e.format,Pj())}),wj.addEventListener(`input`,Rj),Tj.addEventListener(`input`,Rj),Ej.addEventListener(`change`,Pj),Tj.value=Sj;var zj=Ij(location.hash.slice(1));zj?(wj.value=zj.t,Ej.value=zj.f,Dj.value=``):(wj.value=xj[0].text,Ej.value=xj[0].format),Pj(),document.body.dataset.ready=`true`;