import * as core from '@fhk/matcher/core';
core.toMatchableEnterprise({ name: '茶葉 warm up', city: '' } as any);
const t = '茶'.repeat(5000);
const p = { name: t, city: t, industry: t, products: t, needs: t, markets: t, employees: null, language: null } as any;
for (let i = 0; i < 3; i++) core.toMatchableEnterprise(p);
