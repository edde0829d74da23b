import sys
p='/work/main/subgraphs/civil-servants/src/modules/indicator/indicator.service.ts'
s=open(p).read()
old="""/**
 * A year "has data" when anything was reported for it: a staffing quota, an evaluation or a training
 * completion. Without that, staff on the books would make a future year look measured.
 */
const REPORTED = `EXISTS (SELECT 1 FROM staffing_quota q WHERE q.year = s.year)
  OR EXISTS (SELECT 1 FROM evaluation e WHERE e.year = s.year)
  OR EXISTS (SELECT 1 FROM training_completion c WHERE c.completed_on >= make_date(s.year, 1, 1) AND c.completed_on <= ${yearEnd('s.year')})`;"""
new="""/**
 * A year "has data" when anything was reported for it: a staffing quota, an evaluation or a training
 * completion. Without that, staff on the books would make a future year look measured. Completions
 * dated before the first reported quota or evaluation are personnel history (a course taken in
 * 2010), not a reported year: counting them would show zeros for years nobody reported.
 */
const REPORTED = `EXISTS (SELECT 1 FROM staffing_quota q WHERE q.year = s.year)
  OR EXISTS (SELECT 1 FROM evaluation e WHERE e.year = s.year)
  OR (EXISTS (SELECT 1 FROM training_completion c WHERE c.completed_on >= make_date(s.year, 1, 1) AND c.completed_on <= ${yearEnd('s.year')})
      AND s.year >= least((SELECT min(q.year) FROM staffing_quota q), (SELECT min(e.year) FROM evaluation e)))`;"""
assert old in s, 'cs'
s=s.replace(old,new); open(p,'w').write(s)

p='/work/main/subgraphs/egov-services/src/modules/indicator/indicator.resolver.ts'
s=open(p).read()
s=s.replace("import { meetsTarget, type HubContext } from '@par/platform';","import { measurementMeets, type HubContext } from '@par/platform';")
old="    return meetsTarget(m?.value, indicator.targetComparator, indicator.targetValue);"
assert old in s, 'egov'
s=s.replace(old,"    return measurementMeets(m, indicator.targetComparator, indicator.targetValue);")
open(p,'w').write(s)
print('ok')
