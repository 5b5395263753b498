#!/usr/bin/env python3
"""scripts/jfr-boxoffice.py FILE.jfr: where a box office bench recording spends its CPU. Shares of all samples by
thread, then the writer thread's samples (boxoffice-writer) each counted once, in the first of these parts found
from the top of its stack: rollup writes, ledger appends, known-event and presale lookups, the commit, the
in-memory fold, recovery. Needs JAVA_HOME (for bin/jfr). Issue 18."""
import sys, re, collections, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import jfr_samples
f = sys.argv[1]
samples = jfr_samples.read(f)
n = len(samples) or 1
print(f'{len(samples)} CPU samples')
print('by thread:')
tk = collections.Counter(re.sub(r'[-#]?\d+$', '', t)[:40] for t, _ in samples)
for k, c in tk.most_common(8): print(f'  {100*c/n:5.1f}%  {k}')
parts = [
 ('rollup rows written (Rollups.write/add)', r'boxoffice\.internal\.Rollups\.(write|add)\('),
 ('ledger append (Ledger.append)', r'boxoffice\.internal\.Ledger\.append\('),
 ('known events (Ledger.known)', r'boxoffice\.internal\.Ledger\.known\('),
 ('presales of refunds (Ledger.presales)', r'boxoffice\.internal\.Ledger\.presales\('),
 ('a day read from the table (Rollups.day)', r'boxoffice\.internal\.Rollups\.day\('),
 ('recovery (SaleWriter.recover)', r'SaleWriter\.recover\('),
 ('commit', r'(commit|doCommit)\('),
 ('fold into memory, publish to rankings (SaleWriter.remember)', r'SaleWriter\.remember\('),
 ('folding the batch (SaleWriter.store)', r'SaleWriter\.store\('),
 ('waiting for entries (queue poll)', r'ArrayBlockingQueue\.(poll|drainTo)'),
]
w = [fr for t, fr in samples if t == 'boxoffice-writer']
m = len(w) or 1
print(f'writer thread: {len(w)} samples, {100*len(w)/n:.1f}% of all')
c = collections.Counter()
for fr in w:
    for name, rx in parts:
        if any(re.search(rx, x) for x in fr):
            c[name] += 1; break
    else:
        c['other'] += 1
for name, k in c.most_common(): print(f'  {100*k/m:5.1f}%  {name}')
top = collections.Counter(fr[0] for fr in w if fr)
print('writer thread, top self frames:')
for k, v in top.most_common(10): print(f'  {100*v/m:5.1f}%  {k}')
