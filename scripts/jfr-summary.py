#!/usr/bin/env python3
"""scripts/jfr-summary.py FILE.jfr [LAYER]: where a booking bench recording spends its CPU. Shares of the samples by
thread kind; of the request threads, frames on the stack by category, each sample in its innermost layer
(controller, JSON, dispatching, token lookup, security filters, observation, Tomcat) and the top marquee methods.
With LAYER, the top frames of that layer. Needs JAVA_HOME (for bin/jfr). Issue 18."""
import sys, re, collections, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import jfr_samples
f = sys.argv[1]
samples = jfr_samples.read(f)
def kind(t):
    if t.startswith('bench-buyer') or t.startswith('HttpClient'): return 'bench client'
    if t.startswith('http-nio'): return 'request threads'
    return 'other: ' + re.sub(r'[-#]?\d+$', '', t)[:40]
tk = collections.Counter(kind(t) for t, _ in samples)
n = len(samples)
print(f'{n} CPU samples')
print('by thread:')
for k, c in tk.most_common(12): print(f'  {100*c/n:5.1f}%  {k}')
req = [fr for t, fr in samples if t.startswith('http-nio')]
m = len(req) or 1
cats = [
 ('transaction management (on stack)', r'TransactionInterceptor|TransactionTemplate\.execute|AbstractPlatformTransactionManager'),
 ('H2 (on stack)', r'^org\.h2\.'),
 ('JDBC pool Hikari (on stack)', r'com\.zaxxer\.hikari'),
 ('Spring Security filters (on stack)', r'org\.springframework\.security\.web\.FilterChainProxy\.doFilterInternal'),
 ('bearer token lookup', r'BearerTokenAuthentication\.doFilterInternal'),
 ('observation (micrometer) frames', r'io\.micrometer\.observation|ServerHttpObservationFilter|io\.micrometer\.core'),
 ('JSON read/write (Jackson)', r'^tools\.jackson|^com\.fasterxml\.jackson'),
 ('bean validation', r'org\.hibernate\.validator'),
 ('event publication registry', r'org\.springframework\.modulith\.events'),
 ('Checkout.checkout', r'Checkout\.checkout'),
 ('holds', r'Holds?\.|HoldController|\.Holding'),
 ('controllers (marquee.*Controller)', r'^marquee\..*Controller\.'),
 ('session (getSession/HttpSession)', r'getSession|StandardSession|HttpSessionSecurityContextRepository'),
 ('logging', r'ch\.qos\.logback|org\.slf4j'),
 ('Tomcat outside the servlet', r'^org\.apache\.(coyote|tomcat)'),
]
def inclusive(pat):
    r = re.compile(pat)
    return sum(1 for fr in req if any(r.search(x) for x in fr))
print(f'request threads ({len(req)} samples), share on stack:')
for name, pat in cats:
    print(f'  {100*inclusive(pat)/m:5.1f}%  {name}')
inc = collections.Counter()
for fr in req:
    for x in set(fr): inc[x] += 1
print('top inclusive methods of request threads (marquee.*, spring security/web filters):')
for x, c in [(x, c) for x, c in inc.most_common(2000) if x.startswith('marquee.') or 'Filter' in x][:40]:
    print(f'  {100*c/m:5.1f}%  {x}')
self_ = collections.Counter(fr[0] for fr in req if fr)
print('top self methods of request threads:')
for x, c in self_.most_common(15): print(f'  {100*c/m:5.1f}%  {x}')
print('request threads, layered (each sample counted once, innermost layer wins):')
layers = [
 ('controller method (handler invoked)', r'InvocableHandlerMethod\.doInvoke'),
 ('message conversion (JSON body read/write)', r'AbstractMessageConverterMethod|HttpEntityMethodProcessor|RequestResponseBodyMethodProcessor'),
 ('DispatcherServlet, other (mapping, interceptors, args)', r'DispatcherServlet\.doService'),
 ('bearer token lookup (ApiTokens.callerFor)', r'ApiTokens'),
 ('security filters, other', r'FilterChainProxy\.doFilterInternal'),
 ('observation filter (http.server.requests)', r'ServerHttpObservationFilter'),
 ('other servlet filters', r'ApplicationFilterChain\.doFilter'),
 ('Tomcat outside the servlet (parse, write, poll)', r'.'),
]
def layer(fr):
    # frames are innermost first: the first layer whose marker is on the stack, checked in the order above
    for name, pat in layers:
        r = re.compile(pat)
        if any(r.search(x) for x in fr): return name
    return 'none'
lc = collections.Counter(layer(fr) for fr in req)
for name, _ in layers: print(f'  {100*lc[name]/m:5.1f}%  {name}')
print('request threads, marquee methods (inclusive, top 25):')
for x, c in [(x, c) for x, c in inc.most_common(3000) if x.startswith('marquee.')][:25]:
    print(f'  {100*c/m:5.1f}%  {x}')
if len(sys.argv) > 2:
    want = sys.argv[2]
    sub = [fr for fr in req if layer(fr) == want]
    c2 = collections.Counter()
    for fr in sub:
        for x in set(fr): c2[x] += 1
    print(f'layer {want}: {len(sub)} samples; top inclusive frames below the layer marker')
    for x, c in c2.most_common(60): print(f'  {100*c/m:5.1f}%  {x}')
