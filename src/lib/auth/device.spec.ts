import { describe, expect, it } from 'vitest';
import { deviceName } from './device';

describe('deviceName', () => {
	it('names the browser and the system a person recognises', () => {
		expect(
			deviceName('Mozilla/5.0 (Linux; Android 13; SM-A546E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36')
		).toBe('Chrome · Android');
		expect(
			deviceName('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 Edg/120.0')
		).toBe('Edge · Windows');
		expect(
			deviceName(
				'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1'
			)
		).toBe('Safari · iOS');
		expect(deviceName('curl/8.0')).toBeNull();
		expect(deviceName(null)).toBeNull();
	});
});
