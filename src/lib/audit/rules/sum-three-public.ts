import { sumRule } from '../sum-rule.ts';

/** "三公"经费 = 因公出国（境）费 + 公务用车购置及运行费 + 公务接待费. */
export const sumThreePublic = sumRule({
  id: 'sum.three-public',
  title: '“三公”经费合计等于三项之和',
  description: '“三公”经费合计应等于因公出国（境）费、公务用车购置及运行费、公务接待费三项之和。',
  source: '《地方预决算公开操作规程》（财预〔2016〕143号）：“三公”经费按三项分别公开。',
  total: ['threePublic.total', '“三公”经费合计'],
  parts: [
    ['threePublic.overseas', '因公出国（境）费'],
    ['threePublic.vehicles', '公务用车购置及运行费'],
    ['threePublic.reception', '公务接待费'],
  ],
  minimumParts: 3,
});
