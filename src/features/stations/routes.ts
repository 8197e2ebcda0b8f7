/** Where the stations pages live (the subpackage), in one place. */
const ROOT = '/packages/stations/pages';

export const stationUrl = (id: string) => `${ROOT}/station/index?id=${encodeURIComponent(id)}`;
export const bookUrl = (stationId: string, serviceId: string) => `${ROOT}/book/index?stationId=${stationId}&serviceId=${serviceId}`;
export const bookingUrl = (id: string) => `${ROOT}/booking/index?id=${encodeURIComponent(id)}`;
export const MY_BOOKINGS_URL = `${ROOT}/my-bookings/index`;
export const HOTLINES_URL = `${ROOT}/hotlines/index`;
export const CERTIFICATES_URL = `${ROOT}/certificates/index`;
export const certificateEditUrl = (id?: string) => `${ROOT}/certificate-edit/index${id ? `?id=${encodeURIComponent(id)}` : ''}`;
