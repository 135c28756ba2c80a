import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = ({ locals }) => ({
	user: locals.user && {
		id: locals.user.id,
		fullName: locals.user.fullName,
		role: locals.user.role,
		unitName: locals.user.unitName
	}
});
