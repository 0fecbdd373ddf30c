import { sumRule } from '../sum-rule.ts';

/** 公务用车购置及运行费 = 公务用车购置费 + 公务用车运行费. */
export const sumVehicles = sumRule({
  id: 'sum.vehicles',
  title: '公务用车购置及运行费等于购置费与运行费之和',
  description: '公务用车购置及运行费应等于公务用车购置费与公务用车运行费之和。',
  source: '《地方预决算公开操作规程》（财预〔2016〕143号）：公务用车购置及运行费须细化为购置费和运行费。',
  total: ['threePublic.vehicles', '公务用车购置及运行费'],
  parts: [
    ['threePublic.vehiclePurchase', '公务用车购置费'],
    ['threePublic.vehicleOperation', '公务用车运行费'],
  ],
});
