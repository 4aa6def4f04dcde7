import type { Request } from 'express';
import { describe, expect, it } from 'vitest';
import { paginationLinks } from './links';

const listRequest = (query: string) =>
  ({ protocol: 'https', get: () => 'dev12345.service-now.com', baseUrl: '/api/now/table', path: '/csm_consumer', originalUrl: `/api/now/table/csm_consumer?${query}` }) as unknown as Request;

describe('paginationLinks', () => {
  it('keeps the other parameters in their order, encoded once, and changes only the offset', () => {
    const query = 'sysparm_query=mobile_phoneSTARTSWITH%2B1%20628%5EORphoneSTARTSWITH(628)&sysparm_offset=10&sysparm_fields=sys_id%2Cname&sysparm_limit=10';
    const links = paginationLinks(listRequest(query), { offset: 10, limit: 10 }, 35);
    const page = (offset: number) =>
      `<https://dev12345.service-now.com/api/now/table/csm_consumer?sysparm_query=mobile_phoneSTARTSWITH%2B1+628%5EORphoneSTARTSWITH%28628%29&sysparm_offset=${offset}&sysparm_fields=sys_id%2Cname&sysparm_limit=10>`;
    expect(links).toBe(`${page(0)};rel="first",${page(0)};rel="prev",${page(20)};rel="next",${page(30)};rel="last"`);
  });

  it('adds the limit and the offset at the end when the request named neither', () => {
    const links = paginationLinks(listRequest('sysparm_query=active%3Dtrue'), { offset: 0, limit: 5 }, undefined, 5);
    expect(links).toBe(
      '<https://dev12345.service-now.com/api/now/table/csm_consumer?sysparm_query=active%3Dtrue&sysparm_limit=5&sysparm_offset=0>;rel="first",' +
        '<https://dev12345.service-now.com/api/now/table/csm_consumer?sysparm_query=active%3Dtrue&sysparm_limit=5&sysparm_offset=5>;rel="next"',
    );
  });
});
