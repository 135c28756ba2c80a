import { describe, expect, test } from 'vitest';
import { managesUnit, scopePath } from './scope';

const district = '/1/20/';
const commune = '/1/20/31/';
const otherDistrict = '/1/21/';

describe('managesUnit', () => {
	test('an admin manages every unit', () => {
		expect(managesUnit({ role: 'admin', unitPath: commune }, otherDistrict)).toBe(true);
	});

	test('an organizer or editor manages their unit and its subtree only', () => {
		for (const role of ['organizer', 'editor'] as const) {
			expect(managesUnit({ role, unitPath: district }, district)).toBe(true);
			expect(managesUnit({ role, unitPath: district }, commune)).toBe(true);
			expect(managesUnit({ role, unitPath: district }, otherDistrict)).toBe(false);
			expect(managesUnit({ role, unitPath: commune }, district)).toBe(false);
		}
	});

	test('a judge or participant manages nothing, not even their own unit', () => {
		expect(managesUnit({ role: 'judge', unitPath: district }, district)).toBe(false);
		expect(managesUnit({ role: 'participant', unitPath: commune }, commune)).toBe(false);
	});

	test('a unit id that merely starts with the same digits is not inside the subtree', () => {
		expect(managesUnit({ role: 'editor', unitPath: '/1/2/' }, '/1/20/')).toBe(false);
	});
});

describe('scopePath', () => {
	test('a user’s lists reach their unit’s subtree; an admin’s reach everything', () => {
		expect(scopePath({ role: 'organizer', unitPath: district })).toBe(district);
		expect(scopePath({ role: 'admin', unitPath: commune })).toBeUndefined();
	});
});
