/** The address of capture `number`'s whole stored text (GET, members; a text/plain download). */
export const captureTextUrl = (sourceId: string, number: number) =>
  `/api/v1/sources/${sourceId}/captures/${number}`;
